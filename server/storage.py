"""Persistent state of the reference server: a narrow interface and its SQLite implementation.

Durability rules (DESIGN.md §6, §8): WAL with ``synchronous=FULL``; every write happens inside
``BEGIN IMMEDIATE`` so writers are serialised across threads *and* processes (the CLI ``ack``
runs next to a live server). A notification is inserted together with its receipt in the same
transaction that reads the chain head, so the receipt chain can neither fork under concurrent
requests nor be left half-written by a kill.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from sync.protocol import GENESIS_HASH, Receipt, canonical_json, sha256_hex

SCHEMA_VERSION = 1
DB_FILENAME = "server.sqlite3"
# Bound parameters per "id IN (...)" lookup, well under SQLite's limit.
_IDS_PER_QUERY = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS enroll_codes (
    code_hash   TEXT PRIMARY KEY,          -- sha256 hex of the normalised code; never the code
    school      TEXT NOT NULL,
    created_at  REAL NOT NULL,
    expires_at  REAL NOT NULL,
    used_at     REAL,
    device_id   TEXT
);
CREATE TABLE IF NOT EXISTS devices (
    id          TEXT PRIMARY KEY,
    school      TEXT NOT NULL,
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL UNIQUE,      -- base64 raw Ed25519
    enrolled_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notifications (
    id              TEXT PRIMARY KEY,      -- kept forever: the idempotency key
    school          TEXT NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices(id),
    payload         TEXT NOT NULL,
    payload_sha256  TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    server_seq      INTEGER NOT NULL UNIQUE,
    receipt         TEXT NOT NULL,
    receipt_hash    TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'received'
                    CHECK (state IN ('received', 'acknowledged')),
    acknowledged_at TEXT,
    ack_seq         INTEGER UNIQUE,
    ack_note        TEXT
);
CREATE INDEX IF NOT EXISTS notifications_school_ack ON notifications (school, ack_seq);
-- Every act of the receiving side (accepted / clarification requested), DESIGN §6a; rows
-- acknowledged before this table existed are carried over as acceptances.
CREATE TABLE IF NOT EXISTS ack_events (
    ack_seq         INTEGER PRIMARY KEY,
    notification_id TEXT NOT NULL REFERENCES notifications(id),
    school          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('accepted', 'clarification_requested')),
    at              TEXT NOT NULL,
    officer         TEXT,
    unit            TEXT,
    reference       TEXT,
    note            TEXT
);
CREATE INDEX IF NOT EXISTS ack_events_school ON ack_events (school, ack_seq);
INSERT OR IGNORE INTO ack_events (ack_seq, notification_id, school, kind, at, note)
    SELECT ack_seq, id, school, 'accepted', acknowledged_at, ack_note FROM notifications
    WHERE ack_seq IS NOT NULL;
CREATE TABLE IF NOT EXISTS nonces (
    device_id  TEXT NOT NULL,
    nonce      TEXT NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (device_id, nonce)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nonces_expiry ON nonces (expires_at);
CREATE TABLE IF NOT EXISTS request_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    remote    TEXT,
    method    TEXT NOT NULL,
    path      TEXT NOT NULL,
    status    INTEGER NOT NULL,
    error     TEXT NOT NULL,
    device_id TEXT
);
CREATE TRIGGER IF NOT EXISTS request_log_no_update BEFORE UPDATE ON request_log
BEGIN SELECT RAISE(ABORT, 'request_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS request_log_no_delete BEFORE DELETE ON request_log
BEGIN SELECT RAISE(ABORT, 'request_log is append-only'); END;
"""


class StorageError(Exception):
    """Base class of storage failures that callers are expected to handle."""


