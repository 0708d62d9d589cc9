"""Follow-up plans, reviews and tasks."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import NotFound, PermissionDenied, ValidationError
from app.services.plans import (
    add_task,
    complete_task,
    create_plan,
    list_plans_for_pupil,
    plan_reviews,
    plan_tasks,
    review_plan,
    set_plan_status,
    tasks_due,
    tasks_overdue,
)
from app.storage import audit as audit_repo
from app.vault import Vault
from tests.app.test_incidents import add_pupils

TODAY = date(2026, 11, 23)


def test_plan_with_tasks_and_reviews(psy: Vault, soc: Vault) -> None:
    pupil, other = add_pupils(psy, 2)
    plan = create_plan(
        psy, pupil, "Реабилитация после травли", "Восстановить безопасность", "rehabilitation"
    )
    assert (plan.kind, plan.status, plan.created_by) == ("rehabilitation", "active", psy.user.id)
    task = add_task(
        psy,
        plan_id=plan.id,
        title="Беседа с классом",
        responsible_id=soc.user.id,
        due_on=date(2026, 11, 25),
    )
    assert task.pupil_id == pupil and task.plan_id == plan.id
    assert task.responsible_name == "Соцпедагог Тестовый" and task.pupil_name
    with pytest.raises(ValidationError) as err:
        add_task(psy, plan_id=plan.id, pupil_id=other, title="x")
    assert err.value.reason == "mismatch"
    with pytest.raises(ValidationError):
        add_task(psy, plan_id=plan.id, title="x", responsible_id=999)
    with pytest.raises(ValidationError):
        add_task(psy, plan_id=plan.id, title="   ")
    with pytest.raises(ValidationError):
        add_task(psy, plan_id=12345, title="x")

    review = review_plan(psy, plan.id, "Динамика положительная", date(2026, 11, 20))
    assert review.reviewed_on == date(2026, 11, 20)
    assert plan_reviews(psy, plan.id) == [review]
    assert [t.id for t in plan_tasks(psy, plan.id)] == [task.id]

    done = complete_task(soc, task.id, date(2026, 11, 24))
    assert done.done and done.done_on == date(2026, 11, 24)
    assert complete_task(soc, task.id).done_on == date(2026, 11, 24)  # done once
    assert set_plan_status(psy, plan.id, "completed").status == "completed"
    second = create_plan(psy, pupil, "Сопровождение", "")
    assert [p.id for p in list_plans_for_pupil(psy, pupil)] == [second.id, plan.id]

    actions = [e.action for e in reversed(audit_repo.entries(psy.db))]
    for action in ("plan.create", "task.create", "plan.review", "task.complete", "plan.status"):
        assert action in actions
    assert actions.count("task.complete") == 1
    assert audit_repo.first_broken_entry(psy.db) is None


def test_tasks_due_and_overdue(psy: Vault, admin: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    overdue = add_task(psy, pupil_id=pupil, title="Просрочено", due_on=date(2026, 11, 20))
    today = add_task(psy, pupil_id=pupil, title="Сегодня", due_on=TODAY)
    week_end = add_task(
        psy, title="Через неделю", due_on=date(2026, 11, 30), responsible_id=admin.user.id
    )
    add_task(psy, title="Позже", due_on=date(2026, 12, 1))
    add_task(psy, title="Без срока")
    done = add_task(psy, title="Сделано", due_on=date(2026, 11, 21))
    complete_task(psy, done.id, TODAY)

    assert [t.id for t in tasks_due(psy, TODAY)] == [today.id, week_end.id]
    assert [t.id for t in tasks_due(psy, TODAY, within_days=0)] == [today.id]
    assert [t.id for t in tasks_overdue(psy, TODAY)] == [overdue.id]
    assert [t.id for t in tasks_due(admin, TODAY, responsible_id=admin.user.id)] == [week_end.id]
    # The administrator completes only the tasks assigned to them.
    with pytest.raises(PermissionDenied):
        complete_task(admin, today.id)
    assert complete_task(admin, week_end.id).done


def test_roles_and_unknowns(admin: Vault, psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    with pytest.raises(PermissionDenied):
        create_plan(admin, pupil, "План", "")
    with pytest.raises(ValidationError):
        create_plan(psy, pupil, "План", "", "therapy")
    with pytest.raises(ValidationError):
        create_plan(psy, 999, "План", "")
    with pytest.raises(NotFound):
        review_plan(psy, 999, "note")
    with pytest.raises(NotFound):
        complete_task(psy, 999)
    with pytest.raises(ValidationError):
        set_plan_status(psy, 1, "archived")


def test_open_tasks_include_undated_and_active_plans_across_pupils(psy: Vault) -> None:
    from app.services.plans import active_plans, open_tasks

    first, second = add_pupils(psy, 2)
    plan = create_plan(psy, first, "Сопровождение", "Цели", "accompaniment")
    closed = create_plan(psy, second, "Реабилитация", "", "rehabilitation")
    set_plan_status(psy, closed.id, "completed")
    empty = create_plan(psy, second, "Пропуски", "", "absence")
    later = add_task(psy, plan_id=plan.id, title="Позже", due_on=date(2026, 12, 20))
    undated = add_task(psy, plan_id=plan.id, title="Без срока")
    soon = add_task(psy, plan_id=plan.id, title="Скоро", due_on=date(2026, 12, 1))
    general = add_task(psy, title="Общая без срока")
    done = add_task(psy, plan_id=plan.id, title="Сделано", due_on=date(2026, 11, 1))
    complete_task(psy, done.id, TODAY)

    assert [t.id for t in open_tasks(psy)] == [soon.id, later.id, undated.id, general.id]
    summaries = {s.plan.id: s for s in active_plans(psy)}
    assert set(summaries) == {plan.id, empty.id}  # completed plans are not listed
    assert (summaries[plan.id].open_tasks, summaries[plan.id].next_due) == (3, date(2026, 12, 1))
    assert (summaries[empty.id].open_tasks, summaries[empty.id].next_due) == (0, None)
    assert summaries[plan.id].pupil_name
