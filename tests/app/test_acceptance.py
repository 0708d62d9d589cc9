"""What the receiving side sends back (DESIGN §6a): accepted (officer, registration number,
time), clarification requested and its answer by a correction, and "accepted on time"."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app import clock
from app.errors import NotFound, ValidationError
from app.services.notifications import (
    answer_clarification,
    clarifications_open,
    list_notifications,
    notifications_as_json,
    record_phone_report,
)
from app.storage import notifications as outbox
from app.storage.db import DatabaseError
from app.vault import Vault
from tests.app.test_notifications import acknowledge, deliver, queue

HOUR = timedelta(hours=1)
MIN = timedelta(minutes=1)


def view(vault: Vault, nid: str, now: datetime | None = None):  # type: ignore[no-untyped-def]
    return next(v for v in list_notifications(vault, now=now) if v.id == nid)


def test_delivered_then_accepted_by_a_named_officer(psy: Vault) -> None:
    detected = clock.utcnow().replace(microsecond=0) - 10 * MIN
    n = queue(psy, detected)
    assert view(psy, n.id).display_state == "queued"
    deliver(psy, n, detected + MIN, 1)
    delivered = view(psy, n.id)
    assert delivered.display_state == "delivered"
    assert delivered.acceptance is None and not delivered.accepted_on_time
    assert not delivered.late  # the school's duty of sending was met

    accepted_at = detected + 5 * MIN
    assert acknowledge(
        psy,
        n,
        11,
        at=accepted_at,
        officer="Капитан Сейткали Е.",
        unit="ИДН ОП Аккольского района",
        reference="КУИ 2026-0042",
    )
    v = view(psy, n.id)
    assert (v.state, v.display_state) == ("acknowledged", "accepted")
    assert v.acceptance is not None
    assert (v.acceptance.officer, v.acceptance.unit, v.acceptance.reference) == (
        "Капитан Сейткали Е.",
        "ИДН ОП Аккольского района",
        "КУИ 2026-0042",
    )
    assert v.acceptance.at == accepted_at and v.acknowledged_at == accepted_at
    assert v.accepted_on_time and not v.clarification_open


def test_accepted_on_time_means_accepted_or_delivered_and_phoned_before_the_deadline(
    psy: Vault,
) -> None:
    detected = clock.utcnow().replace(microsecond=0) - 5 * HOUR
    late_acceptance = queue(psy, detected)
    phoned_too = queue(psy, detected)
    only_phoned = queue(psy, detected)
    for seq, n in enumerate((late_acceptance, phoned_too), start=1):
        deliver(psy, n, n.deadline - 30 * MIN, seq)
        acknowledge(psy, n, 10 + seq, at=n.deadline + HOUR, officer="Инспектор", reference="1")
    record_phone_report(
        psy, phoned_too.id, phoned_too.deadline - 20 * MIN, "Дежурный", "К-1", "102"
    )
    record_phone_report(
        psy, only_phoned.id, only_phoned.deadline - 20 * MIN, "Дежурный", "К-2", "102"
    )
    a, b, c = (view(psy, n.id) for n in (late_acceptance, phoned_too, only_phoned))
    # Delivered in time, accepted only after the deadline, never phoned: not on time.
    assert not a.late and a.display_state == "accepted" and not a.accepted_on_time
    # Delivered and phoned before the deadline: on time although accepted later.
    assert b.accepted_on_time
    # Phoned but never delivered: the school's duty is met (not late), law enforcement's
    # written record is not.
    assert not c.late and c.display_state == "phoned" and not c.accepted_on_time


def test_clarification_is_answered_by_a_correction_then_accepted(psy: Vault) -> None:
    detected = clock.utcnow().replace(microsecond=0) - 10 * MIN
    n = queue(psy, detected)
    deliver(psy, n, detected + MIN, 1)
    assert clarifications_open(psy) == []
    with pytest.raises(ValidationError):  # nothing to answer yet
        answer_clarification(psy, n.id, "ответ")
    acknowledge(
        psy,
        n,
        5,
        kind="clarification_requested",
        officer="Инспектор Ахметова",
        unit="ИДН",
        note="Укажите класс и возраст пострадавшего",
    )
    v = view(psy, n.id)
    assert v.display_state == "clarification_requested" and v.clarification_open
    assert v.clarification is not None
    assert v.clarification.note == "Укажите класс и возраст пострадавшего"
    assert [o.id for o in clarifications_open(psy)] == [n.id]

    correction = answer_clarification(
        psy, n.id, "7А класс, 13 лет", description="Уточнено: 7А класс, 13 лет"
    )
    assert correction.corrects == n.id
    payload = json.loads(correction.payload)
    assert payload["corrects"] == n.id and payload["correction_reason"] == "7А класс, 13 лет"
    assert correction.state == "queued"  # delivered by the sync engine like any notification
    v = view(psy, n.id)
    assert v.clarification_answer == correction.id and not v.clarification_open
    assert clarifications_open(psy) == []
    with pytest.raises(ValidationError):  # answered: a second answer is refused
        answer_clarification(psy, n.id, "ещё раз")

    acknowledge(psy, n, 6, officer="Инспектор Ахметова", unit="ИДН", reference="ЕРДР 77")
    v = view(psy, n.id)
    assert v.display_state == "accepted"
    assert [a.kind for a in v.history] == ["clarification_requested", "accepted"]
    assert v.acceptance is not None and v.acceptance.reference == "ЕРДР 77"


def test_a_correction_made_before_the_question_does_not_answer_it(psy: Vault) -> None:
    from app.services.incidents import correct_notification

    n = queue(psy, clock.utcnow() - 10 * MIN)
    deliver(psy, n, clock.utcnow() - 9 * MIN, 1)
    correct_notification(psy, n.id, "опечатка в месте")
    # The question arrives a second later than the correction was made.
    with psy.db.transaction():
        outbox.record_acknowledgement(
            psy.db,
            n.id,
            ack_seq=3,
            kind="clarification_requested",
            at=clock.now_iso(),
            officer=None,
            unit=None,
            reference=None,
            note="Кто сообщил?",
            received_at=clock.iso(clock.utcnow() + timedelta(seconds=1)),
        )
    assert view(psy, n.id).clarification_open


def test_several_units_accept_and_the_first_acceptance_is_shown(psy: Vault) -> None:
    n = queue(psy, clock.utcnow() - 10 * MIN)
    deliver(psy, n, clock.utcnow() - 9 * MIN, 1)
    first = clock.utcnow().replace(microsecond=0) - 5 * MIN
    acknowledge(psy, n, 1, at=first, officer="Инспектор ИДН", unit="ИДН", reference="КУИ 1")
    acknowledge(psy, n, 2, at=first + MIN, officer="Специалист", unit="Опека", reference="О-2")
    v = view(psy, n.id)
    assert len(v.history) == 2
    assert v.acceptance is not None and v.acceptance.officer == "Инспектор ИДН"
    assert v.acknowledged_at == first


def test_acknowledgement_of_an_unknown_notification_or_kind_is_refused(psy: Vault) -> None:
    n = queue(psy, clock.utcnow())
    with pytest.raises(NotFound):
        acknowledge(psy, replace(n, id="nope"), 1)
    with pytest.raises(ValueError):
        acknowledge(psy, n, 2, kind="rejected")
    assert view(psy, n.id).history == ()


def test_acknowledgements_are_immutable(psy: Vault) -> None:
    n = queue(psy, clock.utcnow())
    deliver(psy, n, clock.utcnow(), 1)
    acknowledge(psy, n, 1, officer="Инспектор", reference="КУИ 1")
    with pytest.raises(DatabaseError, match="immutable"), psy.db.transaction():
        psy.db.execute("UPDATE acknowledgements SET reference = 'подделка'")
    with pytest.raises(DatabaseError, match="never deleted"), psy.db.transaction():
        psy.db.execute("DELETE FROM acknowledgements")


def test_json_carries_officer_number_time_and_clarification(psy: Vault) -> None:
    detected = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    accepted = queue(psy, detected)
    asked = queue(psy, detected)
    deliver(psy, accepted, datetime(2026, 3, 10, 8, 10, tzinfo=UTC), 1)
    deliver(psy, asked, datetime(2026, 3, 10, 8, 11, tzinfo=UTC), 2)
    acknowledge(
        psy,
        accepted,
        1,
        at=datetime(2026, 3, 10, 8, 40, tzinfo=UTC),
        officer="Капитан Сейткали Е.",
        unit="ИДН ОП",
        reference="КУИ 2026-0042",
    )
    acknowledge(psy, asked, 2, kind="clarification_requested", note="Где произошло?")
    records = {r["id"]: r for r in notifications_as_json(psy, detected + 4 * HOUR)}
    json.dumps(list(records.values()))
    a = records[accepted.id]
    assert a["state"] == "accepted" and a["accepted_on_time"] is True
    assert a["accepted"] == {
        "kind": "accepted",
        "at": "2026-03-10T08:40:00Z",
        "officer": "Капитан Сейткали Е.",
        "unit": "ИДН ОП",
        "reference": "КУИ 2026-0042",
        "note": None,
    }
    assert a["clarification"] is None
    q = records[asked.id]
    assert q["state"] == "clarification_requested" and q["accepted"] is None
    assert q["clarification"]["note"] == "Где произошло?"
    assert q["clarification"]["answer"] is None
    assert [h["kind"] for h in q["history"]] == ["clarification_requested"]


def test_period_report_counts_accepted_by_law_enforcement_on_time(psy: Vault) -> None:
    from app.services import reports

    now = clock.utcnow().replace(microsecond=0)
    detected = now - 3 * HOUR
    made = [queue(psy, detected) for _ in range(5)]
    for seq, n in enumerate(made, start=1):
        deliver(psy, n, n.deadline - 30 * MIN, seq)
    # Accepted before the deadline (2), accepted after it (1), after it but phoned too (2).
    for seq, n in enumerate(made[:2], start=1):
        acknowledge(psy, n, seq, at=n.deadline - 10 * MIN, officer="Инспектор", reference="1")
    acknowledge(psy, made[2], 3, at=made[2].deadline + HOUR, officer="Инспектор", reference="2")
    for n in made[3:]:
        record_phone_report(psy, n.id, n.deadline - 20 * MIN, "Дежурный", "К", "102")
    local = now.astimezone()
    report = reports.period_report(psy, f"{local.year}-{local.month:02d}", threshold=2, now=now)
    counts = {row.code: row.cells[0].value for row in report.notifications}
    assert counts["on_time"] == 5
    assert counts["accepted_on_time"] == 4
    assert counts["phoned"] == 2
