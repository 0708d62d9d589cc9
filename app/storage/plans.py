"""Follow-up plans, their reviews, tasks - and the other "what is due" queries of the dashboard
(register reviews, absences awaiting work), which read the register and absence tables
directly so the dashboard needs no other service.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.clock import parse_iso
from app.domain.cases import Plan, PlanReview, PlanSummary, RegisterReviewDue, Task
from app.storage.db import Database, NamedRow

_PLAN_COLUMNS = "id, pupil_id, title, goals, kind, status, created_by, created_at"
_TASK_SELECT = (
    "SELECT t.id AS id, t.title AS title, t.pupil_id AS pupil_id, t.plan_id AS plan_id,"
    " t.session_id AS session_id, t.decision_id AS decision_id,"
    " t.responsible_id AS responsible_id, t.due_on AS due_on, t.done_on AS done_on,"
    " t.created_by AS created_by, t.created_at AS created_at,"
    " coalesce(p.surname || ' ' || p.name, '') AS pupil_name,"
    " coalesce(s.full_name, '') AS responsible_name"
    " FROM tasks t LEFT JOIN pupils p ON p.id = t.pupil_id"
    " LEFT JOIN staff s ON s.id = t.responsible_id"
)


def _opt_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _plan(row: NamedRow) -> Plan:
    return Plan(
        id=int(row["id"]),
        pupil_id=int(row["pupil_id"]),
        title=str(row["title"]),
        goals=str(row["goals"]),
        kind=str(row["kind"]),
        status=str(row["status"]),
        created_by=int(row["created_by"]),
        created_at=parse_iso(row["created_at"]),
    )


def _task(row: NamedRow) -> Task:
    return Task(
        id=int(row["id"]),
        title=str(row["title"]),
        pupil_id=_opt_int(row["pupil_id"]),
        plan_id=_opt_int(row["plan_id"]),
        session_id=_opt_int(row["session_id"]),
        decision_id=_opt_int(row["decision_id"]),
        responsible_id=_opt_int(row["responsible_id"]),
        due_on=_opt_date(row["due_on"]),
        done_on=_opt_date(row["done_on"]),
        created_by=int(row["created_by"]),
        created_at=parse_iso(row["created_at"]),
        pupil_name=str(row["pupil_name"]),
        responsible_name=str(row["responsible_name"]),
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
    row = db.one_named(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE id = ?", (plan_id,))
    return _plan(row) if row else None


def plans_for_pupil(db: Database, pupil_id: int) -> list[Plan]:
    rows = db.all_named(
        f"SELECT {_PLAN_COLUMNS} FROM plans WHERE pupil_id = ?"
        " ORDER BY status = 'active' DESC, created_at DESC, id DESC",
        (pupil_id,),
    )
    return [_plan(r) for r in rows]


def active_plans(db: Database) -> list[PlanSummary]:
    """Active plans of every pupil, by pupil in alphabetical order, then oldest first."""
    columns = ", ".join(f"pl.{c.strip()} AS {c.strip()}" for c in _PLAN_COLUMNS.split(","))
    rows = db.all_named(
        f"SELECT {columns}, p.surname || ' ' || p.name AS pupil_name,"
        " (SELECT count(*) FROM tasks t WHERE t.plan_id = pl.id AND t.done_on IS NULL)"
        " AS open_tasks,"
        " (SELECT min(t.due_on) FROM tasks t WHERE t.plan_id = pl.id AND t.done_on IS NULL)"
        " AS next_due"
        " FROM plans pl JOIN pupils p ON p.id = pl.pupil_id WHERE pl.status = 'active'"
        " ORDER BY p.sort_key, pl.id"
    )
    return [
        PlanSummary(_plan(r), str(r["pupil_name"]), int(r["open_tasks"]), _opt_date(r["next_due"]))
        for r in rows
    ]


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
    rows = db.all_named(
        "SELECT id, plan_id, reviewed_on, reviewed_by, note FROM plan_reviews WHERE plan_id = ?"
        " ORDER BY reviewed_on, id",
        (plan_id,),
    )
    return [
        PlanReview(
            id=int(r["id"]),
            plan_id=int(r["plan_id"]),
            reviewed_on=date.fromisoformat(r["reviewed_on"]),
            reviewed_by=int(r["reviewed_by"]),
            note=str(r["note"]),
        )
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
    row = db.one_named(f"{_TASK_SELECT} WHERE t.id = ?", (task_id,))
    return _task(row) if row else None


def complete_task(db: Database, task_id: int, done_on: str) -> bool:
    cur = db.execute(
        "UPDATE tasks SET done_on = ? WHERE id = ? AND done_on IS NULL", (done_on, task_id)
    )
    return bool(cur.rowcount)


def tasks_for_plan(db: Database, plan_id: int) -> list[Task]:
    rows = db.all_named(
        f"{_TASK_SELECT} WHERE t.plan_id = ? ORDER BY t.due_on IS NULL, t.due_on, t.id", (plan_id,)
    )
    return [_task(r) for r in rows]


def tasks_for_pupil(db: Database, pupil_id: int) -> list[Task]:
    rows = db.all_named(
        f"{_TASK_SELECT} WHERE t.pupil_id = ? ORDER BY t.done_on IS NOT NULL, t.due_on, t.id",
        (pupil_id,),
    )
    return [_task(r) for r in rows]


def task_for_session(db: Database, session_id: int) -> Task | None:
    row = db.one_named(
        f"{_TASK_SELECT} WHERE t.session_id = ? ORDER BY t.id LIMIT 1", (session_id,)
    )
    return _task(row) if row else None


def open_tasks(db: Database) -> list[Task]:
    """Every task not done: dated ones by due date, then those without a date."""
    rows = db.all_named(
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
    rows = db.all_named(sql + " ORDER BY t.due_on, t.id", params)
    return [_task(r) for r in rows]


def open_tasks_due_before(db: Database, day: str, responsible_id: int | None = None) -> list[Task]:
    """Open tasks due strictly before ``day`` (overdue), oldest first."""
    sql = f"{_TASK_SELECT} WHERE t.done_on IS NULL AND t.due_on < ?"
    params: list[Any] = [day]
    if responsible_id is not None:
        sql += " AND t.responsible_id = ?"
        params.append(responsible_id)
    rows = db.all_named(sql + " ORDER BY t.due_on, t.id", params)
    return [_task(r) for r in rows]


# -- other things due (for the dashboard) --------------------------------------------------------


def register_reviews_due(db: Database, last: str) -> list[RegisterReviewDue]:
    """Open register entries whose review is due on or before ``last`` (ISO date)."""
    rows = db.all_named(
        "SELECT e.id AS entry_id, e.pupil_id AS pupil_id, p.surname || ' ' || p.name AS pupil_name,"
        " e.category AS category, e.review_due AS review_due"
        " FROM register_entries e JOIN pupils p ON p.id = e.pupil_id"
        " WHERE e.closed_on IS NULL AND e.review_due IS NOT NULL AND e.review_due <= ?"
        " ORDER BY e.review_due, e.id",
        (last,),
    )
    return [
        RegisterReviewDue(
            entry_id=int(r["entry_id"]),
            pupil_id=int(r["pupil_id"]),
            pupil_name=str(r["pupil_name"]),
            category=str(r["category"]),
            review_due=date.fromisoformat(r["review_due"]),
        )
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
