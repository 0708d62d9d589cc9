"""The school year's quarters (четверть / тоқсан) as report periods.

A school counts its year in four quarters, not in calendar quarters: "what happened in the
second четверть" is the question a director or the district asks. The boundaries are a
constant here, not a rules-file setting: the rules file is the law's data (versioned, its
version stamped on notifications), while the quarters come from the ministry's academic
calendar, which moves each holiday by a few days from year to year. For counting, each
quarter runs to the day before the next one starts (its holidays belong to it), so the four
quarters cover the whole school year from 1 September to 31 May without gaps or overlaps.
The summer (June to August) is in no school quarter: use the calendar quarter or the year.

A period "2026-S2" is the second quarter of the school year that starts in September 2026.
"""

from __future__ import annotations

from datetime import date

__all__ = ["SCHOOL_QUARTERS", "school_quarter_days", "school_quarter_of"]

# (first month, first day), (last month, last day); months 9..12 fall in the starting year,
# months 1..5 in the next calendar year.
SCHOOL_QUARTERS: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = (
    ((9, 1), (10, 31)),  # 1st: September - October (autumn holidays at the end of October)
    ((11, 1), (12, 31)),  # 2nd: November - December (winter holidays from the end of December)
    ((1, 1), (3, 31)),  # 3rd: January - March (spring holidays in late March)
    ((4, 1), (5, 31)),  # 4th: April - May (the school year ends on 25-31 May)
)


def _on(start_year: int, month: int, day: int) -> date:
    return date(start_year if month >= 9 else start_year + 1, month, day)


def school_quarter_days(start_year: int, quarter: int) -> tuple[date, date]:
    """First and last day of ``quarter`` (1..4) of the school year starting in ``start_year``."""
    (fm, fd), (lm, ld) = SCHOOL_QUARTERS[quarter - 1]
    return _on(start_year, fm, fd), _on(start_year, lm, ld)


def school_quarter_of(day: date) -> tuple[int, int] | None:
    """(start year of the school year, quarter) that ``day`` falls in; None in the summer."""
    start_year = day.year if day.month >= 9 else day.year - 1
    for quarter in range(1, 5):
        first, last = school_quarter_days(start_year, quarter)
        if first <= day <= last:
            return start_year, quarter
    return None
