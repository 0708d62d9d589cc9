"""Journey: a prevention council meeting discusses a pupil, its decision puts the pupil on the
register and creates the individual plan (issue 13: accompaniment is appointed by a council
decision with a plan), and the pupil's card shows the entry, the plan and the decision."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.journeys.app_window import (
    OFFSCREEN_NOISE,
    active_dialog,
    click,
    column,
    go_to,
    table_cells,
    window,
)
from tests.ui.helpers import add_pupil
from tests.ui.keyboard import type_text
from ui.dialogs.council import MeetingDetailDialog, MeetingDialog
from ui.dialogs.council_decision import DecisionDialog
from ui.dialogs.pupil_card import PupilCard
from ui.main_window import MainWindow
from ui.pages.council import CouncilPage
from ui.pages.pupils import PupilsPage
from ui.vocabulary import register_category_names

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
__all__ = ["window"]  # the fixture

DECISION = "Поставить на учёт, назначить педагогическое сопровождение"


def test_council_decision_puts_pupil_on_register_with_plan(
    qtbot: QtBot, window: MainWindow, psy: Vault
) -> None:
    add_pupil(psy, "Жұмабекова", "Ұлжан")
    page = go_to(qtbot, window, window.tr("Council"))
    assert isinstance(page, CouncilPage)
    click(qtbot, page, page.tr("New meeting…"))
    meeting = active_dialog(qtbot, MeetingDialog)
    meeting.members.setFocus()
    type_text(meeting.members, "Директор Сейтова А. Б.")
    meeting.picker.search.setFocus()
    type_text(meeting.picker.search, "Жум")
    qtbot.waitUntil(meeting.picker.results.isVisible, timeout=5000)
    qtbot.keyClick(meeting.picker.search, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, "Агрессивное поведение")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=3000)
    qtbot.mouseClick(meeting.save_button, Qt.MouseButton.LeftButton)

    detail = active_dialog(qtbot, MeetingDetailDialog)
    click(qtbot, detail, detail.tr("Add decision…"))
    decision = active_dialog(qtbot, DecisionDialog)
    decision.text.setFocus()
    type_text(decision.text, DECISION)
    qtbot.mouseClick(decision.open_box, Qt.MouseButton.LeftButton)
    decision.category.setCurrentIndex(decision.category.findData("increased_attention"))
    qtbot.mouseClick(decision.plan_box, Qt.MouseButton.LeftButton)
    decision.goals.setFocus()
    type_text(decision.goals, "Без конфликтов до конца четверти")
    qtbot.mouseClick(decision.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.decisions.rowCount() == 1, timeout=3000)
    assert column(detail.decisions_table, detail.tr("About")) == ["Жұмабекова Ұлжан"]
    detail.close()

    pupils = go_to(qtbot, window, window.tr("Pupils"))
    assert isinstance(pupils, PupilsPage)
    qtbot.waitUntil(lambda: pupils.table.model().rowCount() == 1, timeout=5000)
    pupils.table.setFocus()
    pupils.table.setCurrentIndex(pupils.table.model().index(0, 0))
    qtbot.keyClick(pupils.table, Qt.Key.Key_Return)
    card = active_dialog(qtbot, PupilCard)
    today = date.today().strftime("%d.%m.%Y")
    assert column(card.register_table, card.tr("Category")) == [
        register_category_names()["increased_attention"]
    ]
    assert column(card.register_table, card.tr("Basis")) == [
        f"Решение совета профилактики от {today}: {DECISION}"
    ]
    assert column(card.plans_table, card.tr("Goals")) == ["Без конфликтов до конца четверти"]
    assert column(card.tasks_table, card.tr("Task")) == [DECISION]
    chronology = [" ".join(row) for row in table_cells(card.chronology_table)]
    assert any(DECISION in row for row in chronology)
    card.close()
