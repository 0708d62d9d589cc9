"""Server schema upgrades: a data dir of every earlier version, with data in it, keeps working;
the PostgreSQL schema starts at v3 and holds the same tables, columns and indexes as SQLite's."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.pg_cluster import PostgresCluster
from server.migrations import LATEST, PG_BASE, PG_LATEST, PG_SCHEMA, PG_V4, V1, V2, V3, V4
from server.pg import PostgresStorage
from server.storage import (
    DB_FILENAME,
    DeviceRate,
    DeviceRateExceeded,
    IncomingNotification,
    NonceClaim,
    ReceiptFactory,
    SQLiteStorage,
    SQLStorage,
    StorageError,
)
from sync import protocol as p
from tests.support.legacy_receipts import GENESIS, national_receipt
from tests.support.legacy_receipts import receipt_hash as legacy_receipt_hash

# The SQLite upgrades are SQLite's; the PostgreSQL cases below run once, on the test cluster.
pytestmark = pytest.mark.one_backend
# What schema v3 adds (notes/COMMON.md): on PostgreSQL from the start, on SQLite by migration 3.
V3_COLUMNS = {
    ("notifications", "school_seq"),
    ("receipt_chains", "school"),
    ("receipt_chains", "seq"),
    ("receipt_chains", "head_hash"),
}


def _v1_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1)
    conn.execute("PRAGMA user_version = 1")
    payload = json.dumps(
        {
            "recipients": ["police_102", "guardianship_authority"],
            "deadline": "2026-03-02T10:15:00Z",
            "category": "violence",
        }
    )
    receipt = json.dumps(
        {
            "notification_id": "x",
            "payload_sha256": "0" * 64,
            "server_received_at": "2026-03-02T09:20:00.000000Z",
            "server_seq": 1,
            "prev_receipt_hash": "0" * 64,
            "signature": "AAAA",
        }
    )
    with conn:
        conn.executemany(
            "INSERT INTO enroll_codes (code_hash, school, created_at, expires_at, used_at, "
            "device_id) VALUES (?, ?, 0, 1, 0.5, ?)",
            [("h1", "Школа №1", "d1"), ("h2", "Школа №1", "d2"), ("h3", "Школа №2", None)],
        )
        conn.executemany(
            "INSERT INTO devices (id, school, name, public_key, enrolled_at) VALUES (?, ?, ?, ?, '')",
            [("d1", "Школа №1", "pc1", "k1"), ("d2", "Школа №1", "pc2", "k2")],
        )
        conn.execute(
            "INSERT INTO notifications (id, school, device_id, payload, payload_sha256, received_at,"
            " server_seq, receipt, receipt_hash, state, acknowledged_at, ack_seq, ack_note) "
            "VALUES ('n1', 'Школа №1', 'd1', ?, 'a', '2026-03-02T09:20:00.000000Z', 1, ?, 'r1', "
            "'acknowledged', '2026-03-02T09:30:00.000000Z', 1, 'KUI 5')",
            (payload, receipt),
        )
        conn.execute(
            "INSERT INTO notifications (id, school, device_id, payload, payload_sha256, received_at,"
            " server_seq, receipt, receipt_hash) "
            "VALUES ('n2', 'Школа №1', 'd2', ?, 'b', '2026-03-02T09:21:00.000000Z', 2, ?, 'r2')",
            (payload, receipt),
        )
    conn.close()


def test_a_version_1_database_is_upgraded_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    _v1_database(path)
    storage = SQLiteStorage(path)
    try:
        conn = storage._conn()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        schools = {s.name: s for s in storage.schools()}
        assert set(schools) == {"Школа №1", "Школа №2"}
        first = schools["Школа №1"]
        assert first.district == "unassigned"
        device = storage.get_device("d2")
        assert device is not None and device.school == first.id
        # the old acknowledgement still flows to the school that delivered it
        [ack] = storage.acknowledgements_after(first.id, 0, 100)
        assert (ack.id, ack.ack_seq, ack.kind, ack.note) == ("n1", 1, "accepted", "KUI 5")
        assert storage.acknowledgements_after(schools["Школа №2"].id, 0, 100) == []
        records = {r.id: r for r in storage.list_notifications()}
        assert records["n1"].state == "accepted" and records["n2"].state == "received"
        assert records["n1"].deadline == "2026-03-02T10:15:00Z"
        # received before routing existed: flagged until the district has units
        assert {(r.notification_id, r.recipient) for r in storage.unrouted()} == {
            ("n1", "guardianship_authority"),
            ("n1", "police_102"),
            ("n2", "guardianship_authority"),
            ("n2", "police_102"),
        }
        storage.add_district("akkol", "Аккольский район", "2026-03-03T00:00:00Z")
        storage.add_unit("akkol", "police", "ИДН ОП Аккольского района")
        storage.move_school(first.id, "akkol")
        assert {r.recipient for r in storage.unrouted()} == {"guardianship_authority"}
        # v3: every school has an empty receipt chain of its own; old receipts keep no school_seq
        chains = conn.execute("SELECT school, seq, head_hash FROM receipt_chains").fetchall()
        assert sorted(chains) == sorted((s.id, 0, GENESIS) for s in schools.values())
        assert (
            conn.execute("SELECT COUNT(*) FROM notifications WHERE school_seq IS NULL").fetchone()[
                0
            ]
            == 2
        )
    finally:
        storage.close()
    # opening again is a no-op
    again = SQLiteStorage(path)
    try:
        assert len(again.schools()) == 2
    finally:
        again.close()


def test_a_fresh_database_starts_at_the_latest_version(tmp_path: Path) -> None:
    storage = SQLiteStorage(tmp_path / "server.sqlite3")
    try:
        assert storage._conn().execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert storage.districts() == [] and storage.schools() == []
    finally:
        storage.close()


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    SQLiteStorage(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer"):
        SQLiteStorage(path)


def _v2_database(path: Path, key: Ed25519PrivateKey) -> list[dict[str, object]]:
    """A version-2 server (national receipt chain) that issued two receipts to school s1 and
    one to s2, signed by ``key`` as that server did; returns the receipts by server_seq."""
    conn = sqlite3.connect(path)
    conn.executescript(V1)
    conn.executescript(V2)
    conn.execute("PRAGMA user_version = 2")
    receipts: list[dict[str, object]] = []
    prev = GENESIS
    with conn:
        conn.execute("INSERT INTO districts (code, name, created_at) VALUES ('d', 'D', 't')")
        for school, device in (("s1", "d1"), ("s2", "d2")):
            conn.execute(
                "INSERT INTO schools (id, name, district, created_at) VALUES (?, ?, 'd', 't')",
                (school, f"Школа {school}"),
            )
            conn.execute(
                "INSERT INTO devices (id, school, name, public_key, enrolled_at) "
                "VALUES (?, ?, 'pc', ?, '')",
                (device, school, f"key-{device}"),
            )
        for seq, (nid, school, device) in enumerate(
            (("n1", "s1", "d1"), ("n2", "s2", "d2"), ("n3", "s1", "d1")), start=1
        ):
            payload = json.dumps({"category": "violence", "n": seq})
            digest = hashlib.sha256(payload.encode()).hexdigest()
            receipt = national_receipt(
                key,
                notification_id=nid,
                payload_sha256=digest,
                server_seq=seq,
                prev_receipt_hash=prev,
            )
            prev = legacy_receipt_hash(receipt)
            receipts.append(receipt)
            conn.execute(
                "INSERT INTO notifications (id, school, device_id, payload, payload_sha256, "
                "received_at, server_seq, receipt, receipt_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    nid,
                    school,
                    device,
                    payload,
                    digest,
                    receipt["server_received_at"],
                    seq,
                    json.dumps(receipt),
                    prev,
                ),
            )
    conn.close()
    return receipts


def test_a_version_2_database_gets_per_school_chains_and_keeps_its_national_receipts(
    tmp_path: Path,
) -> None:
    key = Ed25519PrivateKey.generate()
    path = tmp_path / "server.sqlite3"
    old = _v2_database(path, key)
    storage = SQLiteStorage(path)
    try:
        conn = storage._conn()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert sorted(conn.execute("SELECT school, seq, head_hash FROM receipt_chains")) == [
            ("s1", 0, GENESIS),
            ("s2", 0, GENESIS),
        ]

        def factory(school: str) -> ReceiptFactory:
            def make(nid: str, digest: str, seq: int, prev: str) -> p.Receipt:
                return p.sign_receipt(
                    key,
                    notification_id=nid,
                    payload_sha256=digest,
                    server_received_at="2026-03-03T09:00:00.000000Z",
                    school=school,
                    school_seq=seq,
                    prev_receipt_hash=prev,
                )

            return make

        def incoming(payload: dict[str, object], nid: str | None = None) -> IncomingNotification:
            text = p.canonical_json(payload).decode()
            return IncomingNotification(nid or str(uuid.uuid4()), text, p.sha256_hex(text.encode()))

        resend = IncomingNotification(
            "n3", json.dumps({"category": "violence", "n": 3}), str(old[2]["payload_sha256"])
        )
        fresh = [incoming({"n": 10}), incoming({"n": 11})]
        outcomes = storage.record_notifications("s1", "d1", [resend, *fresh], factory("s1"))
        # A notification received before the upgrade: its old national receipt, byte for byte.
        assert outcomes[0].status == "repeat" and outcomes[0].receipt is not None
        assert outcomes[0].receipt.to_json_dict() == old[2]
        assert outcomes[0].receipt.national
        p.verify_receipt(key.public_key(), outcomes[0].receipt, expected_id="n3",
                         expected_hash=str(old[2]["payload_sha256"]))  # fmt: skip
        # New ones start the school's own chain at 1, linked to the genesis hash.
        new = [o.receipt for o in outcomes[1:] if o.receipt is not None]
        assert [(r.school, r.seq) for r in new] == [("s1", 1), ("s1", 2)]
        assert new[0].prev_receipt_hash == GENESIS
        assert p.school_chain_problems(new) == []
        [other] = storage.record_notifications("s2", "d2", [incoming({"n": 12})], factory("s2"))
        assert other.receipt is not None and (other.receipt.school, other.receipt.seq) == ("s2", 1)
        # The workspace's global order continues after the old national seqs.
        seqs = {r.id: r.server_seq for r in storage.list_notifications()}
        assert sorted(seqs.values()) == [1, 2, 3, 4, 5, 6]
        assert seqs[fresh[0].id] == 4 and seqs[other.id] == 6
        head = conn.execute("SELECT seq, head_hash FROM receipt_chains WHERE school = 's1'")
        assert head.fetchone() == (2, new[1].receipt_hash())
    finally:
        storage.close()


def _spend_a_burst_of_one(storage: SQLStorage, device: str) -> None:
    """The device's first request passes; its second, at the same instant, is over budget."""
    rate = DeviceRate(per_s=0.5, burst=1.0)
    storage.use_nonce(NonceClaim(device, "n-1", 2e9, 1e9, rate=rate))
    with pytest.raises(DeviceRateExceeded) as refused:
        storage.use_nonce(NonceClaim(device, "n-2", 2e9, 1e9, rate=rate))
    assert refused.value.wait_s == pytest.approx(2.0)
    # Two seconds later the bucket holds one request again.
    storage.use_nonce(NonceClaim(device, "n-3", 2e9, 1e9 + 2.0, rate=rate))


