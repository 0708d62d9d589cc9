"""The adaptive admission of the load shedder (server/limits.py ``Admission``), on a fake clock."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from server.limits import ADMISSION_WINDOW_S, MAX_SHED_RETRY_AFTER_S, Admission, Limits

pytestmark = pytest.mark.one_backend  # no storage


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _window(admission: Admission, clock: _Clock, completed: int, offered: int) -> int:
    """One window: ``offered`` arrivals, each staying inside until the window ends, and
    ``completed`` completions; returns how many were shed."""
    inside = shed = 0
    for _ in range(offered):
        if admission.admits(inside):
            inside += 1
        else:
            admission.shed()
            shed += 1
    for _ in range(completed):
        admission.completed()
    clock.now += ADMISSION_WINDOW_S
    admission.admits(0)  # the first request of the next window rolls the estimate
    return shed


def test_starts_small_then_admits_what_completes_within_the_latency_target() -> None:
    clock = _Clock()
    limits = Limits(max_in_flight=64, target_latency_ms=100, min_in_flight=8)
    admission = Admission(limits, clock, random.Random(1))
    assert admission.limit == 8  # cold: a burst must not queue up a second of work
    _window(admission, clock, completed=200, offered=1000)  # 8 inside finish 200 a second
    assert admission.limit == 20  # 200 per second x 0.1 s
    for _ in range(6):  # the machine is saturated at 200 a second whatever is let in
        _window(admission, clock, completed=200, offered=1000)
    assert admission.limit == 20


def test_a_quiet_window_keeps_the_measured_capacity() -> None:
    clock = _Clock()
    admission = Admission(Limits(max_in_flight=64, target_latency_ms=100), clock, random.Random(5))
    for _ in range(3):
        _window(admission, clock, completed=300, offered=1000)
    assert admission.limit == 30
    clock.now += 600  # ten quiet minutes: a handful of requests, none shed
    _window(admission, clock, completed=3, offered=3)
    assert admission.limit == 30


def test_never_below_the_floor_nor_above_the_ceiling() -> None:
    clock = _Clock()
    limits = Limits(max_in_flight=64, target_latency_ms=100, min_in_flight=8)
    admission = Admission(limits, clock, random.Random(2))
    for _ in range(6):
        _window(admission, clock, completed=0, offered=100)  # a stalled server
    assert admission.limit == 8
    for _ in range(6):
        _window(admission, clock, completed=5000, offered=5000)
    assert admission.limit == 64


def test_a_zero_target_keeps_the_fixed_bound() -> None:
    clock = _Clock()
    admission = Admission(Limits(max_in_flight=12, target_latency_ms=0), clock, random.Random(3))
    assert admission.limit == 12
    for _ in range(4):
        _window(admission, clock, completed=1, offered=100)
    assert admission.limit == 12


def test_shed_schools_are_booked_to_return_at_the_pace_they_can_be_served() -> None:
    clock = _Clock()
    limits = Limits(max_in_flight=20, target_latency_ms=0, shed_retry_after_s=(1, 5))
    admission = Admission(limits, clock, random.Random(4))
    # Pace unknown yet: the configured range.
    assert {admission.retry_after() for _ in range(500)} == set(range(1, 6))
    for _ in range(3):
        _window(admission, clock, completed=200, offered=300)  # saturated: 200 a second
    # 7,500 schools at once: 200 are told to come back in each of the following seconds, the
    # last ones about 38 s later — not all within 5 s, and none later than needed.
    told = Counter(admission.retry_after() for _ in range(7500))
    assert max(told.values()) == 200
    assert sorted(told) == list(range(1, 39))
    # Bookings are for clock seconds: a second later the last, not yet full one is 37 s away.
    clock.now += 1.0
    assert admission.retry_after() == 37


def test_a_quiet_window_does_not_lower_the_pace_of_returns() -> None:
    """Returns are paced at the measured capacity, not at the last window's demand: pacing at
    the demand would starve the server a little more each window."""
    clock = _Clock()
    admission = Admission(Limits(max_in_flight=20, target_latency_ms=0), clock, random.Random(6))
    for _ in range(3):
        _window(admission, clock, completed=200, offered=300)
    for _ in range(5):
        _window(admission, clock, completed=20, offered=5)  # few came: not saturated
    told = Counter(admission.retry_after() for _ in range(400))
    assert told[1] == 200 and told[2] == 200


def test_a_stalled_server_books_no_further_than_the_cap() -> None:
    clock = _Clock()
    admission = Admission(Limits(max_in_flight=20, target_latency_ms=0), clock, random.Random(7))
    for _ in range(8):
        _window(admission, clock, completed=0, offered=100)
    assert max(admission.retry_after() for _ in range(2000)) == MAX_SHED_RETRY_AFTER_S
