"""A 335-day absence (a year typed wrong) is refused with a clear sentence (issue 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import absences as absence_service
from app.vault import Vault
from tests.ui.helpers import add_pupil
from tests.ui.keyboard import type_text
from ui.dialogs.absence import AbsenceDialog


def test_a_year_long_absence_is_refused_with_a_sentence(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Омарова")
    dialog = AbsenceDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field, text in ((dialog.date_from, "01.12.2025"), (dialog.date_to, "31.10.2026")):
        field.selectAll()
        type_text(field, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.errors.message_text("date_to")
    assert "92" in message and "several periods" in message
    assert absence_service.absences_for_pupil(soc, pupil.id) == []
    dialog.date_from.selectAll()
    type_text(dialog.date_from, "01.10.2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (absence,) = absence_service.absences_for_pupil(soc, pupil.id)
    assert absence.days == 31
