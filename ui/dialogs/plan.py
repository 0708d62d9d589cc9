"""Follow-up plans and their tasks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from app.domain.cases import Plan, PlanReview, Task
from app.errors import QorgauError
from app.services import plans as plan_service
from app.vault import Vault
from ui.vocabulary import plan_kinds
from ui.widgets.date_field import date_of, make_date_edit
from ui.widgets.validation import FormDialog, error_sentence


def staff_combo(vault: Vault, *, optional: bool = True) -> QComboBox:
    """Active staff accounts; the signed-in user is preselected."""
    combo = QComboBox()
    if optional:
        combo.addItem(QCoreApplication.translate("TaskDialog", "Nobody in particular"), None)
    for account in vault.accounts():
        if account.active:
            combo.addItem(account.full_name or account.login, account.id)
    combo.setCurrentIndex(max(combo.findData(vault.user.id), 0))
    return combo


class PlanDialog(FormDialog):
    """Arguments: ``pupil_id``."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, pupil_id: int, kind: str | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        self.setWindowTitle(self.tr("New plan"))
        self.title = QLineEdit()
        self.kind = QComboBox()
        for code, name in plan_kinds().items():
            self.kind.addItem(name, code)
        if kind:
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.goals = QPlainTextEdit()
        self.goals.setTabChangesFocus(True)
        add = self.errors.add_row
        add(self.form, "title", self.tr("Title:"), self.title)
        add(self.form, "kind", self.tr("Kind:"), self.kind)
        add(self.form, "goals", self.tr("Goals:"), self.goals)
        self.setMinimumWidth(500)

    def save(self) -> Plan:
        return plan_service.create_plan(
            self.vault,
            self.pupil_id,
            self.title.text(),
            self.goals.toPlainText(),
            self.kind.currentData(),
        )


class PlanReviewDialog(FormDialog):
    """Arguments: ``plan``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, plan: Plan) -> None:
        super().__init__(parent)
        self.vault = vault
        self.plan = plan
        self.setWindowTitle(self.tr("Review the plan “{title}”").format(title=self.plan.title))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.reviewed_on = make_date_edit()
        self.status = QComboBox()
        self.status.addItem(self.tr("Keep the plan active"), "active")
        self.status.addItem(self.tr("The plan is completed"), "completed")
        self.status.addItem(self.tr("Cancel the plan"), "cancelled")
        self.status.setCurrentIndex(max(self.status.findData(self.plan.status), 0))
        add = self.errors.add_row
        add(self.form, "note", self.tr("Conclusion:"), self.note)
        add(self.form, "reviewed_on", self.tr("Reviewed on:"), self.reviewed_on)
        add(self.form, "status", self.tr("Status:"), self.status)
        self.setMinimumWidth(480)

    def save(self) -> PlanReview:
        review = plan_service.review_plan(
            self.vault, self.plan.id, self.note.toPlainText(), date_of(self.reviewed_on)
        )
        if self.status.currentData() != self.plan.status:
            plan_service.set_plan_status(self.vault, self.plan.id, self.status.currentData())
        return review


class TaskDialog(FormDialog):
    """Arguments: ``plan_id`` and/or ``pupil_id`` (both optional: a general task)."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        plan_id: int | None = None,
        pupil_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.plan_id = plan_id
        self.pupil_id = pupil_id
        self.setWindowTitle(self.tr("New task"))
        self.title = QLineEdit()
        self.responsible = staff_combo(vault)
        self.due_on = make_date_edit(optional=True)
        add = self.errors.add_row
        add(self.form, "title", self.tr("Task:"), self.title)
        add(self.form, "responsible_id", self.tr("Responsible:"), self.responsible)
        add(self.form, "due_on", self.tr("Due:"), self.due_on)
        self.setMinimumWidth(460)

    def save(self) -> Task:
        return plan_service.add_task(
            self.vault,
            title=self.title.text(),
            plan_id=self.plan_id,
            pupil_id=self.pupil_id,
            responsible_id=self.responsible.currentData(),
            due_on=date_of(self.due_on),
        )


def complete_task(parent: QWidget, vault: Vault, task: Task) -> bool:
    """Mark a task done; a refusal is shown as a sentence. True when it was marked."""
    if task.done:
        return False
    try:
        plan_service.complete_task(vault, task.id)
    except QorgauError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("TaskDialog", "Tasks"), error_sentence(exc)
        )
        return False
    return True
