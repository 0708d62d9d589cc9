"""The council's "reason" for discussing a pupil: typed after adding the pupil, in a column
as wide as the table (it used to be a ~28 px box that had to be filled before "Add")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.services import council as council_service
from app.vault import Vault
from tests.ui.helpers import add_pupil
from tests.ui.keyboard import type_text
from ui.dialogs.council import MeetingDetailDialog, MeetingDialog


def pick_then_type_reason(
    qtbot: QtBot, dialog: MeetingDialog | MeetingDetailDialog, name: str, reason: str
) -> QLineEdit:
    type_text(dialog.picker.search, name)
    qtbot.waitUntil(lambda: dialog.picker.results.isVisible(), timeout=3000)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)  # Enter picks, like "Add"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the reason is typed right after adding the pupil"
    assert editor.width() >= 150
    type_text(editor, reason)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=3000)  # committed
    return editor


def test_new_meeting_reason_after_add(qtbot: QtBot, psy: Vault) -> None:
    add_pupil(psy, "Қасымова", serial=1)
    add_pupil(psy, "Ахметова", serial=2)
    dialog = MeetingDialog(psy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.members.setPlainText("Директор Сейтова А. Б.")
    pick_then_type_reason(qtbot, dialog, "Кас", "Пропуски без причины")
    pick_then_type_reason(qtbot, dialog, "Ахм", "Конфликт в классе")
    table = dialog.pupils_table
    shown = [
        (table.model().index(r, 0).data(), table.model().index(r, 2).data())
        for r in range(table.model().rowCount())
    ]
    assert shown == [
        ("Қасымова Айгерим", "Пропуски без причины"),
        ("Ахметова Айгерим", "Конфликт в классе"),
    ]
    assert table.columnWidth(2) >= 150 or table.horizontalHeader().stretchLastSection()
    dialog.on_save()
    detail = council_service.get_meeting(psy, dialog.result_value.id)
    assert sorted((p.pupil_name, p.reason) for p in detail.pupils) == [
        ("Ахметова Айгерим", "Конфликт в классе"),
        ("Қасымова Айгерим", "Пропуски без причины"),
    ]


def test_meeting_detail_reason_after_add_and_edited_later(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Өмірзақова", serial=3)
    meeting = council_service.plan_meeting(psy, date(2026, 12, 10), ["Директор"], "")
    dialog = MeetingDetailDialog(psy, meeting_id=meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pick_then_type_reason(qtbot, dialog, "Омир", "Травля (буллинг)")
    assert [
        (p.pupil_id, p.reason) for p in council_service.get_meeting(psy, meeting.id).pupils
    ] == [(pupil.id, "Травля (буллинг)")]
    # corrected later: F2 on the row edits the reason again
    table = dialog.pupils_table
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Травля, беседа с родителями")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=3000)
    assert council_service.get_meeting(psy, meeting.id).pupils[0].reason == (
        "Травля, беседа с родителями"
    )
    assert table.model().index(0, 1).data() == "Травля, беседа с родителями"
    # adding the same pupil again keeps the reason
    type_text(dialog.picker.search, "Омир")
    qtbot.waitUntil(lambda: dialog.picker.results.isVisible(), timeout=3000)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert council_service.get_meeting(psy, meeting.id).pupils[0].reason == (
        "Травля, беседа с родителями"
    )
