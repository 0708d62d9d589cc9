"""Connection-level defences for ``qorgau-server serve`` (slowloris, file-descriptor limit).

uvicorn closes an idle keep-alive connection, but it waits forever for the headers of a request
that is trickled in a byte at a time; and a service started with the common soft limit of 1,024
open files stops accepting connections once ~1,000 such clients hold one each, so real schools
wait in the kernel's backlog until they time out. Two fixes: the soft limit is raised to the
hard limit at start, and every connection must deliver a request's headers within
``header_timeout_s`` of connecting (or of the previous response), or it is closed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import resource
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

logger = logging.getLogger("qorgau.server")


def raise_open_file_limit() -> int:
    """Raise the soft RLIMIT_NOFILE to the hard limit; return the soft limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError) as exc:
            logger.warning("could not raise the open-file limit from %d: %s", soft, exc)
    return soft


KEEP_ALIVE_S = 30
# The most a request's line and headers may take (uvicorn's h11 default is the same 16 KiB): a
# client trickling headers within the deadline cannot make one connection hold more memory.
MAX_HEADER_BYTES = 16 * 1024


def header_timeout_protocol(
    header_timeout_s: float, keep_alive_s: float = KEEP_ALIVE_S
) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol with a deadline for each request's headers: ``header_timeout_s``
    from connecting, or idle keep-alive plus that after a response (any byte cancels uvicorn's
    keep-alive timer, so a connection could otherwise trickle forever after its first request);
    and at most ``MAX_HEADER_BYTES`` received before the headers are complete.

    httptools (llhttp, in C) rather than uvicorn's pure-Python h11: under a burst of a thousand
    schools the event loop parses every request, the ones it sheds included.
    """

    class HeaderTimeoutHttpTools(HttpToolsProtocol):
        _header_timer: asyncio.TimerHandle | None = None
        _waiting_after: object = None
        _header_bytes = 0

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm(header_timeout_s)

        def _arm(self, seconds: float) -> None:
            self._disarm()
            # The request cycle current when the wait began: a new one means headers arrived.
            self._waiting_after = self.cycle
            self._header_bytes = 0
            self._header_timer = self.loop.call_later(seconds, self._expired)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _expired(self) -> None:
            self._header_timer = None
            if self.cycle is self._waiting_after and not self.transport.is_closing():
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            waiting = self._header_timer is not None
            if waiting:
                self._header_bytes += len(data)
            super().data_received(data)
            if not waiting or self.transport.is_closing():
                return
            if self.cycle is not self._waiting_after:
                self._disarm()
            elif self._header_bytes > MAX_HEADER_BYTES:
                self._disarm()
                self.send_400_response("Request headers too large.")

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm(keep_alive_s + header_timeout_s)

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return HeaderTimeoutHttpTools


# ``serve --workers N`` hands uvicorn's spawned worker processes the protocol by import path, so
# the class must be importable: its header deadline comes from the environment ``serve`` set.
ENV_HEADER_TIMEOUT = "QORGAU_SERVER_HEADER_TIMEOUT_S"
EnvironmentHeaderTimeoutHttpTools = header_timeout_protocol(
    float(os.environ.get(ENV_HEADER_TIMEOUT) or 10.0)
)


def uvicorn_options(header_timeout_s: float, workers: int = 1) -> dict[str, Any]:
    """Options of ``uvicorn.Config``; with workers, sets ``ENV_HEADER_TIMEOUT`` for them."""
    os.environ[ENV_HEADER_TIMEOUT] = repr(header_timeout_s)
    http: str | type[asyncio.Protocol] = (
        "server.serving:EnvironmentHeaderTimeoutHttpTools"
        if workers > 1
        else header_timeout_protocol(header_timeout_s)
    )
    return {
        "http": http,
        # Idle keep-alive connections go after this; the header deadline covers slow ones.
        "timeout_keep_alive": KEEP_ALIVE_S,
        # asyncio's own event loop, not uvloop. uvloop runs libuv without the GIL and takes it
        # back for every callback (each accepted connection, each read), each time behind the
        # handler threads that hold it for up to a switch interval. In a burst of 1,000 schools
        # the connections then waited in the kernel's accept queue: ~250 accepted per second
        # and process, a p50 of 0.7-0.9 s from connect to accept. asyncio holds the GIL for a
        # whole turn of its loop and accepts them all in one. Burst benchmark, interleaved runs:
        # accepted p99 241-374 ms against 1,232-1,565 ms with uvloop, at the same throughput.
        "loop": "asyncio",
        # Keep accepting under a burst of connections (the kernel queue, not ours, is the limit).
        "backlog": 4096,
        # No limit_concurrency: uvicorn counts open connections against it, so a thousand slow
        # ones would turn every real request into a 503. Requests in flight are bounded by the
        # app (server.limits.LoadShedMiddleware), slow connections by the header deadline.
    }