def test_a_version_3_database_gets_shared_device_rates_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "server.sqlite3"
    old = _v2_database(path, Ed25519PrivateKey.generate())
    conn = sqlite3.connect(path)
    conn.executescript(V3)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    storage = SQLiteStorage(path)
    try:
        conn4 = storage._conn()
        assert conn4.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert conn4.execute("SELECT count(*) FROM device_rates").fetchone()[0] == 0
        assert [r.receipt.to_json_dict() for r in storage.list_notifications()] == old
        _spend_a_burst_of_one(storage, "d1")
    finally:
        storage.close()


def test_a_version_3_postgresql_database_gets_shared_device_rates_and_keeps_its_data(
    postgres_cluster: PostgresCluster,
) -> None:
    url = postgres_cluster.new_database()
    with psycopg.connect(url, autocommit=True) as conn:  # as the first PostgreSQL server left it
        conn.execute(PG_SCHEMA)
        conn.execute("INSERT INTO schema_version (version) VALUES (3)")
        conn.execute("INSERT INTO districts (code, name, created_at) VALUES ('d', 'D', 't')")
        conn.execute(
            "INSERT INTO schools (id, name, district, created_at) VALUES ('s', 'S', 'd', 't')"
        )
        conn.execute(
            "INSERT INTO devices (id, school, name, public_key, enrolled_at) "
            "VALUES ('d1', 's', 'pc', 'key-d1', '')"
        )
    storage = PostgresStorage(url)
    try:
        assert storage.get_device("d1") is not None
        _spend_a_burst_of_one(storage, "d1")
    finally:
        storage.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(PG_LATEST,)]


