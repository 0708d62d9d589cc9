"""The start screen: what needs doing now, in one read.

Notifications come first - those neither delivered nor phoned, most urgent deadline first, with
the seconds left (negative once late) - then this week's tasks, overdue tasks, register reviews
falling due, absences awaiting work, the next council meeting and the state of delivery. Open
clarification requests of the receiving side are listed apart: they wait for the school.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app import clock
from app.domain.cases import Dashboard, DueNotification, SyncStatus
from app.services import council as council_service
from app.services import plans as plan_service
from app.services.notifications import list_notifications
from app.storage import notifications as outbox
from app.storage import plans as plan_repo
from app.vault import Vault

__all__ = ["WEEK", "dashboard", "sync_status"]

WEEK = 7


def _opt_time(value: str | None) -> datetime | None:
    return clock.parse_iso(value) if value else None


def sync_status(vault: Vault) -> SyncStatus:
    return SyncStatus(
        queued_count=outbox.queued_count(vault.db),
        last_delivery_at=_opt_time(outbox.last_delivery_at(vault.db)),
        oldest_queued_at=_opt_time(outbox.oldest_queued_at(vault.db)),
    )


def dashboard(vault: Vault, now: datetime | None = None, *, today: date | None = None) -> Dashboard:
    """Everything the start screen shows, evaluated at ``now``.

    ``today`` (for tasks and reviews) defaults to the local calendar day of ``now``.
    """
    now = now or clock.utcnow()
    if now.tzinfo is None:
        raise ValueError("pass an aware datetime")
    today = today or now.astimezone().date()
    views = list_notifications(vault, now=now)
    due = tuple(
        DueNotification(v, int((v.deadline - now).total_seconds()))
        for v in views
        if v.display_state == "queued"
    )
    week_end = today + timedelta(days=WEEK)
    return Dashboard(
        now=now,
        notifications_due=tuple(sorted(due, key=lambda d: d.notification.deadline)),
        late_count=sum(1 for v in views if v.late),
        tasks_due_this_week=tuple(plan_service.tasks_due(vault, today, WEEK)),
        tasks_overdue=tuple(plan_service.tasks_overdue(vault, today)),
        register_reviews_due=tuple(plan_repo.register_reviews_due(vault.db, week_end.isoformat())),
        absences_needing_action=plan_repo.absences_needing_action(vault.db),
        next_council=council_service.next_meeting(vault, today),
        sync=sync_status(vault),
        clarifications=tuple(v for v in views if v.clarification_open),
    )
