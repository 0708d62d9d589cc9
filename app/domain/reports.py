"""What the documents show: the anonymous period report, the notification certificate, the
prevention council protocol and a pupil's case summary.

All frozen dataclasses holding codes and values; the UI turns codes into words in the user's
language and renders the PDF or CSV. The period report holds counts only — never a name, an
IIN or a record id — because it may leave the school.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.cases import Acknowledgement, PhoneReport, Plan, Referral, Task
from app.domain.pupils import Pupil, RegisterEntry, Representative

DEFAULT_SUPPRESS_BELOW = 3
CASE_SUMMARY_SECTIONS = (
    "profile",
    "representatives",
    "register",
    "incidents",
    "sessions",
    "plans",
    "referrals",
)
# 'accepted_on_time' (DESIGN §6a): accepted by law enforcement, or delivered and phoned in,
# before the deadline; a part of 'on_time'.
NOTIFICATION_OUTCOMES = ("on_time", "late", "pending", "phoned", "accepted_on_time")

# -- the period report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A period, both ends inclusive: "2026-Q3", "2026-S2" (school quarter), "2026-09", "2026"."""

    label: str
    kind: str  # quarter | school_quarter | month | year
    first_day: date
    last_day: date


@dataclass(frozen=True)
class Cell:
    """One count of the report.

    A count of 1 up to ``threshold - 1`` could point at a child, so it is *suppressed*:
    ``value`` is None and the document shows "fewer than {threshold}". Zero and counts at or
    above the threshold are shown as they are (``threshold`` is then 0 when the cell is never
    suppressed, e.g. the number of council meetings, which says nothing about any child).

    A *secondary* cell is hidden although its count is zero or at least the threshold, because
    showing it would let a reader work a suppressed count out by arithmetic (see
    ``app.services.reports``); ``value`` is None too and the document shows "not shown".
    """

    value: int | None
    threshold: int = 0
    secondary: bool = False

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class CountRow:
    """One line of a table: a code (category, kind, destination...) and its cells."""

    code: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class PeriodReport:
    school: str
    period: Period
    generated_at: datetime
    threshold: int
    # cells: on the register at the start, at the end, entries opened, entries closed
    register: tuple[CountRow, ...]
    incidents: tuple[CountRow, ...]  # cells: (count,)
    # codes NOTIFICATION_OUTCOMES; on_time + late + pending = all notifications created in the
    # period, 'phoned' counts those reported by telephone (they are also in on_time or late),
    # 'accepted_on_time' those accepted by law enforcement on time (also in on_time)
    notifications: tuple[CountRow, ...]
    sessions: tuple[CountRow, ...]  # by kind, cells: (count,)
    referrals: tuple[CountRow, ...]  # by destination, cells: (count,)
    council_meetings_held: Cell

    def cells(self) -> list[Cell]:
        """Every cell, for checks that nothing small slipped through."""
        rows = (
            *self.register,
            *self.incidents,
            *self.notifications,
            *self.sessions,
            *self.referrals,
        )
        return [cell for row in rows for cell in row.cells] + [self.council_meetings_held]


@dataclass(frozen=True)
class NotificationTiming:
    """What decides whether one notification was on time (storage -> service)."""

    deadline: datetime
    state: str
    receipt_time: datetime | None
    first_call: datetime | None
    accepted_at: datetime | None = None  # the first acceptance by an officer


# -- the notification certificate ------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptFacts:
    """The server's receipt as signed: strings exactly as the server wrote them."""

    number: int
    server_time: str
    server_time_parsed: datetime
    payload_sha256: str
    signature: str
    # The whole receipt as the server sent it, as compact canonical JSON: the QR code on the
    # certificate, which an officer checks offline with the server's public key.
    signed_json: str = ""


@dataclass(frozen=True)
class NotificationCertificate:
    school: str
    notification_id: str
    corrects: str | None
    category: str
    detected_at: datetime
    recipients: tuple[str, ...]
    created_at: datetime
    deadline: datetime
    rules_version: str
    payload_sha256: str
    state: str
    receipt: ReceiptFacts | None
    phone_report: PhoneReport | None  # the earliest call
    acknowledged_at: datetime | None
    generated_at: datetime
    # Acceptances by officers (name, unit, registration number, time), first first.
    acceptances: tuple[Acknowledgement, ...] = ()

    @property
    def delivered_before_deadline(self) -> bool:
        return self.receipt is not None and self.receipt.server_time_parsed <= self.deadline

    @property
    def accepted_before_deadline(self) -> bool:
        return bool(self.acceptances) and self.acceptances[0].at <= self.deadline

    @property
    def accepted_on_time(self) -> bool:
        """Accepted, or delivered and phoned, before the deadline (DESIGN §6a)."""
        return self.accepted_before_deadline or (
            self.delivered_before_deadline and self.phoned_before_deadline
        )

    @property
    def phoned_before_deadline(self) -> bool:
        return self.phone_report is not None and self.phone_report.called_at <= self.deadline


# -- the council protocol --------------------------------------------------------------------------


@dataclass(frozen=True)
class ProtocolPupil:
    pupil_id: int
    full_name: str
    class_name: str
    reason: str


@dataclass(frozen=True)
class ProtocolDecision:
    text: str
    pupil_name: str  # empty for a decision about no single pupil
    responsible_name: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class CouncilProtocol:
    school: str
    meeting_id: int
    held_on: date
    status: str  # planned | held
    members: tuple[str, ...]
    agenda: str
    pupils: tuple[ProtocolPupil, ...]
    decisions: tuple[ProtocolDecision, ...]
    generated_at: datetime


# -- the case summary ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PupilIncident:
    detected_at: datetime
    category: str
    role: str
    description: str
    measures: str


@dataclass(frozen=True)
class SharedSession:
    """A session as a case summary shows it: the shared summary only, never private notes."""

    held_at: datetime
    kind: str
    duration_min: int
    summary: str


@dataclass(frozen=True)
class PlanWithTasks:
    plan: Plan
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class CaseSummary:
    school: str
    sections: tuple[str, ...]  # in CASE_SUMMARY_SECTIONS order
    pupil: Pupil  # the header names the pupil whatever the sections
    representatives: tuple[Representative, ...] = ()
    register: tuple[RegisterEntry, ...] = ()
    incidents: tuple[PupilIncident, ...] = ()
    sessions: tuple[SharedSession, ...] = ()
    plans: tuple[PlanWithTasks, ...] = ()
    referrals: tuple[Referral, ...] = ()
    prepared_by: str = ""
    generated_at: datetime | None = None
