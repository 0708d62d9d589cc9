"""Queries behind the documents: period counts, the council protocol, a pupil's case summary.

Period queries take calendar days as "YYYY-MM-DD" and instants as stored UTC ISO strings
("2026-09-01T00:00:00Z"); both compare correctly as text because every writer uses the same
format. Receipt times are the server's own strings and are returned unparsed for the service
to compare as instants.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.clock import parse_iso
from app.domain.cases import PhoneReport
from app.domain.reports import (
    NotificationTiming,
    ProtocolDecision,
    ProtocolPupil,
    PupilIncident,
    SharedSession,
)
from app.storage.db import Database


def _opt_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


# -- the period report -----------------------------------------------------------------------------


def register_counts(db: Database, first_day: str, last_day: str) -> dict[str, tuple[int, ...]]:
    """Per register category: entries open at the start of ``first_day``, open at the end of
    ``last_day``, opened within the period, closed within it."""
    rows = db.all_named(
        "SELECT category,"
        " SUM(opened_on < :first AND (closed_on IS NULL OR closed_on >= :first)) AS at_start,"
        " SUM(opened_on <= :last AND (closed_on IS NULL OR closed_on > :last)) AS at_end,"
        " SUM(opened_on BETWEEN :first AND :last) AS opened,"
        " SUM(closed_on IS NOT NULL AND closed_on BETWEEN :first AND :last) AS closed"
        " FROM register_entries WHERE opened_on <= :last GROUP BY category",
        {"first": first_day, "last": last_day},
    )
    return {
        str(r["category"]): tuple(
            int(r[k] or 0) for k in ("at_start", "at_end", "opened", "closed")
        )
        for r in rows
    }


def incident_counts(db: Database, start: str, end: str) -> dict[str, int]:
    """Incidents detected in [start, end) by category."""
    rows = db.all_named(
        "SELECT category, count(*) AS n FROM incidents WHERE detected_at >= ? AND detected_at < ?"
        " GROUP BY category",
        (start, end),
    )
    return {str(r["category"]): int(r["n"]) for r in rows}


def notification_timings(db: Database, start: str, end: str) -> list[NotificationTiming]:
    """Notifications created in [start, end), each with its receipt time, first call and first
    acceptance."""
    rows = db.all_named(
        "SELECT n.deadline AS deadline, n.state AS state, r.server_received_at AS received_at,"
        " (SELECT min(p.called_at) FROM phone_reports p WHERE p.notification_id = n.id)"
        " AS first_call,"
        " (SELECT min(a.at) FROM acknowledgements a"
        "  WHERE a.notification_id = n.id AND a.kind = 'accepted') AS accepted_at"
        " FROM notifications n LEFT JOIN receipts r ON r.notification_id = n.id"
        " WHERE n.created_at >= ? AND n.created_at < ?",
        (start, end),
    )
    return [
        NotificationTiming(
            deadline=parse_iso(r["deadline"]),
            state=str(r["state"]),
            receipt_time=parse_iso(r["received_at"]) if r["received_at"] else None,
            first_call=parse_iso(r["first_call"]) if r["first_call"] else None,
            accepted_at=parse_iso(r["accepted_at"]) if r["accepted_at"] else None,
        )
        for r in rows
    ]


def session_counts(db: Database, start: str, end: str) -> dict[str, int]:
    rows = db.all_named(
        "SELECT kind AS category, count(*) AS n FROM counselling_sessions WHERE held_at >= ? AND held_at < ?"
        " GROUP BY kind",
        (start, end),
    )
    return {str(r["category"]): int(r["n"]) for r in rows}


def referral_counts(db: Database, first_day: str, last_day: str) -> dict[str, int]:
    rows = db.all_named(
        "SELECT destination AS category, count(*) AS n FROM referrals WHERE referred_on BETWEEN ? AND ?"
        " GROUP BY destination",
        (first_day, last_day),
    )
    return {str(r["category"]): int(r["n"]) for r in rows}


def council_meetings_held(db: Database, first_day: str, last_day: str) -> int:
    return int(
        db.scalar(
            "SELECT count(*) FROM council_meetings WHERE status = 'held'"
            " AND held_on BETWEEN ? AND ?",
            (first_day, last_day),
        )
    )


# -- the notification certificate ------------------------------------------------------------------


def first_phone_report(db: Database, notification_id: str) -> PhoneReport | None:
    row = db.one_named(
        "SELECT id, notification_id, called_at, phone_number, answered_by, reference,"
        " recorded_by, recorded_at FROM phone_reports WHERE notification_id = ?"
        " ORDER BY called_at, id LIMIT 1",
        (notification_id,),
    )
    if row is None:
        return None
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


# -- the council protocol --------------------------------------------------------------------------


def protocol_pupils(db: Database, meeting_id: int) -> list[ProtocolPupil]:
    rows = db.all_named(
        "SELECT p.id AS pupil_id,"
        " trim(p.surname || ' ' || p.name || ' ' || p.patronymic) AS full_name,"
        " p.class_name AS class_name, c.reason AS reason FROM council_pupils c JOIN pupils p ON p.id = c.pupil_id"
        " WHERE c.meeting_id = ? ORDER BY p.surname, p.name, p.id",
        (meeting_id,),
    )
    return [
        ProtocolPupil(
            pupil_id=int(r["pupil_id"]),
            full_name=str(r["full_name"]),
            class_name=str(r["class_name"]),
            reason=str(r["reason"]),
        )
        for r in rows
    ]


def protocol_decisions(db: Database, meeting_id: int) -> list[ProtocolDecision]:
    """Decisions in the order recorded, each with its task's responsible person and due date."""
    rows = db.all_named(
        "SELECT d.text AS text, coalesce(p.surname || ' ' || p.name, '') AS pupil_name,"
        " coalesce(s.full_name, '') AS responsible_name, t.due_on AS due_on,"
        " t.done_on AS done_on FROM council_decisions d"
        " LEFT JOIN tasks t ON t.id = (SELECT min(t2.id) FROM tasks t2 WHERE t2.decision_id = d.id)"
        " LEFT JOIN staff s ON s.id = t.responsible_id"
        " LEFT JOIN pupils p ON p.id = d.pupil_id"
        " WHERE d.meeting_id = ? ORDER BY d.id",
        (meeting_id,),
    )
    return [
        ProtocolDecision(
            text=str(r["text"]),
            pupil_name=str(r["pupil_name"]),
            responsible_name=str(r["responsible_name"]),
            due_on=_opt_date(r["due_on"]),
            done_on=_opt_date(r["done_on"]),
        )
        for r in rows
    ]


