"""A recorded counselling session, read-only: opened from the chronology of a pupil's card.

The confidential notes are decrypted only for a psychologist holding the notes key (the
service decides, and audits the view); anyone else sees that notes exist and why they cannot
read them — never their text.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import sessions as session_service
from app.vault import Vault
from ui.formatting import format_datetime
from ui.vocabulary import session_kinds


class SessionViewDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None, *, session_id: int) -> None:
        super().__init__(parent)
        record = session_service.get_session(vault, session_id)
        self.setWindowTitle(self.tr("Counselling session"))
        self.kind = QLabel(session_kinds().get(record.kind, record.kind))
        self.held_at = QLabel(format_datetime(record.held_at))
        self.duration = QLabel(self.tr("{0} min").format(record.duration_min))
        self.summary = QPlainTextEdit(record.summary)
        self.summary.setReadOnly(True)
        self.summary.setObjectName("summary")
        self.confidential = QPlainTextEdit()
        self.confidential.setReadOnly(True)
        self.confidential.setObjectName("confidential")
        self.confidential_note = QLabel(wordWrap=True)
        self.confidential_note.setObjectName("confidential_note")
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Held at:"), self.held_at)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.tr("Shared summary:"), self.summary)
        if record.confidential_notes is not None:
            self.confidential.setPlainText(record.confidential_notes)
            form.addRow(self.tr("Confidential notes:"), self.confidential)
            self.confidential_note.hide()
        else:
            self.confidential.hide()
            if record.has_confidential:
                self.confidential_note.setText(
                    self.tr(
                        "This session has confidential notes. Only a psychologist who holds "
                        "the confidential notes key can read them."
                    )
                )
                form.addRow("", self.confidential_note)
            else:
                self.confidential_note.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 480)
