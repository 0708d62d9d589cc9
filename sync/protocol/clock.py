"""Timestamps on the wire: ISO-8601 UTC with microseconds and a ``Z`` suffix."""

from __future__ import annotations

from datetime import UTC, datetime

from sync.protocol.errors import MalformedMessage


def format_time(dt: datetime) -> str:
    """ISO-8601 UTC with microseconds and a ``Z`` suffix."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def format_unix_time(ts: float) -> str:
    return format_time(datetime.fromtimestamp(ts, UTC))


def parse_time(value: str) -> datetime:
    """Parse a timestamp written by ``format_time`` (any ISO-8601 with an offset is accepted)."""
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError) as exc:
        raise MalformedMessage(f"not an ISO-8601 timestamp: {value!r}") from exc
    if dt.tzinfo is None:
        raise MalformedMessage(f"timestamp without a UTC offset: {value!r}")
    return dt.astimezone(UTC)
