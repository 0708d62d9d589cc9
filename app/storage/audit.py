"""The append-only, hash-chained audit log."""

from __future__ import annotations

import hashlib
import json

from app.models import AuditEntry
from app.storage.db import Database

GENESIS = "0" * 64


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: str,
) -> str:
    body = json.dumps(
        [seq, at, actor, action, object_type, object_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(
    db: Database,
    *,
    at: str,
    actor: str,
    action: str,
    object_type: str = "",
    object_id: str = "",
    detail: str = "",
) -> int:
    """Append one entry; runs inside the caller's transaction (or its own)."""
    with db.transaction():
        last = db.one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        digest = entry_hash(prev, seq, at, actor, action, object_type, object_id, detail)
        db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, object_type, object_id, detail,"
            " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)",
            (seq, at, actor, action, object_type, object_id, detail, prev, digest),
        )
    return int(seq)


def first_broken_entry(db: Database) -> tuple[int, str] | None:
    """Walk the chain; return (seq, reason) of the first entry that does not verify."""
    prev = GENESIS
    expected_seq = 1
    for row in db.execute(
        "SELECT seq, at, actor, action, object_type, object_id, detail, prev_hash, hash"
        " FROM audit_log ORDER BY seq"
    ):
        seq, at, actor, action, otype, oid, detail, prev_hash, digest = row
        if seq != expected_seq:
            return expected_seq, "missing entry"
        if prev_hash != prev:
            return seq, "link to the previous entry is broken"
        if entry_hash(prev, seq, at, actor, action, otype, oid, detail) != digest:
            return seq, "content does not match its hash"
        prev = digest
        expected_seq += 1
    return None


def entries(
    db: Database, *, object_type: str | None = None, object_id: str | None = None, limit: int = 1000
) -> list[AuditEntry]:
    sql = (
        "SELECT seq, at, actor, action, object_type, object_id, detail, prev_hash, hash"
        " FROM audit_log"
    )
    params: list[object] = []
    if object_type is not None:
        sql += " WHERE object_type = ?"
        params.append(object_type)
        if object_id is not None:
            sql += " AND object_id = ?"
            params.append(object_id)
    sql += " ORDER BY seq DESC LIMIT ?"
    params.append(limit)
    return [AuditEntry(*row) for row in db.all(sql, params)]


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log"))


def head(db: Database) -> tuple[int, str, str] | None:
    """(seq, hash, at) of the newest entry, or None for an empty log."""
    row = db.one_named("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1")
    return (int(row["seq"]), str(row["hash"]), str(row["at"])) if row else None


def hash_at(db: Database, seq: int) -> str | None:
    value = db.scalar("SELECT hash FROM audit_log WHERE seq = ?", (seq,))
    return str(value) if value is not None else None


def entries_with_action(db: Database, action: str) -> list[AuditEntry]:
    return [
        AuditEntry(*row)
        for row in db.all(
            "SELECT seq, at, actor, action, object_type, object_id, detail, prev_hash, hash"
            " FROM audit_log WHERE action = ? ORDER BY seq",
            (action,),
        )
    ]
