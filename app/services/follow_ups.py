"""One follow-up of the rules file carried out: a task with a due date, the recording user
responsible, and - for a follow-up that names a plan kind - the pupil's plan it opens (the task
is its first step). Shared by incidents and register entries; the caller holds the transaction.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from app import clock
from app.rules import FollowUpRule
from app.services.plans import follow_up_task
from app.storage import plans as plan_repo
from app.vault import Vault

__all__ = ["carry_out", "due_day", "title"]


def due_day(today: date, allowance: timedelta) -> date:
    """The due day of a task: whole days, rounded up (a due date has no time of day)."""
    return today + timedelta(days=math.ceil(allowance / timedelta(days=1)))


def title(follow: FollowUpRule, language: str) -> str:
    return follow.names.get(language) or follow.names["ru"]


def carry_out(
    vault: Vault, follow: FollowUpRule, *, pupil_id: int | None, language: str, today: date
) -> int:
    """Create the task (and plan) of ``follow`` for ``pupil_id``; return the task id."""
    name = title(follow, language)
    plan_id = None
    if follow.plan is not None and pupil_id is not None:
        plan_id = plan_repo.insert_plan(
            vault.db,
            pupil_id=pupil_id,
            title=name,
            goals="",
            kind=follow.plan,
            created_by=vault.user.id,
            created_at=clock.now_iso(),
        )
        vault.audit("plan.create", "plan", str(plan_id), f"kind={follow.plan}")
    return follow_up_task(
        vault,
        title=name,
        pupil_id=pupil_id,
        plan_id=plan_id,
        responsible_id=vault.user.id,
        due_on=due_day(today, follow.due),
    )
