"""ISO-8601 durations limited to what deadlines need: weeks, days, hours, minutes, seconds.

Years and months are refused: their length depends on the calendar, and a legal deadline
expressed in them would be ambiguous.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from app.errors import ValidationError

__all__ = ["format_duration", "parse_duration"]

_PATTERN = re.compile(
    r"P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:[.,]\d{1,6})?)S)?)?"
)


def parse_duration(text: str) -> timedelta:
    """Parse ``PnW`` / ``PnDTnHnMnS`` (e.g. ``PT1H``, ``P3D``, ``PT0S``) into a timedelta.

    Raises ``ValidationError('deadline', 'duration')`` for years, months or anything else.
    """
    raw = text.strip().upper() if isinstance(text, str) else ""
    match = _PATTERN.fullmatch(raw)
    if match is None or raw.endswith("T") or all(v is None for v in match.groupdict().values()):
        raise ValidationError(
            "deadline",
            "duration",
            f"not an ISO-8601 duration of weeks/days/hours/minutes/seconds: {text!r}",
        )
    parts = match.groupdict()
    try:
        seconds = Decimal((parts["seconds"] or "0").replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern already guarantees a number
        raise ValidationError("deadline", "duration", f"bad seconds in {text!r}") from None
    try:
        return timedelta(
            weeks=int(parts["weeks"] or 0),
            days=int(parts["days"] or 0),
            hours=int(parts["hours"] or 0),
            minutes=int(parts["minutes"] or 0),
            seconds=int(seconds),
            microseconds=int((seconds - int(seconds)) * 1_000_000),
        )
    except OverflowError:
        raise ValidationError("deadline", "duration", f"duration too large: {text!r}") from None


def format_duration(td: timedelta) -> str:
    """Format a non-negative timedelta as an ISO-8601 duration (``parse_duration`` inverse)."""
    if td < timedelta(0):
        raise ValidationError("deadline", "duration", "a duration cannot be negative")
    if td == timedelta(0):
        return "PT0S"
    days = td.days
    hours, rest = divmod(td.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    micro = td.microseconds
    if days and days % 7 == 0 and not (hours or minutes or seconds or micro):
        return f"P{days // 7}W"
    out = "P"
    if days:
        out += f"{days}D"
    time = ""
    if hours:
        time += f"{hours}H"
    if minutes:
        time += f"{minutes}M"
    if micro:
        time += f"{seconds}.{micro:06d}".rstrip("0") + "S"
    elif seconds:
        time += f"{seconds}S"
    if time:
        out += "T" + time
    return out
