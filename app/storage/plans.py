"""Follow-up plans, their reviews, tasks - and the other "what is due" queries of the dashboard
(register reviews, absences awaiting work), which read the register and absence tables
directly so the dashboard needs no other service.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.clock import parse_iso
from app.domain.cases import Plan, PlanReview, PlanSummary, RegisterReviewDue, Task
from app.storage.db import Database

_PLAN_COLUMNS = "id, pupil_id, title, goals, kind, status, created_by, created_at"
_TASK_SELECT = (
    "SELECT t.id, t.title, t.pupil_id, t.plan_id, t.session_id, t.decision_id,"
    " t.responsible_id, t.due_on, t.done_on, t.created_by, t.created_at,"
    " coalesce(p.surname || ' ' || p.name, ''), coalesce(s.full_name, '')"
    " FROM tasks t LEFT JOIN pupils p ON p.id = t.pupil_id"
    " LEFT JOIN staff s ON s.id = t.responsible_id"
)


def _opt_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _plan(row: Sequence[Any]) -> Plan:
    return Plan(
        id=int(row[0]),
        pupil_id=int(row[1]),
        title=str(row[2]),
        goals=str(row[3]),
        kind=str(row[4]),
        status=str(row[5]),
        created_by=int(row[6]),
        created_at=parse_iso(row[7]),
    )


def _task(row: Sequence[Any]) -> Task:
    return Task(
        id=int(row[0]),
        title=str(row[1]),
        pupil_id=_opt_int(row[2]),
        plan_id=_opt_int(row[3]),
        session_id=_opt_int(row[4]),
        decision_id=_opt_int(row[5]),
        responsible_id=_opt_int(row[6]),
        due_on=_opt_date(row[7]),
        done_on=_opt_date(row[8]),
        created_by=int(row[9]),
        created_at=parse_iso(row[10]),
        pupil_name=str(row[11]),
        responsible_name=str(row[12]),
    )


# -- plans ------------------------------------------------------------------------------------


def insert_plan(
    db: Database,
    *,
    pupil_id: int,
    title: str,
    goals: str,
    kind: str,
    created_by: int,
    created_at: str,
) -> int:
    cur = db.execute(
        "INSERT INTO plans (pupil_id, title, goals, kind, created_by, created_at)"
        " VALUES (?,?,?,?,?,?)",
        (pupil_id, title, goals, kind, created_by, created_at),
    )
    return int(cur.lastrowid)


def plan_by_id(db: Database, plan_id: int) -> Plan | None:
    row = db.one(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE id = ?", (plan_id,))
    return _plan(row) if row else None


def plans_for_pupil(db: Database, pupil_id: int) -> list[Plan]:
    rows = db.all(
        f"SELECT {_PLAN_COLUMNS} FROM plans WHERE pupil_id = ?"
        " ORDER BY status = 'active' DESC, created_at DESC, id DESC",
        (pupil_id,),
    )
    return [_plan(r) for r in rows]


def active_plans(db: Database) -> list[PlanSummary]:
    """Active plans of every pupil, by pupil in alphabetical order, then oldest first."""
    columns = ", ".join(f"pl.{c.strip()}" for c in _PLAN_COLUMNS.split(","))
    rows = db.all(
        f"SELECT {columns}, p.surname || ' ' || p.name,"
        " (SELECT count(*) FROM tasks t WHERE t.plan_id = pl.id AND t.done_on IS NULL),"
        " (SELECT min(t.due_on) FROM tasks t WHERE t.plan_id = pl.id AND t.done_on IS NULL)"
        " FROM plans pl JOIN pupils p ON p.id = pl.pupil_id WHERE pl.status = 'active'"
        " ORDER BY p.sort_key, pl.id"
    )
    return [PlanSummary(_plan(r[:8]), str(r[8]), int(r[9]), _opt_date(r[10])) for r in rows]


def set_plan_status(db: Database, plan_id: int, status: str) -> None:
    db.execute("UPDATE plans SET status = ? WHERE id = ?", (status, plan_id))


def insert_review(
    db: Database, *, plan_id: int, reviewed_on: str, reviewed_by: int, note: str
) -> int:
    cur = db.execute(
        "INSERT INTO plan_reviews (plan_id, reviewed_on, reviewed_by, note) VALUES (?,?,?,?)",
        (plan_id, reviewed_on, reviewed_by, note),
    )
    return int(cur.lastrowid)


def reviews(db: Database, plan_id: int) -> list[PlanReview]:
    rows = db.all(
        "SELECT id, plan_id, reviewed_on, reviewed_by, note FROM plan_reviews WHERE plan_id = ?"
        " ORDER BY reviewed_on, id",
        (plan_id,),
    )
    return [
        PlanReview(int(r[0]), int(r[1]), date.fromisoformat(r[2]), int(r[3]), str(r[4]))
        for r in rows
    ]


# -- tasks ------------------------------------------------------------------------------------


def insert_task(
    db: Database,
    *,
    title: str,
    created_by: int,
    created_at: str,
    pupil_id: int | None = None,
    plan_id: int | None = None,
    session_id: int | None = None,
    decision_id: int | None = None,
    responsible_id: int | None = None,
    due_on: str | None = None,
) -> int:
    cur = db.execute(
        "INSERT INTO tasks (pupil_id, plan_id, session_id, decision_id, title, responsible_id,"
        " due_on, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            pupil_id,
            plan_id,
            session_id,
            decision_id,
            title,
            responsible_id,
            due_on,
            created_by,
            created_at,
        ),
    )
    return int(cur.lastrowid)


def task_by_id(db: Database, task_id: int) -> Task | None:
    row = db.one(f"{_TASK_SELECT} WHERE t.id = ?", (task_id,))
    return _task(row) if row else None


def complete_task(db: Database, task_id: int, done_on: str) -> bool:
    cur = db.execute(
        "UPDATE tasks SET done_on = ? WHERE id = ? AND done_on IS NULL", (done_on, task_id)
    )
    return bool(cur.rowcount)


def tasks_for_plan(db: Database, plan_id: int) -> list[Task]:
    rows = db.all(
        f"{_TASK_SELECT} WHERE t.plan_id = ? ORDER BY t.due_on IS NULL, t.due_on, t.id", (plan_id,)
    )
    return [_task(r) for r in rows]


def tasks_for_pupil(db: Database, pupil_id: int) -> list[Task]:
    rows = db.all(
        f"{_TASK_SELECT} WHERE t.pupil_id = ? ORDER BY t.done_on IS NOT NULL, t.due_on, t.id",
        (pupil_id,),
    )
    return [_task(r) for r in rows]


def task_for_session(db: Database, session_id: int) -> Task | None:
    row = db.one(f"{_TASK_SELECT} WHERE t.session_id = ? ORDER BY t.id LIMIT 1", (session_id,))
    return _task(row) if row else None


def open_tasks(db: Database) -> list[Task]:
    """Every task not done: dated ones by due date, then those without a date."""
    rows = db.all(
        f"{_TASK_SELECT} WHERE t.done_on IS NULL ORDER BY t.due_on IS NULL, t.due_on, t.id"
    )
    return [_task(r) for r in rows]


def open_tasks_due_between(
    db: Database, first: str, last: str, responsible_id: int | None = None
) -> list[Task]:
    """Open tasks with ``first <= due_on <= last`` (ISO dates), soonest first."""
    sql = f"{_TASK_SELECT} WHERE t.done_on IS NULL AND t.due_on BETWEEN ? AND ?"
    params: list[Any] = [first, last]
    if responsible_id is not None:
        sql += " AND t.responsible_id = ?"
        params.append(responsible_id)
    rows = db.all(sql + " ORDER BY t.due_on, t.id", params)
    return [_task(r) for r in rows]


def open_tasks_due_before(db: Database, day: str, responsible_id: int | None = None) -> list[Task]:
    """Open tasks due strictly before ``day`` (overdue), oldest first."""
    sql = f"{_TASK_SELECT} WHERE t.done_on IS NULL AND t.due_on < ?"
    params: list[Any] = [day]
    if responsible_id is not None:
        sql += " AND t.responsible_id = ?"
        params.append(responsible_id)
    rows = db.all(sql + " ORDER BY t.due_on, t.id", params)
    return [_task(r) for r in rows]


# -- other things due (for the dashboard) --------------------------------------------------------


def register_reviews_due(db: Database, last: str) -> list[RegisterReviewDue]:
    """Open register entries whose review is due on or before ``last`` (ISO date)."""
    rows = db.all(
        "SELECT e.id, e.pupil_id, p.surname || ' ' || p.name, e.category, e.review_due"
        " FROM register_entries e JOIN pupils p ON p.id = e.pupil_id"
        " WHERE e.closed_on IS NULL AND e.review_due IS NOT NULL AND e.review_due <= ?"
        " ORDER BY e.review_due, e.id",
        (last,),
    )
    return [
        RegisterReviewDue(int(r[0]), int(r[1]), str(r[2]), str(r[3]), date.fromisoformat(r[4]))
        for r in rows
    ]


def absences_needing_action(db: Database) -> int:
    """Unexcused absences not yet marked resolved."""
    return int(db.scalar("SELECT count(*) FROM absences WHERE excused = 0 AND resolved = 0"))


# -- shared look-ups -------------------------------------------------------------------------------


def pupil_exists(db: Database, pupil_id: int) -> bool:
    return db.scalar("SELECT 1 FROM pupils WHERE id = ?", (pupil_id,)) is not None


def active_staff_exists(db: Database, staff_id: int) -> bool:
    return db.scalar("SELECT 1 FROM staff WHERE id = ? AND active = 1", (staff_id,)) is not None
