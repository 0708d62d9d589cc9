from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.durations import format_duration, parse_duration
from app.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PT1H", timedelta(hours=1)),
        ("PT30M", timedelta(minutes=30)),
        ("P1D", timedelta(days=1)),
        ("P3D", timedelta(days=3)),
        ("PT0S", timedelta(0)),
        ("P2W", timedelta(weeks=2)),
        ("P1DT12H", timedelta(days=1, hours=12)),
        ("PT1H30M15S", timedelta(hours=1, minutes=30, seconds=15)),
        ("PT1.5S", timedelta(seconds=1, microseconds=500000)),
        (" pt2h ", timedelta(hours=2)),
    ],
)
def test_parse(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "P",
        "PT",
        "P1Y",
        "P1M",
        "P1Y2M3D",
        "1H",
        "PT1H30",
        "P1DT",
        "PT-1H",
        "immediately",
        "P1.5D",
        "PTH",
    ],
)
def test_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_duration(text)
    assert (exc.value.field, exc.value.reason) == ("deadline", "duration")


@pytest.mark.parametrize(
    ("td", "text"),
    [
        (timedelta(0), "PT0S"),
        (timedelta(hours=1), "PT1H"),
        (timedelta(minutes=30), "PT30M"),
        (timedelta(days=3), "P3D"),
        (timedelta(weeks=1), "P1W"),
        (timedelta(days=1, hours=2, minutes=3, seconds=4), "P1DT2H3M4S"),
        (timedelta(seconds=1, microseconds=250000), "PT1.25S"),
    ],
)
def test_format(td: timedelta, text: str) -> None:
    assert format_duration(td) == text


def test_format_rejects_negative() -> None:
    with pytest.raises(ValidationError):
        format_duration(timedelta(seconds=-1))


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10000)))
def test_round_trip(td: timedelta) -> None:
    assert parse_duration(format_duration(td)) == td
