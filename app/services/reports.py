"""The data behind the documents: the period report, notification certificates, council
protocols and case summaries. Rendering (PDF, CSV, the user's language) is the UI's job.

The period report is anonymous: counts only, small counts suppressed and further counts hidden
wherever arithmetic would give a suppressed one away. Which cells, and why, is
``app.suppression``'s job (its docstring states the relations protected and the reader
assumed); this module gathers the counts and hands them over.

The number of council meetings held says nothing about any child and is never suppressed.

Every document is an export and is audited: ``report.period``, ``notification.certificate``,
``council.protocol`` and ``pupil.case_summary`` (the details name sections and ids, never
values).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta

from app import clock
from app.canonical import canonical_json
from app.domain.cases import REFERRAL_DESTINATIONS, SESSION_KINDS
from app.domain.reports import (
    CASE_SUMMARY_SECTIONS,
    DEFAULT_SUPPRESS_BELOW,
    NOTIFICATION_OUTCOMES,
    CaseSummary,
    Cell,
    CouncilProtocol,
    NotificationCertificate,
    NotificationTiming,
    Period,
    PeriodReport,
    PlanWithTasks,
    ReceiptFacts,
)
from app.errors import NotFound, ValidationError
from app.rules import load_rules
from app.school_year import school_quarter_days
from app.storage import council as council_repo
from app.storage import incidents as incident_repo
from app.storage import notifications as outbox
from app.storage import plans as plans_repo
from app.storage import pupils as pupils_repo
from app.storage import referrals as referrals_repo
from app.storage import register as register_repo
from app.storage import reports as repo
from app.suppression import protect_tables
from app.vault import Vault

__all__ = [
    "MAX_THRESHOLD",
    "case_summary_data",
    "council_protocol_data",
    "notification_certificate_data",
    "parse_period",
    "period_report",
]

REPORT_ROLES = ("psychologist", "social_pedagogue", "admin")
# A case summary carries a child's case work: only the specialists who do that work.
CASE_ROLES = ("psychologist", "social_pedagogue")
MIN_THRESHOLD = 2
MAX_THRESHOLD = 50

_YEAR = re.compile(r"(\d{4})")
_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
_SCHOOL_QUARTER = re.compile(r"(\d{4})-[Ss]([1-4])")  # of the school year starting that Sep
_MONTH = re.compile(r"(\d{4})-(\d{2})")


# -- periods -----------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def parse_period(text: str) -> Period:
    """ "2026-Q3" (a calendar quarter), "2026-S2" (the 2nd school quarter, четверть, of the
    school year 2026/2027: app/school_year.py), "2026-09" (a month) or "2026" (a year)."""
    value = (text or "").strip()
    year_match = (
        _YEAR.fullmatch(value)
        or _QUARTER.fullmatch(value)
        or _SCHOOL_QUARTER.fullmatch(value)
        or _MONTH.fullmatch(value)
    )
    if year_match is None:
        raise ValidationError(
            "period",
            "format",
            "a period is a year (2026), a quarter (2026-Q3), a school quarter of the school year"
            " starting in September (2026-S1 to 2026-S4) or a month (2026-09)",
        )
    year = int(year_match.group(1))
    if not 2000 <= year <= 2100:
        raise ValidationError("period", "range", "the year must be between 2000 and 2100")
    if quarter := _QUARTER.fullmatch(value):
        q = int(quarter.group(2))
        first, last = date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
        return Period(f"{year}-Q{q}", "quarter", first, last)
    if school := _SCHOOL_QUARTER.fullmatch(value):
        q = int(school.group(2))
        first, last = school_quarter_days(year, q)
        return Period(f"{year}-S{q}", "school_quarter", first, last)
    if month := _MONTH.fullmatch(value):
        m = int(month.group(2))
        if not 1 <= m <= 12:
            raise ValidationError("period", "range", "the month must be 01 to 12")
        return Period(f"{year}-{m:02d}", "month", date(year, m, 1), _month_end(year, m))
    return Period(str(year), "year", date(year, 1, 1), date(year, 12, 31))


def _local_midnight_utc(day: date) -> str:
    """The start of ``day`` in this computer's time zone (the school's), as a stored instant."""
    return clock.iso(datetime.combine(day, time()).astimezone())


# -- report tables -------------------------------------------------------------------------


def _codes(known: Iterable[str], found: Iterable[str]) -> list[str]:
    known = list(known)
    return known + sorted(set(found) - set(known))


def _column(counts: Mapping[str, int], known: Iterable[str]) -> list[tuple[str, tuple[int, ...]]]:
    return [(code, (counts.get(code, 0),)) for code in _codes(known, counts)]


def _outcome(timing: NotificationTiming, now: datetime) -> str:
    """on_time | late | pending, exactly as the notifications list judges lateness."""
    receipt, call = timing.receipt_time, timing.first_call
    if (
        (receipt is not None and receipt <= timing.deadline)
        or (call is not None and call <= timing.deadline)
        or _accepted_in_time(timing)
    ):
        return "on_time"
    if receipt is not None or call is not None or timing.state != "queued":
        return "late"  # delivered or phoned, but only after the deadline
    return "late" if now > timing.deadline else "pending"


def _accepted_in_time(timing: NotificationTiming) -> bool:
    return timing.accepted_at is not None and timing.accepted_at <= timing.deadline


def _accepted_on_time(timing: NotificationTiming) -> bool:
    """Accepted, or delivered and phoned, before the deadline (DESIGN §6a)."""
    receipt, call, deadline = timing.receipt_time, timing.first_call, timing.deadline
    delivered_and_phoned = (
        receipt is not None and receipt <= deadline and call is not None and call <= deadline
    )
    return _accepted_in_time(timing) or delivered_and_phoned


def _check_threshold(threshold: int) -> int:
    if (
        not isinstance(threshold, int)
        or isinstance(threshold, bool)
        or not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD
    ):
        raise ValidationError(
            "threshold",
            "range",
            f"counts are suppressed below a threshold of {MIN_THRESHOLD} to {MAX_THRESHOLD}",
        )
    return threshold


# -- the period report -----------------------------------------------------------------------------


def period_report(
    vault: Vault,
    period: str,
    *,
    threshold: int = DEFAULT_SUPPRESS_BELOW,
    now: datetime | None = None,
) -> PeriodReport:
    """Counts for ``period`` ("2026-Q3", "2026-09" or "2026"); no names anywhere."""
    vault.require_role(*REPORT_ROLES)
    span = parse_period(period)
    threshold = _check_threshold(threshold)
    now = now or clock.utcnow()
    first, last = span.first_day.isoformat(), span.last_day.isoformat()
    start = _local_midnight_utc(span.first_day)
    end = _local_midnight_utc(span.last_day + timedelta(days=1))
    rules = load_rules()
    db = vault.db
    with db.transaction():
        register = repo.register_counts(db, first, last)
        incidents = repo.incident_counts(db, start, end)
        timings = repo.notification_timings(db, start, end)
        sessions = repo.session_counts(db, start, end)
        referrals = repo.referral_counts(db, first, last)
        meetings = repo.council_meetings_held(db, first, last)
        vault.audit("report.period", "report", span.label, f"threshold={threshold}")

    outcomes = dict.fromkeys(NOTIFICATION_OUTCOMES, 0)
    for timing in timings:
        outcomes[_outcome(timing, now)] += 1
        if timing.first_call is not None:
            outcomes["phoned"] += 1
        if _accepted_on_time(timing):
            outcomes["accepted_on_time"] += 1
    tables = protect_tables(
        {
            "register": [
                (code, register.get(code, (0, 0, 0, 0)))
                for code in _codes(rules.register_categories, register)
            ],
            "incidents": _column(incidents, rules.categories),
            "notifications": _column(outcomes, NOTIFICATION_OUTCOMES),
            "sessions": _column(sessions, SESSION_KINDS),
            "referrals": _column(referrals, REFERRAL_DESTINATIONS),
        },
        threshold,
        mandatory={code for code, rule in rules.categories.items() if rule.mandatory},
    )
    return PeriodReport(
        school=vault.school,
        period=span,
        generated_at=now,
        threshold=threshold,
        register=tables["register"],
        incidents=tables["incidents"],
        notifications=tables["notifications"],
        sessions=tables["sessions"],
        referrals=tables["referrals"],
        # How often the council met says nothing about any child: never suppressed.
        council_meetings_held=Cell(meetings),
    )


# -- the notification certificate ------------------------------------------------------------------


def notification_certificate_data(
    vault: Vault, notification_id: str, *, now: datetime | None = None
) -> NotificationCertificate:
    """The school's proof for one notification: what, to whom, by when, and the receipt."""
    vault.require_role(*REPORT_ROLES)
    db = vault.db
    with db.transaction():
        notification = outbox.by_id(db, notification_id)
        if notification is None:
            raise NotFound(f"no notification {notification_id}")
        incident = incident_repo.by_id(db, notification.incident_id)
        if incident is None:  # pragma: no cover - a foreign key guarantees it
            raise NotFound(f"no incident {notification.incident_id}")
        stored = outbox.receipt_for(db, notification_id)
        call = repo.first_phone_report(db, notification_id)
        acks = outbox.acknowledgements(db, notification_id).get(notification_id, [])
        vault.audit("notification.certificate", "notification", notification_id)
    receipt = (
        None
        if stored is None
        else ReceiptFacts(
            number=stored.number,
            server_time=stored.server_received_at,
            server_time_parsed=clock.parse_iso(stored.server_received_at),
            payload_sha256=stored.payload_sha256,
            signature=stored.signature,
            signed_json=canonical_json(json.loads(stored.receipt_json)).decode("utf-8"),
        )
    )
    return NotificationCertificate(
        school=vault.school,
        notification_id=notification.id,
        corrects=notification.corrects,
        category=incident.category,
        detected_at=incident.detected_at,
        recipients=notification.recipients,
        created_at=notification.created_at,
        deadline=notification.deadline,
        rules_version=notification.rules_version,
        payload_sha256=notification.payload_sha256,
        state=notification.state,
        receipt=receipt,
        phone_report=call,
        acknowledged_at=notification.acknowledged_at,
        generated_at=now or clock.utcnow(),
        acceptances=tuple(a for a in acks if a.kind == "accepted"),
    )