class EnrollCodeRefused(StorageError):
    """``code`` is ``code_unknown``, ``code_used`` or ``code_expired``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class KeyAlreadyEnrolled(StorageError):
    pass


class NotificationNotFound(StorageError):
    pass


@dataclass(frozen=True)
class Device:
    id: str
    school: str
    name: str
    public_key_b64: str
    enrolled_at: str


@dataclass(frozen=True)
class IncomingNotification:
    id: str
    payload_json: str
    payload_sha256: str


@dataclass(frozen=True)
class ItemOutcome:
    id: str
    status: Literal["new", "repeat", "conflict"]
    receipt: Receipt | None


@dataclass(frozen=True)
class NotificationRecord:
    id: str
    school: str
    device_id: str
    payload_sha256: str
    received_at: str
    server_seq: int
    receipt: Receipt
    state: str
    acknowledged_at: str | None
    ack_seq: int | None
    ack_note: str | None


@dataclass(frozen=True)
class AckRecord:
    id: str
    acknowledged_at: str
    ack_seq: int
    note: str | None
    kind: str = "accepted"
    officer: str | None = None
    unit: str | None = None
    reference: str | None = None


@dataclass(frozen=True)
class Refusal:
    at: str
    remote: str | None
    method: str
    path: str
    status: int
    error: str
    device_id: str | None


# Called inside the write transaction: (notification id, payload hash, seq, prev hash) -> receipt
# (the factory reads the server clock and signs).
ReceiptFactory = Callable[[str, str, int, str], Receipt]


def hash_enroll_code(normalised_code: str) -> str:
    return hashlib.sha256(b"qorgau-enroll-code\n" + normalised_code.encode("ascii")).hexdigest()


class ServerStorage(Protocol):
    """What the server needs from persistence; nothing else touches the database."""

    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def add_enroll_code(
        self, code_hash: str, school: str, created_at: float, expires_at: float
    ) -> None: ...
    def redeem_enroll_code(self, code_hash: str, now: float, device: Device) -> Device: ...
    def get_device(self, device_id: str) -> Device | None: ...
    def use_nonce(self, device_id: str, nonce: str, expires_at: float, now: float) -> bool: ...
    def record_notifications(
        self,
        school: str,
        device_id: str,
        items: Sequence[IncomingNotification],
        make_receipt: ReceiptFactory,
    ) -> list[ItemOutcome]: ...
    def list_notifications(self) -> list[NotificationRecord]: ...
    def acknowledge(
        self,
        notification_id: str,
        note: str | None,
        at: str,
        *,
        kind: str = "accepted",
        officer: str | None = None,
        unit: str | None = None,
        reference: str | None = None,
    ) -> tuple[AckRecord, bool]: ...
    def acknowledgements_after(self, school: str, after: int, limit: int) -> list[AckRecord]: ...
    def log_refusal(self, refusal: Refusal) -> None: ...
    def refusals(self, limit: int = 1000) -> list[Refusal]: ...
    def close(self) -> None: ...


class SQLiteStorage:
    """``ServerStorage`` on stdlib sqlite3: one connection per thread, one writer at a time."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        with self._write_lock:
            conn = self._conn()
            # One script in one immediate transaction: two processes starting at once (server
            # and CLI) must not both half-create the schema.
            conn.executescript("BEGIN IMMEDIATE;" + _SCHEMA + "COMMIT;")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        elif version != SCHEMA_VERSION:
            raise StorageError(f"database schema version {version} is not supported")

    # ----------------------------------------------------------------- plumbing

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, isolation_level=None, timeout=30.0, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # The lock avoids SQLite's sleeping busy handler between our own threads; BEGIN
        # IMMEDIATE still serialises us against other processes (the CLI).
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    # ----------------------------------------------------------------- meta

    def get_meta(self, key: str) -> str | None:
        row = self._conn().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # ----------------------------------------------------------------- enrollment

    def add_enroll_code(
        self, code_hash: str, school: str, created_at: float, expires_at: float
    ) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO enroll_codes (code_hash, school, created_at, expires_at) "
                "VALUES (?, ?, ?, ?)",
                (code_hash, school, created_at, expires_at),
            )

    def redeem_enroll_code(self, code_hash: str, now: float, device: Device) -> Device:
        """Atomically consume the code and register ``device`` under the code's school."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT school, expires_at, used_at FROM enroll_codes WHERE code_hash = ?",
                (code_hash,),
            ).fetchone()
            if row is None:
                raise EnrollCodeRefused("code_unknown")
            school, expires_at, used_at = row
            if used_at is not None:
                raise EnrollCodeRefused("code_used")
            if now >= expires_at:
                raise EnrollCodeRefused("code_expired")
            registered = Device(
                id=device.id,
                school=school,
                name=device.name,
                public_key_b64=device.public_key_b64,
                enrolled_at=device.enrolled_at,
            )
            try:
                conn.execute(
                    "INSERT INTO devices (id, school, name, public_key, enrolled_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        registered.id,
                        registered.school,
                        registered.name,
                        registered.public_key_b64,
                        registered.enrolled_at,
                    ),
                )
            except sqlite3.IntegrityError as exc:
                raise KeyAlreadyEnrolled(str(exc)) from exc
            conn.execute(
                "UPDATE enroll_codes SET used_at = ?, device_id = ? WHERE code_hash = ?",
                (now, registered.id, code_hash),
            )
            return registered

    def get_device(self, device_id: str) -> Device | None:
        row = (
            self._conn()
            .execute(
                "SELECT id, school, name, public_key, enrolled_at FROM devices WHERE id = ?",
                (device_id,),
            )
            .fetchone()
        )
        return None if row is None else Device(*row)

    def use_nonce(self, device_id: str, nonce: str, expires_at: float, now: float) -> bool:
        """Record a nonce; False if this device already used it within the window."""
        with self._write() as conn:
            conn.execute("DELETE FROM nonces WHERE expires_at < ?", (now,))
            cursor = conn.execute(
                "INSERT OR IGNORE INTO nonces (device_id, nonce, expires_at) VALUES (?, ?, ?)",
                (device_id, nonce, expires_at),
            )
            return cursor.rowcount == 1

    # ----------------------------------------------------------------- notifications

    def record_notifications(
        self,
        school: str,
        device_id: str,
        items: Sequence[IncomingNotification],
        make_receipt: ReceiptFactory,
    ) -> list[ItemOutcome]:
        """Store new notifications with their receipts in one transaction.

        Same id + same hash (from the same school) -> the stored receipt; anything else with a
        known id -> conflict. The whole batch commits or none of it does, so a kill mid-batch
        leaves the previous consistent chain and the client simply resends.
        """
        outcomes: list[ItemOutcome] = []
        rows: list[tuple[str, str, str, str, str, str, int, str, str]] = []
        with self._write() as conn:
            head = conn.execute(
                "SELECT server_seq, receipt_hash FROM notifications "
                "ORDER BY server_seq DESC LIMIT 1"
            ).fetchone()
            seq, prev_hash = (0, GENESIS_HASH) if head is None else (int(head[0]), str(head[1]))
            # id -> (school, payload hash, receipt JSON or the receipt itself): what is stored
            # already, plus what this batch adds (an id may come twice in one request).
            known: dict[str, tuple[str, str, str | Receipt]] = self._known(
                conn, [item.id for item in items]
            )
            for item in items:
                stored = known.get(item.id)
                if stored is not None:
                    stored_school, stored_hash, stored_receipt = stored
                    if stored_school == school and stored_hash == item.payload_sha256:
                        receipt = (
                            stored_receipt
                            if isinstance(stored_receipt, Receipt)
                            else Receipt.from_json_dict(json.loads(stored_receipt))
                        )
                        outcomes.append(ItemOutcome(item.id, "repeat", receipt))
                    else:
                        outcomes.append(ItemOutcome(item.id, "conflict", None))
                    continue
                seq += 1
                receipt = make_receipt(item.id, item.payload_sha256, seq, prev_hash)
                if receipt.server_seq != seq or receipt.prev_receipt_hash != prev_hash:
                    raise StorageError("receipt factory broke the chain")
                # The canonical JSON is both what receipt_hash() covers and what is stored.
                receipt_json = canonical_json(receipt.to_json_dict())
                prev_hash = sha256_hex(receipt_json)
                rows.append(
                    (
                        item.id,
                        school,
                        device_id,
                        item.payload_json,
                        item.payload_sha256,
                        receipt.server_received_at,
                        seq,
                        receipt_json.decode("utf-8"),
                        prev_hash,
                    )
                )
                known[item.id] = (school, item.payload_sha256, receipt)
                outcomes.append(ItemOutcome(item.id, "new", receipt))
            conn.executemany(
                "INSERT INTO notifications (id, school, device_id, payload, payload_sha256, "
                "received_at, server_seq, receipt, receipt_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return outcomes

    @staticmethod
    def _known(
        conn: sqlite3.Connection, ids: Sequence[str]
    ) -> dict[str, tuple[str, str, str | Receipt]]:
        """School, payload hash and receipt JSON of those of ``ids`` already stored."""
        known: dict[str, tuple[str, str, str | Receipt]] = {}
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), _IDS_PER_QUERY):
            chunk = unique[start : start + _IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            for row in conn.execute(
                "SELECT id, school, payload_sha256, receipt FROM notifications "
                f"WHERE id IN ({marks})",  # only placeholders are interpolated
                chunk,
            ):
                known[str(row[0])] = (str(row[1]), str(row[2]), str(row[3]))
        return known

    _SELECT_NOTIFICATION = (
        "SELECT id, school, device_id, payload_sha256, received_at, server_seq, receipt, state, "
        "acknowledged_at, ack_seq, ack_note FROM notifications"
    )

    @staticmethod
    def _record(row: Sequence[Any]) -> NotificationRecord:
        return NotificationRecord(
            id=row[0],
            school=row[1],
            device_id=row[2],
            payload_sha256=row[3],
            received_at=row[4],
            server_seq=row[5],
            receipt=Receipt.from_json_dict(json.loads(row[6])),
            state=row[7],
            acknowledged_at=row[8],
            ack_seq=row[9],
            ack_note=row[10],
        )

    def list_notifications(self) -> list[NotificationRecord]:
        rows = self._conn().execute(self._SELECT_NOTIFICATION + " ORDER BY server_seq").fetchall()
        return [self._record(row) for row in rows]

    def acknowledge(
        self,
        notification_id: str,
        note: str | None,
        at: str,
        *,
        kind: str = "accepted",
        officer: str | None = None,
        unit: str | None = None,
        reference: str | None = None,
    ) -> tuple[AckRecord, bool]:
        """Record one act of the receiving side with the next ack_seq; returns it and whether
        it is new. Accepting again for the same unit changes nothing (the first is returned)."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT school, state FROM notifications WHERE id = ?", (notification_id,)
            ).fetchone()
            if row is None:
                raise NotificationNotFound(notification_id)
            select = (
                "SELECT notification_id, at, ack_seq, note, kind, officer, unit, reference "
                "FROM ack_events"
            )
            if kind == "accepted":
                same = conn.execute(
                    select + " WHERE notification_id = ? AND kind = 'accepted' AND unit IS ?",
                    (notification_id, unit),
                ).fetchone()
                if same is not None:
                    return AckRecord(*same), False
            top = conn.execute("SELECT COALESCE(MAX(ack_seq), 0) FROM ack_events").fetchone()
            ack_seq = int(top[0]) + 1
            conn.execute(
                "INSERT INTO ack_events (ack_seq, notification_id, school, kind, at, officer, "
                "unit, reference, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ack_seq, notification_id, row[0], kind, at, officer, unit, reference, note),
            )
            if kind == "accepted" and row[1] != "acknowledged":
                conn.execute(
                    "UPDATE notifications SET state = 'acknowledged', acknowledged_at = ?, "
                    "ack_seq = ?, ack_note = ? WHERE id = ?",
                    (at, ack_seq, note, notification_id),
                )
            return AckRecord(
                notification_id, at, ack_seq, note, kind, officer, unit, reference
            ), True

    def acknowledgements_after(self, school: str, after: int, limit: int) -> list[AckRecord]:
        rows = (
            self._conn()
            .execute(
                "SELECT notification_id, at, ack_seq, note, kind, officer, unit, reference "
                "FROM ack_events WHERE school = ? AND ack_seq > ? ORDER BY ack_seq LIMIT ?",
                (school, after, limit),
            )
            .fetchall()
        )
        return [AckRecord(*row) for row in rows]

    # ----------------------------------------------------------------- request log

    def log_refusal(self, refusal: Refusal) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO request_log (at, remote, method, path, status, error, device_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    refusal.at,
                    refusal.remote,
                    refusal.method,
                    refusal.path,
                    refusal.status,
                    refusal.error,
                    refusal.device_id,
                ),
            )

    def refusals(self, limit: int = 1000) -> list[Refusal]:
        rows = (
            self._conn()
            .execute(
                "SELECT at, remote, method, path, status, error, device_id FROM request_log "
                "ORDER BY id DESC LIMIT ?",
                (limit,),
            )
            .fetchall()
        )
        return [Refusal(*row) for row in rows]
