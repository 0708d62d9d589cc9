"""The "Plans and tasks" page lists the active plans and every task not done — including those
without a due date or due later than a month (it used to hide both, issue 10)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import clock
from app.services import plans as plan_service
from app.vault import Vault
from tests.ui.helpers import add_pupil
from ui.dialogs.pupil_card import PupilCard
from ui.pages.plans import PlansPage


def cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_plans_and_undated_tasks_are_shown(
    qtbot: QtBot, qtmodeltester: ModelTester, psy: Vault
) -> None:
    pupil = add_pupil(psy, "Қасымова")
    plan = plan_service.create_plan(psy, pupil.id, "Сопровождение", "Цели", "accompaniment")
    plan_service.create_plan(psy, pupil.id, "Работа с пропусками", "", "absence")
    far = clock.today() + timedelta(days=90)
    plan_service.add_task(psy, plan_id=plan.id, title="Беседа без срока")
    plan_service.add_task(psy, plan_id=plan.id, title="Итоговая беседа", due_on=far)
    plan_service.add_task(psy, title="Общая задача")
    page = PlansPage(psy)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.plans)
    plans = cells(page.plans_table)
    assert [row[:2] for row in plans] == [
        ["Қасымова Айгерим", "Сопровождение"],
        ["Қасымова Айгерим", "Работа с пропусками"],
    ]
    assert plans[0][3:] == ["2", far.strftime("%d.%m.%Y")]
    tasks = cells(page.table)
    assert [row[2] for row in tasks] == ["Итоговая беседа", "Беседа без срока", "Общая задача"]
    assert tasks[1][0] == page.tr("no date")
    assert page.stack.currentWidget() is page.table

    # Enter on a plan opens the pupil's card
    page.plans_table.setFocus()
    page.plans_table.setCurrentIndex(page.plans.index(0, 0))
    qtbot.keyClick(page.plans_table, Qt.Key.Key_Return)
    assert isinstance(page.dialog, PupilCard) and page.dialog.isVisible()
