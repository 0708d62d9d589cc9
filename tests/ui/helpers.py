"""Small helpers shared by the UI tests."""

from __future__ import annotations

from datetime import date

from app.domain.pupils import Pupil, PupilDraft
from app.iin import make_iin
from app.services import pupils as pupil_service
from app.vault import Vault


def add_pupil(
    vault: Vault,
    surname: str,
    name: str = "Айгерим",
    class_name: str = "7А",
    *,
    born: date = date(2012, 5, 17),
    sex: str = "F",
    serial: int = 1,
) -> Pupil:
    return pupil_service.create_pupil(
        vault,
        PupilDraft(
            iin=make_iin(born, sex, serial), surname=surname, name=name, class_name=class_name
        ),
    )
