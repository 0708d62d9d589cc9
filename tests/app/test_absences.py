"""Absences: recording, the work done about unexcused ones, what still needs action."""

from __future__ import annotations

from datetime import date

import pytest

from app import clock
from app.domain.pupils import PupilDraft
from app.errors import NotFound, PermissionDenied, ValidationError
from app.iin import make_iin
from app.services import absences as ab
from app.services import pupils as ps
from app.storage import audit
from app.vault import Vault
from tests.conftest import VaultSetup


def new_pupil(vault: Vault, serial: int, surname: str) -> int:
    return ps.create_pupil(
        vault,
        PupilDraft(
            iin=make_iin(date(2010, 2, 3), "M", serial),
            surname=surname,
            name="Тимур",
            class_name="10А",
        ),
    ).id


def test_record_and_work_until_resolved(vault_setup: VaultSetup) -> None:
    admin = vault_setup.open("admin")
    pid = new_pupil(admin, 1, "Омаров")
    absence = ab.record_absence(
        admin, pid, date(2026, 11, 2), date(2026, 11, 4), False, " Без объяснения "
    )
    assert (absence.days, absence.excused, absence.reason, absence.resolved) == (
        3,
        False,
        "Без объяснения",
        False,
    )
    assert absence.created_by == admin.user.id
    with pytest.raises(PermissionDenied):
        ab.record_absence_work(admin, absence.id, "Звонок", False)

    soc = vault_setup.open("soc")
    due = ab.absences_needing_action(soc)
    assert [(d.absence.id, d.pupil.surname) for d in due] == [(absence.id, "Омаров")]

    called = ab.record_absence_work(soc, absence.id, "Звонок матери", False)
    assert called.work_done == f"{clock.today().isoformat()}: Звонок матери"
    assert not called.resolved
    visited = ab.record_absence_work(soc, absence.id, "Посещение на дому", True)
    assert visited.work_done.splitlines()[0] == called.work_done
    assert visited.work_done.endswith(": Посещение на дому")
    assert visited.resolved
    assert ab.absences_needing_action(soc) == []

    logged = [e.action for e in audit.entries(soc.db, object_type="absence")]
    assert logged == ["absence.work", "absence.work", "absence.create"]
    assert all("Звонок" not in e.detail for e in audit.entries(soc.db))
    assert audit.first_broken_entry(soc.db) is None


def test_excused_absences_need_no_action(psy: Vault) -> None:
    a = new_pupil(psy, 1, "Абаев")
    b = new_pupil(psy, 2, "Бакиров")
    ab.record_absence(psy, a, date(2026, 10, 5), date(2026, 10, 5), True, "Справка")
    late = ab.record_absence(psy, b, date(2026, 10, 20), date(2026, 10, 21), False)
    early = ab.record_absence(psy, a, date(2026, 10, 1), date(2026, 10, 2), False)
    assert [d.absence.id for d in ab.absences_needing_action(psy)] == [early.id, late.id]
    history = ab.absences_for_pupil(psy, a)
    assert [x.date_from for x in history] == [date(2026, 10, 5), date(2026, 10, 1)]
    assert ab.get_absence(psy, late.id) == late


def test_validation(psy: Vault) -> None:
    pid = new_pupil(psy, 1, "Омаров")
    with pytest.raises(ValidationError) as info:
        ab.record_absence(psy, pid, date(2026, 11, 4), date(2026, 11, 2), False)
    assert info.value.field == "date_to"
    with pytest.raises(ValidationError) as info:
        ab.record_absence(psy, pid, date(2025, 1, 1), date(2026, 6, 1), False)
    assert info.value.field == "date_to"
    # issue 10: 335 days (a year typed wrong) was accepted; a record spans a quarter at most
    with pytest.raises(ValidationError) as info:
        ab.record_absence(psy, pid, date(2025, 12, 1), date(2026, 10, 31), False)
    assert (info.value.field, info.value.reason) == ("date_to", "absence_span")
    assert "(335 given)" in str(info.value)
    longest = ab.record_absence(psy, pid, date(2026, 1, 8), date(2026, 4, 9), True)
    assert longest.days == ab.MAX_SPAN_DAYS == 92
    with pytest.raises(ValidationError):
        ab.record_absence(psy, pid, date(2026, 1, 8), date(2026, 4, 10), False)
    with pytest.raises(NotFound):
        ab.record_absence(psy, 999, date(2026, 11, 2), date(2026, 11, 2), False)
    absence = ab.record_absence(psy, pid, date(2026, 11, 2), date(2026, 11, 2), False)
    with pytest.raises(ValidationError) as info:
        ab.record_absence_work(psy, absence.id, "  ", True)
    assert info.value.field == "work_done"
    with pytest.raises(NotFound):
        ab.record_absence_work(psy, 999, "Звонок", True)
    with pytest.raises(NotFound):
        ab.absences_for_pupil(psy, 999)
