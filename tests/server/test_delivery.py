"""Delivery, receipts, idempotency and acknowledgements against the real server."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.protocol import (
    MAX_BATCH,
    MalformedMessage,
    ReceiptInvalid,
    make_wire_notification,
    verify_receipt_chain,
)
from sync.transport import ServerClient
from tests.support.devices import (
    EnrolledDevice,
    enroll_device,
    notification,
    signed_acknowledgements,
)
from tests.support.server_process import ServerProcess, run_cli


def test_batch_gets_verified_receipts_in_one_consistent_chain(device: EnrolledDevice) -> None:
    items = [notification(n=i) for i in range(20)]
    results = device.client.deliver(items)
    assert [r.id for r in results] == [i["id"] for i in items]
    assert all(r.delivered and r.status == 200 and r.error is None for r in results)
    receipts = [r.receipt for r in results if r.receipt is not None]
    seqs = [r.seq for r in receipts]
    assert seqs == list(range(seqs[0], seqs[0] + 20))
    verify_receipt_chain(receipts, public_key=device.server_key)
    for item, receipt in zip(items, receipts, strict=True):
        assert receipt.payload_sha256 == item["payload_sha256"]


def test_redelivery_returns_the_identical_receipt(device: EnrolledDevice) -> None:
    items = [notification(n=i) for i in range(3)]
    first = device.client.deliver(items)
    again = device.client.deliver([items[1], items[0], notification()])
    assert again[0].receipt == first[1].receipt
    assert again[1].receipt == first[0].receipt
    assert again[2].receipt is not None
    assert again[2].receipt.seq > first[2].receipt.seq  # type: ignore[union-attr]


def test_changed_payload_is_a_per_item_conflict(device: EnrolledDevice) -> None:
    original = notification(summary="first version")
    device.client.deliver([original])
    changed = make_wire_notification(original["id"], {**original["payload"], "summary": "edited"})
    fresh = notification()
    results = device.client.deliver([changed, fresh])
    assert (results[0].status, results[0].receipt, results[0].error) == (409, None, "conflict")
    assert results[0].conflict and not results[0].delivered
    assert results[1].delivered


def test_another_school_cannot_claim_a_known_id(server: ServerProcess) -> None:
    first = enroll_device(server, "School A")
    second = enroll_device(server, "School B")
    try:
        item = notification()
        assert first.client.deliver([item])[0].delivered
        assert second.client.deliver([item])[0].status == 409
    finally:
        first.client.close()
        second.client.close()


def test_client_refuses_stale_hash_and_oversized_batches(device: EnrolledDevice) -> None:
    item = notification()
    item["payload"]["summary"] = "changed after hashing"
    with pytest.raises(MalformedMessage):
        device.client.deliver([item])
    with pytest.raises(ValueError, match="at most"):
        device.client.deliver([notification() for _ in range(MAX_BATCH + 1)])
    assert device.client.deliver([]) == []


def test_receipt_from_an_unpinned_key_is_rejected(
    server: ServerProcess, device: EnrolledDevice
) -> None:
    impostor_pin = Ed25519PrivateKey.generate().public_key()
    with ServerClient(
        server.base_url,
        server_public_key=impostor_pin,
        device_id=device.device_id,
        device_key=device.key,
    ) as client:
        with pytest.raises(ReceiptInvalid):
            client.deliver([notification()])


def test_ack_from_cli_flows_to_acknowledgements(
    server: ServerProcess, device: EnrolledDevice
) -> None:
    start = device.client.acknowledgements(after=0)
    after = start[-1].ack_seq if start else 0
    items = [notification(n=i) for i in range(3)]
    device.client.deliver(items)
    out = run_cli(
        server.data_dir,
        "ack",
        items[1]["id"],
        "--by",
        "Иванов И.И.",
        "--reference",
        "КУИ № 2026-0042",
        "--note",
        "принято",
    ).stdout
    assert "acknowledged" in out
    acks = device.client.acknowledgements(after=after)
    assert [a.id for a in acks] == [items[1]["id"]]
    assert acks[0].note == "принято"
    [raw] = signed_acknowledgements(device.client, after)
    assert raw == {
        "id": items[1]["id"],
        "ack_seq": acks[0].ack_seq,
        "acknowledged_at": acks[0].acknowledged_at,
        "kind": "accepted",
        "officer": "Иванов И.И.",
        "unit": None,
        "reference": "КУИ № 2026-0042",
        "note": "принято",
    }
    assert acks[0].ack_seq > after
    assert device.client.acknowledgements(after=acks[0].ack_seq) == []
    # acking twice changes nothing and assigns no new ack_seq
    out = run_cli(server.data_dir, "ack", items[1]["id"], "--by", "X", "--reference", "1").stdout
    assert "already" in out
    assert device.client.acknowledgements(after=acks[0].ack_seq) == []
    listing = json.loads(run_cli(server.data_dir, "notifications", "--json").stdout)
    row = next(r for r in listing if r["id"] == items[1]["id"])
    assert row["state"] == "accepted"
    assert row["acknowledged_at"] == acks[0].acknowledged_at
    assert row["school"] == "School No. 1"
    assert set(row) == {
        "id",
        "school",
        "school_id",
        "district",
        "category",
        "deadline",
        "payload_sha256",
        "received_at",
        "server_seq",
        "state",
        "acknowledged_at",
    }


def test_acknowledgements_are_scoped_to_the_school(server: ServerProcess) -> None:
    mine = enroll_device(server, "School Ack 1")
    theirs = enroll_device(server, "School Ack 2")
    try:
        item = notification()
        mine.client.deliver([item])
        run_cli(server.data_dir, "ack", item["id"], "--by", "Иванов", "--reference", "7")
        assert item["id"] in [a.id for a in mine.client.acknowledgements(after=0)]
        assert item["id"] not in [a.id for a in theirs.client.acknowledgements(after=0)]
    finally:
        mine.client.close()
        theirs.client.close()
