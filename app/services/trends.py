"""The dashboard's trends: incidents and notifications per month, open register entries.

Months are the school's calendar months (this computer's time zone), like the period report's.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from app import clock
from app.domain.trends import MonthlyTrends
from app.storage import trends as repo
from app.vault import Vault

__all__ = ["MONTHS", "monthly_trends"]

MONTHS = 12


def _month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _months_back(today: date, count: int) -> list[tuple[int, int]]:
    """The ``count`` months ending with today's, oldest first."""
    index = today.year * 12 + today.month - 1
    return [divmod(i, 12) for i in range(index - count + 1, index + 1)]


def _local_midnight(day: date) -> str:
    return clock.iso(datetime.combine(day, time()).astimezone())


def monthly_trends(vault: Vault, today: date | None = None, months: int = MONTHS) -> MonthlyTrends:
    """The last ``months`` months up to and including ``today``'s."""
    today = today or clock.today()
    keys = [(year, index + 1) for year, index in _months_back(today, months)]
    starts = [_month_start(y, m) for y, m in keys]
    ends = [*starts[1:], _next_month(starts[-1])]
    spans = [(_local_midnight(a), _local_midnight(b)) for a, b in zip(starts, ends, strict=True)]
    # The current month is counted up to today only: its end is still to come.
    last_days = [min(end - timedelta(days=1), today).isoformat() for end in ends]
    db = vault.db
    with db.transaction():
        incidents = repo.counts_in_spans(db, "incidents", spans)
        notifications = repo.counts_in_spans(db, "notifications", spans)
        open_register = repo.open_register_entries_on(db, last_days)
    return MonthlyTrends(
        months=tuple(keys),
        incidents=tuple(incidents),
        notifications=tuple(notifications),
        open_register=tuple(open_register),
    )


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)
