"""Incidents and the transactional outbox (DESIGN §5-§6), against a real encrypted vault."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

import pytest

from app import clock
from app.domain.cases import IncidentDraft, Participant
from app.errors import PermissionDenied, ValidationError
from app.rules import load_rules
from app.services.incidents import (
    correct_notification,
    get_incident,
    list_incidents,
    preview_obligation,
    record_incident,
)
from app.storage import audit as audit_repo
from app.storage.db import DatabaseError
from app.synthetic import generate_pupils
from app.vault import Vault


def add_pupils(vault: Vault, n: int = 3, seed: int = 7) -> list[int]:
    """Insert synthetic pupils with plain SQL (the pupils service is another module's)."""
    ids = []
    now = clock.now_iso()
    with vault.db.transaction():
        for pupil in generate_pupils(n, seed=seed):
            cur = vault.db.execute(
                "INSERT INTO pupils (iin, surname, name, patronymic, class_name, birth_date, sex,"
                " address, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    pupil.iin,
                    pupil.surname,
                    pupil.name,
                    pupil.patronymic,
                    pupil.class_name,
                    pupil.birth_date.isoformat(),
                    pupil.sex,
                    pupil.address,
                    now,
                    now,
                ),
            )
            ids.append(int(cur.lastrowid))
    return ids


def draft(
    category: str = "violence",
    pupils: tuple[Participant, ...] = (),
    *,
    detected_at: datetime | None = None,
) -> IncidentDraft:
    return IncidentDraft(
        detected_at=detected_at or clock.utcnow() - timedelta(minutes=20),
        category=category,
        description="Во время перемены у спортзала один ученик ударил другого.",
        source="сообщение классного руководителя",
        location="коридор у спортзала",
        measures="ученики разведены, вызвана медсестра",
        participants=pupils,
    )


def actions(vault: Vault) -> list[str]:
    return [e.action for e in reversed(audit_repo.entries(vault.db))]


def test_mandatory_category_queues_notification_in_same_transaction(psy: Vault) -> None:
    victim, initiator = add_pupils(psy, 2)
    rules = load_rules()
    detected = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    recorded = record_incident(
        psy,
        draft(
            pupils=(Participant(victim, "victim"), Participant(initiator, "initiator")),
            detected_at=detected,
        ),
        rules=rules,
    )
    n = recorded.notification
    assert n is not None
    assert recorded.follow_ups == rules.rule("violence").follow_up
    assert n.incident_id == recorded.incident.id
    assert n.state == "queued"
    assert n.rules_version == rules.version
    deadline = rules.rule("violence").deadline
    assert deadline is not None
    assert n.deadline == detected + deadline
    assert n.recipients == rules.rule("violence").recipients
    assert n.corrects is None
    # The hash covers exactly the stored canonical bytes.
    assert n.payload_sha256 == hashlib.sha256(n.payload.encode("utf-8")).hexdigest()
    payload = json.loads(n.payload)
    assert n.payload == json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert payload["id"] == n.id
    assert payload["school"] == psy.school
    assert payload["category"] == "violence"
    assert payload["detected_at"] == "2026-03-10T09:30:00Z"
    assert payload["deadline"] == clock.iso(n.deadline)
    assert payload["legal_basis"] == rules.rule("violence").legal_basis
    assert payload["reported_by"] == {"full_name": "Психолог Тестовая", "role": "psychologist"}
    assert payload["corrects"] is None
    assert payload["format"] == 2
    assert payload["learned_outside_school"] is False
    assert payload["participants_not_pupils"] == []
    iin = psy.db.scalar("SELECT iin FROM pupils WHERE id = ?", (victim,))
    [person] = payload["participants"]["victim"]
    assert person["iin"] == iin
    assert set(person) == {"surname", "name", "patronymic", "birth_date", "class", "iin"}
    assert len(payload["participants"]["initiator"]) == 1
    assert payload["participants"]["witness"] == []
    # Both rows exist; the incident has its participants.
    detail = get_incident(psy, recorded.incident.id)
    assert [x.id for x in detail.notifications] == [n.id]
    assert {p.role for p in detail.incident.participants} == {"victim", "initiator"}
    done = actions(psy)
    assert done[-2:] == ["notification.create", "incident.view"]
    assert done.index("incident.create") < done.index("task.create") < len(done) - 2


def test_non_mandatory_category_creates_no_notification(soc: Vault) -> None:
    [pupil] = add_pupils(soc, 1)
    recorded = record_incident(soc, draft("antisocial_behaviour", (Participant(pupil, "victim"),)))
    assert recorded.notification is None
    assert "council_review" in recorded.follow_ups
    assert soc.db.scalar("SELECT count(*) FROM notifications") == 0
    assert list_incidents(soc)[0].id == recorded.incident.id


