"""Progress of a long job as counts and an estimate of the time left, for the UI to phrase.

A job (sending the outbox, writing a backup, importing pupils) knows how much there is to do
and how much is done; the person waiting wants "200 of 10,000 — about 2 min left". The
estimate is the rate so far (done / elapsed): steadier than the last step's rate, which jumps
with every slow batch, and good enough for work that goes at an even pace. It is withheld
(``None``) until something is done and at least ``MIN_ELAPSED_S`` have passed: the first
step alone says little about the rest.

The meter also thins out its reports: a job may step 10,000 times, and every report crosses to
the GUI thread, so it reports at most every ``interval_s`` — always the first and the last.
No Qt here; the clock is injected so the estimate is tested without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["MIN_ELAPSED_S", "Progress", "ProgressMeter", "Reporter"]

MIN_ELAPSED_S = 1.0
DEFAULT_INTERVAL_S = 0.1


@dataclass(frozen=True)
class Progress:
    """``done`` of ``total`` units; ``seconds_left`` is None while there is no rate to go by."""

    done: int
    total: int
    seconds_left: float | None = None

    @property
    def finished(self) -> bool:
        return self.done >= self.total


Reporter = Callable[[Progress], None]


class ProgressMeter:
    """Turns "done so far" updates into :class:`Progress` reports for ``report``."""

    def __init__(
        self,
        total: int,
        report: Reporter | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        interval_s: float = DEFAULT_INTERVAL_S,
    ) -> None:
        self.total = max(0, total)
        self._report = report
        self._clock = clock
        self._interval_s = interval_s
        self._started = clock()
        self._last_report: float | None = None
        self.last = Progress(0, self.total)

    def estimate(self, done: int, now: float) -> float | None:
        """Seconds left at the rate so far, or None when there is no rate yet."""
        elapsed = now - self._started
        if done <= 0 or elapsed < MIN_ELAPSED_S:
            return None
        return max(0.0, (self.total - done) * elapsed / done)

    def update(self, done: int, total: int | None = None) -> Progress:
        """Record ``done`` (and a ``total`` that changed, e.g. work queued meanwhile); reports
        it unless the previous report is less than ``interval_s`` old (the first and the last
        always go out)."""
        if total is not None:
            self.total = max(0, total)
        done = min(max(0, done), self.total) if self.total else max(0, done)
        now = self._clock()
        self.last = Progress(done, self.total, self.estimate(done, now))
        due = (
            self._last_report is None
            or done >= self.total
            or now - self._last_report >= self._interval_s
        )
        if due and self._report is not None:
            self._last_report = now
            self._report(self.last)
        return self.last
