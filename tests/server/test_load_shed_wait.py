"""``LoadShedMiddleware``'s short wait for a slot (server/limits.py), on a real event loop with
an app that holds its requests until told to finish."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from server.limits import Limits, LoadShedMiddleware, Message, Receive, Scope, Send
from sync import protocol as p

pytestmark = pytest.mark.one_backend  # no storage


class _HeldApp:
    """Answers 200 to each request once its ``finish`` event is set."""

    def __init__(self) -> None:
        self.finish: dict[str, asyncio.Event] = {}
        self.started: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        name = scope["path"]
        self.started.append(name)
        await self.finish.setdefault(name, asyncio.Event()).wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _request(
    shed: LoadShedMiddleware, name: str
) -> tuple[Callable[[], Coroutine[Any, Any, None]], list[Message]]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    scope: Scope = {"type": "http", "path": name, "method": "POST", "headers": []}

    async def run() -> None:
        await shed(scope, receive, send)

    return run, sent


def _status(sent: list[Message]) -> int:
    return int(next(m["status"] for m in sent if m["type"] == "http.response.start"))


def _one_slot(target_latency_ms: int = 1000) -> tuple[LoadShedMiddleware, _HeldApp, list[int]]:
    app = _HeldApp()
    shed_count: list[int] = []
    limits = Limits(max_in_flight=1, min_in_flight=1, target_latency_ms=target_latency_ms)
    middleware = LoadShedMiddleware(app, limits, on_shed=lambda: shed_count.append(1))
    return middleware, app, shed_count


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def test_a_request_that_finds_the_slot_taken_gets_it_when_it_frees() -> None:
    async def scenario() -> None:
        shed, app, shed_count = _one_slot()
        first, first_sent = _request(shed, "/a")
        second, second_sent = _request(shed, "/b")
        tasks = [asyncio.create_task(first()), asyncio.create_task(second())]
        await _settle()
        assert app.started == ["/a"]  # /b waits, not shed
        app.finish["/a"].set()
        await _settle()
        assert app.started == ["/a", "/b"]
        app.finish["/b"].set()
        await asyncio.gather(*tasks)
        assert (_status(first_sent), _status(second_sent)) == (200, 200)
        assert shed_count == [] and shed.in_flight == 0

    asyncio.run(scenario())


def test_no_more_wait_than_there_are_slots_and_no_wait_past_the_target() -> None:
    async def scenario() -> None:
        shed, app, shed_count = _one_slot(target_latency_ms=50)
        held, _ = _request(shed, "/a")
        waiting, waiting_sent = _request(shed, "/b")
        third, third_sent = _request(shed, "/c")
        tasks = [asyncio.create_task(held()), asyncio.create_task(waiting())]
        await _settle()
        await third()  # one slot, one already waiting: shed at once
        assert _status(third_sent) == 503
        await asyncio.sleep(0.2)  # /a holds its slot past /b's 50 ms
        assert _status(waiting_sent) == 503
        headers = dict(
            next(m for m in waiting_sent if m["type"] == "http.response.start")["headers"]
        )
        assert int(headers[b"retry-after"]) >= 1
        assert app.started == ["/a"] and len(shed_count) == 2
        app.finish["/a"].set()
        await asyncio.gather(*tasks)
        assert shed.in_flight == 0

    asyncio.run(scenario())


def test_a_fixed_bound_sheds_at_once() -> None:
    async def scenario() -> None:
        shed, app, shed_count = _one_slot(target_latency_ms=0)
        held, _ = _request(shed, "/a")
        second, second_sent = _request(shed, "/b")
        task = asyncio.create_task(held())
        await _settle()
        await second()
        assert _status(second_sent) == 503 and shed_count == [1]
        app.finish["/a"].set()
        await task

    asyncio.run(scenario())


def test_a_waiting_client_that_leaves_passes_its_slot_on() -> None:
    async def scenario() -> None:
        shed, app, _ = _one_slot()
        held, _ = _request(shed, "/a")
        leaving, _ = _request(shed, "/b")
        task_a = asyncio.create_task(held())
        await _settle()
        task_b = asyncio.create_task(leaving())
        await _settle()
        app.finish["/a"].set()
        await asyncio.sleep(0)  # /a finishes and hands its slot to /b ...
        task_b.cancel()  # ... whose client is gone before it ran
        await asyncio.gather(task_a, task_b, return_exceptions=True)
        assert task_b.cancelled() and app.started == ["/a"]
        assert shed.in_flight == 0  # the slot is free again, not lost
        later, later_sent = _request(shed, "/c")
        app.finish["/c"] = asyncio.Event()
        app.finish["/c"].set()
        await later()
        assert _status(later_sent) == 200

    asyncio.run(scenario())


def test_health_probes_neither_wait_nor_take_a_slot() -> None:
    async def scenario() -> None:
        shed, app, _ = _one_slot()
        held, _ = _request(shed, "/a")
        task = asyncio.create_task(held())
        await _settle()
        app.finish[p.PATH_HEALTH] = asyncio.Event()
        app.finish[p.PATH_HEALTH].set()
        probe, probe_sent = _request(shed, p.PATH_HEALTH)
        await probe()
        assert _status(probe_sent) == 200 and shed.in_flight == 1
        app.finish["/a"].set()
        await task

    asyncio.run(scenario())
