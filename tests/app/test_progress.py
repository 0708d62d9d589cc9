"""The progress model: counts, the time left from the rate so far, and thinned-out reports — on
a fake clock moved by hand, never by sleeping."""

from __future__ import annotations

import pytest

from app.progress import MIN_ELAPSED_S, Progress, ProgressMeter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_time_left_is_the_rate_so_far() -> None:
    clock = FakeClock()
    meter = ProgressMeter(10_000, clock=clock)
    clock.now += 30.0
    # 200 in 30 s: 9,800 more at the same rate take 1,470 s.
    progress = meter.update(200)
    assert (progress.done, progress.total) == (200, 10_000)
    assert progress.seconds_left == pytest.approx(1470.0)
    clock.now += 30.0
    assert meter.update(1000).seconds_left == pytest.approx(9000 * 60 / 1000)
    clock.now += 1.0
    assert meter.update(10_000) == Progress(10_000, 10_000, 0.0)
    assert meter.last.finished


def test_no_estimate_before_there_is_a_rate() -> None:
    clock = FakeClock()
    meter = ProgressMeter(50, clock=clock)
    assert meter.update(0).seconds_left is None
    clock.now += MIN_ELAPSED_S / 2
    assert meter.update(5).seconds_left is None  # one quick first step says little
    clock.now += 10.0
    assert meter.update(0).seconds_left is None  # nothing done yet: no rate at all
    assert meter.update(5).seconds_left is not None


def test_a_slow_batch_moves_the_estimate_smoothly() -> None:
    clock = FakeClock()
    meter = ProgressMeter(1000, clock=clock)
    for _ in range(9):
        clock.now += 1.0
        meter.update(meter.last.done + 100)
    steady = meter.last.seconds_left
    clock.now += 5.0  # one batch took five times as long
    meter.update(1000 - 50)
    assert steady == pytest.approx(1.0)
    assert meter.last.seconds_left == pytest.approx(50 * 14 / 950)


def test_reports_are_thinned_out_but_first_and_last_go_out() -> None:
    clock = FakeClock()
    seen: list[Progress] = []
    meter = ProgressMeter(1000, seen.append, clock=clock, interval_s=0.5)
    for done in range(1001):
        clock.now += 0.01
        meter.update(done)
    counts = [p.done for p in seen]
    assert counts[0] == 0 and counts[-1] == 1000
    assert counts == sorted(counts)
    # 10 s of updates, one report per 0.5 s at most (plus the last).
    assert 15 <= len(seen) <= 22


def test_counts_stay_within_the_total_and_the_total_can_grow() -> None:
    clock = FakeClock()
    meter = ProgressMeter(10, clock=clock)
    assert meter.update(12).done == 10
    assert meter.update(-3).done == 0
    assert meter.update(12, total=15) == Progress(12, 15, None)
    assert ProgressMeter(0, clock=clock).update(0).finished
