"""Answering a clarification request of the receiving side (DESIGN §6a).

The officer's question is shown above the form; the answer becomes the ``correction_reason``
of a correction notification (``corrects`` = the original), queued and delivered like any
notification. Facts left empty stay as they were sent.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.domain.cases import Notification, NotificationView
from app.services import notifications as notification_service
from app.vault import Vault
from ui.style import set_heading
from ui.widgets.validation import FormDialog

_NO_VALUE = "—"


class ClarificationDialog(FormDialog):
    """Arguments: ``notification`` (the ``NotificationView`` whose question is open)."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, notification: NotificationView
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.notification = notification
        self.setWindowTitle(self.tr("Answer the clarification request"))
        ask = self.notification.clarification
        self.question = QLabel(wordWrap=True)
        self.question.setObjectName("question")
        set_heading(self.question, self.question.font().pointSizeF())
        self.question.setText(
            self.tr("{officer} ({unit}) asks: “{question}”").format(
                officer=(ask.officer if ask and ask.officer else _NO_VALUE),
                unit=(ask.unit if ask and ask.unit else _NO_VALUE),
                question=(ask.note if ask and ask.note else _NO_VALUE),
            )
        )
        self.hint = QLabel(wordWrap=True)
        self.hint.setText(
            self.tr(
                "Your answer is sent as a correction of this notification. Fill in a fact "
                "below only if it changes; empty fields stay as they were sent."
            )
        )
        self.body.insertWidget(0, self.question)
        self.body.insertWidget(1, self.hint)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.location = QLineEdit()
        self.measures = QLineEdit()
        add = self.errors.add_row
        add(self.form, "reason", self.tr("Answer:"), self.answer, aliases=("clarification",))
        add(self.form, "description", self.tr("What happened (corrected):"), self.description)
        add(self.form, "location", self.tr("Place (corrected):"), self.location)
        add(self.form, "measures", self.tr("Measures taken (corrected):"), self.measures)
        self.save_button.setText(self.tr("Send the answer"))
        self.setMinimumWidth(520)

    @staticmethod
    def _changed(text: str) -> str | None:
        return text.strip() or None

    def save(self) -> Notification:
        return notification_service.answer_clarification(
            self.vault,
            self.notification.id,
            self.answer.toPlainText(),
            description=self._changed(self.description.toPlainText()),
            location=self._changed(self.location.text()),
            measures=self._changed(self.measures.text()),
        )