# -- the council protocol --------------------------------------------------------------------------


def council_protocol_data(
    vault: Vault, meeting_id: int, *, now: datetime | None = None
) -> CouncilProtocol:
    """Everything the printed protocol of one council meeting shows."""
    vault.require_role(*REPORT_ROLES)
    db = vault.db
    with db.transaction():
        meeting = council_repo.meeting(db, meeting_id)
        if meeting is None:
            raise NotFound(f"no council meeting {meeting_id}")
        pupils = repo.protocol_pupils(db, meeting_id)
        decisions = repo.protocol_decisions(db, meeting_id)
        vault.audit("council.protocol", "council_meeting", str(meeting_id))
    return CouncilProtocol(
        school=vault.school,
        meeting_id=meeting.id,
        held_on=meeting.held_on,
        status=meeting.status,
        members=meeting.members,
        agenda=meeting.agenda,
        pupils=tuple(pupils),
        decisions=tuple(decisions),
        generated_at=now or clock.utcnow(),
    )


# -- the case summary ------------------------------------------------------------------------------


def _check_sections(sections: Sequence[str] | set[str] | frozenset[str]) -> tuple[str, ...]:
    chosen = set(sections)
    unknown = sorted(chosen - set(CASE_SUMMARY_SECTIONS))
    if unknown:
        raise ValidationError("sections", "unknown", f"unknown section(s): {', '.join(unknown)}")
    if not chosen:
        raise ValidationError("sections", "required", "choose at least one section")
    return tuple(s for s in CASE_SUMMARY_SECTIONS if s in chosen)