# What schema v5 removes from notifications: written by nothing since acts (v2).
V5_DROPPED_COLUMNS = {"state", "acknowledged_at", "ack_seq", "ack_note"}
V5_DROPPED_INDEXES = {"notifications_school_ack", "notifications_school"}


def _acted_on_v4_database(path: Path) -> list[dict[str, object]]:
    """A version-4 server whose notifications are routed, assigned and acted on (the tables
    whose foreign keys point at notifications), one of them acknowledged the v1 way."""
    old = _v2_database(path, Ed25519PrivateKey.generate())
    conn = sqlite3.connect(path)
    conn.executescript(V3)
    conn.executescript(V4)
    conn.execute("PRAGMA user_version = 4")
    with conn:
        conn.execute(
            "UPDATE notifications SET state = 'acknowledged', ack_seq = 1, ack_note = 'KUI 5', "
            "acknowledged_at = 't' WHERE id = 'n1'"
        )
        conn.execute(
            "INSERT INTO units (id, district, kind, name) VALUES (7, 'd', 'police', 'ИДН')"
        )
        conn.executemany(
            "INSERT INTO routes (notification_id, recipient, unit_id) VALUES (?, 'police_102', 7)",
            [("n1",), ("n2",), ("n3",)],
        )
        conn.execute(
            "INSERT INTO assignments (notification_id, unit_id, state) VALUES ('n1', 7, 'accepted')"
        )
        conn.execute(
            "INSERT INTO acts (ack_seq, notification_id, school, kind, at, unit_id, note) "
            "VALUES (1, 'n1', 's1', 'accepted', 't', 7, 'KUI 5')"
        )
        conn.execute("INSERT INTO device_rates (device_id, tokens, updated_at) VALUES ('d1', 3, 1)")
    conn.close()
    return old


