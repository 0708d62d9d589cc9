"""Load limits of the reference server: shedding, per-address and per-device rates, refusal log.

Why here and not in the handlers: a server that anyone can reach must stay cheap to refuse.

* ``LoadShedMiddleware`` bounds the requests being worked on at once; one more is answered
  ``503`` with a jittered ``Retry-After`` at once, instead of queueing for a thread until the
  client times out (DESIGN §8: under overload only 503 with Retry-After).
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

import json
import logging
import math
import random
import threading
from collections import Counter, OrderedDict
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


@dataclass(frozen=True)
class Limits:
    """Defaults sized for one district server on two cores; ``qorgau-server serve`` options."""

    # Requests being handled at once (the thread pool has 40 threads): beyond this, 503.
    max_in_flight: int = 64
    # Retry-After of a 503 is drawn from this range, so shed clients do not come back together.
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


class LoadShedMiddleware:
    """At most ``max_in_flight`` requests inside the app; the next one gets 503 + Retry-After.

    Runs on the event loop only, so a plain counter is safe.
    """

    def __init__(self, app: ASGIApp, limits: Limits, on_shed: Callable[[], None]) -> None:
        self.app = app
        self.limits = limits
        self.on_shed = on_shed
        self.in_flight = 0
        self._rng = random.Random()  # noqa: S311 (jitter, not a secret)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limits.max_in_flight:
            self.on_shed()
            low, high = self.limits.shed_retry_after_s
            await _answer(
                send,
                503,
                p.ERR_OVERLOADED,
                "server busy, retry later",
                str(self._rng.randint(low, high)),
            )
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1


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
