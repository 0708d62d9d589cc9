"""The dashboard's trends, counted on a real vault with incidents spread over months."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app import clock
from app.services.incidents import record_incident
from app.services.register import close_entry, open_entry
from app.services.trends import monthly_trends
from app.vault import Vault
from tests.app.test_incidents import add_pupils, draft


def months_back(today: date, k: int) -> tuple[int, int]:
    year, index = divmod(today.year * 12 + today.month - 1 - k, 12)
    return year, index + 1


def mid_month(key: tuple[int, int], day: int = 12) -> datetime:
    # Noon UTC on a mid-month day is inside that month in every time zone.
    return datetime(key[0], key[1], day, 12, 0, tzinfo=UTC)


def test_counts_per_month_over_the_last_twelve(psy: Vault) -> None:
    # Notifications are created when an incident is recorded, so "today" is the real one.
    today = clock.today()
    pupil = add_pupils(psy, 1)[0]
    spread = {11: 1, 10: 3, 5: 1, 0: 2}  # months back -> incidents detected then
    for back, count in spread.items():
        for i in range(count):
            detected = mid_month(months_back(today, back), 3 + i)
            record_incident(psy, draft("conflict", detected_at=min(detected, clock.utcnow())))
    record_incident(psy, draft("violence", detected_at=mid_month(months_back(today, 1))))
    record_incident(psy, draft("conflict", detected_at=mid_month(months_back(today, 12))))
    # Register: one entry open since 2 months back, one opened 8 months back and closed in
    # the month 6 months back.
    open_entry(psy, pupil, "internal_school_register", "решение совета", _day(today, 2, 1))
    closed = open_entry(psy, pupil, "increased_attention", "заявление", _day(today, 8, 2))
    close_entry(psy, closed.id, "цели достигнуты", _day(today, 6, 20))

    trends = monthly_trends(psy, today)

    assert len(trends.months) == 12
    assert trends.months[0] == months_back(today, 11) and trends.months[-1] == months_back(today, 0)
    incidents = {back: trends.incidents[11 - back] for back in range(12)}
    assert incidents == {**dict.fromkeys(range(12), 0), 11: 1, 10: 3, 5: 1, 1: 1, 0: 2}
    # The one mandatory incident queued its notification when it was recorded: this month.
    assert trends.notifications == (0,) * 11 + (1,)
    open_at = {back: trends.open_register[11 - back] for back in range(12)}
    assert open_at[9] == 0
    assert open_at[8] == 1 and open_at[7] == 1
    assert open_at[6] == 0  # closed on the 20th: not open at that month's end
    assert open_at[3] == 0
    assert open_at[2] == 1 and open_at[0] == 1


def _day(today: date, back: int, day: int) -> date:
    year, month = months_back(today, back)
    return date(year, month, day)


def test_an_empty_vault_has_twelve_zero_months(admin: Vault) -> None:
    trends = monthly_trends(admin, date(2026, 3, 1))
    assert trends.months[0] == (2025, 4) and trends.months[-1] == (2026, 3)
    assert trends.incidents == trends.notifications == trends.open_register == (0,) * 12
