"""Register entries (постановка на учёт): put on the register, review, take off."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from app.domain.pupils import RegisterEntry, RegisterReview
from app.services import register as register_service
from app.vault import Vault
from ui.vocabulary import current_language, register_category_names
from ui.widgets.date_field import date_of, day_of, make_date_edit
from ui.widgets.validation import FormDialog

DEFAULT_REVIEW_DAYS = 90


class OpenEntryDialog(FormDialog):
    """Arguments: ``pupil_id``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, pupil_id: int) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        self.setWindowTitle(self.tr("Put on the register"))
        self.category = QComboBox()
        for code, name in register_category_names().items():
            self.category.addItem(name, code)
        self.basis = QPlainTextEdit()
        self.basis.setTabChangesFocus(True)
        self.basis.setPlaceholderText(self.tr("The decision or facts the entry rests on"))
        self.opened_on = make_date_edit()
        self.review_due = make_date_edit(optional=True)
        self.review_due.setDate(QDate.currentDate().addDays(DEFAULT_REVIEW_DAYS))
        add = self.errors.add_row
        add(self.form, "category", self.tr("Category:"), self.category)
        add(self.form, "basis", self.tr("Basis:"), self.basis)
        add(self.form, "opened_on", self.tr("Opened on:"), self.opened_on)
        add(self.form, "review_due", self.tr("Next review:"), self.review_due)
        self.setMinimumWidth(520)

    def save(self) -> RegisterEntry:
        return register_service.open_entry(
            self.vault,
            self.pupil_id,
            self.category.currentData(),
            self.basis.toPlainText(),
            day_of(self.opened_on),
            date_of(self.review_due),
            language=current_language(),  # names the tasks the rules attach (probation)
        )


class ReviewEntryDialog(FormDialog):
    """Arguments: ``entry``."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, entry: RegisterEntry
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.entry = entry
        self.setWindowTitle(self.tr("Review the register entry"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.reviewed_on = make_date_edit()
        self.next_review = make_date_edit(optional=True)
        self.next_review.setDate(QDate.currentDate().addDays(DEFAULT_REVIEW_DAYS))
        add = self.errors.add_row
        add(self.form, "note", self.tr("Conclusion:"), self.note)
        add(self.form, "reviewed_on", self.tr("Reviewed on:"), self.reviewed_on)
        add(self.form, "next_review", self.tr("Next review:"), self.next_review)
        self.setMinimumWidth(480)

    def save(self) -> RegisterReview:
        return register_service.review_entry(
            self.vault,
            self.entry.id,
            self.note.toPlainText(),
            day_of(self.reviewed_on),
            date_of(self.next_review),
        )


class CloseEntryDialog(FormDialog):
    """Arguments: ``entry``."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, entry: RegisterEntry
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.entry = entry
        self.setWindowTitle(self.tr("Take off the register"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("For example, the council decision and its date"))
        self.closed_on = make_date_edit()
        add = self.errors.add_row
        add(self.form, "reason", self.tr("Reason:"), self.reason)
        add(self.form, "closed_on", self.tr("Closed on:"), self.closed_on)
        self.setMinimumWidth(480)

    def save(self) -> RegisterEntry:
        return register_service.close_entry(
            self.vault, self.entry.id, self.reason.toPlainText(), day_of(self.closed_on)
        )
