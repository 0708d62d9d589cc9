from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from sync.backoff import Backoff, backoff_delay, parse_retry_after

pytestmark = pytest.mark.one_backend  # client-side backoff


def test_full_jitter_stays_under_the_exponential_ceiling_and_cap() -> None:
    rng = random.Random(7)
    for attempt in range(12):
        ceiling = min(60.0, 0.5 * 2**attempt)
        delays = [backoff_delay(attempt, base=0.5, cap=60.0, rng=rng) for _ in range(200)]
        assert all(0.0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling / 2  # actually spread out, not a constant
    assert backoff_delay(10_000, base=1, cap=5, rng=rng) <= 5


def test_deterministic_with_an_injected_rng() -> None:
    a = [backoff_delay(n, rng=random.Random(1)) for n in range(5)]
    b = [backoff_delay(n, rng=random.Random(1)) for n in range(5)]
    assert a == b


def test_retry_after_is_a_lower_bound_spread_over_the_following_second() -> None:
    rng = random.Random(3)
    told = [backoff_delay(0, base=1, cap=10, retry_after=42, rng=rng) for _ in range(200)]
    assert all(42 <= delay <= 43 for delay in told)
    assert max(told) - min(told) > 0.5  # schools told the same second do not all come at once
    assert 3600.0 <= backoff_delay(0, retry_after=10**9, rng=rng) <= 3601.0
    assert backoff_delay(0, base=1, cap=10, retry_after=0, rng=rng) <= 1


def test_parse_retry_after() -> None:
    now = 1_800_000_000.0
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    when = format_datetime(datetime.fromtimestamp(now + 30, UTC), usegmt=True)
    assert parse_retry_after(when, now=now) == pytest.approx(30.0)
    past = format_datetime(datetime.fromtimestamp(now - 30, UTC), usegmt=True)
    assert parse_retry_after(past, now=now) == 0.0


def test_backoff_counter_resets() -> None:
    backoff = Backoff(base=1, cap=100, rng=random.Random(0))
    for _ in range(6):
        backoff.next_delay()
    assert backoff.attempt == 6
    backoff.reset()
    assert backoff.next_delay() <= 1


def test_an_answer_with_retry_after_restarts_the_exponential_part() -> None:
    """After a long outage the ceiling is minutes; once the server answers 503 + Retry-After the
    school comes back when told, not after the outage's grown backoff."""
    backoff = Backoff(base=1, cap=300, rng=random.Random(5))
    for _ in range(8):  # the outage: no answer at all
        backoff.next_delay()
    assert backoff.attempt == 8
    delays = [backoff.next_delay(retry_after=3.0) for _ in range(50)]
    assert all(3.0 <= delay <= 3.0 + 1.0 for delay in delays), max(delays)
    assert max(delays) - min(delays) > 0.5
    assert backoff.attempt == 1  # errors without Retry-After grow again from the start
