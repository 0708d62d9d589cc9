"""Absences from school and the work done about them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.domain.pupils import Absence, AbsenceDue, PupilRef
from app.storage.db import Database

_COLUMNS = (
    "a.id, a.pupil_id, a.date_from, a.date_to, a.days, a.excused, a.reason, a.work_done,"
    " a.resolved, a.created_by, a.created_at"
)


def _absence(row: Sequence[Any]) -> Absence:
    return Absence(
        id=int(row[0]),
        pupil_id=int(row[1]),
        date_from=date.fromisoformat(row[2]),
        date_to=date.fromisoformat(row[3]),
        days=int(row[4]),
        excused=bool(row[5]),
        reason=str(row[6]),
        work_done=str(row[7]),
        resolved=bool(row[8]),
        created_by=int(row[9]),
        created_at=str(row[10]),
    )


def insert(
    db: Database,
    *,
    pupil_id: int,
    date_from: date,
    date_to: date,
    days: int,
    excused: bool,
    reason: str,
    created_by: int,
    created_at: str,
) -> int:
    cur = db.execute(
        "INSERT INTO absences (pupil_id, date_from, date_to, days, excused, reason, created_by,"
        " created_at) VALUES (?,?,?,?,?,?,?,?)",
        (
            pupil_id,
            date_from.isoformat(),
            date_to.isoformat(),
            days,
            int(excused),
            reason,
            created_by,
            created_at,
        ),
    )
    return int(cur.lastrowid)


def by_id(db: Database, absence_id: int) -> Absence | None:
    row = db.one(f"SELECT {_COLUMNS} FROM absences a WHERE a.id = ?", (absence_id,))
    return _absence(row) if row else None


def set_work(db: Database, absence_id: int, *, work_done: str, resolved: bool) -> None:
    db.execute(
        "UPDATE absences SET work_done = ?, resolved = ? WHERE id = ?",
        (work_done, int(resolved), absence_id),
    )


def for_pupil(db: Database, pupil_id: int) -> list[Absence]:
    return [
        _absence(r)
        for r in db.all(
            f"SELECT {_COLUMNS} FROM absences a WHERE a.pupil_id = ?"
            " ORDER BY a.date_from DESC, a.id DESC",
            (pupil_id,),
        )
    ]


def needing_action(db: Database) -> list[AbsenceDue]:
    """Unexcused absences nobody has resolved yet, oldest first."""
    rows = db.all(
        f"SELECT {_COLUMNS}, p.surname, p.name, p.patronymic, p.class_name"
        " FROM absences a JOIN pupils p ON p.id = a.pupil_id"
        " WHERE a.excused = 0 AND a.resolved = 0"
        " ORDER BY a.date_from, p.surname, p.name, a.id"
    )
    return [
        AbsenceDue(_absence(r), PupilRef(int(r[1]), str(r[11]), str(r[12]), str(r[13]), str(r[14])))
        for r in rows
    ]


def unexcused_overlapping(db: Database, first: date, last: date) -> list[tuple[int, date, date]]:
    """(pupil id, from, to) of every unexcused absence touching ``first``..``last``, resolved or
    not: the absence register counts days, whatever was done about them."""
    rows = db.all(
        "SELECT pupil_id, date_from, date_to FROM absences"
        " WHERE excused = 0 AND date_to >= ? AND date_from <= ?",
        (first.isoformat(), last.isoformat()),
    )
    return [(int(r[0]), date.fromisoformat(r[1]), date.fromisoformat(r[2])) for r in rows]
