"""The data behind the documents: period counts, suppression, certificates, protocols and case
summaries — on a real encrypted vault, records entered through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.cases import IncidentDraft, Participant, SessionDraft
from app.domain.pupils import PupilDraft
from app.domain.reports import CASE_SUMMARY_SECTIONS, Cell
from app.errors import NotFound, PermissionDenied, ValidationError
from app.iin import make_iin
from app.services import council, incidents, pupils, referrals, register, reports, sessions
from app.services.notifications import record_phone_report
from app.storage import audit
from app.suppression import suppress
from app.vault import Vault
from tests.app.test_suppression import assert_nothing_recoverable, reader_solutions

NAME_MARKER = "Маркерова"
NOTE_MARKER = "КОНФИДЕНЦИАЛЬНО-7731"


def at(day: str, hour: int = 12) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), tzinfo=UTC).replace(
        hour=hour
    )


def make_pupils(vault: Vault, count: int) -> list[int]:
    ids = []
    for n in range(count):
        pupil = pupils.create_pupil(
            vault,
            PupilDraft(
                iin=make_iin(date(2012, 4, 1 + n), "F", 100 + n),
                surname=f"{NAME_MARKER}{n}",
                name="Айжан",
                class_name="6Б",
            ),
        )
        ids.append(pupil.id)
    return ids


def incident(vault: Vault, category: str, detected: datetime, pupil_id: int) -> str | None:
    recorded = incidents.record_incident(
        vault,
        IncidentDraft(
            detected_at=detected,
            category=category,
            description=f"синтетический случай {NAME_MARKER}",
            participants=(Participant(pupil_id, "victim"),),
        ),
    )
    return recorded.notification.id if recorded.notification else None


@pytest.fixture
def q3_2025(psy: Vault) -> list[int]:
    """Records around 2025-Q3 (1 July - 30 September 2025)."""
    p = make_pupils(psy, 6)
    ia = "increased_attention"
    register.open_entry(psy, p[0], ia, "основание", date(2025, 5, 1))
    e2 = register.open_entry(psy, p[1], ia, "основание", date(2025, 6, 1))
    register.close_entry(psy, e2.id, "снят", date(2025, 8, 1))
    register.open_entry(psy, p[2], ia, "основание", date(2025, 7, 10))
    e4 = register.open_entry(psy, p[3], ia, "основание", date(2025, 8, 1))
    register.close_entry(psy, e4.id, "снят", date(2025, 9, 30))
    register.open_entry(psy, p[4], "juvenile_police_register", "основание", date(2025, 8, 15))
    register.open_entry(psy, p[5], "family_in_difficulty", "основание", date(2025, 10, 5))

    for day in ("2025-07-15", "2025-07-16", "2025-08-20"):
        incident(psy, "violence", at(day), p[0])
    incident(psy, "bullying", at("2025-09-10"), p[1])
    incident(psy, "conflict", at("2025-10-01"), p[1])
    incident(psy, "conflict", at("2025-06-30"), p[1])

    def session(kind: str, day: str) -> None:
        sessions.record_session(
            psy,
            SessionDraft(
                pupil_id=p[0],
                kind=kind,
                held_at=at(day),
                duration_min=40,
                summary="общий итог",
                confidential_notes=NOTE_MARKER,
            ),
        )

    session("individual", "2025-07-02")
    session("individual", "2025-09-29")
    session("family", "2025-08-01")
    session("crisis", "2025-10-02")

    referrals.create_referral(psy, p[0], "pmpk", date(2025, 7, 3), "диагностика")
    referrals.create_referral(psy, p[1], "pmpk", date(2025, 9, 3), "диагностика")
    referrals.create_referral(psy, p[2], "medical", date(2025, 8, 3), "осмотр")
    referrals.create_referral(psy, p[2], "medical", date(2025, 6, 3), "осмотр")

    held = council.plan_meeting(psy, date(2025, 8, 20), ["Директор"], "повестка")
    council.mark_held(psy, held.id)
    council.plan_meeting(psy, date(2025, 9, 1), ["Директор"], "повестка")
    return p


def values(rows: tuple[object, ...]) -> dict[str, tuple[int | None, ...]]:
    return {row.code: tuple(c.value for c in row.cells) for row in rows}  # type: ignore[attr-defined]


# -- periods -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "first", "last"),
    [
        ("2026-Q3", "2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026-q1", "2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-09", "2026-09", date(2026, 9, 1), date(2026, 9, 30)),
        ("2028-02", "2028-02", date(2028, 2, 1), date(2028, 2, 29)),
        ("2026-12", "2026-12", date(2026, 12, 1), date(2026, 12, 31)),
        (" 2026 ", "2026", date(2026, 1, 1), date(2026, 12, 31)),
        # school quarters (четверть / тоқсан) of the school year 2026/2027
        ("2026-S1", "2026-S1", date(2026, 9, 1), date(2026, 10, 31)),
        ("2026-s2", "2026-S2", date(2026, 11, 1), date(2026, 12, 31)),
        ("2026-S3", "2026-S3", date(2027, 1, 1), date(2027, 3, 31)),
        ("2026-S4", "2026-S4", date(2027, 4, 1), date(2027, 5, 31)),
    ],
)
def test_periods(text: str, label: str, first: date, last: date) -> None:
    period = reports.parse_period(text)
    assert (period.label, period.first_day, period.last_day) == (label, first, last)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "2026-Q5",
        "2026-S0",
        "2026-S5",
        "2026-13",
        "2026-00",
        "26-Q1",
        "1999",
        "2026-Q3; DROP",
        "Q3",
    ],
)
def test_garbage_periods_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        reports.parse_period(text)
    assert caught.value.field == "period"


def test_school_quarters_cover_the_school_year_without_gaps() -> None:
    """Each school day from 1 September to 31 May is in exactly one school quarter, so the
    quarters add up to the school year; the summer is in none."""
    from app.school_year import school_quarter_of

    day, seen = date(2026, 9, 1), []
    while day <= date(2027, 5, 31):
        found = school_quarter_of(day)
        assert found is not None and found[0] == 2026
        seen.append(found[1])
        day += timedelta(days=1)
    assert seen == sorted(seen) and set(seen) == {1, 2, 3, 4}
    assert school_quarter_of(date(2027, 6, 1)) is None
    assert school_quarter_of(date(2026, 8, 31)) is None


# -- the period report --------------------------------------------------------------------------


def test_period_counts_on_seeded_records(psy: Vault, q3_2025: list[int]) -> None:
    report = reports.period_report(psy, "2025-Q3", threshold=2)
    register_counts = values(report.register)
    # at start, at end, opened, closed
    assert register_counts["increased_attention"] == (2, 2, 2, 2)
    assert register_counts["family_in_difficulty"] == (0, 0, 0, 0)
    assert report.register[1].code == "internal_school_register"
    juvenile = next(r for r in report.register if r.code == "juvenile_police_register")
    assert [c.suppressed for c in juvenile.cells] == [False, True, True, False]

    incident_counts = values(report.incidents)
    assert incident_counts["violence"] == (3,)
    assert incident_counts["conflict"] == (0,)
    assert incident_counts["bullying"] == (None,)  # one: suppressed
    assert values(report.sessions) == {
        "individual": (2,),
        "group": (0,),
        "family": (None,),
        "with_representative": (0,),
        "crisis": (0,),
    }
    referral_counts = values(report.referrals)
    assert referral_counts["pmpk"] == (2,)
    assert referral_counts["medical"] == (None,)
    assert referral_counts["ombudsman"] == (0,)
    # How often the council met is never suppressed: it says nothing about a child.
    assert report.council_meetings_held == Cell(1)
    # Notifications are counted by when they were created (today), not in 2025.
    assert values(report.notifications) == {
        "on_time": (0,),
        "late": (0,),
        "pending": (0,),
        "phoned": (0,),
        "accepted_on_time": (0,),
    }


def test_month_and_year_periods(psy: Vault, q3_2025: list[int]) -> None:
    july = reports.period_report(psy, "2025-07", threshold=2)
    assert values(july.incidents)["violence"] == (2,)
    assert values(july.register)["increased_attention"] == (2, 3, None, 0)
    year = reports.period_report(psy, "2025", threshold=2)
    assert values(year.incidents)["conflict"] == (2,)
    assert values(year.sessions)["crisis"] == (None,)
    assert year.council_meetings_held == Cell(1)


def test_small_counts_are_suppressed_with_the_threshold(psy: Vault, q3_2025: list[int]) -> None:
    default = reports.period_report(psy, "2025-Q3")
    assert default.threshold == 3
    assert values(default.incidents)["violence"] == (3,)
    assert values(default.sessions)["individual"] == (None,)  # 2 < 3
    assert values(default.register)["increased_attention"] == (None,) * 4
    for cell in default.cells():
        assert cell.value is None or cell.value == 0 or cell.value >= 3 or cell.threshold == 0
        if cell.suppressed:
            assert cell.threshold == 3
    strict = reports.period_report(psy, "2025-Q3", threshold=4)
    assert values(strict.incidents)["violence"] == (None,)
    assert all(c.threshold == 4 for c in strict.cells() if c.suppressed)


# -- secondary suppression through the report (the solver alone: tests/app/test_suppression.py)


def register_row(vault: Vault, ids: list[int], start: int, opened: int, closed: int) -> None:
    """In 2025-Q3: ``start`` entries open since May, ``closed`` of them closed in August,
    ``opened`` new entries in August left open."""
    ia = "increased_attention"
    for n, pupil in enumerate(ids[:start]):
        entry = register.open_entry(vault, pupil, ia, "основание", date(2025, 5, 1))
        if n < closed:
            register.close_entry(vault, entry.id, "снят", date(2025, 8, 20))
    for pupil in ids[start : start + opened]:
        register.open_entry(vault, pupil, ia, "основание", date(2025, 8, 1))


def test_a_single_suppressed_register_cell_can_no_longer_be_worked_out(psy: Vault) -> None:
    register_row(psy, make_pupils(psy, 7), start=5, opened=2, closed=3)
    # Primary suppression alone printed: at the start 5, at the end 4, opened "fewer than 3",
    # closed 3. Since start + opened - closed = end, a reader gets opened = 4 - 5 + 3 = 2.
    before = suppress(2, 3)
    shown = {"start": 5, "end": 4, "closed": 3}
    assert before.suppressed and shown["end"] - shown["start"] + shown["closed"] == 2

    report = reports.period_report(psy, "2025-Q3")
    row = next(r for r in report.register if r.code == "increased_attention")
    start, end, opened, closed = row.cells
    assert opened == Cell(None, 3)  # primary, "fewer than 3"
    hidden = [c for c in row.cells if c.secondary]
    assert len(hidden) == 1 and start == Cell(5, 3)
    # Hiding "closed" (3, the smallest) would not do: closed = opened + 1 must be 0 or >= 3
    # ("not shown"), so opened = 2 all the same. So "at the end" (4) is hidden instead:
    assert end == Cell(None, 3, secondary=True) and closed == Cell(3, 3)
    # Now 5 - end + opened - 3 = 0 allows opened = 1 (end = 3) and opened = 2 (end = 4).
    assert_nothing_recoverable(
        [(start, 1), (end, -1), (opened, 1), (closed, -1)], [5, 4, 2, 3], 0, True, 3, 20
    )
    solutions = reader_solutions([(start, 1), (end, -1), (opened, 1), (closed, -1)], 0, True, 3, 20)
    assert solutions[2] == {1, 2} and solutions[1] == {3, 4}


def test_two_small_cells_summing_to_two_are_protected_too(psy: Vault) -> None:
    # start 2, opened 0, closed 1, end 1: "exactly one hidden" never happens (three cells are
    # 1..2), yet start - closed - end = 0 with each in 1..2 forces start 2, closed 1, end 1.
    register_row(psy, make_pupils(psy, 2), start=2, opened=0, closed=1)
    row = next(
        r for r in reports.period_report(psy, "2025-Q3").register if r.code == "increased_attention"
    )
    assert [c.suppressed for c in row.cells] == [True, True, True, True]
    assert row.cells[2] == Cell(None, 3, secondary=True)  # the zero "opened" completes it
    assert_nothing_recoverable(
        [(row.cells[0], 1), (row.cells[1], -1), (row.cells[2], 1), (row.cells[3], -1)],
        [2, 1, 0, 1],
        0,
        True,
        3,
        20,
    )


@pytest.mark.parametrize("threshold", [0, 1, 51, True])
def test_threshold_is_checked(psy: Vault, threshold: int) -> None:
    with pytest.raises(ValidationError) as caught:
        reports.period_report(psy, "2025-Q3", threshold=threshold)
    assert caught.value.field == "threshold"


def test_report_holds_no_names_and_is_audited(psy: Vault, admin: Vault, q3_2025: list[int]) -> None:
    report = reports.period_report(admin, "2025-Q3")  # administrators report too
    text = repr(report)
    assert NAME_MARKER not in text and NOTE_MARKER not in text and "Айжан" not in text
    for pupil_id in q3_2025:
        assert pupils.get_pupil(psy, pupil_id, audit_view=False).iin not in text
    entry = audit.entries(admin.db, object_type="report")[0]
    assert (entry.action, entry.object_id, entry.detail) == (
        "report.period",
        "2025-Q3",
        "threshold=3",
    )
    assert entry.actor == "admin"


def test_notification_outcomes(psy: Vault) -> None:
    (pupil,) = make_pupils(psy, 1)
    now = datetime.now(UTC)
    for _ in range(2):
        incident(psy, "violence", now - timedelta(hours=3), pupil)  # queued, overdue: late
        incident(psy, "violence", now - timedelta(minutes=5), pupil)  # not yet due
        on_time = incident(psy, "violence", now - timedelta(hours=4), pupil)
        phoned_late = incident(psy, "violence", now - timedelta(hours=5), pupil)
        assert on_time and phoned_late
        record_phone_report(
            psy, on_time, now - timedelta(hours=4) + timedelta(minutes=10), "дежурный", "1", "102"
        )
        record_phone_report(psy, phoned_late, now - timedelta(hours=3), "дежурный", "2", "102")
    created = now.astimezone()
    report = reports.period_report(psy, f"{created.year}-{created.month:02d}", threshold=2)
    assert values(report.notifications) == {
        "on_time": (2,),
        "late": (4,),
        "pending": (2,),
        "phoned": (4,),
        "accepted_on_time": (0,),  # phoned but never delivered, nobody accepted
    }
    later = reports.period_report(
        psy, f"{created.year}-{created.month:02d}", threshold=2, now=now + timedelta(hours=2)
    )
    assert values(later.notifications)["late"] == (6,)


def test_permissions_and_unknown_records(soc: Vault, admin: Vault) -> None:
    with pytest.raises(NotFound):
        reports.notification_certificate_data(soc, "no-such-id")
    with pytest.raises(NotFound):
        reports.council_protocol_data(soc, 999)
    with pytest.raises(NotFound):
        reports.case_summary_data(soc, 999, {"profile"})
    with pytest.raises(PermissionDenied):
        reports.case_summary_data(admin, 1, {"profile"})


# -- documents about one record ----------------------------------------------------------------


def test_certificate_data_without_a_receipt(psy: Vault) -> None:
    (pupil,) = make_pupils(psy, 1)
    detected = datetime.now(UTC) - timedelta(minutes=30)
    notification_id = incident(psy, "violence", detected, pupil)
    assert notification_id is not None
    record_phone_report(
        psy, notification_id, detected + timedelta(minutes=5), "дежурный", "77", "102"
    )
    data = reports.notification_certificate_data(psy, notification_id)
    assert data.category == "violence"
    assert data.detected_at == detected.replace(microsecond=0)
    assert data.deadline == data.detected_at + timedelta(hours=1)
    assert data.recipients[0] == "police_102"
    assert data.receipt is None and not data.delivered_before_deadline
    assert data.phone_report is not None and data.phoned_before_deadline
    assert data.school == psy.school
    assert NAME_MARKER not in repr(data)
    entry = audit.entries(psy.db, object_type="notification", object_id=notification_id)[0]
    assert entry.action == "notification.certificate"


def test_council_protocol_data(psy: Vault, soc: Vault) -> None:
    p = make_pupils(psy, 2)
    meeting = council.plan_meeting(
        psy, date(2026, 3, 10), ["Директор (председатель)", "Педагог-психолог"], "учёт"
    )
    council.add_pupil_to_meeting(psy, meeting.id, p[1], "пропуски")
    council.add_pupil_to_meeting(psy, meeting.id, p[0], "конфликт")
    council.record_decision(
        psy, meeting.id, p[0], "Провести беседу", soc.user.id, date(2026, 3, 20)
    )
    council.record_decision(psy, meeting.id, None, "Обновить план", None, None)
    council.mark_held(psy, meeting.id)
    data = reports.council_protocol_data(soc, meeting.id)
    assert data.held_on == date(2026, 3, 10) and data.status == "held"
    assert data.members == ("Директор (председатель)", "Педагог-психолог")
    assert [(x.full_name, x.class_name, x.reason) for x in data.pupils] == [
        (f"{NAME_MARKER}0 Айжан", "6Б", "конфликт"),
        (f"{NAME_MARKER}1 Айжан", "6Б", "пропуски"),
    ]
    first, second = data.decisions
    assert (first.text, first.pupil_name, first.responsible_name, first.due_on) == (
        "Провести беседу",
        f"{NAME_MARKER}0 Айжан",
        "Соцпедагог Тестовый",
        date(2026, 3, 20),
    )
    assert (second.pupil_name, second.responsible_name, second.due_on) == ("", "", None)
    assert audit.entries(soc.db, object_type="council_meeting")[0].action == "council.protocol"


def test_case_summary_sections_and_no_confidential_notes(psy: Vault, q3_2025: list[int]) -> None:
    pupil = q3_2025[0]
    data = reports.case_summary_data(psy, pupil, {"sessions", "profile", "incidents"})
    assert data.sections == ("profile", "incidents", "sessions")
    assert data.pupil.id == pupil
    assert len(data.sessions) == 4 and data.sessions[0].summary == "общий итог"
    assert len(data.incidents) == 3 and data.incidents[0].role == "victim"
    assert data.representatives == () and data.register == () and data.referrals == ()
    assert NOTE_MARKER not in repr(data)  # the psychologist who wrote them asked, still absent
    entry = audit.entries(psy.db, object_type="pupil", object_id=str(pupil))[0]
    assert (entry.action, entry.detail) == (
        "pupil.case_summary",
        "sections=profile,incidents,sessions",
    )
    everything = reports.case_summary_data(psy, pupil, set(CASE_SUMMARY_SECTIONS))
    assert [r.destination for r in everything.referrals] == ["pmpk"]
    assert [e.category for e in everything.register] == ["increased_attention"]
    assert NOTE_MARKER not in repr(everything)


@pytest.mark.parametrize("sections", [set(), {"notes"}, {"profile", "confidential"}])
def test_case_summary_sections_are_checked(psy: Vault, sections: set[str]) -> None:
    (pupil,) = make_pupils(psy, 1)
    with pytest.raises(ValidationError) as caught:
        reports.case_summary_data(psy, pupil, sections)
    assert caught.value.field == "sections"
