"""The notification outbox, receipts, acknowledgements and phone reports.

The outbox rows are written by ``app.services.incidents`` in the incident's transaction. Their
payload columns never change (a trigger refuses it); only the delivery state moves on.

Sync-engine API (``sync`` imports these; none of them opens a transaction of its own, the
caller wraps each step in ``with db.transaction():`` so a crash leaves either the old state or
the new one, never half):

- ``queued_batch(db, limit)`` - the oldest queued notifications, as ``OutboxItem(id, payload,
  payload_sha256)``; ``payload`` is the canonical JSON text exactly as hashed.
- ``mark_delivered(db, notification_id, *, payload_sha256, server_received_at, server_seq,
  prev_receipt_hash, signature, receipt_json, stored_at)`` - store the verified receipt and set
  the state to 'delivered'. Idempotent for the same receipt; a different receipt for the same
  notification raises ``Conflict``.
- ``record_attempt(db, notification_id, at, error)`` - count a failed (or partial) attempt.
- ``record_acknowledgement(db, notification_id, *, ack_seq, kind, at, officer, unit, reference,
  note, received_at)`` - one act of the receiving side (accepted / clarification requested),
  kept as an event; the notification's derived state follows the latest one. Idempotent per
  ``ack_seq``.
- ``all_receipts(db)`` - every stored receipt in storing order (``server_seq``: the national
  chain number of an old receipt, or the vault's next number for a per-school one).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from app.clock import parse_iso
from app.domain.cases import (
    ACK_KINDS,
    Acknowledgement,
    Notification,
    NotificationRow,
    OutboxItem,
    PhoneReport,
    StoredReceipt,
)
from app.errors import Conflict, NotFound
from app.storage.db import Database, NamedRow

_NOTIFICATION_FIELDS = (
    "id",
    "incident_id",
    "corrects",
    "recipients",
    "deadline",
    "rules_version",
    "payload",
    "payload_sha256",
    "created_at",
    "created_by",
    "state",
    "attempts",
    "last_attempt_at",
    "last_error",
    "acknowledged_at",
    "ack_note",
    "ack_state",
)
_COLUMNS = ", ".join(f"n.{name} AS {name}" for name in _NOTIFICATION_FIELDS)
_RECEIPT_FIELDS = (
    "notification_id",
    "payload_sha256",
    "server_received_at",
    "server_seq",
    "prev_receipt_hash",
    "signature",
    "receipt_json",
    "stored_at",
)
_RECEIPT_COLUMNS = ", ".join(_RECEIPT_FIELDS)
# In a join with the notification, whose column names they share: prefixed "r_".
_JOINED_RECEIPT_COLUMNS = ", ".join(f"r.{name} AS r_{name}" for name in _RECEIPT_FIELDS)
_ACK_COLUMNS = "notification_id, kind, at, officer, unit, reference, note, ack_seq, received_at"
_PHONE_COLUMNS = (
    "id, notification_id, called_at, phone_number, answered_by, reference, recorded_by, recorded_at"
)


def _opt_time(value: Any) -> Any:
    return parse_iso(value) if value else None


def _notification(row: NamedRow) -> Notification:
    return Notification(
        id=str(row["id"]),
        incident_id=int(row["incident_id"]),
        corrects=row["corrects"],
        recipients=tuple(json.loads(row["recipients"])),
        deadline=parse_iso(row["deadline"]),
        rules_version=str(row["rules_version"]),
        payload=str(row["payload"]),
        payload_sha256=str(row["payload_sha256"]),
        created_at=parse_iso(row["created_at"]),
        created_by=int(row["created_by"]),
        state=str(row["state"]),
        attempts=int(row["attempts"]),
        last_attempt_at=_opt_time(row["last_attempt_at"]),
        last_error=row["last_error"],
        acknowledged_at=_opt_time(row["acknowledged_at"]),
        ack_note=row["ack_note"],
        ack_state=row["ack_state"],
    )


def _ack(row: NamedRow) -> Acknowledgement:
    return Acknowledgement(
        notification_id=str(row["notification_id"]),
        kind=str(row["kind"]),
        at=parse_iso(row["at"]),
        officer=row["officer"],
        unit=row["unit"],
        reference=row["reference"],
        note=row["note"],
        ack_seq=None if row["ack_seq"] is None else int(row["ack_seq"]),
        received_at=parse_iso(row["received_at"]),
    )


def _receipt(row: NamedRow, prefix: str = "") -> StoredReceipt:
    return StoredReceipt(
        notification_id=str(row[prefix + "notification_id"]),
        payload_sha256=str(row[prefix + "payload_sha256"]),
        server_received_at=str(row[prefix + "server_received_at"]),
        server_seq=int(row[prefix + "server_seq"]),
        prev_receipt_hash=str(row[prefix + "prev_receipt_hash"]),
        signature=str(row[prefix + "signature"]),
        receipt_json=str(row[prefix + "receipt_json"]),
        stored_at=str(row[prefix + "stored_at"]),
    )


def _phone(row: NamedRow) -> PhoneReport:
    return PhoneReport(
        id=int(row["id"]),
        notification_id=str(row["notification_id"]),
        called_at=parse_iso(row["called_at"]),
        phone_number=str(row["phone_number"]),
        answered_by=str(row["answered_by"]),
        reference=str(row["reference"]),
        recorded_by=int(row["recorded_by"]),
        recorded_at=parse_iso(row["recorded_at"]),
    )


# -- the outbox ---------------------------------------------------------------------------------


def insert(
    db: Database,
    *,
    notification_id: str,
    incident_id: int,
    corrects: str | None,
    recipients: Sequence[str],
    deadline: str,
    rules_version: str,
    payload: str,
    payload_sha256: str,
    created_at: str,
    created_by: int,
) -> None:
    db.execute(
        "INSERT INTO notifications (id, incident_id, corrects, recipients, deadline,"
        " rules_version, payload, payload_sha256, created_at, created_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            notification_id,
            incident_id,
            corrects,
            json.dumps(list(recipients), ensure_ascii=False),
            deadline,
            rules_version,
            payload,
            payload_sha256,
            created_at,
            created_by,
        ),
    )


def by_id(db: Database, notification_id: str) -> Notification | None:
    row = db.one_named(f"SELECT {_COLUMNS} FROM notifications n WHERE n.id = ?", (notification_id,))
    return _notification(row) if row else None


def for_incident(db: Database, incident_id: int) -> list[Notification]:
    rows = db.all_named(
        f"SELECT {_COLUMNS} FROM notifications n WHERE n.incident_id = ?"
        " ORDER BY n.created_at, n.rowid",
        (incident_id,),
    )
    return [_notification(r) for r in rows]


def rows(db: Database, *, state: str | None = None) -> list[NotificationRow]:
    """Every notification with its incident category, receipt and phone reports.

    Ordered by deadline (most urgent first).
    """
    sql = (
        f"SELECT {_COLUMNS}, i.category AS category, {_JOINED_RECEIPT_COLUMNS}"
        " FROM notifications n JOIN incidents i ON i.id = n.incident_id"
        " LEFT JOIN receipts r ON r.notification_id = n.id"
    )
    params: list[Any] = []
    if state is not None:
        sql += " WHERE n.state = ?"
        params.append(state)
    sql += " ORDER BY n.deadline, n.created_at, n.rowid"
    phones: dict[str, list[PhoneReport]] = {}
    for prow in db.all_named(f"SELECT {_PHONE_COLUMNS} FROM phone_reports ORDER BY called_at, id"):
        report = _phone(prow)
        phones.setdefault(report.notification_id, []).append(report)
    acks = acknowledgements(db)
    result = []
    for row in db.all_named(sql, params):
        notification = _notification(row)
        receipt = _receipt(row, "r_") if row["r_notification_id"] is not None else None
        result.append(
            NotificationRow(
                notification=notification,
                category=str(row["category"]),
                receipt=receipt,
                phone_reports=tuple(phones.get(notification.id, ())),
                acknowledgements=tuple(acks.get(notification.id, ())),
            )
        )
    return result


def acknowledgements(
    db: Database, notification_id: str | None = None
) -> dict[str, list[Acknowledgement]]:
    """Every stored acknowledgement (or those of one notification), per notification, in the
    order they were stored (which is the server's ``ack_seq`` order)."""
    sql = f"SELECT {_ACK_COLUMNS} FROM acknowledgements"
    params: tuple[Any, ...] = ()
    if notification_id is not None:
        sql += " WHERE notification_id = ?"
        params = (notification_id,)
    found: dict[str, list[Acknowledgement]] = {}
    for row in db.all_named(sql + " ORDER BY id", params):
        ack = _ack(row)
        found.setdefault(ack.notification_id, []).append(ack)
    return found


def queued_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM notifications WHERE state = 'queued'"))


def oldest_queued_at(db: Database) -> str | None:
    value = db.scalar("SELECT min(created_at) FROM notifications WHERE state = 'queued'")
    return None if value is None else str(value)


def last_delivery_at(db: Database) -> str | None:
    """When this device last stored a receipt (its own clock)."""
    value = db.scalar("SELECT max(stored_at) FROM receipts")
    return None if value is None else str(value)


# -- for the sync engine --------------------------------------------------------------------------


def queued_batch(db: Database, limit: int) -> list[OutboxItem]:
    """Up to ``limit`` queued notifications, oldest first."""
    rows_ = db.all_named(
        "SELECT id, payload, payload_sha256 FROM notifications WHERE state = 'queued'"
        " ORDER BY created_at, rowid LIMIT ?",
        (limit,),
    )
    return [OutboxItem(str(r["id"]), str(r["payload"]), str(r["payload_sha256"])) for r in rows_]


def mark_delivered(
    db: Database,
    notification_id: str,
    *,
    payload_sha256: str,
    server_received_at: str,
    server_seq: int | None,
    prev_receipt_hash: str,
    signature: str,
    receipt_json: str,
    stored_at: str,
) -> bool:
    """Store the (already verified) receipt and mark the notification delivered.

    ``server_seq`` is the national chain number of a receipt issued before per-school chains
    (format 1). A per-school receipt (format 2) carries no server-wide number: pass None and the
    column (UNIQUE NOT NULL since 0002) gets the next number of this vault, so receipts stay in
    the order they were stored; its chain numbers are in ``receipt_json``.

    Returns False when this very receipt was stored before (nothing changes). Raises
    ``NotFound`` for an unknown notification and ``Conflict`` when the receipt does not cover
    the stored payload hash or a different receipt is already held.
    """
    stored_hash = db.scalar(
        "SELECT payload_sha256 FROM notifications WHERE id = ?", (notification_id,)
    )
    if stored_hash is None:
        raise NotFound(f"no notification {notification_id}")
    if stored_hash != payload_sha256:
        raise Conflict(f"the receipt for {notification_id} covers a different payload")
    existing = db.scalar(
        "SELECT signature FROM receipts WHERE notification_id = ?", (notification_id,)
    )
    if existing is not None:
        # The signature covers every other field: the same signature is the same receipt.
        if str(existing) == signature:
            return False
        raise Conflict(f"a different receipt for {notification_id} is already stored")
    if server_seq is None:
        server_seq = int(db.scalar("SELECT COALESCE(MAX(server_seq), 0) + 1 FROM receipts"))
    db.execute(
        f"INSERT INTO receipts ({_RECEIPT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
        (
            notification_id,
            payload_sha256,
            server_received_at,
            server_seq,
            prev_receipt_hash,
            signature,
            receipt_json,
            stored_at,
        ),
    )
    db.execute(
        "UPDATE notifications SET state = 'delivered', last_error = NULL"
        " WHERE id = ? AND state = 'queued'",
        (notification_id,),
    )
    return True


def record_attempt(db: Database, notification_id: str, at: str, error: str | None) -> None:
    """Count one delivery attempt (``error`` None clears the last error)."""
    db.execute(
        "UPDATE notifications SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?"
        " WHERE id = ?",
        (at, error, notification_id),
    )


def record_acknowledgement(
    db: Database,
    notification_id: str,
    *,
    ack_seq: int,
    kind: str,
    at: str,
    officer: str | None,
    unit: str | None,
    reference: str | None,
    note: str | None,
    received_at: str,
) -> bool:
    """Keep one act of the receiving side and move the notification's derived state.

    Returns False when this ``ack_seq`` was stored before (nothing changes). Raises
    ``NotFound`` for a notification this vault does not hold and ``ValueError`` for an unknown
    ``kind``. The derived ``ack_state`` is the kind of the latest act; ``state`` becomes
    'acknowledged' (accepted) with the first acceptance and stays so.
    """
    if kind not in ACK_KINDS:
        raise ValueError(f"unknown acknowledgement kind {kind!r}")
    if db.scalar("SELECT 1 FROM acknowledgements WHERE ack_seq = ?", (ack_seq,)) is not None:
        return False
    if db.scalar("SELECT 1 FROM notifications WHERE id = ?", (notification_id,)) is None:
        raise NotFound(f"no notification {notification_id}")
    db.execute(
        f"INSERT INTO acknowledgements ({_ACK_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
        (notification_id, kind, at, officer, unit, reference, note, ack_seq, received_at),
    )
    if kind == "accepted":
        db.execute(
            "UPDATE notifications SET ack_state = 'accepted', state = 'acknowledged',"
            " acknowledged_at = COALESCE(acknowledged_at, ?),"
            " ack_note = CASE WHEN acknowledged_at IS NULL THEN ? ELSE ack_note END"
            " WHERE id = ?",
            (at, note, notification_id),
        )
    else:
        db.execute("UPDATE notifications SET ack_state = ? WHERE id = ?", (kind, notification_id))
    return True


def receipt_for(db: Database, notification_id: str) -> StoredReceipt | None:
    row = db.one_named(
        f"SELECT {_RECEIPT_COLUMNS} FROM receipts WHERE notification_id = ?", (notification_id,)
    )
    return _receipt(row) if row else None


def all_receipts(db: Database) -> list[StoredReceipt]:
    return [
        _receipt(r)
        for r in db.all_named(f"SELECT {_RECEIPT_COLUMNS} FROM receipts ORDER BY server_seq")
    ]


# -- phone reports --------------------------------------------------------------------------------


def insert_phone_report(
    db: Database,
    *,
    notification_id: str,
    called_at: str,
    phone_number: str,
    answered_by: str,
    reference: str,
    recorded_by: int,
    recorded_at: str,
) -> int:
    cur = db.execute(
        "INSERT INTO phone_reports (notification_id, called_at, phone_number, answered_by,"
        " reference, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?)",
        (
            notification_id,
            called_at,
            phone_number,
            answered_by,
            reference,
            recorded_by,
            recorded_at,
        ),
    )
    return int(cur.lastrowid)


def phone_report(db: Database, report_id: int) -> PhoneReport | None:
    row = db.one_named(f"SELECT {_PHONE_COLUMNS} FROM phone_reports WHERE id = ?", (report_id,))
    return _phone(row) if row else None
