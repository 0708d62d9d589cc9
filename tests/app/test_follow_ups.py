"""Issue 13: every reportable case creates its notification, and each follow-up of the rules
becomes a task with a due date and a responsible person, in the incident's own transaction."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app import clock
from app.domain.cases import IncidentDraft, OtherParticipant, Participant
from app.errors import ValidationError
from app.rules import DEFAULT_RULES_FILE, load_rules
from app.services.dashboard import dashboard
from app.services.incidents import follow_up_tasks, get_incident, list_incidents, record_incident
from app.services.plans import list_plans_for_pupil
from app.vault import Vault
from tests.app.test_incidents import add_pupils

TODAY = date(2026, 11, 23)


def draft(
    category: str,
    pupils: tuple[Participant, ...] = (),
    **extra: object,
) -> IncidentDraft:
    return IncidentDraft(
        detected_at=clock.utcnow() - timedelta(minutes=10),
        category=category,
        description="Синтетическое описание случая для проверки правил.",
        participants=pupils,
        **extra,  # type: ignore[arg-type]
    )


def payload(recorded_notification: object) -> dict[str, object]:
    assert recorded_notification is not None
    return dict(json.loads(recorded_notification.payload))  # type: ignore[attr-defined]


def test_bullying_queues_a_notification_to_the_juvenile_inspector(psy: Vault) -> None:
    victim, initiator = add_pupils(psy, 2)
    recorded = record_incident(
        psy,
        draft("bullying", (Participant(victim, "victim"), Participant(initiator, "initiator"))),
    )
    assert recorded.notification is not None
    assert recorded.notification.recipients == ("juvenile_inspector",)
    assert recorded.notification.rules_version == "kz-2026.2"
    assert payload(recorded.notification)["recipients"] == ["juvenile_inspector"]


@pytest.mark.parametrize(
    ("category", "recipient"),
    [
        ("running_away", "police_102"),
        ("substance_use", "juvenile_inspector"),
        ("neglect", "guardianship_authority"),
    ],
)
def test_missing_child_substance_use_and_neglect_are_notified(
    psy: Vault, category: str, recipient: str
) -> None:
    [pupil] = add_pupils(psy, 1)
    recorded = record_incident(psy, draft(category, (Participant(pupil, "victim"),)))
    assert recorded.notification is not None
    assert recipient in recorded.notification.recipients


def test_a_witness_of_violence_gets_the_rehabilitation_task_and_plan(psy: Vault) -> None:
    victim, initiator, witness = add_pupils(psy, 3)
    recorded = record_incident(
        psy,
        draft(
            "violence",
            (
                Participant(victim, "victim"),
                Participant(initiator, "initiator"),
                Participant(witness, "witness"),
            ),
        ),
        today=TODAY,
    )
    assert recorded.notification is not None  # the violence itself is reported
    rehab = [t.task for t in recorded.tasks if t.follow_up == "rehabilitation_plan"]
    assert sorted(t.pupil_id for t in rehab if t.pupil_id is not None) == sorted([victim, witness])
    for task in rehab:
        assert task.plan_id is not None
        assert task.due_on == TODAY + timedelta(days=3)
    [plan] = list_plans_for_pupil(psy, witness)
    assert plan.kind == "rehabilitation"
    assert list_plans_for_pupil(psy, initiator) == []
    # The child-help office is offered to the victim only.
    office = [t.task.pupil_id for t in recorded.tasks if t.follow_up == "child_help_office"]
    assert office == [victim]


def test_follow_ups_are_tasks_with_due_dates_and_a_responsible_person(psy: Vault) -> None:
    victim, initiator = add_pupils(psy, 2)
    recorded = record_incident(
        psy,
        draft(
            "offence_by_minor", (Participant(victim, "victim"), Participant(initiator, "initiator"))
        ),
        today=TODAY,
    )
    rules = load_rules()
    by_code: dict[str, list[int]] = {}
    for item in recorded.tasks:
        assert item.task.pupil_id is not None  # every follow-up of an incident is a pupil's
        by_code.setdefault(item.follow_up, []).append(item.task.pupil_id)
        assert item.rules_version == rules.version
        assert item.task.responsible_id == psy.user.id  # the recording user by default
        assert item.task.due_on == TODAY + rules.follow_ups[item.follow_up].due
    assert by_code["register_entry"] == [initiator]  # only the initiator
    assert sorted(by_code["inform_representatives"]) == sorted([victim, initiator])
    assert sorted(by_code["council_review"]) == sorted([victim, initiator])
    # Kept with the incident, and on the dashboard as tasks of the week.
    assert follow_up_tasks(psy, recorded.incident.id) == recorded.tasks
    now = datetime.combine(TODAY, datetime.min.time()).astimezone()
    board = dashboard(psy, now, today=TODAY)
    shown = {t.id for t in board.tasks_due_this_week}
    assert {t.task.id for t in recorded.tasks if t.follow_up == "inform_representatives"} <= shown
    # The council review is due in two weeks: not yet this week's.
    assert not {t.task.id for t in recorded.tasks if t.follow_up == "council_review"} & shown


def test_self_harm_is_not_notified_but_creates_urgent_tasks(soc: Vault) -> None:
    [pupil] = add_pupils(soc, 1)
    recorded = record_incident(
        soc, draft("self_harm_risk", (Participant(pupil, "victim"),)), today=TODAY
    )
    assert recorded.notification is None
    assert soc.db.scalar("SELECT count(*) FROM notifications") == 0
    codes = {t.follow_up: t.task for t in recorded.tasks}
    assert set(codes) == {"inform_representatives", "psych_support_centre", "contact_111"}
    assert all(t.due_on == TODAY + timedelta(days=1) for t in codes.values())
    assert codes["contact_111"].title == "Обратиться в контакт-центр 111"


def test_tasks_are_named_in_the_users_language(psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    recorded = record_incident(
        psy, draft("self_harm_risk", (Participant(pupil, "victim"),)), language="kk"
    )
    titles = {t.task.title for t in recorded.tasks}
    assert "111 байланыс орталығына хабарласу" in titles
    with pytest.raises(ValidationError):
        record_incident(psy, draft("conflict"), language="de")


def test_informing_against_the_childs_interest_is_recorded_not_tasked(psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    reason = "Со слов ребёнка, насилие исходит от отца; сообщено в полицию и опеку."
    recorded = record_incident(
        psy,
        draft(
            "cruel_treatment", (Participant(pupil, "victim"),), representatives_not_informed=reason
        ),
    )
    codes = {t.follow_up for t in recorded.tasks}
    assert "inform_representatives" not in codes
    assert "child_help_office" in codes
    assert get_incident(psy, recorded.incident.id).incident.representatives_not_informed == reason


def test_a_child_not_on_the_list_learned_of_outside_the_school(psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    stranger = OtherParticipant("victim", "Серікова Айым", "около 9 лет", "соседка ученика")
    recorded = record_incident(
        psy,
        draft(
            "offence_against_minor",
            (Participant(pupil, "witness"),),
            others=(stranger,),
            learned_outside=True,
        ),
    )
    body = payload(recorded.notification)
    assert body["format"] == 2
    assert body["learned_outside_school"] is True
    assert body["participants_not_pupils"] == [
        {
            "role": "victim",
            "full_name": "Серікова Айым",
            "age": "около 9 лет",
            "note": "соседка ученика",
        }
    ]
    incident = get_incident(psy, recorded.incident.id).incident
    assert incident.learned_outside and incident.others == (stranger,)
    assert list_incidents(psy)[0].others == (stranger,)
    # The witness from the school gets the rehabilitation task; the child who is not a pupil
    # is the police's and the guardianship authority's to follow.
    rehab = [t.task.pupil_id for t in recorded.tasks if t.follow_up == "rehabilitation_plan"]
    assert rehab == [pupil]


def test_a_child_not_on_the_list_needs_a_name_and_a_known_role(psy: Vault) -> None:
    for other in (OtherParticipant("victim", "   "), OtherParticipant("bystander", "Имя")):
        with pytest.raises(ValidationError) as exc:
            record_incident(psy, draft("violence", others=(other,)))
        assert exc.value.field == "others"
    assert psy.db.scalar("SELECT count(*) FROM incidents") == 0


def test_witness_of_violence_is_retired_but_old_incidents_stay_readable(psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    with pytest.raises(ValidationError) as exc:
        record_incident(psy, draft("witness_of_violence", (Participant(pupil, "witness"),)))
    assert exc.value.reason == "retired"
    # An incident recorded under kz-2026.1 with the old category.
    with psy.db.transaction():
        psy.db.execute(
            "INSERT INTO incidents (id, detected_at, category, description, recorded_by,"
            " created_at) VALUES (77, '2026-04-01T08:00:00Z', 'witness_of_violence', 'старое',"
            " ?, '2026-04-01T08:05:00Z')",
            (psy.user.id,),
        )
    old = get_incident(psy, 77).incident
    assert old.category == "witness_of_violence" and not old.learned_outside
    assert load_rules().rule(old.category).names["kk"] == "Зорлық-зомбылық куәгері"
    assert follow_up_tasks(psy, 77) == ()


def test_a_later_rules_file_changes_the_future_never_the_past(psy: Vault, tmp_path: Path) -> None:
    [pupil] = add_pupils(psy, 1)
    first = record_incident(psy, draft("bullying", (Participant(pupil, "victim"),)))
    later_text = DEFAULT_RULES_FILE.read_text(encoding="utf-8").replace(
        'version = "kz-2026.2"', 'version = "kz-2027.1"'
    )
    later_file = tmp_path / "kz-2027.toml"
    later_file.write_text(later_text, encoding="utf-8")
    later = load_rules(later_file)
    second = record_incident(psy, draft("bullying", (Participant(pupil, "victim"),)), rules=later)
    assert first.notification is not None and second.notification is not None
    assert get_incident(psy, first.incident.id).notifications[0].rules_version == "kz-2026.2"
    assert {t.rules_version for t in follow_up_tasks(psy, first.incident.id)} == {"kz-2026.2"}
    assert second.notification.rules_version == "kz-2027.1"
    assert {t.rules_version for t in second.tasks} == {"kz-2027.1"}
