"""Unexcused absence as a register (issue 13), not a worklist that empties.

The absences page lists absences awaiting work until each is resolved; the register is what
persists: a pupil whose unexcused days within the rules' window reach the rules' threshold
(``[absence]`` of the rules file: a school setting, not the law's number) is put on the register
of unexcused absence, and stays there until a specialist closes the entry with a reason (usually
after a prevention council decision). The work with the pupil and the legal representatives is
logged on the absences (``record_absence_work``) and in the entry's reviews; the period report
counts the register like every other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app import clock
from app.domain.pupils import RegisterEntry
from app.rules import RuleSet, load_rules
from app.services import register as register_service
from app.storage import absences as absence_repo
from app.storage import register as register_repo
from app.vault import Vault

__all__ = [
    "REGISTER_CATEGORY",
    "Absentee",
    "absentees",
    "open_register_entries",
    "register_if_at_threshold",
]

REGISTER_CATEGORY = "unexcused_absence"


@dataclass(frozen=True)
class Absentee:
    """A pupil whose unexcused days in the window reach the threshold."""

    pupil_id: int
    days: int  # unexcused calendar days within the window
    on_register: bool  # has an open entry of the absence register already


def _missed_days(vault: Vault, today: date, rules: RuleSet) -> dict[int, set[date]]:
    """Per pupil, the unexcused calendar days within the window that ends on ``today``."""
    first = today - rules.absence.window + timedelta(days=1)
    days: dict[int, set[date]] = {}
    for pupil_id, start, end in absence_repo.unexcused_overlapping(vault.db, first, today):
        day = max(start, first)
        while day <= min(end, today):  # overlapping absences count each day once
            days.setdefault(pupil_id, set()).add(day)
            day += timedelta(days=1)
    return days


def _basis(days: int, rules: RuleSet) -> str:
    return (
        f"{days} дн. пропусков без уважительной причины за "
        f"{rules.absence.window.days} дн. (порог: {rules.absence.systematic_days})"
    )


def register_if_at_threshold(
    vault: Vault, pupil_id: int, day: date, *, rules: RuleSet | None = None
) -> RegisterEntry | None:
    """Called by ``record_absence`` in its transaction: put the pupil on the absence register
    when the unexcused days in the window ending on ``day`` reach the threshold and no entry of
    the register is open. Like a notification, the entry follows from the rules, whoever
    records the absence (the administrator often copies absences from the journal)."""
    rules = rules or load_rules()
    missed = len(_missed_days(vault, day, rules).get(pupil_id, ()))
    if missed < rules.absence.systematic_days:
        return None
    if register_repo.open_entry_of(vault.db, pupil_id, REGISTER_CATEGORY) is not None:
        return None
    entry_id = register_repo.insert(
        vault.db,
        pupil_id=pupil_id,
        category=REGISTER_CATEGORY,
        basis=_basis(missed, rules),
        opened_on=day,
        opened_by=vault.user.id,
        review_due=day + timedelta(days=30),
    )
    vault.audit("register.open", "register_entry", str(entry_id), f"pupil={pupil_id};rule=absence")
    return register_repo.by_id(vault.db, entry_id)


def absentees(
    vault: Vault, today: date | None = None, *, rules: RuleSet | None = None
) -> list[Absentee]:
    """Pupils at or over the threshold on ``today``, most days first."""
    vault.require_role(*register_service.OPEN_ROLES, "admin")
    rules = rules or load_rules()
    today = today or clock.today()
    days = _missed_days(vault, today, rules)
    found = [
        Absentee(
            pupil_id,
            len(missed),
            register_repo.open_entry_of(vault.db, pupil_id, REGISTER_CATEGORY) is not None,
        )
        for pupil_id, missed in days.items()
        if len(missed) >= rules.absence.systematic_days
    ]
    return sorted(found, key=lambda a: (-a.days, a.pupil_id))


def open_register_entries(
    vault: Vault, today: date | None = None, *, rules: RuleSet | None = None
) -> list[RegisterEntry]:
    """Put every pupil at the threshold who is not on the absence register on it (one
    transaction); entries already open are left as they are. Returns the entries opened.
    Recording an absence does this for its pupil; this catches up absences recorded before
    the register existed, or a threshold lowered in a later rules file."""
    vault.require_role(*register_service.OPEN_ROLES)
    rules = rules or load_rules()
    today = today or clock.today()
    opened = []
    with vault.db.transaction():
        for absentee in absentees(vault, today, rules=rules):
            if absentee.on_register:
                continue
            basis = _basis(absentee.days, rules)
            opened.append(
                register_service.open_entry(
                    vault,
                    absentee.pupil_id,
                    REGISTER_CATEGORY,
                    basis,
                    today,
                    review_due=today + timedelta(days=30),
                )
            )
    return opened
