"""Counts per span of time, for the dashboard's trends.

Spans are given as (start, end) pairs of stored UTC ISO instants, end exclusive; days as
"YYYY-MM-DD". Both compare correctly as text (see ``app.storage.reports``). One statement per
series: the spans are a VALUES table joined to the records.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.storage.db import Database

# What may be counted: table and the column holding its moment. Fixed fragments only.
_MOMENTS = {
    "incidents": ("incidents", "detected_at"),
    "notifications": ("notifications", "created_at"),
}


def _spans_table(count: int) -> str:
    return "VALUES " + ", ".join(["(?, ?, ?)"] * count)


def counts_in_spans(db: Database, what: str, spans: Sequence[tuple[str, str]]) -> list[int]:
    """How many ``what`` ("incidents" by detection, "notifications" by creation) fall in
    each span."""
    if not spans:
        return []
    table, column = _MOMENTS[what]
    params: list[object] = []
    for index, (start, end) in enumerate(spans):
        params += [index, start, end]
    rows = db.all_named(
        f"WITH spans(i, start, finish) AS ({_spans_table(len(spans))})"
        f" SELECT spans.i AS i, count(t.{column}) AS n FROM spans"
        f" LEFT JOIN {table} t ON t.{column} >= spans.start AND t.{column} < spans.finish"
        " GROUP BY spans.i ORDER BY spans.i",
        tuple(params),
    )
    return [int(r["n"]) for r in rows]


def open_register_entries_on(db: Database, days: Sequence[str]) -> list[int]:
    """Register entries open at the end of each day: opened on or before it, not closed by
    then (an entry closed on a day is no longer open at its end)."""
    if not days:
        return []
    params: list[object] = []
    for index, day in enumerate(days):
        params += [index, day]
    rows = db.all_named(
        "WITH days(i, day) AS (VALUES " + ", ".join(["(?, ?)"] * len(days)) + ")"
        " SELECT days.i AS i, count(r.id) AS n FROM days"
        " LEFT JOIN register_entries r ON r.opened_on <= days.day"
        " AND (r.closed_on IS NULL OR r.closed_on > days.day)"
        " GROUP BY days.i ORDER BY days.i",
        tuple(params),
    )
    return [int(r["n"]) for r in rows]
