"""Incidents and the pupils involved in them."""

from __future__ import annotations

from collections.abc import Iterable

from app.clock import parse_iso
from app.domain.cases import Incident, OtherParticipant, Participant
from app.storage.db import Database, NamedRow

_COLUMNS = (
    "id, detected_at, category, description, source, location, measures, recorded_by, created_at,"
    " learned_outside, representatives_not_informed"
)


def _incident(
    row: NamedRow,
    participants: tuple[Participant, ...],
    others: tuple[OtherParticipant, ...] = (),
) -> Incident:
    return Incident(
        id=int(row["id"]),
        detected_at=parse_iso(row["detected_at"]),
        category=str(row["category"]),
        description=str(row["description"]),
        source=str(row["source"]),
        location=str(row["location"]),
        measures=str(row["measures"]),
        recorded_by=int(row["recorded_by"]),
        created_at=parse_iso(row["created_at"]),
        participants=participants,
        others=others,
        learned_outside=bool(row["learned_outside"]),
        representatives_not_informed=str(row["representatives_not_informed"]),
    )


def insert(
    db: Database,
    *,
    detected_at: str,
    category: str,
    description: str,
    source: str,
    location: str,
    measures: str,
    recorded_by: int,
    created_at: str,
    learned_outside: bool = False,
    representatives_not_informed: str = "",
) -> int:
    cur = db.execute(
        "INSERT INTO incidents (detected_at, category, description, source, location, measures,"
        " recorded_by, created_at, learned_outside, representatives_not_informed)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            detected_at,
            category,
            description,
            source,
            location,
            measures,
            recorded_by,
            created_at,
            int(learned_outside),
            representatives_not_informed,
        ),
    )
    return int(cur.lastrowid)


def update_facts(
    db: Database,
    incident_id: int,
    *,
    detected_at: str,
    description: str,
    location: str,
    measures: str,
) -> None:
    """Correct what the school recorded (the notifications already created keep theirs)."""
    db.execute(
        "UPDATE incidents SET detected_at = ?, description = ?, location = ?, measures = ?"
        " WHERE id = ?",
        (detected_at, description, location, measures, incident_id),
    )


def set_participants(db: Database, incident_id: int, participants: Iterable[Participant]) -> None:
    db.execute("DELETE FROM incident_pupils WHERE incident_id = ?", (incident_id,))
    db.executemany(
        "INSERT INTO incident_pupils (incident_id, pupil_id, role) VALUES (?,?,?)",
        [(incident_id, p.pupil_id, p.role) for p in participants],
    )


def participants(db: Database, incident_id: int) -> tuple[Participant, ...]:
    rows = db.all_named(
        "SELECT pupil_id, role FROM incident_pupils WHERE incident_id = ?"
        " ORDER BY CASE role WHEN 'victim' THEN 0 WHEN 'initiator' THEN 1 ELSE 2 END, pupil_id",
        (incident_id,),
    )
    return tuple(Participant(int(r["pupil_id"]), str(r["role"])) for r in rows)


def set_others(db: Database, incident_id: int, others: Iterable[OtherParticipant]) -> None:
    """The children involved who are not pupils of the school."""
    db.execute("DELETE FROM incident_others WHERE incident_id = ?", (incident_id,))
    db.executemany(
        "INSERT INTO incident_others (incident_id, role, full_name, age, note) VALUES (?,?,?,?,?)",
        [(incident_id, o.role, o.full_name, o.age, o.note) for o in others],
    )


def others(db: Database, incident_id: int) -> tuple[OtherParticipant, ...]:
    rows = db.all_named(
        "SELECT role, full_name, age, note FROM incident_others WHERE incident_id = ? ORDER BY id",
        (incident_id,),
    )
    return tuple(_other(r) for r in rows)


def _other(row: NamedRow) -> OtherParticipant:
    return OtherParticipant(
        role=str(row["role"]),
        full_name=str(row["full_name"]),
        age=str(row["age"]),
        note=str(row["note"]),
    )


def link_follow_up(
    db: Database, *, task_id: int, incident_id: int, follow_up: str, rules_version: str
) -> None:
    db.execute(
        "INSERT INTO incident_follow_ups (task_id, incident_id, follow_up, rules_version)"
        " VALUES (?,?,?,?)",
        (task_id, incident_id, follow_up, rules_version),
    )


def follow_ups(db: Database, incident_id: int) -> list[tuple[int, str, str]]:
    """(task id, follow-up code, rules version) of the tasks an incident created, in order."""
    rows = db.all_named(
        "SELECT task_id, follow_up, rules_version FROM incident_follow_ups"
        " WHERE incident_id = ? ORDER BY task_id",
        (incident_id,),
    )
    return [(int(r["task_id"]), str(r["follow_up"]), str(r["rules_version"])) for r in rows]


def by_id(db: Database, incident_id: int) -> Incident | None:
    row = db.one_named(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", (incident_id,))
    if row is None:
        return None
    return _incident(row, participants(db, incident_id), others(db, incident_id))


def page(db: Database, *, limit: int, offset: int) -> list[Incident]:
    """Newest first (by detection time)."""
    rows = db.all_named(
        f"SELECT {_COLUMNS} FROM incidents ORDER BY detected_at DESC, id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    if not rows:
        return []
    ids = [int(r["id"]) for r in rows]
    marks = ",".join("?" * len(ids))
    found: dict[int, list[Participant]] = {i: [] for i in ids}
    for row in db.all_named(
        f"SELECT incident_id, pupil_id, role FROM incident_pupils WHERE incident_id IN ({marks})"
        " ORDER BY incident_id, pupil_id",
        ids,
    ):
        found[int(row["incident_id"])].append(Participant(int(row["pupil_id"]), str(row["role"])))
    strangers: dict[int, list[OtherParticipant]] = {i: [] for i in ids}
    for row in db.all_named(
        "SELECT incident_id, role, full_name, age, note FROM incident_others"
        f" WHERE incident_id IN ({marks}) ORDER BY incident_id, id",
        ids,
    ):
        strangers[int(row["incident_id"])].append(_other(row))
    return [_incident(r, tuple(found[int(r["id"])]), tuple(strangers[int(r["id"])])) for r in rows]


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM incidents"))


def missing_pupils(db: Database, pupil_ids: Iterable[int]) -> list[int]:
    """The ids among ``pupil_ids`` that name no pupil."""
    wanted = sorted(set(pupil_ids))
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    present = {
        int(r["id"]) for r in db.all_named(f"SELECT id FROM pupils WHERE id IN ({marks})", wanted)
    }
    return [i for i in wanted if i not in present]


def identification(db: Database, incident_id: int) -> list[dict[str, str]]:
    """Who was involved, as law enforcement needs to identify them (for the payload)."""
    rows = db.all_named(
        "SELECT ip.role, p.surname, p.name, p.patronymic, p.birth_date, p.class_name, p.iin"
        " FROM incident_pupils ip JOIN pupils p ON p.id = ip.pupil_id"
        " WHERE ip.incident_id = ? ORDER BY p.surname, p.name, p.id",
        (incident_id,),
    )
    return [
        {
            "role": str(r["role"]),
            "surname": str(r["surname"]),
            "name": str(r["name"]),
            "patronymic": str(r["patronymic"]),
            "birth_date": str(r["birth_date"]),
            "class": str(r["class_name"]),
            "iin": str(r["iin"]),
        }
        for r in rows
    ]
