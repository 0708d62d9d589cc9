"""Plans and tasks across pupils: the active plans, and every task not done yet.

Plans are made and reviewed on a pupil's card; this page shows all of them at once with what is
left to do, and every open task — overdue first, then by due date, then those without a date
(it used to list only tasks due within a month, hiding plans and undated tasks).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import clock
from app.domain.cases import PlanSummary, Task
from app.errors import QorgauError
from app.services import plans as plan_service
from app.vault import Vault
from ui.dialogs.plan import TaskDialog, complete_task
from ui.models.simple_list_model import Column, RecordListModel
from ui.vocabulary import plan_kinds
from ui.widgets.record_list_page import WRITE_ROLES, RecordListPage
from ui.widgets.tables import make_table


class PlansPage(RecordListPage):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.plans_label = QLabel()
        self.tasks_label = QLabel()
        writer = vault.user.role in WRITE_ROLES
        self.open_button = self.add_action(self.tr("Open pupil"), self.on_open, "")
        self.done_button = self.add_action(self.tr("Mark done"), self.on_done, "Ctrl+D")
        self.new_button = self.add_action(
            self.tr("New task…"), self.on_new_task, "Ctrl+N", enabled=writer
        )
        self.plans: RecordListModel[PlanSummary] = RecordListModel(self.plan_columns(), self)
        self.plans_table = make_table(self.plans)
        self.plans_table.setMaximumHeight(200)
        self.plans_table.activated.connect(self.on_plan_activated)
        bold = QFont(self.plans_label.font())
        bold.setBold(True)
        for label in (self.plans_label, self.tasks_label):
            label.setFont(bold)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.plans_label)
        layout.insertWidget(2, self.plans_table)
        layout.insertWidget(3, self.tasks_label)
        self.retranslate_texts()
        self.refresh()

    def retranslate_texts(self) -> None:
        self.title.setText(self.tr("Plans and tasks"))
        self.plans_label.setText(self.tr("Active plans"))
        self.tasks_label.setText(self.tr("Tasks not done yet"))

    def retranslate(self) -> None:
        self.plans = RecordListModel(self.plan_columns(), self)
        self.plans_table.setModel(self.plans)
        self.retranslate_texts()
        super().retranslate()  # refreshes both lists

    def plan_columns(self) -> Sequence[Column[PlanSummary]]:
        kinds = plan_kinds()
        return [
            Column(self.tr("Pupil"), lambda s: s.pupil_name),
            Column(self.tr("Plan"), lambda s: s.plan.title, tooltip=lambda s: s.plan.goals),
            Column(self.tr("Kind"), lambda s: kinds.get(s.plan.kind, s.plan.kind)),
            Column(self.tr("Open tasks"), lambda s: s.open_tasks, align_right=True),
            Column(self.tr("Next due"), lambda s: s.next_due),
        ]

    def columns(self) -> Sequence[Column[Task]]:
        today = clock.today()
        return [
            Column(self.tr("Due"), lambda t: t.due_on if t.due_on else self.tr("no date")),
            Column(
                self.tr("Overdue"),
                lambda t: self.tr("overdue") if t.due_on and t.due_on < today else "",
            ),
            Column(self.tr("Task"), lambda t: t.title, tooltip=lambda t: t.title),
            Column(self.tr("Pupil"), lambda t: t.pupil_name),
            Column(self.tr("Responsible"), lambda t: t.responsible_name),
        ]

    def load(self) -> Sequence[Task]:
        return plan_service.open_tasks(self.vault)

    def refresh(self) -> None:
        super().refresh()
        plans: Sequence[PlanSummary]
        try:
            plans = plan_service.active_plans(self.vault)
        except QorgauError:
            plans = []
        self.plans.set_rows(plans)
        self.plans_table.resizeColumnsToContents()

    def empty_text(self) -> str:
        return self.tr(
            "No task is waiting. Plans and their tasks are made on a pupil's card, in the tab "
            "“Plans and tasks”; “New task…” adds a task here."
        )

    def on_done(self) -> None:
        task = self.current()
        if task is not None and complete_task(self, self.vault, task):
            self.on_recorded()

    def on_new_task(self) -> None:
        if self.new_button.isEnabled():
            self.open_dialog(TaskDialog(self.vault, self))

    def on_open(self) -> None:
        if self.plans_table.hasFocus() and self.plans_table.currentIndex().isValid():
            self.on_plan_activated(self.plans_table.currentIndex())
            return
        task = self.current()
        if task is not None:
            self.open_record(task)

    def on_plan_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_card(self.plans.record(index.row()).plan.pupil_id)

    def open_record(self, record: Task) -> None:
        if record.pupil_id is not None:
            self._open_card(record.pupil_id)

    def _open_card(self, pupil_id: int) -> None:
        from ui.dialogs.pupil_card import open_pupil_card

        self.dialog = open_pupil_card(self.vault, self, pupil_id, self.on_recorded)
