"""Month-by-month figures for the dashboard's charts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MonthlyTrends:
    """The last months, oldest first; each tuple holds one value per month.

    ``open_register`` counts the register entries open at the end of each month (for the
    current month: today). These are the school's own working figures, shown to its staff
    only, so no count is suppressed here (the period report, which may leave the school,
    suppresses small counts).
    """

    months: tuple[tuple[int, int], ...]  # (year, month)
    incidents: tuple[int, ...]
    notifications: tuple[int, ...]
    open_register: tuple[int, ...]
