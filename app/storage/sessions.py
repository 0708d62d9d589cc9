"""Counselling sessions. The confidential notes column holds only compartment ciphertext."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.clock import parse_iso
from app.domain.cases import StoredSession
from app.storage.db import Database

_COLUMNS = (
    "id, pupil_id, kind, held_at, duration_min, summary, author_id, created_at, confidential_notes"
)


def _session(row: Sequence[Any]) -> StoredSession:
    return StoredSession(
        id=int(row[0]),
        pupil_id=int(row[1]),
        kind=str(row[2]),
        held_at=parse_iso(row[3]),
        duration_min=int(row[4]),
        summary=str(row[5]),
        author_id=int(row[6]),
        created_at=parse_iso(row[7]),
        confidential_blob=bytes(row[8]) if row[8] is not None else None,
    )


def insert(
    db: Database,
    *,
    pupil_id: int,
    kind: str,
    held_at: str,
    duration_min: int,
    summary: str,
    confidential_blob: bytes | None,
    author_id: int,
    created_at: str,
) -> int:
    cur = db.execute(
        "INSERT INTO counselling_sessions (pupil_id, kind, held_at, duration_min, summary,"
        " confidential_notes, author_id, created_at) VALUES (?,?,?,?,?,?,?,?)",
        (pupil_id, kind, held_at, duration_min, summary, confidential_blob, author_id, created_at),
    )
    return int(cur.lastrowid)


def by_id(db: Database, session_id: int) -> StoredSession | None:
    row = db.one(f"SELECT {_COLUMNS} FROM counselling_sessions WHERE id = ?", (session_id,))
    return _session(row) if row else None


def for_pupil(db: Database, pupil_id: int) -> list[StoredSession]:
    """Newest first."""
    rows = db.all(
        f"SELECT {_COLUMNS} FROM counselling_sessions WHERE pupil_id = ?"
        " ORDER BY held_at DESC, id DESC",
        (pupil_id,),
    )
    return [_session(r) for r in rows]
