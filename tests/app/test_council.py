"""The prevention council: meetings, pupils on the agenda, decisions that become tasks."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import Conflict, NotFound, ValidationError
from app.services.council import (
    add_pupil_to_meeting,
    get_meeting,
    list_meetings,
    mark_held,
    next_meeting,
    plan_meeting,
    record_decision,
)
from app.services.plans import tasks_for_pupil
from app.storage import audit as audit_repo
from app.vault import Vault
from tests.app.test_incidents import add_pupils

MEMBERS = ["Заместитель директора по ВР", "Педагог-психолог", "Социальный педагог"]


def test_decision_becomes_a_task_in_the_same_transaction(soc: Vault, psy: Vault) -> None:
    [pupil] = add_pupils(soc, 1)
    meeting = plan_meeting(soc, date(2026, 12, 3), MEMBERS, "Пропуски занятий")
    assert meeting.status == "planned" and meeting.members == tuple(MEMBERS)
    on_agenda = add_pupil_to_meeting(soc, meeting.id, pupil, "систематические пропуски")
    assert on_agenda.pupil_name and on_agenda.reason == "систематические пропуски"

    decision = record_decision(
        soc, meeting.id, pupil, "Посетить семью на дому", psy.user.id, date(2026, 12, 10)
    )
    assert decision.task_id is not None
    [task] = tasks_for_pupil(soc, pupil)
    assert (task.id, task.decision_id, task.title) == (
        decision.task_id,
        decision.id,
        "Посетить семью на дому",
    )
    assert (task.responsible_id, task.due_on) == (psy.user.id, date(2026, 12, 10))
    general = record_decision(soc, meeting.id, None, "Провести классный час", None, None)

    detail = get_meeting(soc, meeting.id)
    assert [p.pupil_id for p in detail.pupils] == [pupil]
    assert [(d.id, d.task_id) for d in detail.decisions] == [
        (decision.id, decision.task_id),
        (general.id, general.task_id),
    ]

    held = mark_held(soc, meeting.id)
    assert held.status == "held"
    with pytest.raises(Conflict):
        mark_held(soc, meeting.id)
    actions = [e.action for e in reversed(audit_repo.entries(soc.db))]
    assert actions.count("council.decision") == 2 and actions.count("task.create") == 2
    assert "council.held" in actions and "council.plan" in actions
    assert audit_repo.first_broken_entry(soc.db) is None


def test_a_failed_task_rolls_back_the_decision(psy: Vault) -> None:
    meeting = plan_meeting(psy, date(2026, 12, 3), MEMBERS, "")
    with pytest.raises(ValidationError) as err:
        record_decision(psy, meeting.id, None, "Решение", 4242, None)  # no such staff
    assert err.value.field == "responsible_id"
    assert psy.db.scalar("SELECT count(*) FROM council_decisions") == 0
    assert psy.db.scalar("SELECT count(*) FROM tasks") == 0


def test_agenda_rules_and_next_meeting(admin: Vault) -> None:
    pupil, other = add_pupils(admin, 2)
    past = plan_meeting(admin, date(2026, 11, 1), MEMBERS, "")
    later = plan_meeting(admin, date(2026, 12, 20), MEMBERS, "")
    sooner = plan_meeting(admin, date(2026, 12, 3), [" ", *MEMBERS], "")
    assert sooner.members == tuple(MEMBERS)
    assert next_meeting(admin, date(2026, 11, 25)) == sooner
    mark_held(admin, sooner.id)
    assert next_meeting(admin, date(2026, 11, 25)) == later
    assert next_meeting(admin, date(2027, 1, 1)) is None
    assert [m.id for m in list_meetings(admin)] == [later.id, sooner.id, past.id]
    assert [m.id for m in list_meetings(admin, status="held")] == [sooner.id]

    add_pupil_to_meeting(admin, later.id, pupil, "")
    with pytest.raises(ValidationError) as err:
        record_decision(admin, later.id, other, "Решение", None, None)
    assert err.value.reason == "not_on_agenda"
    with pytest.raises(ValidationError):
        record_decision(admin, later.id, pupil, "  ", None, None)
    with pytest.raises(NotFound):
        add_pupil_to_meeting(admin, 999, pupil, "")
    with pytest.raises(ValidationError):
        add_pupil_to_meeting(admin, later.id, 999, "")
    with pytest.raises(NotFound):
        get_meeting(admin, 999)
