"""Load limits of the reference server: shedding, per-address and per-device rates, refusal log.

Why here and not in the handlers: a server that anyone can reach must stay cheap to refuse.

* ``LoadShedMiddleware`` bounds the requests being worked on at once; as many more may wait up
  to the latency target for a slot, and one more is answered ``503`` with a ``Retry-After`` at
  once, instead of queueing for a thread until the client times out (DESIGN §8: under overload only 503 with Retry-After). The bound adapts
  (``Admission``): as many as the server completes within its latency target, so an accepted
  request is answered in about that time however fast the machine is, and each shed school is
  given a second to come back in, booked at the pace the server serves them.
* ``AddressGuardMiddleware`` answers ``429`` to an address that keeps getting refused (garbage,
  guessed enrollment codes, wrong paths) — except for requests that carry a device signature:
  schools behind one NAT address must not be locked out by a neighbour, and checking a signature
  writes nothing.
* ``RefusalLog`` keeps refusals in bounded in-memory counters and a rate-limited app log; only a
  device whose signature verified gets durable rows, and a bounded number of them per minute.
* ``TokenBuckets`` is the one rate primitive, bounded in memory (spoofed or many addresses cannot
  grow it without limit).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import threading
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from sync import protocol as p

logger = logging.getLogger("qorgau.server")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_TRACKED_KEYS = 10_000
MAX_SHED_RETRY_AFTER_S = 60
# Admission re-estimates the server's throughput once per window; the estimate is smoothed.
ADMISSION_WINDOW_S = 1.0
_SMOOTHING = 0.5


@dataclass(frozen=True)
class Limits:
    """Defaults sized for one district server on two cores; ``qorgau-server serve`` options."""

    # Requests being handled at once (they share the thread pool below): beyond this, 503.
    max_in_flight: int = 64
    # Threads that run the blocking handlers (anyio's default size); each holds one database
    # connection while it lives, so a process needs at most threads + 1 (server/pg.py).
    threads: int = 40
    # The admitted requests adapt between these bounds to what the server completes in this
    # time (Little's law; ``Admission``); 0 turns the adaptation off (always max_in_flight).
    target_latency_ms: int = 50
    min_in_flight: int = 8
    # Retry-After of a 503: drawn from this range until the server's capacity is measured,
    # then the earliest second from the low end that still has room at that pace
    # (``Admission.retry_after``, at most MAX_SHED_RETRY_AFTER_S).
    shed_retry_after_s: tuple[int, int] = (1, 5)
    # Per enrolled device: requests at once (its client sends one at a time), and a sustained
    # rate with a burst that a real client never reaches (a backlog of 10,000 notifications is
    # ~50 batch requests) but a runaway loop does.
    device_in_flight: int = 2
    device_rate_per_s: float = 100.0
    device_burst: float = 1000.0
    # Per client address: refused requests before it gets 429 for unsigned requests.
    refusal_rate_per_s: float = 1.0
    refusal_burst: float = 30.0
    # Durable request-log rows per authenticated device and minute; the rest are counted only.
    durable_refusals_per_min: float = 10.0
    # App-log lines about refusals per address and minute; the rest are counted only.
    logged_refusals_per_min: float = 10.0
    # Seconds a client may take to send a whole request body, and its headers (uvicorn).
    body_timeout_s: float = 30.0
    header_timeout_s: float = 10.0


class TokenBuckets:
    """Token buckets by key, thread-safe, at most ``MAX_TRACKED_KEYS`` keys (LRU eviction)."""

    def __init__(self, rate_per_s: float, burst: float, clock: Callable[[], float]) -> None:
        self.rate = rate_per_s
        self.burst = burst
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def _level(self, key: str, now: float) -> float:
        tokens, at = self._buckets.get(key, (self.burst, now))
        return min(self.burst, tokens + (now - at) * self.rate)

    def take(self, key: str, cost: float = 1.0) -> float:
        """Take ``cost`` tokens; return 0.0 on success, else seconds until it would succeed."""
        with self._lock:
            now = self.clock()
            tokens = self._level(key, now)
            if tokens < cost:
                self._store(key, tokens, now)
                return (cost - tokens) / self.rate
            self._store(key, tokens - cost, now)
            return 0.0

    def wait_s(self, key: str, cost: float = 1.0) -> float:
        """Seconds until ``cost`` tokens are there, without taking any."""
        with self._lock:
            if key not in self._buckets:
                return 0.0
            tokens = self._level(key, self.clock())
            return 0.0 if tokens >= cost else (cost - tokens) / self.rate

    def _store(self, key: str, tokens: float, now: float) -> None:
        self._buckets[key] = (tokens, now)
        self._buckets.move_to_end(key)
        while len(self._buckets) > MAX_TRACKED_KEYS:
            self._buckets.popitem(last=False)


def retry_after_header(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


class RefusalLog:
    """Where refusals go: counters always, the app log a few per address, the database only for
    authenticated devices (a few per minute each)."""

    def __init__(self, limits: Limits, clock: Callable[[], float]) -> None:
        self.counts: Counter[tuple[int, str]] = Counter()
        self.suppressed = 0
        self._lock = threading.Lock()
        per_min = 1.0 / 60.0
        self.addresses = TokenBuckets(limits.refusal_rate_per_s, limits.refusal_burst, clock)
        self._lines = TokenBuckets(
            limits.logged_refusals_per_min * per_min, limits.logged_refusals_per_min, clock
        )
        self._durable = TokenBuckets(
            limits.durable_refusals_per_min * per_min, limits.durable_refusals_per_min, clock
        )

    def note(
        self,
        method: str,
        path: str,
        remote: str | None,
        status: int,
        code: str,
        device: str | None,
        *,
        authenticated: bool,
    ) -> bool:
        """Count and maybe log one refusal; True when it should also get a durable row."""
        address = remote or "?"
        with self._lock:
            # Codes come from a fixed set (ERR_*, http_<status>): the counter stays small.
            self.counts[(status, code[:40])] += 1
        if status != 429:  # being told to slow down is not a new offence
            self.addresses.take(address)
        if self._lines.take(address) == 0.0:
            logger.warning(
                "refused %s %s -> %d %s (device=%s remote=%s)",
                method,
                path[:200],
                status,
                code,
                device,
                remote,
            )
        else:
            with self._lock:
                self.suppressed += 1
        # 429/503 are load signals: a row each would take the write lock they protect.
        durable = authenticated and device is not None and status not in (429, 503)
        return durable and device is not None and self._durable.take(device) == 0.0

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            data = {f"{status} {code}": n for (status, code), n in sorted(self.counts.items())}
            data["log lines suppressed"] = self.suppressed
            return data


def _json_response(status: int, code: str, detail: str, retry_after: str) -> tuple[Message, bytes]:
    body = json.dumps({"error": code, "detail": detail}).encode("utf-8")
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"retry-after", retry_after.encode("ascii")),
        ],
    }
    return start, body


async def _answer(send: Send, status: int, code: str, detail: str, retry_after: str) -> None:
    start, body = _json_response(status, code, detail, retry_after)
    await send(start)
    await send({"type": "http.response.body", "body": body, "more_body": False})


class Admission:
    """How many requests the server works on at once, and when the shed ones should come back.

    Little's law: requests inside = throughput x time inside. Admitting what the server completed
    per second times the latency target keeps an accepted request's time inside near the target
    once the machine is saturated; admitting more only lengthens every request (they queue for
    the same cores), admitting less leaves the cores idle. Only a saturated window (requests
    shed, or the limit reached) measures the capacity: a quiet window's rate is the demand, and
    leaves the limit as it is. The limit starts at ``min_in_flight`` (a burst on a cold server
    must not queue up a second of work), grows by the ratio of target to service time while
    requests finish faster than the target, and stays between ``min_in_flight`` and
    ``max_in_flight``. Not thread-safe: the middleware calls it from the event loop only.
    """

    def __init__(self, limits: Limits, clock: Callable[[], float], rng: random.Random) -> None:
        self.limits = limits
        self.clock = clock
        self.rng = rng
        adaptive = limits.target_latency_ms > 0
        self.limit = self._clamp(limits.min_in_flight) if adaptive else limits.max_in_flight
        self._window_start = clock()
        self._completed = 0
        self._shed = 0
        self._peak = 0  # most requests inside at once in this window
        # Completions per second, smoothed, measured in saturated windows only (a quiet
        # window's rate is the demand, not the capacity): what the limit and the booked
        # returns of shed requests follow.
        self.capacity: float | None = None
        self._booked: dict[int, int] = {}  # clock second -> shed requests told to return then

    def admits(self, in_flight: int) -> bool:
        self._roll()
        if in_flight < self.limit:
            self._peak = max(self._peak, in_flight + 1)
            return True
        return False

    def may_wait(self, waiting: int) -> bool:
        """Whether a request that found every slot taken may wait for one: as many may wait
        as there are slots, for at most ``max_wait_s``; a slot frees every service time /
        limit, so the last of them gets one in about a latency target. Not with a fixed bound."""
        self._peak = max(self._peak, self.limit)  # a full house is a saturated window
        return self.limits.target_latency_ms > 0 and waiting < self.limit

    @property
    def max_wait_s(self) -> float:
        return self.limits.target_latency_ms / 1000

    def shed(self) -> None:
        self._shed += 1

    def _clamp(self, wanted: int) -> int:
        floor = min(self.limits.min_in_flight, self.limits.max_in_flight)
        return max(floor, min(self.limits.max_in_flight, wanted))

    def completed(self) -> None:
        self._completed += 1

    def retry_after(self) -> int:
        """Seconds for a shed request's Retry-After.

        Until the capacity is measured, drawn from the configured range. Then the earliest
        second (from the range's low end) with fewer returns booked than the server completes in
        a second: shed schools come back at the pace they can be served, not all at once, nor
        long after the server has gone idle (at most ``MAX_SHED_RETRY_AFTER_S``; clients spread
        their return over the second, sync.backoff).
        """
        low, high = self.limits.shed_retry_after_s
        if self.capacity is None:
            return self.rng.randint(low, high)
        per_second = max(1, round(self.capacity))
        now = int(self.clock())
        for wait in range(max(low, 1), MAX_SHED_RETRY_AFTER_S + 1):
            booked = self._booked.get(now + wait, 0)
            if booked < per_second:
                self._booked[now + wait] = booked + 1
                return wait
        return MAX_SHED_RETRY_AFTER_S

    def _roll(self) -> None:
        now = self.clock()
        elapsed = now - self._window_start
        if elapsed < ADMISSION_WINDOW_S:
            return
        if self._shed > 0 or self._peak >= self.limit:  # saturated: the rate is the capacity
            rate = self._completed / elapsed
            self.capacity = (
                rate
                if self.capacity is None
                else _SMOOTHING * rate + (1 - _SMOOTHING) * self.capacity
            )
            if self.limits.target_latency_ms > 0:
                wanted = self.capacity * self.limits.target_latency_ms / 1000
                self.limit = self._clamp(round(wanted))
        for second in [second for second in self._booked if second < now]:
            del self._booked[second]
        self._window_start, self._completed, self._shed, self._peak = now, 0, 0, 0


class LoadShedMiddleware:
    """At most ``Admission.limit`` requests inside the app; as many more may wait up to the
    latency target for a slot (first come, first served); the next one gets 503 + Retry-After.

    Runs on the event loop only, so a plain counter is safe.
    """

    def __init__(self, app: ASGIApp, limits: Limits, on_shed: Callable[[], None]) -> None:
        self.app = app
        self.on_shed = on_shed
        self.in_flight = 0
        # Requests waiting for a slot, first come first served: each future is resolved True
        # when a finishing request hands it its slot, False when its wait is over.
        self._queue: deque[asyncio.Future[bool]] = deque()
        self._waiting = 0
        rng = random.Random()  # noqa: S311 (jitter, not a secret)
        self.admission = Admission(limits, time.monotonic, rng)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") == p.PATH_HEALTH:
            # The health probe is answered on the event loop, as cheaply as a 503 would be; it
            # also must not count as a completion, or probes would inflate the throughput.
            await self.app(scope, receive, send)
            return
        if self.admission.admits(self.in_flight):
            self.in_flight += 1
        elif not (self.admission.may_wait(self._waiting) and await self._wait_for_slot()):
            # A shed request costs both sides a round trip and the client a new signature; a
            # short wait for a slot that frees within the latency target costs a future.
            self.admission.shed()
            self.on_shed()
            await _answer(
                send,
                503,
                p.ERR_OVERLOADED,
                "server busy, retry later",
                str(self.admission.retry_after()),
            )
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.admission.completed()
            self._release()

    async def _wait_for_slot(self) -> bool:
        loop = asyncio.get_running_loop()
        granted: asyncio.Future[bool] = loop.create_future()
        self._queue.append(granted)
        self._waiting += 1
        timer = loop.call_later(self.admission.max_wait_s, _resolve, granted, False)
        try:
            return await granted
        except asyncio.CancelledError:
            # The client went away: a slot handed over in the meantime goes to the next one.
            if granted.done() and not granted.cancelled() and granted.result():
                self._release()
            raise
        finally:
            timer.cancel()
            self._waiting -= 1

    def _release(self) -> None:
        """A finished request's slot: to the longest waiting request, or back to the pool."""
        while self._queue:
            if _resolve(self._queue.popleft(), True):
                return
        self.in_flight -= 1


def _resolve(future: asyncio.Future[bool], value: bool) -> bool:
    if future.done():
        return False
    future.set_result(value)
    return True


def _has_signature(scope: Scope) -> bool:
    wanted = p.HEADER_SIGNATURE.lower().encode("ascii")
    return any(name == wanted for name, _value in scope.get("headers", []))


class AddressGuardMiddleware:
    """429 + Retry-After for unsigned requests from an address whose refusal budget is spent."""

    def __init__(self, app: ASGIApp, refusals: RefusalLog) -> None:
        self.app = app
        self.refusals = refusals

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _has_signature(scope):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else "?"
        wait = self.refusals.addresses.wait_s(address)
        if wait > 0.0:
            self.refusals.note(
                scope.get("method", "?"),
                str(scope.get("path", "")),
                address,
                429,
                p.ERR_RATE_LIMITED,
                None,
                authenticated=False,
            )
            await _answer(
                send,
                429,
                p.ERR_RATE_LIMITED,
                "too many refused requests from this address",
                retry_after_header(wait),
            )
            return
        await self.app(scope, receive, send)
