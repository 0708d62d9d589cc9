"""The data behind the documents: the period report, notification certificates, council
protocols and case summaries. Rendering (PDF, CSV, the user's language) is the UI's job.

The period report is anonymous: counts only, and a count from 1 up to ``threshold - 1`` is
suppressed (*primary* suppression, shown as "fewer than N") because in a small school it can
point at a child. Zeros are shown, since "none" identifies nobody.

Primary suppression alone is not enough: printed counts are tied together by arithmetic, and a
reader who knows the relation can solve for a hidden count. So cells are also hidden by
*secondary* (complementary) suppression, shown as "not shown". The relations protected are:

R1  register, per category: ``at the start + entries opened - entries closed = at the end``
    (all four printed in one row; exact for entries whose closing day is not before their
    opening day, which the register service enforces).
R2  notifications: ``reported by telephone <= on time + late`` (a phoned notification is on
    time or late, never pending; all three printed).
R4  notifications: ``accepted by law enforcement on time <= on time`` (accepted, or delivered
    and phoned, before the deadline implies delivered or phoned before it; both printed).
R3  incidents and notifications: the incidents of every category that the current rules make
    mandatory = ``on time + late + not yet due``, since each such incident queues one
    notification. It is protected in the periods where it holds exactly. It does not when an
    incident was recorded in a later period than it was detected, or a correction was sent;
    a reader who assumes it then solves a false equation (its sum is off by that difference).
    Granting the reader the difference was tried and rejected: it cannot always be protected
    (three mandatory categories of 2 each, no notifications in the period: a reader told
    "the difference is 6" knows all three are 2 whatever is hidden). The relation
    ``on time + late + not yet due = all notifications`` needs a total that is not printed;
    through R3 it is protected against a reader who counts the mandatory incidents.

Incidents of categories that are not mandatory, sessions and referrals stand alone: no total
or row sum is printed beside them, so no arithmetic reaches them.

Totals: the report prints none. A printed total over a table with a hidden cell would have to
be suppressed too or rounded, and a rounded total still narrows the hidden cell to a window
that, with small counts, often holds one value; printing none is the same as always
suppressing it. Should a total ever be printed, it must be added as a relation here.

What a reader is assumed to know: a "fewer than N" cell is 1..N-1; a "not shown" cell is 0 or
at least N (every count of 1..N-1 is labelled "fewer than N"); the relations above, with their
exact constants. A hidden cell is *exposed* when all of that together leaves it exactly one
possible value, and the label alone did not already do so (with N = 2, "fewer than 2" means 1:
that is the threshold's own weakness, which no suppression can mend). The search for other
solutions caps "not shown" cells at the sum of the related counts plus N, which only makes the
assumed reader stronger.

The rule, repeated until nothing changes: while some hidden cell is exposed, hide one more
visible cell of a relation it belongs to: the first that ends the exposure, trying non-zero
cells from the smallest up and then zeros; if no single cell ends it, the smallest non-zero
cell (a zero only when none is left). So a zero is hidden only where it would complete an
equation for a reader; it identifies nobody otherwise. With a single equation this includes the
classic rule "exactly one hidden cell in a relation: hide the next smallest", and it also
catches what that rule misses: two hidden cells of 1..2 whose sum is printed as 2 are both 1.

Not protected, by design: differencing across reports (a year against its quarters; one
period's "at the end" is the next period's "at the start"), which only the audit log
(``report.period``) can show; and facts a reader knows about one child from elsewhere.

The number of council meetings held says nothing about any child and is never suppressed.

Every document is an export and is audited: ``report.period``, ``notification.certificate``,
``council.protocol`` and ``pupil.case_summary`` (the details name sections and ids, never
values).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
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
    CountRow,
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
from app.vault import Vault

__all__ = [
    "MAX_THRESHOLD",
    "case_summary_data",
    "council_protocol_data",
    "notification_certificate_data",
    "parse_period",
    "period_report",
    "protect_tables",
    "suppress",
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


# -- suppression -------------------------------------------------------------------------------


def suppress(count: int, threshold: int) -> Cell:
    """A count as the report shows it: 1..threshold-1 become "fewer than threshold"."""
    if 0 < count < threshold:
        return Cell(None, threshold)
    return Cell(count, threshold)


def _codes(known: Iterable[str], found: Iterable[str]) -> list[str]:
    known = list(known)
    return known + sorted(set(found) - set(known))


def _column(counts: Mapping[str, int], known: Iterable[str]) -> list[tuple[str, tuple[int, ...]]]:
    return [(code, (counts.get(code, 0),)) for code in _codes(known, counts)]


# -- secondary suppression -----------------------------------------------------------------------

# A cell of the report: (table, code, column).
Key = tuple[str, str, int]
# R1 over the register columns (start, end, opened, closed): start - end + opened - closed = 0.
_REGISTER_SIGNS = (1, -1, 1, -1)


@dataclass(frozen=True)
class _Relation:
    """``sum(sign * count) == bound`` (``exact``) or ``<= bound`` over the named cells."""

    terms: tuple[tuple[Key, int], ...]
    bound: int
    exact: bool

    def keys(self) -> Iterable[Key]:
        return (key for key, _ in self.terms)


def _relations(values: Mapping[Key, int], mandatory: Collection[str]) -> list[_Relation]:
    """R1, R2 and R3 of the module docstring, over the cells present in ``values``."""
    relations = []
    for table, code, column in values:
        if table == "register" and column == 0:
            terms = tuple(((table, code, i), sign) for i, sign in enumerate(_REGISTER_SIGNS))
            if all(key in values for key, _ in terms):
                relations.append(_Relation(terms, 0, exact=True))
    outcome = {c: ("notifications", c, 0) for c in NOTIFICATION_OUTCOMES}
    if all(outcome[c] in values for c in ("on_time", "late", "pending", "phoned")):
        relations.append(
            _Relation(
                ((outcome["phoned"], 1), (outcome["on_time"], -1), (outcome["late"], -1)),
                0,
                exact=False,
            )
        )
        if outcome["accepted_on_time"] in values:
            relations.append(
                _Relation(((outcome["accepted_on_time"], 1), (outcome["on_time"], -1)), 0, False)
            )
        terms = tuple(
            (key, 1) for key in values if key[0] == "incidents" and key[1] in mandatory
        ) + tuple((outcome[c], -1) for c in ("on_time", "late", "pending"))
        if sum(sign * values[key] for key, sign in terms) == 0:  # R3 holds this period
            relations.append(_Relation(terms, 0, exact=True))
    return relations


def _solvable(
    relations: Sequence[_Relation], known: Mapping[Key, int], domains: Mapping[Key, list[int]]
) -> bool:
    """Can every cell of ``domains`` take a value from its domain so that, with the ``known``
    counts, every relation holds? A depth-first search: bounds prune it, and an equation with
    one open cell left fixes that cell."""
    lows = {key: min(d) for key, d in domains.items()}
    highs = {key: max(d) for key, d in domains.items()}
    members = {key: set(d) for key, d in domains.items()}
    chosen: dict[Key, int] = {}

    def fixed(key: Key) -> int | None:
        return chosen.get(key) if key in domains else known[key]

    def possible() -> bool:
        for rel in relations:
            low = high = 0
            for key, sign in rel.terms:
                value = fixed(key)
                if value is not None:
                    low, high = low + sign * value, high + sign * value
                elif sign > 0:
                    low, high = low + lows[key], high + highs[key]
                else:
                    low, high = low - highs[key], high - lows[key]
            if low > rel.bound or (rel.exact and high < rel.bound):
                return False
        return True

    def search() -> bool:
        if not possible():
            return False
        for rel in relations:
            open_terms = [(k, sign) for k, sign in rel.terms if fixed(k) is None]
            if rel.exact and len(open_terms) == 1:
                key, sign = open_terms[0]
                rest = sum(s * v for k, s in rel.terms if k != key and (v := fixed(k)) is not None)
                value = (rel.bound - rest) * sign  # sign is 1 or -1
                if value not in members[key]:
                    return False
                chosen[key] = value
                found = search()
                del chosen[key]
                return found
        free = [key for key in domains if key not in chosen]
        if not free:
            return True
        key = min(free, key=lambda k: len(domains[k]))
        for value in domains[key]:
            chosen[key] = value
            found = search()
            del chosen[key]
            if found:
                return True
        return False

    return search()


def _component(
    key: Key, relations: Sequence[_Relation], hidden: Collection[Key]
) -> list[_Relation]:
    """The relations that reach ``key`` through hidden cells (visible ones are constants)."""
    keys, found, grew = {key}, [], True
    while grew:
        grew = False
        for rel in relations:
            if rel not in found and any(k in keys for k in rel.keys()):
                found.append(rel)
                new = {k for k in rel.keys() if k in hidden} - keys
                keys |= new
                grew = True
    return found


def _exposed(
    key: Key,
    relations: Sequence[_Relation],
    values: Mapping[Key, int],
    hidden: Mapping[Key, bool],
    threshold: int,
) -> bool:
    """Would a reader who knows the relations find exactly one value for the hidden ``key``?"""
    around = _component(key, relations, hidden)
    if not around:
        return False
    cells = {k for rel in around for k in rel.keys()}
    cap = sum(values[k] for k in cells) + threshold
    domains = {
        k: [0, *range(threshold, cap + 1)] if hidden[k] else list(range(1, threshold))
        for k in cells
        if k in hidden
    }
    if len(domains[key]) < 2:
        return False  # the label alone already says it ("fewer than 2" is 1)
    domains[key] = [v for v in domains[key] if v != values[key]]
    return not _solvable(around, values, domains)


def _secondary(
    values: Mapping[Key, int],
    order: Sequence[Key],
    relations: Sequence[_Relation],
    threshold: int,
) -> dict[Key, bool]:
    """The hidden cells: key -> True if hidden by secondary suppression, False if primary."""
    hidden = {key: False for key in order if 0 < values[key] < threshold}
    position = {key: i for i, key in enumerate(order)}
    beyond_help: set[Key] = set()
    while True:
        exposed = next(
            (
                key
                for key in order
                if key in hidden
                and key not in beyond_help
                and _exposed(key, relations, values, hidden, threshold)
            ),
            None,
        )
        if exposed is None:
            return hidden
        for scope in (
            [rel for rel in relations if exposed in rel.keys()],
            _component(exposed, relations, hidden),
        ):
            candidates = sorted(
                {k for rel in scope for k in rel.keys() if k not in hidden},
                key=lambda k: (values[k] == 0, values[k], position.get(k, len(position))),
            )
            if candidates:
                break
        if not candidates:  # pragma: no cover - every relation here has an open cell left
            beyond_help.add(exposed)
            continue
        choice = next(
            (
                c
                for c in candidates
                if not _exposed(exposed, relations, values, {**hidden, c: True}, threshold)
            ),
            candidates[0],
        )
        hidden[choice] = True


def protect_tables(
    tables: Mapping[str, Sequence[tuple[str, tuple[int, ...]]]],
    threshold: int,
    *,
    mandatory: Collection[str] = (),
) -> dict[str, tuple[CountRow, ...]]:
    """Counts per table (name -> [(code, counts)]) as the report shows them: small counts
    suppressed, and further cells hidden wherever the relations of the module docstring would
    let a reader work a suppressed count out. Tables "register" (four columns), "incidents"
    and "notifications" take part in relations; ``mandatory`` names the incident categories
    whose notification is mandatory."""
    values = {
        (table, code, i): count
        for table, rows in tables.items()
        for code, counts in rows
        for i, count in enumerate(counts)
    }
    hidden = _secondary(values, list(values), _relations(values, mandatory), threshold)

    def cell(key: Key) -> Cell:
        if key in hidden:
            return Cell(None, threshold, secondary=hidden[key])
        return Cell(values[key], threshold)

    return {
        table: tuple(
            CountRow(code, tuple(cell((table, code, i)) for i in range(len(counts))))
            for code, counts in rows
        )
        for table, rows in tables.items()
    }


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