def test_a_version_4_database_loses_the_dead_acknowledgement_columns_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "server.sqlite3"
    old = _acted_on_v4_database(path)
    storage = SQLiteStorage(path)
    try:
        conn = storage._conn()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST == 5
        columns = {column for table, column in _sqlite_columns(path) if table == "notifications"}
        assert columns & V5_DROPPED_COLUMNS == set() and "school_seq" in columns
        assert _sqlite_indexes(path) & V5_DROPPED_INDEXES == set()
        # Every receipt byte for byte, in the workspace's order; routes, work and acts intact.
        assert [r.receipt.to_json_dict() for r in storage.list_notifications()] == old
        assert storage.routes_of("n2") == [("police_102", 7)]
        assert storage.assignments_of("n1") == {7: "accepted"}
        [act] = storage.acts_of("n1")
        assert (act.ack_seq, act.kind, act.note) == (1, "accepted", "KUI 5")
        [ack] = storage.acknowledgements_after("s1", 0, 100)
        assert ack.id == "n1"
        # The references now point at the rebuilt table, and are enforced again.
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("INSERT INTO routes (notification_id, recipient) VALUES ('ghost', 'x')")
        _spend_a_burst_of_one(storage, "d2")
    finally:
        storage.close()


def test_a_version_4_database_with_a_broken_reference_is_not_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    _acted_on_v4_database(path)
    conn = sqlite3.connect(path)  # foreign keys off: as someone editing the file by hand
    with conn:
        conn.execute(
            "INSERT INTO acts (ack_seq, notification_id, school, kind, at) "
            "VALUES (2, 'ghost', 's1', 'accepted', 't')"
        )
    conn.close()
    with pytest.raises(StorageError, match="break 1 references of table acts"):
        SQLiteStorage(path)
    # Nothing changed: still version 4, with its old columns and every notification.
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert conn.execute("SELECT ack_note FROM notifications WHERE id = 'n1'").fetchone() == (
            "KUI 5",
        )
        assert conn.execute("SELECT count(*) FROM notifications").fetchone()[0] == 3
    finally:
        conn.close()


