"""Referrals of a pupil to outside help, and what came of them."""

from __future__ import annotations

from datetime import date

from app import clock
from app.domain.cases import REFERRAL_DESTINATIONS, Referral
from app.errors import NotFound, ValidationError
from app.services.plans import check_date, check_pupil, text
from app.storage import referrals as repo
from app.vault import Vault

__all__ = ["create_referral", "get_referral", "list_referrals", "record_referral_outcome"]

WRITE_ROLES = ("psychologist", "social_pedagogue")
READ_ROLES = ("psychologist", "social_pedagogue", "admin")


def create_referral(
    vault: Vault, pupil_id: int, destination: str, referred_on: date, reason: str
) -> Referral:
    vault.require_role(*WRITE_ROLES)
    if destination not in REFERRAL_DESTINATIONS:
        raise ValidationError("destination", "unknown", f"unknown destination {destination!r}")
    if check_date(referred_on, "referred_on") is None:
        raise ValidationError("referred_on", "required", "the referral date is required")
    reason = text(reason, "reason")
    with vault.db.transaction():
        check_pupil(vault, pupil_id)
        referral_id = repo.insert(
            vault.db,
            pupil_id=pupil_id,
            destination=destination,
            referred_on=referred_on.isoformat(),
            reason=reason,
            created_by=vault.user.id,
            created_at=clock.now_iso(),
        )
        vault.audit("referral.create", "referral", str(referral_id), f"destination={destination}")
    return get_referral(vault, referral_id)


def record_referral_outcome(vault: Vault, referral_id: int, outcome: str) -> Referral:
    vault.require_role(*WRITE_ROLES)
    outcome = text(outcome, "outcome", required=True)
    with vault.db.transaction():
        get_referral(vault, referral_id)
        repo.set_outcome(vault.db, referral_id, outcome)
        vault.audit("referral.outcome", "referral", str(referral_id))
    return get_referral(vault, referral_id)


def get_referral(vault: Vault, referral_id: int) -> Referral:
    vault.require_role(*READ_ROLES)
    found = repo.by_id(vault.db, referral_id)
    if found is None:
        raise NotFound(f"no referral {referral_id}")
    return found


def list_referrals(
    vault: Vault, *, pupil_id: int | None = None, open_only: bool = False
) -> list[Referral]:
    """Newest first; ``open_only`` lists those still waiting for an outcome."""
    vault.require_role(*READ_ROLES)
    return repo.listing(vault.db, pupil_id=pupil_id, open_only=open_only)
