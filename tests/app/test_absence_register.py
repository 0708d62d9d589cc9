"""Issue 13: unexcused absence is a register that persists, and a council decision opens or
closes a register entry and creates the plan - all against a real encrypted vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import PermissionDenied, ValidationError
from app.rules import load_rules
from app.services import absences as absence_service
from app.services import register as register_service
from app.services.absence_register import REGISTER_CATEGORY, absentees, open_register_entries
from app.services.council import add_pupil_to_meeting, plan_meeting
from app.services.council_decisions import decide
from app.services.plans import list_plans_for_pupil, tasks_for_pupil
from app.services.reports import period_report
from app.vault import Vault
from tests.app.test_incidents import add_pupils

TODAY = date(2026, 11, 23)


def test_the_threshold_is_a_rules_setting_and_days_are_counted_once(psy: Vault) -> None:
    truant, ill, sometimes = add_pupils(psy, 3)
    threshold = load_rules().absence.systematic_days
    # Two overlapping records of the same days count once; excused days do not count.
    absence_service.record_absence(
        psy, truant, TODAY - timedelta(days=10), TODAY - timedelta(days=8), False
    )
    absence_service.record_absence(
        psy, truant, TODAY - timedelta(days=9), TODAY - timedelta(days=7), False
    )
    absence_service.record_absence(psy, ill, TODAY - timedelta(days=20), TODAY, True, "болезнь")
    absence_service.record_absence(
        psy, sometimes, TODAY - timedelta(days=2), TODAY - timedelta(days=1), False
    )
    # Outside the window: does not count.
    absence_service.record_absence(
        psy, sometimes, TODAY - timedelta(days=90), TODAY - timedelta(days=88), False
    )
    assert threshold == 5
    assert absentees(psy, TODAY) == []  # 4 unexcused days in the window: under the threshold
    assert psy.db.scalar("SELECT count(*) FROM register_entries") == 0
    # The fifth day puts the pupil on the register, in the absence's own transaction.
    absence_service.record_absence(
        psy, truant, TODAY - timedelta(days=3), TODAY - timedelta(days=3), False
    )
    assert [(a.pupil_id, a.days, a.on_register) for a in absentees(psy, TODAY)] == [
        (truant, 5, True)
    ]
    [entry] = register_service.entries_for_pupil(psy, truant)
    assert entry.category == REGISTER_CATEGORY and entry.is_open
    assert entry.opened_on == TODAY - timedelta(days=3)
    assert "5 дн." in entry.basis


def test_an_absence_recorded_by_the_administrator_also_registers(admin: Vault, psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    absence_service.record_absence(admin, pupil, TODAY - timedelta(days=6), TODAY, False)
    [entry] = register_service.entries_for_pupil(psy, pupil)
    assert entry.opened_by == admin.user.id


def test_the_register_persists_after_the_work_is_done(psy: Vault) -> None:
    pupil, *others = add_pupils(psy, 3)
    absence = absence_service.record_absence(
        psy, pupil, TODAY - timedelta(days=6), TODAY - timedelta(days=1), False
    )
    [entry] = register_service.entries_for_pupil(psy, pupil)
    # Absences recorded before the register existed are caught up by open_register_entries.
    with psy.db.transaction():
        for other in others:
            psy.db.execute(
                "INSERT INTO absences (pupil_id, date_from, date_to, days, created_by,"
                " created_at) VALUES (?, ?, ?, 10, ?, '2026-11-23T08:00:00Z')",
                (other, (TODAY - timedelta(days=9)).isoformat(), TODAY.isoformat(), psy.user.id),
            )
    assert sorted(e.pupil_id for e in open_register_entries(psy, TODAY)) == sorted(others)
    assert open_register_entries(psy, TODAY) == []  # all on the register now
    # The work with the legal representatives is logged; the absence leaves the worklist,
    # the register entry stays until closed with a reason.
    absence_service.record_absence_work(psy, absence.id, "Беседа с матерью, акт посещения", True)
    assert pupil not in {d.absence.pupil_id for d in absence_service.absences_needing_action(psy)}
    assert register_service.get_entry(psy, entry.id).is_open
    assert [a.on_register for a in absentees(psy, TODAY)] == [True, True, True]
    # Counted in the period report (no names).
    report = period_report(psy, "2026-Q4", threshold=2)
    [row] = [r for r in report.register if r.code == REGISTER_CATEGORY]
    assert row.cells[2].value == 3  # opened in the period


def test_a_council_decision_opens_an_entry_and_creates_the_plan(psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    meeting = plan_meeting(psy, TODAY, ["Зам. директора"], "Пропуски")
    add_pupil_to_meeting(psy, meeting.id, pupil, "пропуски")
    outcome = decide(
        psy,
        meeting.id,
        pupil,
        "Поставить на внутришкольный учёт, назначить педагогическое сопровождение",
        held_on=TODAY,
        responsible_id=psy.user.id,
        due_on=TODAY + timedelta(days=30),
        open_register="internal_school_register",
        plan_kind="accompaniment",
    )
    assert outcome.opened is not None and outcome.opened.is_open
    assert outcome.opened.basis.startswith("Решение совета профилактики от 23.11.2026")
    assert outcome.plan is not None and outcome.plan.kind == "accompaniment"
    assert list_plans_for_pupil(psy, pupil) == [outcome.plan]
    assert [t.decision_id for t in tasks_for_pupil(psy, pupil)] == [outcome.decision.id]

    # A later decision closes it.
    later = plan_meeting(psy, TODAY + timedelta(days=60), ["Зам. директора"], "")
    add_pupil_to_meeting(psy, later.id, pupil, "итоги")
    closed = decide(
        psy,
        later.id,
        pupil,
        "Снять с учёта в связи с исправлением",
        held_on=TODAY + timedelta(days=60),
        close_entry_id=outcome.opened.id,
    ).closed
    assert closed is not None and not closed.is_open
    assert closed.close_reason is not None and "исправлением" in closed.close_reason


def test_a_council_decision_is_all_or_nothing(psy: Vault, admin: Vault) -> None:
    [pupil, other] = add_pupils(psy, 2)
    meeting = plan_meeting(psy, TODAY, [], "")
    add_pupil_to_meeting(psy, meeting.id, pupil, "")
    with pytest.raises(ValidationError):  # an unknown register category
        decide(psy, meeting.id, pupil, "Поставить на учёт", held_on=TODAY, open_register="x")
    with pytest.raises(PermissionDenied):  # the administrator records, does not register
        decide(admin, meeting.id, pupil, "Поставить", held_on=TODAY, plan_kind="accompaniment")
    entry = register_service.open_entry(psy, other, "increased_attention", "основание", TODAY)
    with pytest.raises(ValidationError):  # an entry of another pupil
        decide(psy, meeting.id, pupil, "Снять", held_on=TODAY, close_entry_id=entry.id)
    assert psy.db.scalar("SELECT count(*) FROM council_decisions") == 0
    assert psy.db.scalar("SELECT count(*) FROM tasks") == 0
    assert psy.db.scalar("SELECT count(*) FROM plans") == 0
    assert register_service.get_entry(psy, entry.id).is_open


def test_the_probation_register_gets_its_workflow(soc: Vault) -> None:
    """Help for pupils on the probation service's register: contact, learning plan."""
    [pupil] = add_pupils(soc, 1)
    entry = register_service.open_entry(
        soc, pupil, "probation", "Сообщение службы пробации", TODAY, language="kk"
    )
    tasks = {t.title: t for t in tasks_for_pupil(soc, pupil)}
    assert set(tasks) == {"Пробация қызметімен байланысу", "Орта білім алу жоспарын құру"}
    assert tasks["Пробация қызметімен байланысу"].due_on == TODAY + timedelta(days=3)
    assert all(t.responsible_id == soc.user.id for t in tasks.values())
    [plan] = list_plans_for_pupil(soc, pupil)
    assert tasks["Орта білім алу жоспарын құру"].plan_id == plan.id
    # Other register categories create nothing.
    register_service.open_entry(soc, pupil, "increased_attention", "решение совета", TODAY)
    assert len(tasks_for_pupil(soc, pupil)) == 2
    assert entry.is_open
