"""Batched notification writes: one lookup per batch, one INSERT via executemany, one transaction.

The outcomes must be the ones the item-by-item version gave, including an id that comes twice in
one request, batches larger than one lookup, and a factory that fails half-way (nothing stored).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from server.storage import (
    _IDS_PER_QUERY,
    Device,
    IncomingNotification,
    ItemOutcome,
    ReceiptFactory,
    SQLStorage,
    StorageError,
)
from sync import protocol as p
from tests.support.devices import EnrolledDevice, notification
from tests.support.server_process import open_storage

KEY = Ed25519PrivateKey.generate()


def receipts_for(school: str) -> ReceiptFactory:
    def make_receipt(notification_id: str, digest: str, seq: int, prev: str) -> p.Receipt:
        return p.sign_receipt(
            KEY,
            notification_id=notification_id,
            payload_sha256=digest,
            server_received_at="2026-03-02T09:15:00.000000Z",
            school=school,
            school_seq=seq,
            prev_receipt_hash=prev,
        )

    return make_receipt


def incoming(n: int, *, nid: str | None = None) -> IncomingNotification:
    payload = p.canonical_json({"n": n, "school": "School No. 1"})
    return IncomingNotification(nid or str(uuid.uuid4()), payload.decode(), p.sha256_hex(payload))


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[SQLStorage]:
    store = open_storage(tmp_path)
    store.add_district("d", "District", "t")
    for code, name, device in (("h", "School A", "dev-a"), ("h2", "School B", "dev-b")):
        school = store.add_school(name, "d", "t")
        SCHOOL[name] = school.id
        store.add_enroll_code(code, school.id, 0.0, 1e12)
        store.redeem_enroll_code(code, 1.0, Device(device, "", "pc", f"key-{device}", "t"))
    try:
        yield store
    finally:
        store.close()


# School name -> id on the server of the current test (the fixture fills it).
SCHOOL: dict[str, str] = {}


def record(
    storage: SQLStorage,
    name: str,
    device: str,
    items: list[IncomingNotification],
    factory: ReceiptFactory | None = None,
) -> list[ItemOutcome]:
    school = SCHOOL[name]
    return storage.record_notifications(school, device, items, factory or receipts_for(school))


def test_large_batch_with_repeats_and_conflicts_across_lookups(storage: SQLStorage) -> None:
    first = [incoming(i) for i in range(_IDS_PER_QUERY + 50)]
    outcomes = record(storage, "School A", "dev-a", first)
    assert [o.status for o in outcomes] == ["new"] * len(first)
    receipts = [o.receipt for o in outcomes if o.receipt is not None]
    assert [r.seq for r in receipts] == list(range(1, len(first) + 1))
    p.verify_receipt_chain(receipts, public_key=KEY.public_key())

    changed = IncomingNotification(first[-1].id, first[-1].payload_json, "f" * 64)
    fresh = [incoming(10_000 + i) for i in range(_IDS_PER_QUERY)]
    second = [*fresh[:300], first[3], changed, *fresh[300:], first[_IDS_PER_QUERY + 10]]
    outcomes = record(storage, "School A", "dev-a", second)
    by_id = {o.id: o for o in outcomes}
    assert [o.id for o in outcomes] == [i.id for i in second]
    assert by_id[first[3].id].status == "repeat"
    assert by_id[first[3].id].receipt == receipts[3]
    assert by_id[first[_IDS_PER_QUERY + 10].id].receipt == receipts[_IDS_PER_QUERY + 10]
    assert (by_id[changed.id].status, by_id[changed.id].receipt) == ("conflict", None)
    new = [o.receipt for o in outcomes if o.status == "new" and o.receipt is not None]
    assert [r.seq for r in new] == list(range(len(first) + 1, len(first) + 1 + len(fresh)))
    p.verify_receipt_chain(receipts + new, public_key=KEY.public_key())

    # Stored rows: the chain head, each receipt as canonical JSON hashing to receipt_hash.
    listed = storage.list_notifications()
    assert len(listed) == len(first) + len(fresh)
    assert [r.receipt for r in listed] == receipts + new


def test_the_same_id_twice_in_one_batch(storage: SQLStorage) -> None:
    item = incoming(1)
    other_payload = IncomingNotification(item.id, item.payload_json, "e" * 64)
    outcomes = record(storage, "School A", "dev-a", [item, item, other_payload])
    assert [o.status for o in outcomes] == ["new", "repeat", "conflict"]
    assert outcomes[0].receipt == outcomes[1].receipt
    assert len(storage.list_notifications()) == 1


def test_another_school_conflicts_in_the_batch_lookup(storage: SQLStorage) -> None:
    item = incoming(1)
    record(storage, "School A", "dev-a", [item])
    outcomes = record(storage, "School B", "dev-b", [item])
    assert [(o.status, o.receipt) for o in outcomes] == [("conflict", None)]


def test_a_broken_factory_stores_nothing_of_the_batch(storage: SQLStorage) -> None:
    calls = 0

    def failing(notification_id: str, digest: str, seq: int, prev: str) -> p.Receipt:
        nonlocal calls
        calls += 1
        make_receipt = receipts_for(SCHOOL["School A"])
        if calls == 5:
            return make_receipt(notification_id, digest, seq + 1, prev)  # breaks the chain
        return make_receipt(notification_id, digest, seq, prev)

    with pytest.raises(StorageError):
        record(storage, "School A", "dev-a", [incoming(i) for i in range(10)], failing)
    assert storage.list_notifications() == []
    outcomes = record(storage, "School A", "dev-a", [incoming(99)])
    assert outcomes[0].receipt is not None and outcomes[0].receipt.seq == 1


def test_stored_receipt_column_is_the_canonical_json_that_receipt_hash_covers(
    storage: SQLStorage,
) -> None:
    record(storage, "School A", "dev-a", [incoming(1)])
    conn = storage._conn()
    text, receipt_hash = conn.execute("SELECT receipt, receipt_hash FROM notifications").fetchone()
    receipt = p.Receipt.from_json_dict(json.loads(text))
    assert text.encode() == p.canonical_json(receipt.to_json_dict())
    assert receipt_hash == receipt.receipt_hash()


def test_same_id_twice_in_one_request_over_http(device: EnrolledDevice) -> None:
    item = notification()
    changed = p.make_wire_notification(item["id"], {**item["payload"], "summary": "edited"})
    results = device.client.deliver([item, item, changed, notification()])
    assert [r.status for r in results] == [200, 200, 409, 200]
    assert results[0].receipt == results[1].receipt
    assert results[3].receipt is not None and results[0].receipt is not None
    # One batch, one instant: the new receipts share server_received_at.
    assert results[3].receipt.server_received_at == results[0].receipt.server_received_at
    assert results[3].receipt.seq == results[0].receipt.seq + 1


def test_each_school_continues_its_own_chain(storage: SQLStorage) -> None:
    got: dict[str, list[p.Receipt]] = {"School A": [], "School B": []}
    for round_ in range(3):
        for name, device in (("School A", "dev-a"), ("School B", "dev-b")):
            batch = [incoming(100 * round_ + i) for i in range(round_ + 1)]
            got[name] += [o.receipt for o in record(storage, name, device, batch) if o.receipt]
    for name, receipts in got.items():
        assert [(r.school, r.seq) for r in receipts] == [(SCHOOL[name], n) for n in range(1, 7)]
        p.verify_receipt_chain(receipts, public_key=KEY.public_key())
        assert p.school_chain_problems(receipts) == []
    # the chain head row is the last receipt of each school
    heads = dict(
        (school, (seq, head))
        for school, seq, head in storage._conn().execute(
            "SELECT school, seq, head_hash FROM receipt_chains"
        )
    )
    for name, receipts in got.items():
        assert heads[SCHOOL[name]] == (6, receipts[-1].receipt_hash())


@pytest.mark.postgresql_only
def test_no_cached_plan_reads_every_notification(storage: SQLStorage) -> None:
    # psycopg prepares a statement at its 5th execution; PostgreSQL then keeps a generic plan,
    # chosen while the table was empty (a new server, before autovacuum's ANALYZE): a scan of
    # every notification at each delivery, slower with every row stored.
    for n in range(30):
        record(storage, "School A", "dev-a", [incoming(10 * n + k) for k in range(10)])
    conn = storage._conn()
    prepared = conn.execute(
        "SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '%notifications%'"
    ).fetchall()
    scans = []
    for name, statement in prepared:
        if not statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
            continue
        nulls = ", ".join(["NULL"] * statement.count("$"))
        plan = "\n".join(row[0] for row in conn.execute(f"EXPLAIN EXECUTE {name}({nulls})"))
        if "Seq Scan on notifications" in plan:
            scans.append(statement)
    assert scans == []