def test_preview_obligation_warns_before_saving() -> None:
    rule = preview_obligation("sexual_abuse")
    assert rule.mandatory and "police_102" in rule.recipients
    assert not preview_obligation("conflict").mandatory
    with pytest.raises(ValidationError) as err:
        preview_obligation("no_such_category")
    assert err.value.field == "category"


def test_payload_is_immutable_and_never_deleted(psy: Vault) -> None:
    recorded = record_incident(psy, draft())
    assert recorded.notification is not None
    nid = recorded.notification.id
    for sql in (
        "UPDATE notifications SET payload = '{}' WHERE id = ?",
        "UPDATE notifications SET deadline = '2099-01-01T00:00:00Z' WHERE id = ?",
        "UPDATE notifications SET recipients = '[]' WHERE id = ?",
        "DELETE FROM notifications WHERE id = ?",
    ):
        with pytest.raises(DatabaseError):
            psy.db.execute(sql, (nid,))
    # The delivery state may move on.
    psy.db.execute("UPDATE notifications SET attempts = 1 WHERE id = ?", (nid,))


def test_correction_is_a_new_notification_referencing_the_first(psy: Vault) -> None:
    victim, witness = add_pupils(psy, 2)
    recorded = record_incident(psy, draft(pupils=(Participant(victim, "victim"),)))
    first = recorded.notification
    assert first is not None
    correction = correct_notification(
        psy,
        first.id,
        "уточнено место и добавлен свидетель",
        location="раздевалка спортзала",
        participants=(Participant(victim, "victim"), Participant(witness, "witness")),
    )
    assert correction.id != first.id
    assert correction.corrects == first.id
    assert correction.incident_id == first.incident_id
    assert correction.recipients == first.recipients
    assert correction.rules_version == first.rules_version
    body = json.loads(correction.payload)
    assert body["corrects"] == first.id
    assert body["location"] == "раздевалка спортзала"
    assert len(body["participants"]["witness"]) == 1
    assert correction.payload_sha256 == hashlib.sha256(correction.payload.encode()).hexdigest()
    # The first notification is untouched.
    detail = get_incident(psy, recorded.incident.id)
    assert [n.id for n in detail.notifications] == [first.id, correction.id]
    assert detail.notifications[0].payload == first.payload
    assert detail.notifications[0].payload_sha256 == first.payload_sha256
    assert detail.incident.location == "раздевалка спортзала"
    with pytest.raises(ValidationError):
        correct_notification(psy, first.id, "   ")


def test_roles_and_validation(admin: Vault, soc: Vault) -> None:
    [pupil] = add_pupils(soc, 1)
    with pytest.raises(PermissionDenied):
        record_incident(admin, draft())
    recorded = record_incident(soc, draft(pupils=(Participant(pupil, "witness"),)))
    assert get_incident(admin, recorded.incident.id).incident.id == recorded.incident.id
    assert list_incidents(admin, limit=10)

    bad = [
        (draft("unknown_category"), "category"),
        (IncidentDraft(clock.utcnow(), "violence", "   "), "description"),
        (IncidentDraft(datetime(2026, 3, 1, 9, 0), "violence", "x"), "detected_at"),
        (IncidentDraft(clock.utcnow() + timedelta(days=1), "violence", "x"), "detected_at"),
        (draft(pupils=(Participant(pupil, "bystander"),)), "participants"),
        (draft(pupils=(Participant(99999, "victim"),)), "participants"),
        (
            draft(pupils=(Participant(pupil, "victim"), Participant(pupil, "victim"))),
            "participants",
        ),
    ]
    before = soc.db.scalar("SELECT count(*) FROM incidents")
    for incident, field in bad:
        with pytest.raises(ValidationError) as err:
            record_incident(soc, incident)
        assert err.value.field == field
    assert soc.db.scalar("SELECT count(*) FROM incidents") == before


def test_failed_notification_rolls_back_the_incident(
    psy: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage import notifications as outbox  # what record_incident writes with

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(outbox, "insert", boom)
    with pytest.raises(RuntimeError):
        record_incident(psy, draft())
    assert psy.db.scalar("SELECT count(*) FROM incidents") == 0
    assert psy.db.scalar("SELECT count(*) FROM notifications") == 0
    assert "incident.create" not in actions(psy)


def test_writes_are_audited_without_personal_data_and_chain_holds(psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    recorded = record_incident(psy, draft(pupils=(Participant(pupil, "victim"),)))
    assert recorded.notification is not None
    correct_notification(psy, recorded.notification.id, "опечатка", measures="вызвана полиция")
    iin = str(psy.db.scalar("SELECT iin FROM pupils WHERE id = ?", (pupil,)))
    for entry in audit_repo.entries(psy.db):
        assert iin not in entry.detail and "ударил" not in entry.detail
    assert {"incident.create", "notification.create", "incident.correct"} <= set(actions(psy))
    assert audit_repo.first_broken_entry(psy.db) is None