# -- the case summary ------------------------------------------------------------------------------


def pupil_incidents(db: Database, pupil_id: int) -> list[PupilIncident]:
    """Incidents the pupil took part in (one line per role), oldest first."""
    rows = db.all_named(
        "SELECT i.detected_at AS detected_at, i.category AS category, ip.role AS role,"
        " i.description AS description, i.measures AS measures"
        " FROM incident_pupils ip JOIN incidents i ON i.id = ip.incident_id"
        " WHERE ip.pupil_id = ? ORDER BY i.detected_at, i.id, ip.role",
        (pupil_id,),
    )
    return [
        PupilIncident(
            detected_at=parse_iso(r["detected_at"]),
            category=str(r["category"]),
            role=str(r["role"]),
            description=str(r["description"]),
            measures=str(r["measures"]),
        )
        for r in rows
    ]


def shared_sessions(db: Database, pupil_id: int) -> list[SharedSession]:
    """The pupil's sessions, oldest first. The confidential column is deliberately not read."""
    rows = db.all_named(
        "SELECT held_at, kind, duration_min, summary FROM counselling_sessions"
        " WHERE pupil_id = ? ORDER BY held_at, id",
        (pupil_id,),
    )
    return [
        SharedSession(
            held_at=parse_iso(r["held_at"]),
            kind=str(r["kind"]),
            duration_min=int(r["duration_min"]),
            summary=str(r["summary"]),
        )
        for r in rows
    ]
