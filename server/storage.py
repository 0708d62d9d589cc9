"""Persistent state of the reference server (the workspace's rows: workspace_store.py).

One set of queries (``SQLStorage``) over two backends: ``SQLiteStorage`` here (the embedded
default) and ``PostgresStorage`` (server/pg.py); server/db.py translates the few dialect
differences.

Durability rules (DESIGN.md §6, §8). SQLite: WAL with ``synchronous=FULL``; every write happens
inside ``BEGIN IMMEDIATE`` so writers are serialised across threads *and* processes (the CLI
``ack`` runs next to a live server). PostgreSQL: READ COMMITTED transactions with explicit locks
where SQLite's single writer was what made a check-then-write safe (``Connection.lock``, ``FOR
UPDATE``, unique keys with ``ON CONFLICT``). A notification is inserted together with its receipt
in the same transaction that reads and moves the school's chain head (``receipt_chains``, row-
locked on PostgreSQL), so no school's receipt chain can fork under concurrent requests or be left
half-written by a kill, and schools never wait on each other.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from server.db import (
    SQLITE,
    Connection,
    Cursor,
    Dialect,
    StorageBusy,
    StorageError,
    sqlite_statement,
)
from server.migrations import migrate
from server.routing import RECIPIENT_UNIT
from server.thread_connections import ThreadConnections
from server.workspace_store import WorkspaceStoreMixin
from sync.protocol import GENESIS_HASH, Receipt, canonical_json, sha256_hex

DB_FILENAME = "server.sqlite3"
# Bound parameters per "id IN (...)" lookup, well under SQLite's limit.
_IDS_PER_QUERY = 500


__all__ = ["StorageBusy", "StorageError"]


class EnrollCodeRefused(StorageError):
    """``code`` is ``code_unknown``, ``code_used`` or ``code_expired``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class KeyAlreadyEnrolled(StorageError):
    pass


class NotificationNotFound(StorageError):
    pass


class NonceReused(StorageError):
    """The device already used this nonce within the signature window (a replay)."""


