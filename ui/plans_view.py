"""Follow-up tasks across pupils: overdue ones and those due within a month.

Plans themselves are made and reviewed on a pupil's card; this page is the to-do list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from app import clock
from app.domain.cases import Task
from app.services import plans as plan_service
from app.vault import Vault
from ui.forms.plan import TaskDialog, complete_task
from ui.incidents_view import WRITE_ROLES, RecordListPage
from ui.models.simple_list_model import Column

HORIZON_DAYS = 30


class PlansView(RecordListPage):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.title.setText(self.tr("Tasks due"))
        writer = vault.user.role in WRITE_ROLES
        self.done_button = self.add_action(self.tr("Mark done"), self.on_done, "Ctrl+D")
        self.new_button = self.add_action(
            self.tr("New task…"), self.on_new_task, "Ctrl+N", enabled=writer
        )
        self.refresh()

    def columns(self) -> Sequence[Column[Task]]:
        today = clock.today()
        return [
            Column(self.tr("Due"), lambda t: t.due_on),
            Column(
                self.tr("Overdue"),
                lambda t: self.tr("overdue") if t.due_on and t.due_on < today else "",
            ),
            Column(self.tr("Task"), lambda t: t.title, tooltip=lambda t: t.title),
            Column(self.tr("Pupil"), lambda t: t.pupil_name),
            Column(self.tr("Responsible"), lambda t: t.responsible_name),
        ]

    def load(self) -> Sequence[Task]:
        today = clock.today()
        overdue = plan_service.tasks_overdue(self.vault, today)
        due = plan_service.tasks_due(self.vault, today, within_days=HORIZON_DAYS)
        return [*overdue, *due]

    def empty_text(self) -> str:
        return self.tr(
            "No task is overdue or due within {days} days. Plans and their tasks are made on a "
            "pupil's card, in the tab “Plans and tasks”."
        ).format(days=(timedelta(days=HORIZON_DAYS).days))

    def on_done(self) -> None:
        task = self.current()
        if task is not None and complete_task(self, self.vault, task):
            self.on_recorded()

    def on_new_task(self) -> None:
        if self.new_button.isEnabled():
            self.open_dialog(TaskDialog(self.vault, self))

    def open_record(self, record: Task) -> None:
        if record.pupil_id is not None:
            from ui.pupil_card import PupilCard

            card = PupilCard(self.vault, self, pupil_id=record.pupil_id)
            card.changed.connect(self.on_recorded)
            self.dialog = card
            card.open()
