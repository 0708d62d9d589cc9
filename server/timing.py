"""``Server-Timing`` on every answer: how long the server had the request.

A school sees a slow answer; the header (W3C Server Timing) tells whether the time was spent in
the server or before and after it (the network, a reverse proxy, a busy client). A proxy can log
it (nginx: ``$upstream_http_server_timing``), and the load benchmark reports it beside the
latency its schools observed (benchmarks/server_figures.py).

``app;dur=`` is milliseconds from the moment the request's headers reached the application to
the moment its answer's headers were sent: reading the body, waiting for a slot, the handler and
the database included; the event loop's queue before the headers are parsed is not.
"""

from __future__ import annotations

import time

from server.limits import ASGIApp, Message, Receive, Scope, Send

HEADER = b"server-timing"


def format_duration(seconds: float) -> bytes:
    return f"app;dur={seconds * 1000:.1f}".encode("ascii")


def parse_duration_ms(value: str | None) -> float | None:
    """The ``app`` metric's ``dur`` of a Server-Timing header in milliseconds, if present."""
    if not value:
        return None
    for metric in value.split(","):
        name, *params = (part.strip() for part in metric.split(";"))
        if name != "app":
            continue
        for param in params:
            key, _, number = param.partition("=")
            if key.strip() == "dur":
                try:
                    return float(number)
                except ValueError:
                    return None
    return None


class ServerTimingMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((HEADER, format_duration(time.perf_counter() - started)))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, timed_send)