class DeviceRateExceeded(StorageError):
    """The device spent its request budget (``DeviceRate``); it may send again after
    ``wait_s`` seconds."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"device over its request rate; retry in {wait_s:.1f} s")
        self.wait_s = wait_s


@dataclass(frozen=True)
class DeviceRate:
    """A device's request budget, kept in the database so that every server process on it
    spends the same one: a bucket of ``burst`` requests, refilled at ``per_s``."""

    per_s: float
    burst: float


@dataclass(frozen=True)
class NonceClaim:
    """A signed request's nonce, to be recorded in the same transaction as the request's work:
    one commit per delivery instead of two (issue 9), and a replay stores nothing. With a
    ``rate``, the same transaction spends one request of the device's budget; over it, the
    transaction stores nothing either."""

    device_id: str
    nonce: str
    expires_at: float  # unix time after which the signature window has passed
    now: float
    rate: DeviceRate | None = None


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
    # From the payload, for routing (DESIGN §6a): recipient codes of the rules file, and the
    # notification this one corrects, if any.
    recipients: tuple[str, ...] = ()
    corrects: str | None = None


@dataclass(frozen=True)
class ItemOutcome:
    id: str
    status: Literal["new", "repeat", "conflict"]
    receipt: Receipt | None


@dataclass(frozen=True)
class NotificationRecord:
    id: str
    school: str  # the school's id
    school_name: str
    district: str
    device_id: str
    payload_sha256: str
    received_at: str
    server_seq: int
    receipt: Receipt
    category: str | None
    deadline: str | None
    # "received", or "accepted" once any unit (or the CLI) accepted it, else
    # "clarification_requested" while a unit waits for the school's correction.
    state: str
    acknowledged_at: str | None  # the first acceptance


@dataclass(frozen=True)
class AckRecord:
    """One act of a receiving unit, as it flows back to the school."""

    id: str
    acknowledged_at: str
    ack_seq: int
    kind: Literal["accepted", "clarification_requested"]
    officer: str | None
    unit: str | None
    reference: str | None
    note: str | None


@dataclass(frozen=True)
class Refusal:
    at: str
    remote: str | None
    method: str
    path: str
    status: int
    error: str
    device_id: str | None


# Called inside the write transaction: (notification id, payload hash, school_seq, prev hash of
# the school's chain) -> receipt of the delivering school (the factory reads the server clock and
# signs).
ReceiptFactory = Callable[[str, str, int, str], Receipt]


def hash_enroll_code(normalised_code: str) -> str:
    return hashlib.sha256(b"qorgau-enroll-code\n" + normalised_code.encode("ascii")).hexdigest()


def _private_files(path: Path) -> None:
    """Payloads name children: the database and its WAL are readable by the service user only.

    SQLite gives the -wal and -shm files the mode of the main file, so creating that one 0600
    covers all three; files of an older data dir (created 0644) are tightened on open.
    """
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists() and candidate.stat().st_mode & 0o077:
            os.chmod(candidate, 0o600)


class SQLStorage(WorkspaceStoreMixin):
    """The server's queries, written once; a backend subclass provides connections and
    transactions (``_conn``, ``_write``, ``close``), one connection per thread."""

    dialect: Dialect = SQLITE
    _connections: ThreadConnections[Any]

    def close(self) -> None:
        raise NotImplementedError

    def open_connections(self) -> int:
        """Database connections this storage holds now: one per live thread that used it."""
        return self._connections.count()

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
                "SELECT school, expires_at, used_at FROM enroll_codes WHERE code_hash = ? FOR UPDATE",
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
            except self.integrity_errors as exc:
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

    def use_nonce(self, claim: NonceClaim) -> None:
        """Record a nonce on its own; ``NonceReused`` if this device already used it,
        ``DeviceRateExceeded`` if the device is over its budget (then nothing is recorded)."""
        with self._write() as conn:
            self._check_claim(self._send_nonce_claim(conn, claim), claim)

    @staticmethod
    def _send_nonce_claim(conn: Connection, claim: NonceClaim) -> tuple[Cursor, Cursor | None]:
        """The claim's statements; their cursors go to ``_check_claim`` once read."""
        # This device's expired nonces only: on PostgreSQL, concurrent requests of different
        # devices must not wait on (or deadlock over) each other's row locks.
        conn.execute(
            "DELETE FROM nonces WHERE device_id = ? AND expires_at < ?",
            (claim.device_id, claim.now),
        )
        nonce = conn.execute(
            "INSERT OR IGNORE INTO nonces (device_id, nonce, expires_at) VALUES (?, ?, ?)",
            (claim.device_id, claim.nonce, claim.expires_at),
        )
        if claim.rate is None:
            return nonce, None
        # Refill the device's bucket for the time since its last request (a clock that went
        # back refills nothing), up to the burst, and take one request from it. The row stays
        # locked until commit: the device's concurrent requests take turns, others never wait.
        rate = conn.execute(
            "INSERT INTO device_rates (device_id, tokens, updated_at) VALUES (?1, ?2 - 1, ?3) "
            "ON CONFLICT (device_id) DO UPDATE SET tokens = CASE "
            "WHEN ?3 <= device_rates.updated_at THEN device_rates.tokens "
            "WHEN device_rates.tokens + (?3 - device_rates.updated_at) * ?4 > ?2 THEN ?2 "
            "ELSE device_rates.tokens + (?3 - device_rates.updated_at) * ?4 END - 1, "
            "updated_at = CASE WHEN ?3 > device_rates.updated_at THEN ?3 "
            "ELSE device_rates.updated_at END "
            "RETURNING tokens",
            (claim.device_id, float(claim.rate.burst), float(claim.now), float(claim.rate.per_s)),
        )
        return nonce, rate

    @staticmethod
    def _check_claim(sent: tuple[Cursor, Cursor | None], claim: NonceClaim) -> None:
        """Raise (so that the transaction stores nothing) for a replay or a spent budget."""
        nonce, rate = sent
        # Read whole before anything is raised: an unread RETURNING statement would keep
        # SQLite's connection busy, and its next commit would fail.
        left = float(rate.fetchall()[0][0]) if rate is not None else 0.0
        if nonce.rowcount != 1:
            raise NonceReused("nonce already used")
        if claim.rate is not None and left < 0:
            # Refused, so rolled back: the bucket keeps what it had (left + 1), and the next
            # request finds a whole request in it after (-left) / per_s seconds.
            raise DeviceRateExceeded(-left / claim.rate.per_s)

    # ----------------------------------------------------------------- notifications

    def record_notifications(
        self,
        school: str,
        device_id: str,
        items: Sequence[IncomingNotification],
        make_receipt: ReceiptFactory,
        nonce: NonceClaim | None = None,
    ) -> list[ItemOutcome]:
        """Store new notifications with their receipts in one transaction (which also records
        the request's ``nonce``: a replay raises ``NonceReused`` and stores nothing).

        Same id + same hash (from the same school) -> the stored receipt; anything else with a
        known id -> conflict. New receipts continue the school's chain (``receipt_chains``: read
        the head, insert the rows, move the head). The whole batch commits or none of it does,
        so a kill mid-batch leaves the previous consistent chain and the client simply resends.
        """
        outcomes: list[ItemOutcome] = []
        rows: list[tuple[str, str, str, str, str, str, int, str, str]] = []
        with self._write(pipelined=True) as conn:
            # Everything this transaction reads goes out at once, before the first read.
            claimed = self._send_nonce_claim(conn, nonce) if nonce is not None else None
            # The school's chain head, in one statement: a school's first delivery creates its
            # row; otherwise the no-op update takes the row lock on PostgreSQL (so only this
            # school's batches wait) and returns the head as it is once the lock is held.
            head = conn.execute(
                "INSERT INTO receipt_chains (school, seq, head_hash) VALUES (?, 0, ?) "
                "ON CONFLICT (school) DO UPDATE SET seq = receipt_chains.seq "
                "RETURNING seq, head_hash",
                (school, GENESIS_HASH),
            )
            known_rows = self._send_known(conn, [item.id for item in items])
            units_rows = self._send_units(conn, school) if items else None
            seq, prev_hash = head.fetchone()
            if claimed is not None and nonce is not None:
                self._check_claim(claimed, nonce)
            first_seq = seq
            # id -> (school, payload hash, receipt JSON or the receipt itself): what is stored
            # already, plus what this batch adds (an id may come twice in one request).
            known: dict[str, tuple[str, str, str | Receipt]] = {
                str(row[0]): (str(row[1]), str(row[2]), str(row[3]))
                for rows in known_rows
                for row in rows
            }
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
                if (receipt.school, receipt.seq, receipt.prev_receipt_hash) != (
                    school,
                    seq,
                    prev_hash,
                ):
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
            if seq != first_seq:
                conn.execute(
                    "UPDATE receipt_chains SET seq = ?, head_hash = ? WHERE school = ?",
                    (seq, prev_hash, school),
                )
            # server_seq is the workspace's global order only (no longer in receipts). Sort and
            # filter columns are extracted by SQLite from the stored text: no second JSON parse
            # on the delivery hot path.
            conn.executemany(
                "INSERT INTO notifications (id, school, device_id, payload, payload_sha256, "
                "received_at, school_seq, receipt, receipt_hash, server_seq, deadline, category, "
                "corrects) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                f"{self.dialect.next_server_seq}, "
                "json_extract(?4, '$.deadline'), json_extract(?4, '$.category'), "
                "json_extract(?4, '$.corrects'))",
                rows,
            )
            new_ids = {row[0] for row in rows}
            if units_rows is not None:
                units = {str(kind): int(unit_id) for kind, unit_id in units_rows}
                self._route(conn, school, [item for item in items if item.id in new_ids], units)
        return outcomes

    @staticmethod
    def _send_units(conn: Connection, school: str) -> Cursor:
        """(kind, unit id) of the units of the school's district."""
        return conn.execute(
            "SELECT u.kind, u.id FROM units u JOIN schools s ON s.district = u.district "
            "WHERE s.id = ?",
            (school,),
        )

    @staticmethod
    def _route(
        conn: Connection,
        school: str,
        items: Sequence[IncomingNotification],
        units: dict[str, int],
    ) -> None:
        """Route new notifications to the units of the school's district (same transaction)."""
        if not items:
            return
        routes: list[tuple[str, str, int | None]] = []
        assignments: set[tuple[str, int]] = set()
        for item in items:
            for recipient in dict.fromkeys(item.recipients):
                kind = RECIPIENT_UNIT.get(recipient)
                unit_id = units.get(kind) if kind is not None else None
                routes.append((item.id, recipient, unit_id))
                if unit_id is not None:
                    assignments.add((item.id, unit_id))
        conn.executemany(
            "INSERT OR IGNORE INTO routes (notification_id, recipient, unit_id) VALUES (?, ?, ?)",
            routes,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO assignments (notification_id, unit_id) VALUES (?, ?)",
            sorted(assignments),
        )
        # A correction answers a clarification request: the original is back to "new" in the
        # units that asked (the school's own notifications only).
        corrected = [(item.corrects, school) for item in items if item.corrects]
        conn.executemany(
            "UPDATE assignments SET state = 'new' WHERE state = 'clarification_requested' "
            "AND notification_id = (SELECT id FROM notifications WHERE id = ? AND school = ?)",
            corrected,
        )

    @staticmethod
    def _send_known(conn: Connection, ids: Sequence[str]) -> list[Cursor]:
        """Rows (id, school, payload hash, receipt JSON) of those of ``ids`` already stored."""
        unique = list(dict.fromkeys(ids))
        cursors = []
        for start in range(0, len(unique), _IDS_PER_QUERY):
            chunk = unique[start : start + _IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            cursors.append(
                conn.execute(
                    "SELECT id, school, payload_sha256, receipt FROM notifications "
                    f"WHERE id IN ({marks})",  # only placeholders are interpolated
                    chunk,
                    # A plan cached while the table was small (a new server's first minute,
                    # before autovacuum's ANALYZE) would read every notification at every
                    # delivery, and its cost grow with the table.
                    replan=True,
                )
            )
        return cursors

    _SELECT_NOTIFICATION = (
        "SELECT n.id, n.school, COALESCE(s.name, n.school), COALESCE(s.district, ''), n.device_id, n.payload_sha256, "
        "n.received_at, n.server_seq, n.receipt, n.category, n.deadline, "
        "(SELECT MIN(at) FROM acts WHERE notification_id = n.id AND kind = 'accepted'), "
        "EXISTS (SELECT 1 FROM assignments WHERE notification_id = n.id "
        "AND state = 'clarification_requested') "
        "FROM notifications n LEFT JOIN schools s ON s.id = n.school"
    )

    @staticmethod
    def _record(row: Sequence[Any]) -> NotificationRecord:
        accepted_at = None if row[11] is None else str(row[11])
        state = (
            "accepted"
            if accepted_at is not None
            else ("clarification_requested" if row[12] else "received")
        )
        return NotificationRecord(
            id=row[0],
            school=row[1],
            school_name=row[2],
            district=row[3],
            device_id=row[4],
            payload_sha256=row[5],
            received_at=row[6],
            server_seq=row[7],
            receipt=Receipt.from_json_dict(json.loads(row[8])),
            category=row[9],
            deadline=row[10],
            state=state,
            acknowledged_at=accepted_at,
        )

    def list_notifications(self) -> list[NotificationRecord]:
        rows = self._conn().execute(self._SELECT_NOTIFICATION + " ORDER BY n.server_seq").fetchall()
        return [self._record(row) for row in rows]

    def acknowledgements_after(self, school: str, after: int, limit: int) -> list[AckRecord]:
        rows = (
            self._conn()
            .execute(
                "SELECT notification_id, at, ack_seq, kind, officer, unit_name, reference, note "
                "FROM acts WHERE school = ? AND ack_seq > ? ORDER BY ack_seq LIMIT ?",
                (school, after, limit),
            )
            .fetchall()
        )
        return [AckRecord(*row) for row in rows]

    def last_ack_seq(self, school: str) -> int:
        """The school's newest ack_seq (0 if none): the ETag of its acknowledgements."""
        row = (
            self._conn()
            .execute("SELECT MAX(ack_seq) FROM acts WHERE school = ?", (school,))
            .fetchone()
        )
        return 0 if row is None or row[0] is None else int(row[0])

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


class _SQLiteConnection:
    """A sqlite3 connection behind the dialect interface (``FOR UPDATE`` dropped, errors of a
    busy database turned into ``StorageBusy``)."""

    dialect = SQLITE

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] = (), *, replan: bool = False) -> Cursor:
        try:
            return self.raw.execute(sqlite_statement(sql), params)
        except sqlite3.OperationalError as exc:
            raise StorageBusy(f"database: {exc}") from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        try:
            self.raw.executemany(sqlite_statement(sql), rows)
        except sqlite3.OperationalError as exc:
            raise StorageBusy(f"database: {exc}") from exc

    def lock(self, name: str) -> None:
        """Nothing to do: BEGIN IMMEDIATE already made this the only writer."""


