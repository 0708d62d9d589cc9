"""Prevention council (совет профилактики): meetings, pupils discussed, decisions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from app.clock import parse_iso
from app.domain.cases import CouncilDecision, CouncilMeeting, CouncilPupil
from app.storage.db import Database, NamedRow

_COLUMNS = "id, held_on, members, agenda, status, created_by, created_at"


def _meeting(row: NamedRow) -> CouncilMeeting:
    return CouncilMeeting(
        id=int(row["id"]),
        held_on=date.fromisoformat(row["held_on"]),
        members=tuple(json.loads(row["members"])),
        agenda=str(row["agenda"]),
        status=str(row["status"]),
        created_by=int(row["created_by"]),
        created_at=parse_iso(row["created_at"]),
    )


def insert_meeting(
    db: Database,
    *,
    held_on: str,
    members: Sequence[str],
    agenda: str,
    created_by: int,
    created_at: str,
) -> int:
    cur = db.execute(
        "INSERT INTO council_meetings (held_on, members, agenda, created_by, created_at)"
        " VALUES (?,?,?,?,?)",
        (held_on, json.dumps(list(members), ensure_ascii=False), agenda, created_by, created_at),
    )
    return int(cur.lastrowid)


def meeting(db: Database, meeting_id: int) -> CouncilMeeting | None:
    row = db.one_named(f"SELECT {_COLUMNS} FROM council_meetings WHERE id = ?", (meeting_id,))
    return _meeting(row) if row else None


def meetings(db: Database, *, status: str | None = None) -> list[CouncilMeeting]:
    """Newest first."""
    if status is None:
        rows = db.all_named(
            f"SELECT {_COLUMNS} FROM council_meetings ORDER BY held_on DESC, id DESC"
        )
    else:
        rows = db.all_named(
            f"SELECT {_COLUMNS} FROM council_meetings WHERE status = ?"
            " ORDER BY held_on DESC, id DESC",
            (status,),
        )
    return [_meeting(r) for r in rows]


def next_planned(db: Database, day: str) -> CouncilMeeting | None:
    row = db.one_named(
        f"SELECT {_COLUMNS} FROM council_meetings WHERE status = 'planned' AND held_on >= ?"
        " ORDER BY held_on, id LIMIT 1",
        (day,),
    )
    return _meeting(row) if row else None


def set_held(db: Database, meeting_id: int) -> bool:
    cur = db.execute(
        "UPDATE council_meetings SET status = 'held' WHERE id = ? AND status = 'planned'",
        (meeting_id,),
    )
    return bool(cur.rowcount)


def add_pupil(db: Database, meeting_id: int, pupil_id: int, reason: str) -> bool:
    """Returns False if the pupil was already on the agenda (the reason is then updated)."""
    present = db.scalar(
        "SELECT 1 FROM council_pupils WHERE meeting_id = ? AND pupil_id = ?",
        (meeting_id, pupil_id),
    )
    db.execute(
        "INSERT INTO council_pupils (meeting_id, pupil_id, reason) VALUES (?,?,?)"
        " ON CONFLICT (meeting_id, pupil_id) DO UPDATE SET reason = excluded.reason",
        (meeting_id, pupil_id, reason),
    )
    return present is None


def pupil_on_agenda(db: Database, meeting_id: int, pupil_id: int) -> bool:
    return (
        db.scalar(
            "SELECT 1 FROM council_pupils WHERE meeting_id = ? AND pupil_id = ?",
            (meeting_id, pupil_id),
        )
        is not None
    )


def pupils(db: Database, meeting_id: int) -> list[CouncilPupil]:
    rows = db.all_named(
        "SELECT c.meeting_id AS meeting_id, c.pupil_id AS pupil_id,"
        " p.surname || ' ' || p.name AS full_name, c.reason AS reason"
        " FROM council_pupils c JOIN pupils p ON p.id = c.pupil_id WHERE c.meeting_id = ?"
        " ORDER BY p.surname, p.name, p.id",
        (meeting_id,),
    )
    return [
        CouncilPupil(
            int(r["meeting_id"]), int(r["pupil_id"]), str(r["full_name"]), str(r["reason"])
        )
        for r in rows
    ]


def insert_decision(db: Database, meeting_id: int, pupil_id: int | None, text: str) -> int:
    cur = db.execute(
        "INSERT INTO council_decisions (meeting_id, pupil_id, text) VALUES (?,?,?)",
        (meeting_id, pupil_id, text),
    )
    return int(cur.lastrowid)


def decisions(db: Database, meeting_id: int) -> list[CouncilDecision]:
    rows = db.all_named(
        "SELECT d.id AS id, d.meeting_id AS meeting_id, d.pupil_id AS pupil_id, d.text AS text,"
        " (SELECT min(t.id) FROM tasks t WHERE t.decision_id = d.id) AS task_id"
        " FROM council_decisions d WHERE d.meeting_id = ? ORDER BY d.id",
        (meeting_id,),
    )
    return [
        CouncilDecision(
            int(r["id"]),
            int(r["meeting_id"]),
            None if r["pupil_id"] is None else int(r["pupil_id"]),
            str(r["text"]),
            None if r["task_id"] is None else int(r["task_id"]),
        )
        for r in rows
    ]
