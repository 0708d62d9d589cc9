"""The one dialog that records a notification made by telephone (DESIGN §6 fallback).

Both the incident form (just after recording, offline near the deadline) and the Notifications
page open it, so the person sees the same numbers to call, the same fields and the same errors
wherever they start from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

from app.domain.cases import PhoneReport
from app.rules import Recipient
from app.services import notifications as notification_service
from app.vault import Vault
from ui.style import set_heading
from ui.vocabulary import recipient_name, rules
from ui.widgets.validation import FormDialog


class HasRecipients(Protocol):
    @property
    def recipients(self) -> tuple[str, ...]: ...


def _offered(recipient: Recipient) -> tuple[str, str]:
    assert recipient.phone is not None  # checked when the rules file was loaded
    return recipient.phone, recipient_name(recipient.code)


def always_offered() -> list[tuple[str, str]]:
    """The numbers the rules file offers for every notification (the police, then 111)."""
    policy = rules().phone_report
    return [_offered(policy.first), _offered(policy.last)]


def phone_numbers(notification: HasRecipients) -> list[tuple[str, str]]:
    """(number, who) to call for a notification: the police, its recipients' phones, then 111
    (the rules file's [phone_report] first and last), each number once."""
    found: list[tuple[str, str]] = []
    for code in notification.recipients:
        recipient = rules().recipients.get(code)
        if recipient is not None and recipient.phone:
            found.append((recipient.phone, recipient_name(code)))
    first, last = always_offered()
    if all(number != first[0] for number, _ in found):
        found.insert(0, first)
    if all(number != last[0] for number, _ in found):
        found.append(last)
    return found


def call_line(number: str, who: str) -> str:
    """“102 — Police”: the number once, even when the recipient's name repeats it."""
    return f"{number} — {who.replace(f'({number})', '').strip()}"


def to_datetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


class PhoneReportDialog(FormDialog):
    """Arguments: ``notification_id``; ``numbers`` [(number, who)] to offer (default: the rules
    file's always-offered numbers, 102 and 111); ``about`` - one line saying which notification this is (optional)."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        notification_id: str,
        numbers: Sequence[tuple[str, str]] = (),
        about: str = "",
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.notification_id = notification_id
        offered = numbers or always_offered()
        self.numbers = QLabel()
        self.numbers.setObjectName("numbers")
        set_heading(self.numbers, 16, 700)
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers.setText("\n".join(call_line(n, who) if who else n for n, who in offered))
        self.about = QLabel(about, wordWrap=True)
        self.about.setVisible(bool(about))
        self.body.insertWidget(0, self.numbers)
        self.body.insertWidget(1, self.about)
        self.called_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.called_at.setCalendarPopup(True)
        self.called_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.phone_number = QComboBox()
        self.phone_number.setEditable(True)
        for number, _who in offered:
            self.phone_number.addItem(number)
        self.answered_by = QLineEdit()
        self.reference = QLineEdit()
        add = self.errors.add_row
        add(self.form, "called_at", self.tr("Called at:"), self.called_at)
        add(self.form, "phone_number", self.tr("Number called:"), self.phone_number)
        add(self.form, "answered_by", self.tr("Answered by:"), self.answered_by)
        add(
            self.form,
            "reference",
            self.tr("Registration number:"),
            self.reference,
            aliases=("phone_report",),
        )
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a phone report"))
        self.answered_by.setPlaceholderText(self.tr("Name and position of the person"))
        self.reference.setPlaceholderText(self.tr("Registration number given on the phone"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> PhoneReport:
        return notification_service.record_phone_report(
            self.vault,
            self.notification_id,
            called_at=to_datetime(self.called_at.dateTime()),
            answered_by=self.answered_by.text(),
            reference=self.reference.text(),
            phone_number=self.phone_number.currentText(),
        )
