"""Notification states, lateness and phone reports; the storage API the sync engine uses."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app import clock
from app.domain.cases import Notification, NotificationView
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services.incidents import record_incident
from app.services.notifications import (
    due_soon,
    list_notifications,
    notifications_as_json,
    record_phone_report,
)
from app.storage import audit as audit_repo
from app.storage import notifications as outbox
from app.vault import Vault
from tests.app.test_incidents import draft

HOUR = timedelta(hours=1)


def queue(vault: Vault, detected_at: datetime) -> Notification:
    recorded = record_incident(vault, draft("offence_by_minor", detected_at=detected_at))
    assert recorded.notification is not None
    return recorded.notification


def deliver(vault: Vault, n: Notification, received: datetime, seq: int) -> None:
    with vault.db.transaction():
        outbox.mark_delivered(
            vault.db,
            n.id,
            payload_sha256=n.payload_sha256,
            server_received_at=received.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            server_seq=seq,
            prev_receipt_hash="0" * 64,
            signature=f"sig{seq}",
            receipt_json="{}",
            stored_at=clock.now_iso(),
        )


def acknowledge(
    vault: Vault,
    n: Notification,
    seq: int,
    *,
    kind: str = "accepted",
    at: datetime | None = None,
    officer: str | None = None,
    unit: str | None = None,
    reference: str | None = None,
    note: str | None = None,
) -> bool:
    """Store one act of the receiving side the way the sync engine does."""
    with vault.db.transaction():
        return outbox.record_acknowledgement(
            vault.db,
            n.id,
            ack_seq=seq,
            kind=kind,
            at=clock.iso(at or clock.utcnow()),
            officer=officer,
            unit=unit,
            reference=reference,
            note=note,
            received_at=clock.now_iso(),
        )


def by_id(vault: Vault, now: datetime) -> dict[str, NotificationView]:
    return {v.id: v for v in list_notifications(vault, now=now)}


def test_pending_notification_becomes_late_only_after_its_deadline(psy: Vault) -> None:
    detected = clock.utcnow().replace(microsecond=0) - 3 * HOUR
    n = queue(psy, detected)
    assert n.deadline == detected + HOUR  # "immediately" = PT1H in kz-2026
    [before] = list_notifications(psy, now=n.deadline)
    assert before.display_state == "queued" and not before.late
    [after] = list_notifications(psy, now=n.deadline + timedelta(seconds=1))
    assert after.late


def test_delivered_or_phoned_in_time_is_not_late_afterwards_is(psy: Vault) -> None:
    base = clock.utcnow().replace(microsecond=0) - 10 * HOUR
    in_time = queue(psy, base)
    late_delivery = queue(psy, base)
    phoned = queue(psy, base)
    phoned_late = queue(psy, base)
    deadline = base + HOUR
    deliver(psy, in_time, deadline - timedelta(minutes=1), 1)
    deliver(psy, late_delivery, deadline + timedelta(seconds=1), 2)
    report = record_phone_report(
        psy, phoned.id, deadline - timedelta(minutes=30), "дежурный Ахметов", "КУИ-1234", "102"
    )
    record_phone_report(psy, phoned_late.id, deadline + timedelta(minutes=5), "дежурный", "", "102")

    views = by_id(psy, now=deadline + 5 * HOUR)
    v = views[in_time.id]
    assert (v.display_state, v.late, v.receipt_seq) == ("delivered", False, 1)
    assert v.receipt_server_time == deadline - timedelta(minutes=1)
    assert views[late_delivery.id].late
    p = views[phoned.id]
    assert (p.state, p.display_state, p.late) == ("queued", "phoned", False)
    assert p.phone_report == report and report.reference == "КУИ-1234"
    assert views[phoned_late.id].late

    # Filters: 'queued' = not delivered (phoned included), 'phoned' = only phoned.
    assert {v.id for v in list_notifications(psy, state="queued")} == {phoned.id, phoned_late.id}
    assert {v.id for v in list_notifications(psy, state="phoned")} == {phoned.id, phoned_late.id}
    assert {v.id for v in list_notifications(psy, state="delivered")} == {
        in_time.id,
        late_delivery.id,
    }
    with pytest.raises(ValidationError):
        list_notifications(psy, state="lost")

    # A phoned notification that is delivered later shows as delivered and stays in time.
    deliver(psy, phoned, deadline + 2 * HOUR, 3)
    v = by_id(psy, now=deadline + 5 * HOUR)[phoned.id]
    assert (v.display_state, v.late) == ("delivered", False)


def test_due_soon_lists_unsettled_by_deadline(psy: Vault) -> None:
    now = clock.utcnow().replace(microsecond=0)
    overdue = queue(psy, now - 2 * HOUR)  # deadline 1 h ago
    soon = queue(psy, now - timedelta(minutes=30))  # deadline in 30 min
    later = queue(psy, now - timedelta(minutes=30))
    settled = queue(psy, now - 2 * HOUR)
    record_phone_report(psy, settled.id, now - timedelta(minutes=90), "дежурный", "", "102")
    deliver(psy, later, now, 1)
    assert [v.id for v in due_soon(psy, now)] == [overdue.id, soon.id]
    assert [v.id for v in due_soon(psy, now, within=timedelta(0))] == [overdue.id]


def test_phone_report_is_validated_audited_and_role_checked(psy: Vault, admin: Vault) -> None:
    n = queue(psy, clock.utcnow() - HOUR)
    with pytest.raises(ValidationError) as err:
        record_phone_report(psy, n.id, clock.utcnow(), "  ", "", "102")
    assert err.value.field == "answered_by"
    with pytest.raises(ValidationError):
        record_phone_report(psy, n.id, clock.utcnow() + HOUR, "дежурный", "", "102")
    with pytest.raises(ValidationError):
        record_phone_report(psy, n.id, datetime(2026, 3, 1, 10, 0), "дежурный", "", "102")
    with pytest.raises(NotFound):
        record_phone_report(psy, "no-such-id", clock.utcnow(), "дежурный", "", "102")
    # The administrator (the principal) may have made the call.
    report = record_phone_report(admin, n.id, clock.utcnow(), "дежурный", "№5", "102")
    assert report.recorded_by == admin.user.id
    entry = audit_repo.entries(psy.db, object_type="notification", object_id=n.id)[0]
    assert entry.action == "notification.phoned" and "дежурный" not in entry.detail
    assert audit_repo.first_broken_entry(psy.db) is None


def test_outbox_storage_api_for_the_sync_engine(psy: Vault) -> None:
    now = clock.utcnow().replace(microsecond=0)
    first = queue(psy, now - 3 * HOUR)
    second = queue(psy, now - 2 * HOUR)
    batch = outbox.queued_batch(psy.db, 10)
    assert [i.id for i in batch] == [first.id, second.id]
    assert batch[0].payload == first.payload and batch[0].payload_sha256 == first.payload_sha256
    assert [i.id for i in outbox.queued_batch(psy.db, 1)] == [first.id]

    with psy.db.transaction():
        outbox.record_attempt(psy.db, first.id, clock.now_iso(), "timeout")
    stored = outbox.by_id(psy.db, first.id)
    assert stored is not None and stored.attempts == 1 and stored.last_error == "timeout"

    deliver(psy, first, now, 7)
    deliver(psy, first, now, 7)  # the same receipt again: no change
    with pytest.raises(Conflict):
        with psy.db.transaction():
            outbox.mark_delivered(
                psy.db,
                first.id,
                payload_sha256=first.payload_sha256,
                server_received_at="2026-01-01T00:00:00Z",
                server_seq=8,
                prev_receipt_hash="0" * 64,
                signature="other",
                receipt_json="{}",
                stored_at=clock.now_iso(),
            )
    with pytest.raises(Conflict):  # a receipt for another payload
        with psy.db.transaction():
            outbox.mark_delivered(
                psy.db,
                second.id,
                payload_sha256="f" * 64,
                server_received_at="x",
                server_seq=9,
                prev_receipt_hash="0" * 64,
                signature="s",
                receipt_json="{}",
                stored_at=clock.now_iso(),
            )
    assert [i.id for i in outbox.queued_batch(psy.db, 10)] == [second.id]
    assert [r.server_seq for r in outbox.all_receipts(psy.db)] == [7]

    with psy.db.transaction():
        assert acknowledge(psy, first, 1, note="принято, КУИ 55")
        assert not acknowledge(psy, first, 1, note="again")  # the same ack_seq: nothing new
    v = by_id(psy, now)[first.id]
    assert v.state == "acknowledged" and v.acknowledged_at is not None
    assert v.display_state == "accepted"
    assert v.receipt_seq == 7


def test_a_per_school_receipt_takes_the_next_vault_number_and_shows_its_school_seq(
    psy: Vault,
) -> None:
    now = clock.utcnow().replace(microsecond=0)
    old, new = queue(psy, now - 2 * HOUR), queue(psy, now - HOUR)
    deliver(psy, old, now, 7)  # issued before per-school chains: national seq 7
    receipt = {"format": 2, "school": "s", "school_seq": 1, "signature": "sig-new"}
    for _ in range(2):  # the same receipt twice: stored once
        with psy.db.transaction():
            outbox.mark_delivered(
                psy.db,
                new.id,
                payload_sha256=new.payload_sha256,
                server_received_at="2026-03-02T09:20:00.000000Z",
                server_seq=None,
                prev_receipt_hash="0" * 64,
                signature="sig-new",
                receipt_json=json.dumps(receipt),
                stored_at=clock.now_iso(),
            )
    stored = outbox.all_receipts(psy.db)
    assert [(r.notification_id, r.server_seq, r.number) for r in stored] == [
        (old.id, 7, 7),
        (new.id, 8, 1),
    ]
    assert by_id(psy, now)[new.id].receipt_seq == 1


def test_notifications_as_json_matches_the_cli_shape(psy: Vault) -> None:
    detected = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    delivered = queue(psy, detected)
    pending = queue(psy, detected)
    deliver(psy, delivered, datetime(2026, 3, 10, 8, 30, 0, 250000, tzinfo=UTC), 4)
    records = notifications_as_json(psy, datetime(2026, 3, 10, 12, 0, tzinfo=UTC))
    json.dumps(records)  # serialisable as is
    by = {r["id"]: r for r in records}
    d = by[delivered.id]
    assert d["incident"] == delivered.incident_id
    assert d["recipients"] == ["police_102", "juvenile_inspector"]
    assert d["deadline"] == "2026-03-10T09:00:00Z"
    assert d["state"] == "delivered"
    assert d["receipt"] == {"number": 4, "server_time": "2026-03-10T08:30:00.250000Z"}
    assert d["late"] is False
    p = by[pending.id]
    assert (p["state"], p["receipt"], p["late"]) == ("queued", None, True)
    assert set(p) >= {
        "id",
        "incident",
        "recipients",
        "created",
        "deadline",
        "state",
        "receipt",
        "late",
    }


def test_only_staff_list_notifications(soc: Vault, admin: Vault) -> None:
    queue(soc, clock.utcnow())
    assert len(list_notifications(admin)) == 1
    with pytest.raises(PermissionDenied):
        record_incident(admin, draft())
