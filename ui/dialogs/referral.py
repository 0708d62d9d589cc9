"""Referrals to a psychological support centre, a child-friendly office, PMPK, 111..."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from app.domain.cases import Referral
from app.services import referrals as referral_service
from app.vault import Vault
from ui.vocabulary import referral_destinations
from ui.widgets.date_field import day_of, make_date_edit
from ui.widgets.validation import FormDialog


class ReferralDialog(FormDialog):
    """Arguments: ``pupil_id``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, pupil_id: int) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        self.setWindowTitle(self.tr("New referral"))
        self.destination = QComboBox()
        for code, name in referral_destinations().items():
            self.destination.addItem(name, code)
        self.referred_on = make_date_edit()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        add = self.errors.add_row
        add(self.form, "destination", self.tr("Referred to:"), self.destination)
        add(self.form, "referred_on", self.tr("Date:"), self.referred_on)
        add(self.form, "reason", self.tr("Reason:"), self.reason)
        self.setMinimumWidth(520)

    def save(self) -> Referral:
        return referral_service.create_referral(
            self.vault,
            self.pupil_id,
            self.destination.currentData(),
            day_of(self.referred_on),
            self.reason.toPlainText(),
        )


class ReferralOutcomeDialog(FormDialog):
    """Arguments: ``referral``."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, referral: Referral) -> None:
        super().__init__(parent)
        self.vault = vault
        self.referral = referral
        self.setWindowTitle(self.tr("Outcome of the referral"))
        self.outcome = QPlainTextEdit(self.referral.outcome)
        self.outcome.setTabChangesFocus(True)
        self.errors.add_row(self.form, "outcome", self.tr("Outcome:"), self.outcome)
        self.setMinimumWidth(480)

    def save(self) -> Referral:
        return referral_service.record_referral_outcome(
            self.vault, self.referral.id, self.outcome.toPlainText()
        )