class SQLiteStorage(SQLStorage):
    """SQLite on stdlib sqlite3: one connection per thread, one writer at a time."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._write_lock = threading.Lock()
        self._connections: ThreadConnections[_SQLiteConnection] = ThreadConnections(
            lambda conn: conn.raw.close()
        )
        _private_files(self.path)
        with self._write_lock:
            # One immediate transaction: two processes starting at once (server and CLI) must
            # not both half-create or half-migrate the schema.
            try:
                migrate(self._conn().raw)
            except ValueError as exc:
                raise StorageError(str(exc)) from exc
            except sqlite3.Error as exc:
                raise StorageError(f"database {self.path}: {exc}") from exc

    def _conn(self) -> _SQLiteConnection:
        return self._connections.get(self._connect)

    def _connect(self) -> _SQLiteConnection:
        # check_same_thread=False: close() closes every thread's connection from its own thread.
        raw = sqlite3.connect(
            self.path, isolation_level=None, timeout=30.0, check_same_thread=False
        )
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("PRAGMA foreign_keys=ON")
        return _SQLiteConnection(raw)

    @contextmanager
    def _write(self, *, pipelined: bool = False) -> Iterator[_SQLiteConnection]:
        # The lock avoids SQLite's sleeping busy handler between our own threads; BEGIN
        # IMMEDIATE still serialises us against other processes (the CLI).
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.raw.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        self._connections.close_all()
