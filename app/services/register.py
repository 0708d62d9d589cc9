"""Register entries (постановка на учёт): open, review, close.

Role rules:

- Opening and reviewing an entry: psychologist or social pedagogue.
- Closing an entry: psychologist or social pedagogue, with a non-empty reason. The
  administrator may not close one: taking a pupil off the register is a pedagogical decision
  (in practice by the prevention council), recorded by the specialist who accompanies the pupil.
- Reading entries and the list of reviews due: every role.

A pupil has at most one open entry per category. Reviews are kept as history
(``register_reviews``); each review sets the entry's next review date.
"""

from __future__ import annotations

from datetime import date, timedelta

from app import clock
from app.domain.pupils import RegisterDue, RegisterEntry, RegisterReview
from app.errors import Conflict, NotFound, ValidationError
from app.rules import LANGUAGES, load_rules
from app.services import follow_ups
from app.services.pupils import clean_text, require_pupil
from app.storage import register as repo
from app.vault import Vault

__all__ = [
    "CLOSE_ROLES",
    "OPEN_ROLES",
    "REVIEW_HORIZON",
    "close_entry",
    "entries_for_pupil",
    "entries_needing_review",
    "get_entry",
    "open_entry",
    "review_entry",
    "reviews_for_entry",
]

OPEN_ROLES = ("psychologist", "social_pedagogue")
CLOSE_ROLES = ("psychologist", "social_pedagogue")
REVIEW_HORIZON = timedelta(days=7)


def _check_date(field: str, value: object) -> date:
    if not isinstance(value, date):
        raise ValidationError(field, "format", f"{field} must be a date")
    return value


def _entry(vault: Vault, entry_id: int) -> RegisterEntry:
    entry = repo.by_id(vault.db, entry_id)
    if entry is None:
        raise NotFound(f"no register entry {entry_id}")
    return entry


def open_entry(
    vault: Vault,
    pupil_id: int,
    category: str,
    basis: str,
    opened_on: date,
    review_due: date | None = None,
    *,
    language: str = "ru",
) -> RegisterEntry:
    """Open an entry; the follow-ups the rules attach to its category (probation: contact the
    probation service, a learning plan) become tasks in the same transaction, named in
    ``language``, due from ``opened_on``, the opening user responsible."""
    vault.require_role(*OPEN_ROLES)
    rules = load_rules()
    if category not in rules.register_categories:
        raise ValidationError("category", "unknown", f"unknown register category {category!r}")
    basis = clean_text("basis", basis, required=True, max_len=2000)
    opened_on = _check_date("opened_on", opened_on)
    if review_due is not None and _check_date("review_due", review_due) < opened_on:
        raise ValidationError("review_due", "before_opened", "a review cannot precede opening")
    with vault.db.transaction():
        require_pupil(vault, pupil_id)
        if repo.open_entry_of(vault.db, pupil_id, category) is not None:
            raise Conflict(
                "the pupil already has an open entry of this category", code="register_open_exists"
            )
        entry_id = repo.insert(
            vault.db,
            pupil_id=pupil_id,
            category=category,
            basis=basis,
            opened_on=opened_on,
            opened_by=vault.user.id,
            review_due=review_due,
        )
        vault.audit("register.open", "register_entry", str(entry_id), f"pupil={pupil_id}")
        for code in rules.register_follow_ups.get(category, ()):
            follow_ups.carry_out(
                vault,
                rules.follow_ups[code],
                pupil_id=pupil_id,
                language=language if language in LANGUAGES else "ru",
                today=opened_on,
            )
    return _entry(vault, entry_id)


def review_entry(
    vault: Vault, entry_id: int, note: str, reviewed_on: date, next_review: date | None
) -> RegisterReview:
    vault.require_role(*OPEN_ROLES)
    note = clean_text("note", note, required=True, max_len=4000)
    reviewed_on = _check_date("reviewed_on", reviewed_on)
    if next_review is not None and _check_date("next_review", next_review) <= reviewed_on:
        raise ValidationError(
            "next_review", "not_after_review", "the next review must come after this one"
        )
    with vault.db.transaction():
        entry = _entry(vault, entry_id)
        if not entry.is_open:
            raise Conflict("the register entry is closed", code="register_closed")
        if reviewed_on < entry.opened_on:
            raise ValidationError("reviewed_on", "before_opened", "a review cannot precede opening")
        review_id = repo.insert_review(
            vault.db,
            entry_id=entry_id,
            reviewed_on=reviewed_on,
            reviewed_by=vault.user.id,
            note=note,
            next_review=next_review,
        )
        repo.set_review_due(vault.db, entry_id, next_review)
        vault.audit("register.review", "register_entry", str(entry_id), f"review={review_id}")
    return next(r for r in repo.reviews_of(vault.db, entry_id) if r.id == review_id)


def close_entry(vault: Vault, entry_id: int, reason: str, closed_on: date) -> RegisterEntry:
    vault.require_role(*CLOSE_ROLES)
    reason = clean_text("reason", reason, required=True, max_len=2000)
    closed_on = _check_date("closed_on", closed_on)
    with vault.db.transaction():
        entry = _entry(vault, entry_id)
        if not entry.is_open:
            raise Conflict("the register entry is already closed", code="register_closed")
        if closed_on < entry.opened_on:
            raise ValidationError("closed_on", "before_opened", "closing cannot precede opening")
        repo.close(vault.db, entry_id, closed_on=closed_on, reason=reason, closed_by=vault.user.id)
        vault.audit("register.close", "register_entry", str(entry_id), f"pupil={entry.pupil_id}")
    return _entry(vault, entry_id)


def get_entry(vault: Vault, entry_id: int) -> RegisterEntry:
    return _entry(vault, entry_id)


def entries_for_pupil(vault: Vault, pupil_id: int) -> list[RegisterEntry]:
    """The pupil's entries: open ones first, newest first."""
    require_pupil(vault, pupil_id)
    return repo.for_pupil(vault.db, pupil_id)


def reviews_for_entry(vault: Vault, entry_id: int) -> list[RegisterReview]:
    """The review history of an entry, oldest first."""
    _entry(vault, entry_id)
    return repo.reviews_of(vault.db, entry_id)


def entries_needing_review(vault: Vault, today: date | None = None) -> list[RegisterDue]:
    """Open entries whose review is due within a week of ``today`` (or overdue)."""
    today = today or clock.today()
    return repo.due_by(vault.db, today + REVIEW_HORIZON)
