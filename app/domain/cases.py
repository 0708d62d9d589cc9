"""Case work records: incidents and their notifications, sessions, plans and tasks,
referrals, the prevention council, and the dashboard summary.

All frozen dataclasses. Instants are aware UTC ``datetime`` values, calendar days are ``date``
values; the storage layer converts to and from the ISO strings kept in the vault. Receipt
fields stay exactly as the server wrote them, because signatures and hash chains cover them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

PARTICIPANT_ROLES = ("victim", "initiator", "witness")
SESSION_KINDS = ("individual", "group", "family", "with_representative", "crisis")
PLAN_KINDS = ("accompaniment", "rehabilitation", "absence")
PLAN_STATUSES = ("active", "completed", "cancelled")
REFERRAL_DESTINATIONS = (
    "psych_support_centre",
    "child_friendly_office",
    "medical",
    "pmpk",
    "helpline_111",
    "ombudsman",
    "other",
)
NOTIFICATION_STATES = ("queued", "delivered", "acknowledged")
# What the user sees (DESIGN §6a): a queued notification that was phoned in shows as 'phoned';
# one the receiving side asked about as 'clarification_requested' until an officer accepts it;
# 'accepted' once an officer accepted it (stored state 'acknowledged').
DISPLAY_STATES = ("queued", "phoned", "delivered", "clarification_requested", "accepted")
ACK_KINDS = ("accepted", "clarification_requested")

# -- incidents and the outbox ---------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    """A pupil involved in an incident, in one role (victim, initiator or witness)."""

    pupil_id: int
    role: str


@dataclass(frozen=True)
class OtherParticipant:
    """A child involved who is not a pupil of the school (not on its list): as told."""

    role: str
    full_name: str
    age: str = ""  # approximate age or birth date, free text
    note: str = ""


@dataclass(frozen=True)
class IncidentDraft:
    """What the user entered; ``record_incident`` validates it."""

    detected_at: datetime
    category: str
    description: str
    source: str = ""
    location: str = ""
    measures: str = ""
    participants: tuple[Participant, ...] = ()
    others: tuple[OtherParticipant, ...] = ()
    # Learned of outside the school through professional work (the law names this case).
    learned_outside: bool = False
    # Why informing the legal representatives would be against the child's interest; when
    # given, no "inform the legal representatives" task is created.
    representatives_not_informed: str = ""


@dataclass(frozen=True)
class Incident:
    id: int
    detected_at: datetime
    category: str
    description: str
    source: str
    location: str
    measures: str
    recorded_by: int
    created_at: datetime
    participants: tuple[Participant, ...] = ()
    others: tuple[OtherParticipant, ...] = ()
    learned_outside: bool = False
    representatives_not_informed: str = ""


@dataclass(frozen=True)
class Notification:
    """One row of the outbox. Everything up to ``created_by`` is immutable (a DB trigger)."""

    id: str
    incident_id: int
    corrects: str | None
    recipients: tuple[str, ...]
    deadline: datetime
    rules_version: str
    payload: str  # canonical JSON, exactly the bytes hashed (UTF-8)
    payload_sha256: str
    created_at: datetime
    created_by: int
    state: str  # queued | delivered | acknowledged
    attempts: int = 0
    last_attempt_at: datetime | None = None
    last_error: str | None = None
    acknowledged_at: datetime | None = None
    ack_note: str | None = None
    ack_state: str | None = None  # the kind of the latest acknowledgement (ACK_KINDS)


@dataclass(frozen=True)
class FollowUpTask:
    """A task that a follow-up of the rules created when an incident was recorded."""

    follow_up: str  # the code in the rules file (rehabilitation_plan, council_review...)
    rules_version: str
    task: Task


@dataclass(frozen=True)
class RecordedIncident:
    """What ``record_incident`` did: the incident, its notification (if mandatory), the
    follow-ups of the rules, and the tasks it created for them (with due dates).
    """

    incident: Incident
    notification: Notification | None
    follow_ups: tuple[str, ...]
    tasks: tuple[FollowUpTask, ...] = ()


@dataclass(frozen=True)
class IncidentDetail:
    incident: Incident
    notifications: tuple[Notification, ...]


@dataclass(frozen=True)
class OutboxItem:
    """A queued notification as the sync engine sends it."""

    id: str
    payload: str
    payload_sha256: str


@dataclass(frozen=True)
class StoredReceipt:
    """A server receipt as stored (strings exactly as the server signed them)."""

    notification_id: str
    payload_sha256: str
    server_received_at: str
    server_seq: int
    prev_receipt_hash: str
    signature: str
    receipt_json: str
    stored_at: str

    @property
    def number(self) -> int:
        """The receipt's number in its chain, as shown to people: ``school_seq`` of a per-school
        receipt, ``server_seq`` of one issued before per-school chains."""
        seq = json.loads(self.receipt_json).get("school_seq")
        return self.server_seq if seq is None else int(seq)


@dataclass(frozen=True)
class PhoneReport:
    """A notification made by telephone (the fallback when delivery is not possible)."""

    id: int
    notification_id: str
    called_at: datetime
    phone_number: str
    answered_by: str
    reference: str
    recorded_by: int
    recorded_at: datetime


@dataclass(frozen=True)
class Acknowledgement:
    """One act of the receiving side, as the server reported it (DESIGN §6a).

    ``kind`` 'accepted': ``officer`` accepted it for ``unit`` under the police registration
    number ``reference``; 'clarification_requested': ``note`` is the question to the school.
    Officer, unit and reference are None for acceptances from older servers (and from vaults
    of schema version 3, where ``ack_seq`` is None too).
    """

    notification_id: str
    kind: str
    at: datetime  # server time of the act
    officer: str | None
    unit: str | None
    reference: str | None
    note: str | None
    ack_seq: int | None
    received_at: datetime


@dataclass(frozen=True)
class NotificationRow:
    """A notification joined with what its view needs (storage → service)."""

    notification: Notification
    category: str
    receipt: StoredReceipt | None
    phone_reports: tuple[PhoneReport, ...]
    acknowledgements: tuple[Acknowledgement, ...] = ()  # in the server's order


@dataclass(frozen=True)
class NotificationView:
    id: str
    incident_id: int
    category: str
    recipients: tuple[str, ...]
    created_at: datetime
    deadline: datetime
    rules_version: str
    state: str  # queued | delivered | acknowledged
    display_state: str  # one of DISPLAY_STATES
    corrects: str | None
    receipt_seq: int | None
    receipt_server_time: datetime | None
    acknowledged_at: datetime | None  # the first acceptance
    phone_report: PhoneReport | None  # the earliest call
    late: bool  # neither delivered nor phoned before the deadline (DESIGN §6)
    attempts: int = 0
    last_error: str | None = None
    history: tuple[Acknowledgement, ...] = ()  # every acknowledgement, in the server's order
    # The latest clarification request, and the correction that answered it (None: open).
    clarification: Acknowledgement | None = None
    clarification_answer: str | None = None
    # Accepted, or delivered and phoned, before the deadline (DESIGN §6a).
    accepted_on_time: bool = False

    @property
    def acceptance(self) -> Acknowledgement | None:
        """The first acceptance by an officer, if any."""
        return next((a for a in self.history if a.kind == "accepted"), None)

    @property
    def clarification_open(self) -> bool:
        """The receiving side asked a question that no correction has answered yet."""
        return self.display_state == "clarification_requested" and not self.clarification_answer

    @property
    def settled(self) -> bool:
        """Delivered or phoned: nothing more to do before the deadline."""
        return self.display_state != "queued"


# -- counselling sessions ---------------------------------------------------------------------


@dataclass(frozen=True)
class SessionDraft:
    pupil_id: int
    kind: str
    held_at: datetime
    duration_min: int
    summary: str
    confidential_notes: str = ""
    next_step: str = ""
    next_step_due: date | None = None


@dataclass(frozen=True)
class SessionRecord:
    id: int
    pupil_id: int
    kind: str
    held_at: datetime
    duration_min: int
    summary: str
    author_id: int
    created_at: datetime
    has_confidential: bool
    # Decrypted only for a psychologist holding the compartment key; otherwise None.
    confidential_notes: str | None = None


@dataclass(frozen=True)
class StoredSession:
    """A session row as stored: the confidential notes still encrypted (storage → service)."""

    id: int
    pupil_id: int
    kind: str
    held_at: datetime
    duration_min: int
    summary: str
    author_id: int
    created_at: datetime
    confidential_blob: bytes | None


@dataclass(frozen=True)
class SessionTemplate:
    """A common kind of session with a summary skeleton (Russian default text)."""

    code: str
    kind: str
    summary: str


# -- plans and tasks --------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    id: int
    pupil_id: int
    title: str
    goals: str
    kind: str
    status: str
    created_by: int
    created_at: datetime


@dataclass(frozen=True)
class PlanSummary:
    """An active plan in the list across pupils, with what is left to do."""

    plan: Plan
    pupil_name: str  # "Surname Name"
    open_tasks: int
    next_due: date | None  # the earliest due date among its open tasks


@dataclass(frozen=True)
class PlanReview:
    id: int
    plan_id: int
    reviewed_on: date
    reviewed_by: int
    note: str


@dataclass(frozen=True)
class Task:
    id: int
    title: str
    pupil_id: int | None
    plan_id: int | None
    session_id: int | None
    decision_id: int | None
    responsible_id: int | None
    due_on: date | None
    done_on: date | None
    created_by: int
    created_at: datetime
    pupil_name: str = ""  # "Surname Name" for lists; empty when not about one pupil
    responsible_name: str = ""

    @property
    def done(self) -> bool:
        return self.done_on is not None


# -- referrals --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Referral:
    id: int
    pupil_id: int
    destination: str
    referred_on: date
    reason: str
    outcome: str
    created_by: int
    created_at: datetime


# -- prevention council -----------------------------------------------------------------------


@dataclass(frozen=True)
class CouncilMeeting:
    id: int
    held_on: date
    members: tuple[str, ...]
    agenda: str
    status: str  # planned | held
    created_by: int
    created_at: datetime


@dataclass(frozen=True)
class CouncilPupil:
    meeting_id: int
    pupil_id: int
    pupil_name: str
    reason: str


@dataclass(frozen=True)
class CouncilDecision:
    id: int
    meeting_id: int
    pupil_id: int | None
    text: str
    task_id: int | None = None


@dataclass(frozen=True)
class MeetingDetail:
    meeting: CouncilMeeting
    pupils: tuple[CouncilPupil, ...]
    decisions: tuple[CouncilDecision, ...]


# -- dashboard --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueNotification:
    notification: NotificationView
    seconds_left: int  # negative once the deadline has passed


@dataclass(frozen=True)
class RegisterReviewDue:
    entry_id: int
    pupil_id: int
    pupil_name: str
    category: str
    review_due: date


@dataclass(frozen=True)
class SyncStatus:
    queued_count: int
    last_delivery_at: datetime | None
    oldest_queued_at: datetime | None


@dataclass(frozen=True)
class Dashboard:
    now: datetime
    notifications_due: tuple[DueNotification, ...]
    late_count: int
    tasks_due_this_week: tuple[Task, ...]
    tasks_overdue: tuple[Task, ...]
    register_reviews_due: tuple[RegisterReviewDue, ...]
    absences_needing_action: int
    next_council: CouncilMeeting | None
    sync: SyncStatus
    # Questions of the receiving side the school has not answered yet (DESIGN §6a).
    clarifications: tuple[NotificationView, ...] = ()
