"""Counselling sessions. The confidential notes column holds only compartment ciphertext."""

from __future__ import annotations

from app.clock import parse_iso
from app.domain.cases import StoredSession
from app.storage.db import Database, NamedRow

_COLUMNS = (
    "id, pupil_id, kind, held_at, duration_min, summary, author_id, created_at, confidential_notes"
)


def _session(row: NamedRow) -> StoredSession:
    return StoredSession(
        id=int(row["id"]),
        pupil_id=int(row["pupil_id"]),
        kind=str(row["kind"]),
        held_at=parse_iso(row["held_at"]),
        duration_min=int(row["duration_min"]),
        summary=str(row["summary"]),
        author_id=int(row["author_id"]),
        created_at=parse_iso(row["created_at"]),
        confidential_blob=bytes(row["confidential_notes"])
        if row["confidential_notes"] is not None
        else None,
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
    row = db.one_named(f"SELECT {_COLUMNS} FROM counselling_sessions WHERE id = ?", (session_id,))
    return _session(row) if row else None


def for_pupil(db: Database, pupil_id: int) -> list[StoredSession]:
    """Newest first."""
    rows = db.all_named(
        f"SELECT {_COLUMNS} FROM counselling_sessions WHERE pupil_id = ?"
        " ORDER BY held_at DESC, id DESC",
        (pupil_id,),
    )
    return [_session(r) for r in rows]
