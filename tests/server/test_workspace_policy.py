"""Pure policy of the workspace: marks computed at render time, analysts' small-count suppression."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server import workspace as ws
from server.workspace_store import CountRow

pytestmark = pytest.mark.one_backend  # policy functions


def _ts(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


def test_marks_late_and_not_accepted_after_the_threshold() -> None:
    received = "2026-03-02T09:00:00.000000Z"
    deadline = "2026-03-02T10:00:00Z"
    early = ws.marks("new", deadline, received, _ts("2026-03-02T09:10:00"), 30)
    assert (early.late, early.waiting_minutes) == (False, None)
    waiting = ws.marks("new", deadline, received, _ts("2026-03-02T09:45:00"), 30)
    assert (waiting.late, waiting.waiting_minutes) == (False, 45)
    late = ws.marks("clarification_requested", deadline, received, _ts("2026-03-02T10:01:00"), 30)
    assert late.late and late.waiting_minutes == 61
    done = ws.marks("accepted", deadline, received, _ts("2026-03-02T12:00:00"), 30)
    assert (done.late, done.waiting_minutes) == (False, None)


def _rows(school: str, district: str, accepted: int, waiting: int) -> list[CountRow]:
    rows = [
        CountRow(school, school, district, "2026-03-02T10:00:00Z", "2026-03-02T09:30:00.000000Z")
        for _ in range(accepted)
    ]
    rows += [
        CountRow(school, school, district, "2026-03-02T10:00:00Z", None) for _ in range(waiting)
    ]
    return rows


def test_overview_hides_small_counts_and_what_would_reveal_them() -> None:
    rows = _rows("A", "d1", 5, 1) + _rows("B", "d1", 4, 4)
    result = ws.overview(rows, _ts("2026-03-02T11:00:00"))
    by_school = {r.school: r for r in result}
    a = by_school["A"]
    assert a.counts.received == 6 and "received" not in a.hidden
    # 1 not accepted is hidden, and so is accepted (6 - accepted would give it away)
    assert {"not_accepted", "accepted", "late"} <= a.hidden
    assert "accepted" in a.secondary and "not_accepted" not in a.secondary
    b = by_school["B"]
    assert b.hidden == set()
    total = by_school[""]
    assert total.counts.received == 14
    # only A's value of these columns is hidden: the district total would reveal it
    assert {"not_accepted", "late", "accepted"} <= total.hidden


def test_overview_shows_zero_and_large_counts() -> None:
    result = ws.overview(_rows("C", "d2", 3, 0), _ts("2026-03-02T11:00:00"))
    school = next(r for r in result if r.school == "C")
    assert school.hidden == set()
    assert (school.counts.accepted, school.counts.not_accepted, school.counts.late) == (3, 0, 0)