@pytest.mark.slow
def test_a_kill_in_the_middle_of_the_version_5_rebuild_leaves_version_4_whole(
    tmp_path: Path,
) -> None:
    path = tmp_path / DB_FILENAME
    _acted_on_v4_database(path)
    conn = sqlite3.connect(path)
    with conn:  # enough notifications that the rebuild takes a while
        conn.executemany(
            "INSERT INTO notifications (id, school, device_id, payload, payload_sha256, "
            "received_at, server_seq, receipt, receipt_hash) "
            "VALUES (?, 's1', 'd1', ?, 'h', 't', ?, '{}', 'r')",
            ((f"bulk-{n}", "x" * 2000, 100 + n) for n in range(40_000)),
        )
    conn.close()
    init = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "--data-dir", str(tmp_path), "init"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{path}-wal")
    deadline = time.monotonic() + 60
    # The rebuild writes the new table into the WAL; kill it a few megabytes in.
    while not (wal.exists() and wal.stat().st_size > 4_000_000):
        assert init.poll() is None, "init finished before it could be killed"
        assert time.monotonic() < deadline, "the rebuild never started"
        time.sleep(0.005)
    os.kill(init.pid, signal.SIGKILL)
    init.wait()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert conn.execute("SELECT count(*) FROM notifications").fetchone()[0] == 40_003
        assert conn.execute("SELECT ack_note FROM notifications WHERE id = 'n1'").fetchone() == (
            "KUI 5",
        )
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    # The next start migrates it whole.
    storage = SQLiteStorage(path)
    try:
        conn5 = storage._conn()
        assert conn5.execute("PRAGMA user_version").fetchone()[0] == 5
        assert conn5.execute("SELECT count(*) FROM notifications").fetchone()[0] == 40_003
        assert storage.acts_of("n1")[0].note == "KUI 5"
    finally:
        storage.close()


def test_a_version_4_postgresql_database_loses_the_dead_acknowledgement_columns(
    postgres_cluster: PostgresCluster,
) -> None:
    url = postgres_cluster.new_database()
    receipt = national_receipt(
        Ed25519PrivateKey.generate(),
        notification_id="n1",
        payload_sha256=p.sha256_hex(b"{}"),
        server_seq=1,
        prev_receipt_hash=GENESIS,
    )
    with psycopg.connect(url, autocommit=True) as conn:  # as a v4 PostgreSQL server left it
        conn.execute(PG_SCHEMA)
        conn.execute(PG_V4)
        conn.execute("INSERT INTO schema_version (version) VALUES (4)")
        conn.execute("INSERT INTO districts (code, name, created_at) VALUES ('d', 'D', 't')")
        conn.execute(
            "INSERT INTO schools (id, name, district, created_at) VALUES ('s', 'S', 'd', 't')"
        )
        conn.execute(
            "INSERT INTO devices (id, school, name, public_key, enrolled_at) "
            "VALUES ('d1', 's', 'pc', 'key-d1', '')"
        )
        conn.execute(
            "INSERT INTO notifications (id, school, device_id, payload, payload_sha256, "
            "received_at, server_seq, receipt, receipt_hash, ack_seq, ack_note) "
            "VALUES ('n1', 's', 'd1', '{}', %s, 't', 1, %s, 'r1', 1, 'KUI 5')",
            (receipt["payload_sha256"], json.dumps(receipt)),
        )
        conn.execute(
            "INSERT INTO acts (ack_seq, notification_id, school, kind, at, note) "
            "VALUES (1, 'n1', 's', 'accepted', 't', 'KUI 5')"
        )
    storage = PostgresStorage(url)
    try:
        [record] = storage.list_notifications()
        assert record.receipt.to_json_dict() == receipt
        [act] = storage.acts_of("n1")
        assert (act.ack_seq, act.note) == (1, "KUI 5")
    finally:
        storage.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(5,)]
        columns = {
            str(r[0])
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'notifications'"
            )
        }
        assert columns & V5_DROPPED_COLUMNS == set() and "school_seq" in columns
        assert _postgres_indexes(conn) & V5_DROPPED_INDEXES == set()


