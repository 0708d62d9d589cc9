"""Recording a counselling session.

The shared summary is visible to colleagues; the confidential notes field exists only for a
psychologist who holds the compartment key. A template fills the kind and a summary skeleton;
a next step becomes a task for the author.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.cases import SessionDraft, SessionRecord
from app.services import sessions as session_service
from app.vault import Vault
from ui.dialogs.incident import to_datetime
from ui.vocabulary import session_kinds
from ui.widgets.date_field import date_of, make_date_edit
from ui.widgets.validation import FormDialog


def template_names() -> dict[str, str]:
    return {
        "initial": QCoreApplication.translate("SessionDialog", "First meeting"),
        "follow_up": QCoreApplication.translate("SessionDialog", "Follow-up meeting"),
        "crisis": QCoreApplication.translate("SessionDialog", "Crisis intervention"),
        "after_violence": QCoreApplication.translate(
            "SessionDialog", "Support after violence or bullying"
        ),
        "family": QCoreApplication.translate("SessionDialog", "Family consultation"),
        "with_representative": QCoreApplication.translate(
            "SessionDialog", "Talk with a legal representative"
        ),
        "group": QCoreApplication.translate("SessionDialog", "Group session"),
        "absence": QCoreApplication.translate("SessionDialog", "Talk about absences"),
        "conflict": QCoreApplication.translate("SessionDialog", "Conflict mediation"),
    }


class SessionDialog(FormDialog):
    """Arguments: ``pupil_id``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, pupil_id: int) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        self.setWindowTitle(self.tr("New counselling session"))
        self._template_text = ""

        self.template = QComboBox()
        self.template.addItem(self.tr("No template"), None)
        names = template_names()
        for code in session_service.SESSION_TEMPLATES:
            self.template.addItem(names.get(code, code), code)
        self.kind = QComboBox()
        for code, name in session_kinds().items():
            self.kind.addItem(name, code)
        self.held_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.held_at.setCalendarPopup(True)
        self.held_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, session_service.MAX_DURATION_MIN)
        self.duration.setValue(45)
        self.duration.setSuffix(self.tr(" min"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What colleagues may read"))
        self.summary.setMinimumHeight(110)
        self.may_write_confidential = vault.user.is_psychologist and vault.can_read_confidential
        self.confidential = QPlainTextEdit()
        self.confidential.setTabChangesFocus(True)
        self.confidential.setPlaceholderText(
            self.tr("Only psychologists can read these notes; they are encrypted separately.")
        )
        self.confidential.setMaximumHeight(90)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("Becomes a task for you"))
        self.next_step_due = make_date_edit(optional=True)

        add = self.errors.add_row
        add(self.form, "template", self.tr("Template:"), self.template)
        add(self.form, "kind", self.tr("Kind:"), self.kind)
        add(self.form, "held_at", self.tr("Held at:"), self.held_at)
        add(self.form, "duration_min", self.tr("Duration:"), self.duration)
        add(self.form, "summary", self.tr("Shared summary:"), self.summary)
        if self.may_write_confidential:
            add(self.form, "confidential_notes", self.tr("Confidential notes:"), self.confidential)
        else:
            self.confidential.hide()
            self.confidential_note = QLabel(self._why_no_confidential(vault))
            self.confidential_note.setObjectName("confidential_note")
            self.confidential_note.setWordWrap(True)
            self.form.addRow("", self.confidential_note)
        add(self.form, "next_step", self.tr("Next step:"), self.next_step)
        add(self.form, "next_step_due", self.tr("Next step due:"), self.next_step_due)
        self.template.currentIndexChanged.connect(self.on_template)
        self.resize(600, 560)

    def _why_no_confidential(self, vault: Vault) -> str:
        if vault.user.is_psychologist:
            # A psychologist whose account was not yet given the notes key: say why and what
            # to do, rather than "psychologists only", which she is.
            return self.tr(
                "You cannot write confidential notes yet: your account has not been given the "
                "confidential notes key. Ask a psychologist who holds it to give it to you in "
                "Settings → Confidential notes key, or give it with the recovery key there. "
                "After a colleague gives it, sign in again."
            )
        return self.tr("Confidential notes can be written by psychologists only.")

    def on_template(self) -> None:
        code = self.template.currentData()
        if code is None:
            return
        template = session_service.SESSION_TEMPLATES[code]
        self.kind.setCurrentIndex(self.kind.findData(template.kind))
        current = self.summary.toPlainText().strip()
        # Never overwrite what the user wrote; only an untouched skeleton is replaced.
        if not current or current == self._template_text.strip():
            self.summary.setPlainText(template.summary)
            self._template_text = template.summary

    def draft(self) -> SessionDraft:
        summary = self.summary.toPlainText()
        if summary.strip() == self._template_text.strip():
            summary = ""  # an untouched skeleton is not a summary
        return SessionDraft(
            pupil_id=self.pupil_id,
            kind=self.kind.currentData(),
            held_at=to_datetime(self.held_at.dateTime()),
            duration_min=self.duration.value(),
            summary=summary,
            confidential_notes=self.confidential.toPlainText()
            if self.may_write_confidential
            else "",
            next_step=self.next_step.text(),
            next_step_due=date_of(self.next_step_due),
        )

    def save(self) -> SessionRecord:
        return session_service.record_session(self.vault, self.draft())
