"""Journey: a follow-up plan with dated tasks, one date typed and one picked in the calendar,
and an undated task; all of them visible on the "Plans and tasks" page and the dated ones on
the dashboard (issue 10: typed dates were dropped, pickers opened on January 1900, and the
page hid plans and undated tasks)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
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
from ui.dialogs.plan import PlanDialog, TaskDialog
from ui.dialogs.pupil_card import PupilCard
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.pages.plans import PlansPage
from ui.pages.pupils import PupilsPage
from ui.widgets.date_field import CalendarPopup

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
__all__ = ["window"]  # the fixture


def new_task(qtbot: QtBot, card: PupilCard, title: str) -> TaskDialog:
    click(qtbot, card, card.tr("Add task…"))
    dialog = active_dialog(qtbot, TaskDialog)
    dialog.title.setFocus()
    type_text(dialog.title, title)
    return dialog


def test_plan_with_typed_picked_and_undated_tasks(
    qtbot: QtBot, window: MainWindow, psy: Vault
) -> None:
    add_pupil(psy, "Өмірзақова", "Іңкәр")
    today = date.today()
    typed = today + timedelta(days=3)
    picked = today + timedelta(days=7)

    pupils = go_to(qtbot, window, window.tr("Pupils"))
    assert isinstance(pupils, PupilsPage)
    type_text(pupils.search, "омир")
    qtbot.waitUntil(lambda: pupils.table.model().rowCount() == 1, timeout=5000)
    pupils.table.setFocus()
    pupils.table.setCurrentIndex(pupils.table.model().index(0, 0))
    qtbot.keyClick(pupils.table, Qt.Key.Key_Return)
    card = active_dialog(qtbot, PupilCard)
    card.tabs.setCurrentIndex(
        [card.tabs.tabText(i) for i in range(card.tabs.count())].index(card.tr("Plans and tasks"))
    )

    click(qtbot, card, card.tr("New plan…"))
    plan_dialog = active_dialog(qtbot, PlanDialog)
    type_text(plan_dialog.title, "Сопровождение после конфликта")
    plan_dialog.goals.setFocus()
    type_text(plan_dialog.goals, "Снизить тревожность, восстановить общение в классе")
    qtbot.mouseClick(plan_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.plans_table.model().rowCount() == 1, timeout=5000)
    card.plans_table.selectRow(0)

    # 1. a due date typed on the keyboard
    dialog = new_task(qtbot, card, "Беседа с классным руководителем")
    dialog.due_on.setFocus()
    type_text(dialog.due_on, typed.strftime("%d.%m.%Y"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    # 2. a due date picked in the calendar, which opens on today
    card.plans_table.selectRow(0)
    dialog = new_task(qtbot, card, "Посещение семьи")
    dialog.due_on.setFocus()
    qtbot.keyClick(dialog.due_on, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    (popup,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CalendarPopup) and w.isVisible()
    ]
    days = popup.calendar.findChild(QTableView)
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (today.year, today.month)
    qtbot.keyClick(days, Qt.Key.Key_Down)  # ; one week later
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert dialog.due_on.text() == picked.strftime("%d.%m.%Y")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    # 3. no due date at all
    card.plans_table.selectRow(0)
    dialog = new_task(qtbot, card, "Подобрать литературу для родителей")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert sorted(column(card.tasks_table, card.tr("Due"))) == sorted(
        [typed.strftime("%d.%m.%Y"), picked.strftime("%d.%m.%Y"), ""]
    )
    card.close()

    plans = go_to(qtbot, window, window.tr("Plans and tasks"))
    assert isinstance(plans, PlansPage)
    assert table_cells(plans.plans_table) == [
        [
            "Өмірзақова Іңкәр",
            "Сопровождение после конфликта",
            card.kind_names["accompaniment"],
            "3",
            typed.strftime("%d.%m.%Y"),
        ]
    ]
    tasks = table_cells(plans.table)
    assert [(row[0], row[2]) for row in tasks] == [
        (typed.strftime("%d.%m.%Y"), "Беседа с классным руководителем"),
        (picked.strftime("%d.%m.%Y"), "Посещение семьи"),
        (plans.tr("no date"), "Подобрать литературу для родителей"),
    ]

    dashboard = go_to(qtbot, window, window.tr("Dashboard"))
    assert isinstance(dashboard, DashboardPage)
    listing = dashboard.lists["tasks"]

    def shown() -> list[str]:
        return [listing.item(i).text() for i in range(listing.count())]

    qtbot.waitUntil(lambda: len(shown()) == 2, timeout=10_000)
    assert typed.strftime("%d.%m.%Y") in shown()[0] and "Беседа" in shown()[0]
    assert picked.strftime("%d.%m.%Y") in shown()[1] and "Посещение семьи" in shown()[1]
