"""The prevention council: plan a meeting, put pupils on its agenda, record decisions.

Every decision becomes a task (with its responsible person and due date) in the same
transaction, so nothing the council decided is left without someone to do it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app import clock
from app.domain.cases import CouncilDecision, CouncilMeeting, CouncilPupil, MeetingDetail
from app.errors import Conflict, NotFound, ValidationError
from app.services.plans import check_date, check_pupil, follow_up_task
from app.services.plans import text as clean_text
from app.storage import council as repo
from app.vault import Vault

__all__ = [
    "add_pupil_to_meeting",
    "get_meeting",
    "list_meetings",
    "mark_held",
    "next_meeting",
    "plan_meeting",
    "record_decision",
]

# The council is chaired by the school administration, so administrators take part too.
ROLES = ("psychologist", "social_pedagogue", "admin")
MAX_MEMBERS = 50


def _meeting(vault: Vault, meeting_id: int) -> CouncilMeeting:
    found = repo.meeting(vault.db, meeting_id)
    if found is None:
        raise NotFound(f"no council meeting {meeting_id}")
    return found


def plan_meeting(
    vault: Vault, held_on: date, members: Sequence[str], agenda: str
) -> CouncilMeeting:
    """Plan a meeting. ``members`` are names with positions, as they appear in the minutes."""
    vault.require_role(*ROLES)
    if check_date(held_on, "held_on") is None:
        raise ValidationError("held_on", "required", "the meeting date is required")
    cleaned = [clean_text(m, "members", limit=300) for m in members]
    cleaned = [m for m in cleaned if m]
    if len(cleaned) > MAX_MEMBERS:
        raise ValidationError("members", "too_many", f"at most {MAX_MEMBERS} members")
    agenda = clean_text(agenda, "agenda")
    with vault.db.transaction():
        meeting_id = repo.insert_meeting(
            vault.db,
            held_on=held_on.isoformat(),
            members=cleaned,
            agenda=agenda,
            created_by=vault.user.id,
            created_at=clock.now_iso(),
        )
        vault.audit("council.plan", "council_meeting", str(meeting_id))
    return _meeting(vault, meeting_id)


def add_pupil_to_meeting(vault: Vault, meeting_id: int, pupil_id: int, reason: str) -> CouncilPupil:
    vault.require_role(*ROLES)
    reason = clean_text(reason, "reason")
    with vault.db.transaction():
        _meeting(vault, meeting_id)
        check_pupil(vault, pupil_id)
        repo.add_pupil(vault.db, meeting_id, pupil_id, reason)
        vault.audit("council.add_pupil", "council_meeting", str(meeting_id), f"pupil={pupil_id}")
    return next(p for p in repo.pupils(vault.db, meeting_id) if p.pupil_id == pupil_id)


def record_decision(
    vault: Vault,
    meeting_id: int,
    pupil_id: int | None,
    text: str,
    responsible_id: int | None,
    due_on: date | None,
) -> CouncilDecision:
    """Record a decision and create its task in the same transaction.

    A decision about a pupil needs the pupil on the meeting's agenda.
    """
    vault.require_role(*ROLES)
    body = clean_text(text, "text", required=True)
    check_date(due_on, "due_on")
    with vault.db.transaction():
        _meeting(vault, meeting_id)
        if pupil_id is not None:
            check_pupil(vault, pupil_id)
            if not repo.pupil_on_agenda(vault.db, meeting_id, pupil_id):
                raise ValidationError(
                    "pupil_id", "not_on_agenda", "add the pupil to the meeting first"
                )
        decision_id = repo.insert_decision(vault.db, meeting_id, pupil_id, body)
        vault.audit(
            "council.decision", "council_meeting", str(meeting_id), f"decision={decision_id}"
        )
        task_id = follow_up_task(
            vault,
            title=body[:1000],
            pupil_id=pupil_id,
            decision_id=decision_id,
            responsible_id=responsible_id,
            due_on=due_on,
        )
    return CouncilDecision(decision_id, meeting_id, pupil_id, body, task_id)


def mark_held(vault: Vault, meeting_id: int) -> CouncilMeeting:
    vault.require_role(*ROLES)
    with vault.db.transaction():
        meeting = _meeting(vault, meeting_id)
        if meeting.status == "held":
            raise Conflict(f"council meeting {meeting_id} is already marked held")
        repo.set_held(vault.db, meeting_id)
        vault.audit("council.held", "council_meeting", str(meeting_id))
    return _meeting(vault, meeting_id)


def next_meeting(vault: Vault, today: date) -> CouncilMeeting | None:
    """The earliest planned meeting on or after ``today``."""
    vault.require_role(*ROLES)
    return repo.next_planned(vault.db, today.isoformat())


def list_meetings(vault: Vault, *, status: str | None = None) -> list[CouncilMeeting]:
    """Newest first; ``status`` 'planned' or 'held' filters."""
    vault.require_role(*ROLES)
    if status not in (None, "planned", "held"):
        raise ValidationError("status", "unknown", f"unknown meeting status {status!r}")
    return repo.meetings(vault.db, status=status)


def get_meeting(vault: Vault, meeting_id: int) -> MeetingDetail:
    vault.require_role(*ROLES)
    meeting = _meeting(vault, meeting_id)
    return MeetingDetail(
        meeting,
        tuple(repo.pupils(vault.db, meeting_id)),
        tuple(repo.decisions(vault.db, meeting_id)),
    )
