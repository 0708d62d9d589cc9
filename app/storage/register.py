"""Register entries (постановка на учёт) and their reviews."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.pupils import PupilRef, RegisterDue, RegisterEntry, RegisterReview
from app.storage.db import Database, NamedRow

_ENTRY_COLUMNS = (
    "e.id AS id, e.pupil_id AS pupil_id, e.category AS category, e.basis AS basis,"
    " e.opened_on AS opened_on, e.opened_by AS opened_by, e.review_due AS review_due,"
    " e.closed_on AS closed_on, e.close_reason AS close_reason,"
    " e.closed_by AS closed_by"
)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _entry(row: NamedRow) -> RegisterEntry:
    return RegisterEntry(
        id=int(row["id"]),
        pupil_id=int(row["pupil_id"]),
        category=str(row["category"]),
        basis=str(row["basis"]),
        opened_on=date.fromisoformat(row["opened_on"]),
        opened_by=int(row["opened_by"]),
        review_due=_date(row["review_due"]),
        closed_on=_date(row["closed_on"]),
        close_reason=None if row["close_reason"] is None else str(row["close_reason"]),
        closed_by=None if row["closed_by"] is None else int(row["closed_by"]),
    )


def insert(
    db: Database,
    *,
    pupil_id: int,
    category: str,
    basis: str,
    opened_on: date,
    opened_by: int,
    review_due: date | None,
) -> int:
    cur = db.execute(
        "INSERT INTO register_entries (pupil_id, category, basis, opened_on, opened_by,"
        " review_due) VALUES (?,?,?,?,?,?)",
        (
            pupil_id,
            category,
            basis,
            opened_on.isoformat(),
            opened_by,
            review_due.isoformat() if review_due else None,
        ),
    )
    return int(cur.lastrowid)


def by_id(db: Database, entry_id: int) -> RegisterEntry | None:
    row = db.one_named(
        f"SELECT {_ENTRY_COLUMNS} FROM register_entries e WHERE e.id = ?", (entry_id,)
    )
    return _entry(row) if row else None


def open_entry_of(db: Database, pupil_id: int, category: str) -> int | None:
    value = db.scalar(
        "SELECT id FROM register_entries WHERE pupil_id = ? AND category = ? AND closed_on IS NULL",
        (pupil_id, category),
    )
    return None if value is None else int(value)


def for_pupil(db: Database, pupil_id: int) -> list[RegisterEntry]:
    """Open entries first, then closed ones; newest first within each."""
    return [
        _entry(r)
        for r in db.all_named(
            f"SELECT {_ENTRY_COLUMNS} FROM register_entries e WHERE e.pupil_id = ?"
            " ORDER BY e.closed_on IS NOT NULL, e.opened_on DESC, e.id DESC",
            (pupil_id,),
        )
    ]


def insert_review(
    db: Database,
    *,
    entry_id: int,
    reviewed_on: date,
    reviewed_by: int,
    note: str,
    next_review: date | None,
) -> int:
    cur = db.execute(
        "INSERT INTO register_reviews (entry_id, reviewed_on, reviewed_by, note, next_review)"
        " VALUES (?,?,?,?,?)",
        (
            entry_id,
            reviewed_on.isoformat(),
            reviewed_by,
            note,
            next_review.isoformat() if next_review else None,
        ),
    )
    return int(cur.lastrowid)


def set_review_due(db: Database, entry_id: int, review_due: date | None) -> None:
    db.execute(
        "UPDATE register_entries SET review_due = ? WHERE id = ?",
        (review_due.isoformat() if review_due else None, entry_id),
    )


def reviews_of(db: Database, entry_id: int) -> list[RegisterReview]:
    return [
        RegisterReview(
            id=int(r["id"]),
            entry_id=int(r["entry_id"]),
            reviewed_on=date.fromisoformat(r["reviewed_on"]),
            reviewed_by=int(r["reviewed_by"]),
            note=str(r["note"]),
            next_review=_date(r["next_review"]),
        )
        for r in db.all_named(
            "SELECT id, entry_id, reviewed_on, reviewed_by, note, next_review"
            " FROM register_reviews WHERE entry_id = ? ORDER BY reviewed_on, id",
            (entry_id,),
        )
    ]


def close(db: Database, entry_id: int, *, closed_on: date, reason: str, closed_by: int) -> None:
    db.execute(
        "UPDATE register_entries SET closed_on = ?, close_reason = ?, closed_by = ? WHERE id = ?",
        (closed_on.isoformat(), reason, closed_by, entry_id),
    )


def _pupil_ref(r: NamedRow) -> PupilRef:
    return PupilRef(
        int(r["pupil_id"]),
        str(r["surname"]),
        str(r["name"]),
        str(r["patronymic"]),
        str(r["class_name"]),
    )


def due_by(db: Database, horizon: date) -> list[RegisterDue]:
    """Open entries whose review is due on or before ``horizon``, most overdue first."""
    rows = db.all_named(
        f"SELECT {_ENTRY_COLUMNS},"
        " p.surname AS surname, p.name AS name, p.patronymic AS patronymic, p.class_name AS class_name"
        " FROM register_entries e JOIN pupils p ON p.id = e.pupil_id"
        " WHERE e.closed_on IS NULL AND e.review_due IS NOT NULL AND e.review_due <= ?"
        " ORDER BY e.review_due, p.surname, p.name, e.id",
        (horizon.isoformat(),),
    )
    return [RegisterDue(_entry(r), _pupil_ref(r)) for r in rows]