def _sqlite_indexes(path: Path) -> set[str]:
    """The named indexes (not those SQLite makes for PRIMARY KEY and UNIQUE)."""
    conn = sqlite3.connect(path)
    try:
        return {
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' "
                "AND name NOT LIKE 'sqlite_autoindex_%'"
            )
        }
    finally:
        conn.close()


def _postgres_indexes(conn: psycopg.Connection[tuple[object, ...]]) -> set[str]:
    """The named indexes (not those PostgreSQL makes for PRIMARY KEY and UNIQUE)."""
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = 'public' "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
        )
    }


def _sqlite_columns(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            (table, str(column[1]))
            for table in tables
            for column in conn.execute(f"PRAGMA table_info({table})")
        }
    finally:
        conn.close()


def test_postgresql_has_the_same_tables_columns_and_indexes_as_sqlite(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    SQLiteStorage(tmp_path / "server.sqlite3").close()
    url = postgres_cluster.new_database()
    PostgresStorage(url).close()
    with psycopg.connect(url) as conn:
        pg = {
            (str(r[0]), str(r[1]))
            for r in conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public'"
            )
        }
        triggers = {
            str(r[0]) for r in conn.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        }
        pg_indexes = _postgres_indexes(conn)
    assert pg_indexes == _sqlite_indexes(tmp_path / "server.sqlite3")
    sqlite = _sqlite_columns(tmp_path / "server.sqlite3")
    assert sqlite - pg == set()
    # Until SQLite's migration 3 exists (h3), PostgreSQL has exactly the v3 objects more.
    extra = pg - sqlite - {("schema_version", "version")}
    assert extra == (V3_COLUMNS if LATEST < PG_BASE else set())
    assert triggers == {
        "request_log_no_update",
        "request_log_no_delete",
        "web_audit_no_update",
        "web_audit_no_delete",
    }


def test_postgresql_starts_at_its_latest_version_and_opens_again(
    postgres_cluster: PostgresCluster,
) -> None:
    url = postgres_cluster.new_database()
    storage = PostgresStorage(url)
    try:
        assert storage.districts() == [] and storage.schools() == []
        storage.add_district("akkol", "Аккольский район", "2026-03-03T00:00:00Z")
    finally:
        storage.close()
    again = PostgresStorage(url)  # a second open migrates nothing and keeps the data
    try:
        assert [d.code for d in again.districts()] == ["akkol"]
    finally:
        again.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(PG_LATEST,)]


def test_postgresql_refuses_a_newer_schema(postgres_cluster: PostgresCluster) -> None:
    url = postgres_cluster.new_database()
    PostgresStorage(url).close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = %s", (PG_LATEST + 1,))
    with pytest.raises(StorageError, match="newer"):
        PostgresStorage(url)


def test_postgresql_append_only_logs_refuse_changes(postgres_cluster: PostgresCluster) -> None:
    url = postgres_cluster.new_database()
    PostgresStorage(url).close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO web_audit (at, action) VALUES ('t', 'view')")
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("DELETE FROM web_audit")
