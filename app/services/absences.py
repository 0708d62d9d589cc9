"""Absences from school and the work done about unexcused ones.

Any role may record an absence (the administrator often copies them from the class
journal). Recording the work done with the pupil and the family — calls, home visits,
talks — is for the psychologist and the social pedagogue. Each piece of work is appended to
the absence's log with its date, so nothing said earlier is overwritten.
"""

from __future__ import annotations

from datetime import date

from app import clock
from app.domain.pupils import Absence, AbsenceDue
from app.errors import NotFound, ValidationError
from app.services import absence_register
from app.services.pupils import clean_text, require_pupil
from app.storage import absences as repo
from app.vault import Vault

__all__ = [
    "MAX_SPAN_DAYS",
    "WORK_ROLES",
    "absences_for_pupil",
    "absences_needing_action",
    "get_absence",
    "record_absence",
    "record_absence_work",
]

WORK_ROLES = ("psychologist", "social_pedagogue")
# One record covers at most a school quarter's length. A longer stretch (a pupil gone for
# months) is recorded period by period, each with the work done about it; a single entry of
# 335 days was almost always a typed year (2025 for 2026) and swamped every absence count.
MAX_SPAN_DAYS = 92


def _absence(vault: Vault, absence_id: int) -> Absence:
    absence = repo.by_id(vault.db, absence_id)
    if absence is None:
        raise NotFound(f"no absence {absence_id}")
    return absence


def record_absence(
    vault: Vault, pupil_id: int, date_from: date, date_to: date, excused: bool, reason: str = ""
) -> Absence:
    """Record an absence of calendar days ``date_from``..``date_to`` inclusive."""
    for field, value in (("date_from", date_from), ("date_to", date_to)):
        if not isinstance(value, date):
            raise ValidationError(field, "format", f"{field} must be a date")
    if date_to < date_from:
        raise ValidationError("date_to", "before_start", "the absence ends before it starts")
    days = (date_to - date_from).days + 1
    if days > MAX_SPAN_DAYS:
        raise ValidationError(
            "date_to",
            "absence_span",
            f"an absence is recorded for at most {MAX_SPAN_DAYS} days ({days} given);"
            " record a longer one as several periods",
        )
    reason = clean_text("reason", reason, max_len=2000)
    with vault.db.transaction():
        require_pupil(vault, pupil_id)
        absence_id = repo.insert(
            vault.db,
            pupil_id=pupil_id,
            date_from=date_from,
            date_to=date_to,
            days=days,
            excused=bool(excused),
            reason=reason,
            created_by=vault.user.id,
            created_at=clock.now_iso(),
        )
        vault.audit("absence.create", "absence", str(absence_id), f"pupil={pupil_id}")
        if not excused:  # the absence register (issue 13): entries follow from the rules
            absence_register.register_if_at_threshold(vault, pupil_id, date_to)
    return _absence(vault, absence_id)


def record_absence_work(vault: Vault, absence_id: int, work_done: str, resolved: bool) -> Absence:
    """Append what was done about an absence; ``resolved`` marks the matter as settled."""
    vault.require_role(*WORK_ROLES)
    work_done = clean_text("work_done", work_done, required=True, max_len=4000)
    with vault.db.transaction():
        absence = _absence(vault, absence_id)
        line = f"{clock.today().isoformat()}: {work_done}"
        log = f"{absence.work_done}\n{line}" if absence.work_done else line
        repo.set_work(vault.db, absence_id, work_done=log, resolved=bool(resolved))
        vault.audit("absence.work", "absence", str(absence_id), f"resolved={int(bool(resolved))}")
    return _absence(vault, absence_id)


def get_absence(vault: Vault, absence_id: int) -> Absence:
    return _absence(vault, absence_id)


def absences_needing_action(vault: Vault) -> list[AbsenceDue]:
    """Unexcused absences not yet resolved, oldest first, with their pupils."""
    return repo.needing_action(vault.db)


def absences_for_pupil(vault: Vault, pupil_id: int) -> list[Absence]:
    """The pupil's absences, newest first."""
    require_pupil(vault, pupil_id)
    return repo.for_pupil(vault.db, pupil_id)
