"""Absences from school and the work done about them."""

from __future__ import annotations

from datetime import date

from app.domain.pupils import Absence, AbsenceDue, PupilRef
from app.storage.db import Database, NamedRow

_COLUMNS = (
    "a.id AS id, a.pupil_id AS pupil_id, a.date_from AS date_from,"
    " a.date_to AS date_to, a.days AS days, a.excused AS excused, a.reason AS reason,"
    " a.work_done AS work_done, a.resolved AS resolved, a.created_by AS created_by,"
    " a.created_at AS created_at"
)


def _absence(row: NamedRow) -> Absence:
    return Absence(
        id=int(row["id"]),
        pupil_id=int(row["pupil_id"]),
        date_from=date.fromisoformat(row["date_from"]),
        date_to=date.fromisoformat(row["date_to"]),
        days=int(row["days"]),
        excused=bool(row["excused"]),
        reason=str(row["reason"]),
        work_done=str(row["work_done"]),
        resolved=bool(row["resolved"]),
        created_by=int(row["created_by"]),
        created_at=str(row["created_at"]),
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
    row = db.one_named(f"SELECT {_COLUMNS} FROM absences a WHERE a.id = ?", (absence_id,))
    return _absence(row) if row else None


def set_work(db: Database, absence_id: int, *, work_done: str, resolved: bool) -> None:
    db.execute(
        "UPDATE absences SET work_done = ?, resolved = ? WHERE id = ?",
        (work_done, int(resolved), absence_id),
    )


def for_pupil(db: Database, pupil_id: int) -> list[Absence]:
    return [
        _absence(r)
        for r in db.all_named(
            f"SELECT {_COLUMNS} FROM absences a WHERE a.pupil_id = ?"
            " ORDER BY a.date_from DESC, a.id DESC",
            (pupil_id,),
        )
    ]


def _pupil_ref(r: NamedRow) -> PupilRef:
    return PupilRef(
        int(r["pupil_id"]),
        str(r["surname"]),
        str(r["name"]),
        str(r["patronymic"]),
        str(r["class_name"]),
    )


def needing_action(db: Database) -> list[AbsenceDue]:
    """Unexcused absences nobody has resolved yet, oldest first."""
    rows = db.all_named(
        f"SELECT {_COLUMNS},"
        " p.surname AS surname, p.name AS name, p.patronymic AS patronymic, p.class_name AS class_name"
        " FROM absences a JOIN pupils p ON p.id = a.pupil_id"
        " WHERE a.excused = 0 AND a.resolved = 0"
        " ORDER BY a.date_from, p.surname, p.name, a.id"
    )
    return [AbsenceDue(_absence(r), _pupil_ref(r)) for r in rows]


def unexcused_overlapping(db: Database, first: date, last: date) -> list[tuple[int, date, date]]:
    """(pupil id, from, to) of every unexcused absence touching ``first``..``last``, resolved or
    not: the absence register counts days, whatever was done about them."""
    rows = db.all_named(
        "SELECT pupil_id, date_from, date_to FROM absences"
        " WHERE excused = 0 AND date_to >= ? AND date_from <= ?",
        (first.isoformat(), last.isoformat()),
    )
    return [
        (int(r["pupil_id"]), date.fromisoformat(r["date_from"]), date.fromisoformat(r["date_to"]))
        for r in rows
    ]
