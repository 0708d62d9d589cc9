"""Full-jitter exponential backoff for delivery retries.

``delay = uniform(0, min(cap, base * 2**attempt))``, raised to the server's ``Retry-After`` when
that is longer (a busy server knows better than our guess), plus up to a second of jitter. An
answer with ``Retry-After`` also restarts the exponential part: the server is up and said when
to come back, so an outage's grown ceiling (minutes) must not keep a school away from a server
that is only shedding load.
Pure: no sleeping, no clock unless one is passed, the random source is injectable so tests and
the engine can be deterministic.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

DEFAULT_BASE_S = 1.0
DEFAULT_CAP_S = 300.0
# A Retry-After beyond this is treated as this: a misconfigured proxy must not park a mandatory
# notification for days.
MAX_RETRY_AFTER_S = 3600.0

_MAX_EXPONENT = 62  # 2**attempt beyond this only overflows; the cap is long reached


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date).

    Returns ``None`` when the header is absent or unparseable, never a negative number.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdecimal():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; treat a naive parse as such
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def backoff_delay(
    attempt: int,
    *,
    base: float = DEFAULT_BASE_S,
    cap: float = DEFAULT_CAP_S,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Delay in seconds before retry number ``attempt`` (0 for the first retry)."""
    if attempt < 0:
        raise ValueError("attempt must be >= 0")
    if base <= 0 or cap <= 0:
        raise ValueError("base and cap must be positive")
    ceiling = min(cap, base * 2.0 ** min(attempt, _MAX_EXPONENT))
    source = rng if rng is not None else random.Random()  # noqa: S311 (jitter, not secrets)
    delay = source.uniform(0.0, ceiling)
    if retry_after is not None and retry_after > 0:
        told = min(retry_after, MAX_RETRY_AFTER_S)
        if told >= delay:
            # Retry-After has whole seconds: every school told "3" would come back in the same
            # instant and be shed together again. Spread them over the second that follows.
            delay = told + source.uniform(0.0, min(base, 1.0))
    return delay


@dataclass
class Backoff:
    """Attempt counter around ``backoff_delay``; ``reset()`` after a success."""

    base: float = DEFAULT_BASE_S
    cap: float = DEFAULT_CAP_S
    rng: random.Random = field(default_factory=random.Random)
    attempt: int = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        if retry_after is not None:
            self.attempt = 0  # the server answered: the outage's growth ends (module doc)
        delay = backoff_delay(
            self.attempt, base=self.base, cap=self.cap, retry_after=retry_after, rng=self.rng
        )
        self.attempt += 1
        return delay

    def reset(self) -> None:
        self.attempt = 0
