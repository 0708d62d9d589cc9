"""Absences from school, and the work done about unexcused ones."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.pupils import Absence
from app.services import absences as absence_service
from app.vault import Vault
from ui.widgets.date_field import day_of, make_date_edit
from ui.widgets.validation import FormDialog


class AbsenceDialog(FormDialog):
    """Arguments: ``pupil_id``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, pupil_id: int) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        self.setWindowTitle(self.tr("New absence"))
        self.date_from = make_date_edit()
        self.date_to = make_date_edit()
        self.excused = QCheckBox(self.tr("The reason is valid (excused absence)"))
        self.reason = QLineEdit()
        add = self.errors.add_row
        add(self.form, "date_from", self.tr("From:"), self.date_from)
        add(self.form, "date_to", self.tr("To (inclusive):"), self.date_to)
        self.form.addRow("", self.excused)
        add(self.form, "reason", self.tr("Reason:"), self.reason)
        self.date_from.dateChanged.connect(self._keep_order)
        self.setMinimumWidth(440)

    def _keep_order(self) -> None:
        start, end = self.date_from.date(), self.date_to.date()
        if start.isValid() and end.isValid() and end < start:
            self.date_to.setDate(self.date_from.date())

    def save(self) -> Absence:
        return absence_service.record_absence(
            self.vault,
            self.pupil_id,
            day_of(self.date_from),
            day_of(self.date_to),
            self.excused.isChecked(),
            self.reason.text(),
        )


class AbsenceWorkDialog(FormDialog):
    """Arguments: ``absence``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, absence: Absence) -> None:
        super().__init__(parent)
        self.vault = vault
        self.absence = absence
        self.setWindowTitle(self.tr("Work done about an absence"))
        self.work_done = QPlainTextEdit()
        self.work_done.setTabChangesFocus(True)
        self.work_done.setPlaceholderText(self.tr("A call, a home visit, a talk with the family…"))
        self.resolved = QCheckBox(self.tr("The matter is settled"))
        self.errors.add_row(self.form, "work_done", self.tr("Work done:"), self.work_done)
        self.form.addRow("", self.resolved)
        self.setMinimumWidth(480)

    def save(self) -> Absence:
        return absence_service.record_absence_work(
            self.vault, self.absence.id, self.work_done.toPlainText(), self.resolved.isChecked()
        )
