"""Follow-up plans (accompaniment, rehabilitation, absence work) and their tasks.

Tasks also come from sessions' next steps and council decisions; those services create them
through ``follow_up_task`` inside their own transaction.
"""

from __future__ import annotations

from datetime import date, timedelta

from app import clock
from app.domain.cases import PLAN_KINDS, PLAN_STATUSES, Plan, PlanReview, PlanSummary, Task
from app.errors import NotFound, PermissionDenied, ValidationError
from app.storage import plans as repo
from app.vault import Vault

__all__ = [
    "active_plans",
    "add_task",
    "check_date",
    "check_pupil",
    "check_responsible",
    "complete_task",
    "create_plan",
    "follow_up_task",
    "get_plan",
    "list_plans_for_pupil",
    "open_tasks",
    "plan_reviews",
    "plan_tasks",
    "review_plan",
    "set_plan_status",
    "tasks_due",
    "tasks_for_pupil",
    "tasks_overdue",
    "text",
]

WRITE_ROLES = ("psychologist", "social_pedagogue")
READ_ROLES = ("psychologist", "social_pedagogue", "admin")
MAX_TEXT = 20_000


def text(value: str, field: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """Strip and check a free-text field (shared by the case-work services)."""
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(field, "required", f"{field} is required")
    if len(value) > limit:
        raise ValidationError(field, "too_long", f"{field} is longer than {limit} characters")
    return value


def check_pupil(vault: Vault, pupil_id: int, field: str = "pupil_id") -> int:
    if not isinstance(pupil_id, int) or not repo.pupil_exists(vault.db, pupil_id):
        raise ValidationError(field, "unknown_pupil", f"no pupil {pupil_id}")
    return pupil_id


def check_responsible(vault: Vault, staff_id: int | None) -> int | None:
    if staff_id is not None and not repo.active_staff_exists(vault.db, staff_id):
        raise ValidationError("responsible_id", "unknown_staff", f"no active staff {staff_id}")
    return staff_id


def check_date(value: date | None, field: str) -> date | None:
    if value is not None and not isinstance(value, date):
        raise ValidationError(field, "type", f"{field} must be a date")
    return value


def follow_up_task(
    vault: Vault,
    *,
    title: str,
    pupil_id: int | None = None,
    plan_id: int | None = None,
    session_id: int | None = None,
    decision_id: int | None = None,
    responsible_id: int | None = None,
    due_on: date | None = None,
) -> int:
    """Insert and audit a task. The caller holds the transaction and has validated the ids."""
    task_id = repo.insert_task(
        vault.db,
        title=text(title, "title", required=True, limit=1000),
        pupil_id=pupil_id,
        plan_id=plan_id,
        session_id=session_id,
        decision_id=decision_id,
        responsible_id=check_responsible(vault, responsible_id),
        due_on=due_on.isoformat() if due_on else None,
        created_by=vault.user.id,
        created_at=clock.now_iso(),
    )
    vault.audit("task.create", "task", str(task_id))
    return task_id


# -- plans --------------------------------------------------------------------------------------


def create_plan(
    vault: Vault, pupil_id: int, title: str, goals: str, kind: str = "accompaniment"
) -> Plan:
    vault.require_role(*WRITE_ROLES)
    if kind not in PLAN_KINDS:
        raise ValidationError("kind", "unknown", f"unknown plan kind {kind!r}")
    title = text(title, "title", required=True, limit=1000)
    goals = text(goals, "goals")
    with vault.db.transaction():
        check_pupil(vault, pupil_id)
        plan_id = repo.insert_plan(
            vault.db,
            pupil_id=pupil_id,
            title=title,
            goals=goals,
            kind=kind,
            created_by=vault.user.id,
            created_at=clock.now_iso(),
        )
        vault.audit("plan.create", "plan", str(plan_id), f"kind={kind}")
        plan = repo.plan_by_id(vault.db, plan_id)
    assert plan is not None
    return plan


def get_plan(vault: Vault, plan_id: int) -> Plan:
    vault.require_role(*READ_ROLES)
    plan = repo.plan_by_id(vault.db, plan_id)
    if plan is None:
        raise NotFound(f"no plan {plan_id}")
    return plan


def set_plan_status(vault: Vault, plan_id: int, status: str) -> Plan:
    """Complete or cancel a plan (or make it active again)."""
    vault.require_role(*WRITE_ROLES)
    if status not in PLAN_STATUSES:
        raise ValidationError("status", "unknown", f"unknown plan status {status!r}")
    with vault.db.transaction():
        get_plan(vault, plan_id)
        repo.set_plan_status(vault.db, plan_id, status)
        vault.audit("plan.status", "plan", str(plan_id), f"status={status}")
    return get_plan(vault, plan_id)


def review_plan(
    vault: Vault, plan_id: int, note: str, reviewed_on: date | None = None
) -> PlanReview:
    vault.require_role(*WRITE_ROLES)
    note = text(note, "note", required=True)
    day = check_date(reviewed_on, "reviewed_on") or clock.today()
    with vault.db.transaction():
        get_plan(vault, plan_id)
        review_id = repo.insert_review(
            vault.db,
            plan_id=plan_id,
            reviewed_on=day.isoformat(),
            reviewed_by=vault.user.id,
            note=note,
        )
        vault.audit("plan.review", "plan", str(plan_id), f"review={review_id}")
    return next(r for r in repo.reviews(vault.db, plan_id) if r.id == review_id)


def plan_reviews(vault: Vault, plan_id: int) -> list[PlanReview]:
    vault.require_role(*READ_ROLES)
    return repo.reviews(vault.db, plan_id)


def plan_tasks(vault: Vault, plan_id: int) -> list[Task]:
    vault.require_role(*READ_ROLES)
    return repo.tasks_for_plan(vault.db, plan_id)


def list_plans_for_pupil(vault: Vault, pupil_id: int) -> list[Plan]:
    """Active plans first, then newest."""
    vault.require_role(*READ_ROLES)
    return repo.plans_for_pupil(vault.db, pupil_id)


def active_plans(vault: Vault) -> list[PlanSummary]:
    """Active plans of every pupil, with their open tasks and the next due date."""
    vault.require_role(*READ_ROLES)
    return repo.active_plans(vault.db)


# -- tasks --------------------------------------------------------------------------------------


def add_task(
    vault: Vault,
    *,
    title: str,
    plan_id: int | None = None,
    pupil_id: int | None = None,
    responsible_id: int | None = None,
    due_on: date | None = None,
) -> Task:
    """A task in a plan (its pupil is the plan's) or about a pupil, or a general one."""
    vault.require_role(*WRITE_ROLES)
    check_date(due_on, "due_on")
    with vault.db.transaction():
        if plan_id is not None:
            plan = repo.plan_by_id(vault.db, plan_id)
            if plan is None:
                raise ValidationError("plan_id", "unknown_plan", f"no plan {plan_id}")
            if pupil_id is not None and pupil_id != plan.pupil_id:
                raise ValidationError("pupil_id", "mismatch", "the plan is about another pupil")
            pupil_id = plan.pupil_id
        elif pupil_id is not None:
            check_pupil(vault, pupil_id)
        task_id = follow_up_task(
            vault,
            title=title,
            pupil_id=pupil_id,
            plan_id=plan_id,
            responsible_id=responsible_id,
            due_on=due_on,
        )
        task = repo.task_by_id(vault.db, task_id)
    assert task is not None
    return task


def complete_task(vault: Vault, task_id: int, done_on: date | None = None) -> Task:
    """Mark a task done (by case-work staff or by the person responsible for it)."""
    task = repo.task_by_id(vault.db, task_id)
    if task is None:
        raise NotFound(f"no task {task_id}")
    if vault.user.role not in WRITE_ROLES and task.responsible_id != vault.user.id:
        raise PermissionDenied("only case-work staff or the responsible person complete a task")
    day = check_date(done_on, "done_on") or clock.today()
    with vault.db.transaction():
        if repo.complete_task(vault.db, task_id, day.isoformat()):
            vault.audit("task.complete", "task", str(task_id))
        task = repo.task_by_id(vault.db, task_id)
    assert task is not None
    return task


def tasks_due(
    vault: Vault, today: date, within_days: int = 7, *, responsible_id: int | None = None
) -> list[Task]:
    """Open tasks due from ``today`` to ``today + within_days`` inclusive, soonest first."""
    vault.require_role(*READ_ROLES)
    last = today + timedelta(days=within_days)
    return repo.open_tasks_due_between(
        vault.db, today.isoformat(), last.isoformat(), responsible_id
    )


def tasks_overdue(vault: Vault, today: date, *, responsible_id: int | None = None) -> list[Task]:
    """Open tasks whose due date is before ``today``, oldest first."""
    vault.require_role(*READ_ROLES)
    return repo.open_tasks_due_before(vault.db, today.isoformat(), responsible_id)


def open_tasks(vault: Vault) -> list[Task]:
    """Every task not done yet — overdue, due, later and without a date — dated ones first."""
    vault.require_role(*READ_ROLES)
    return repo.open_tasks(vault.db)


def tasks_for_pupil(vault: Vault, pupil_id: int) -> list[Task]:
    vault.require_role(*READ_ROLES)
    return repo.tasks_for_pupil(vault.db, pupil_id)