def case_summary_data(
    vault: Vault,
    pupil_id: int,
    sections: set[str] | frozenset[str] | Sequence[str],
    *,
    now: datetime | None = None,
) -> CaseSummary:
    """A pupil's case summary for a referral, with the chosen sections only.

    Sessions appear with their shared summary only: confidential notes are never read here,
    whoever asks. The export is audited as ``pupil.case_summary``.
    """
    vault.require_role(*CASE_ROLES)
    chosen = _check_sections(sections)
    db = vault.db
    with db.transaction():
        pupil = pupils_repo.by_id(db, pupil_id)
        if pupil is None:
            raise NotFound(f"no pupil {pupil_id}")
        representatives = (
            tuple(pupils_repo.representatives_of(db, pupil_id))
            if "representatives" in chosen
            else ()
        )
        register = (
            tuple(sorted(register_repo.for_pupil(db, pupil_id), key=lambda e: (e.opened_on, e.id)))
            if "register" in chosen
            else ()
        )
        incidents = tuple(repo.pupil_incidents(db, pupil_id)) if "incidents" in chosen else ()
        sessions = tuple(repo.shared_sessions(db, pupil_id)) if "sessions" in chosen else ()
        plans = (
            tuple(
                PlanWithTasks(plan, tuple(plans_repo.tasks_for_plan(db, plan.id)))
                for plan in plans_repo.plans_for_pupil(db, pupil_id)
            )
            if "plans" in chosen
            else ()
        )
        referrals = (
            tuple(
                sorted(
                    referrals_repo.listing(db, pupil_id=pupil_id),
                    key=lambda r: (r.referred_on, r.id),
                )
            )
            if "referrals" in chosen
            else ()
        )
        vault.audit("pupil.case_summary", "pupil", str(pupil_id), "sections=" + ",".join(chosen))
    return CaseSummary(
        school=vault.school,
        sections=chosen,
        pupil=pupil,
        prepared_by=vault.user.full_name,
        generated_at=now or clock.utcnow(),
        representatives=representatives,
        register=register,
        incidents=incidents,
        sessions=sessions,
        plans=plans,
        referrals=referrals,
    )
