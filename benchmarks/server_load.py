"""Load generator of the server benchmarks: one process simulating many enrolled schools.

``benchmarks.server_figures`` starts several of these (``python -m benchmarks.server_load``) so
that the generator's own CPU is spread over processes, and talks to each over stdin/stdout:

1. one JSON line on stdin: the server URLs, an enrollment code per school, a payload template,
   the shape of the load and the mode (``ingest`` or ``outage``);
2. the process enrolls its schools (a fresh Ed25519 device key each, a real ``POST /v1/enroll``)
   and prints ``{"ready": ...}``;
3. on a ``go`` line every school starts at once, and the process prints one JSON line of
   results when all are done.

The timed part runs every school of the process as a coroutine on one event loop, each
with its own keep-alive HTTP/1.1 connection (``WireConnection``), but with the client's own
pieces: the request body (``delivery_request_body``), the signature
(``ServerClient.signature_headers``), the reading of the answer (``interpret_response``: 429/503
with Retry-After, 5xx, refusals), the backoff (``sync.backoff``, ``probe_backoff``, ``is_outage``),
and each school's first receipts verified (``verify_delivery``). Why not ``ServerClient`` itself
on a thread per school: ``requests`` cost ~1.5 ms of CPU per request, and on a machine where the
generator shares the cores with the server, 1,000 threads signing and sending at once held the
cores for the first second of a burst; the server's answers waited for the generator.

Each school connects from its own loopback address (127.1.x.y), as real schools come from their
own addresses: the server's per-address defences must see a thousand clients, not one.

* ``ingest``: each school sends ``per_school`` notifications in requests of ``batch``, one after
  the other, backing off on 503/429 (full jitter, at least ``Retry-After``) like the engine.
* ``outage``: each school behaves like ``sync.engine.run_forever`` with a queue of
  ``per_school``: batches of up to ``DEFAULT_BATCH`` while the server answers; after an error
  the delivery backoff, shortened by health probes on their own full-jitter backoff while the
  server cannot be reached at all (no probe after a 503). Started while the server is down.

``python -m benchmarks.server_load codes N --district D [GLOBAL_ARGS...]`` prints N enrollment
codes, one a line, issued in one process through ``server.cli.main`` (the CLI's own code path,
with the same ``--data-dir``/``--database`` options an administrator gives).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import io
import json
import random
import sys
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from server.timing import parse_duration_ms
from sync.backoff import Backoff
from sync.engine import DEFAULT_BATCH, is_outage, probe_backoff
from sync.protocol import (
    PATH_HEALTH,
    PATH_NOTIFICATIONS,
    CanonicalNotification,
    ProtocolError,
    canonical_notification,
    delivery_request_body,
    make_wire_notification,
    public_key_to_b64,
)
from sync.transport import (
    MAX_RESPONSE_BYTES,
    BadResponse,
    DeliveryAnswer,
    ServerBusy,
    ServerClient,
    ServerError,
    ServerUnreachable,
    TransportError,
)

ENROLL_THREADS = 8


def source_address(index: int) -> str:
    """A distinct loopback address per school (Linux routes all of 127/8 to lo)."""
    return f"127.1.{index // 250}.{index % 250 + 1}"


class _SourceAddressAdapter(HTTPAdapter):
    def __init__(self, address: str) -> None:
        self._address = address
        super().__init__(pool_connections=1, pool_maxsize=1)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["source_address"] = (self._address, 0)
        super().init_poolmanager(*args, **kwargs)


def _from_address(client: ServerClient, address: str) -> ServerClient:
    # ServerClient keeps one requests.Session (private); only the socket's source changes.
    session: requests.Session = client._session
    session.mount("http://", _SourceAddressAdapter(address))
    return client


@dataclass
class SchoolStats:
    delivered: int = 0
    requests: int = 0
    latencies_ms: list[float] = field(default_factory=list)  # as the school saw them
    server_ms: list[float] = field(default_factory=list)  # the server's own part (Server-Timing)
    sent_at: list[float] = field(default_factory=list)  # monotonic time of each accepted request
    statuses: Counter[str] = field(default_factory=Counter)
    probes: int = 0
    first_ok: float | None = None
    last_done: float | None = None
    error: str | None = None
    # The school's first answer, its receipts verified once the load is over (verify_first).
    first_answer: DeliveryAnswer | None = None


class WireConnection:
    """One school's keep-alive HTTP/1.1 connection from its own source address.

    Only what the benchmark needs: ``Content-Length`` or chunked answers, reconnecting after
    the server closed an idle connection. Failures to connect, resets, timeouts and cut answers
    are ``ServerUnreachable``, as ``ServerClient`` reports them to the engine.
    """

    def __init__(self, base_url: str, source: str, timeout: tuple[float, float]) -> None:
        parts = urlsplit(base_url)
        if parts.scheme != "http" or parts.hostname is None or parts.port is None:
            raise ValueError(f"the load generator speaks plain HTTP to host:port, not {base_url}")
        self.host, self.port, self.source = parts.hostname, parts.port, source
        self.connect_timeout, self.read_timeout = timeout
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, CaseInsensitiveDict[str], bytes]:
        reused = self._streams is not None
        try:
            return await self._exchange(method, target, headers, body)
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            self.close()
            if not reused:
                raise ServerUnreachable(f"{self.host}:{self.port} unreachable: {exc!r}") from exc
        # The server closes a connection idle past its keep-alive; the request never reached it.
        try:
            return await self._exchange(method, target, headers, body)
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            self.close()
            raise ServerUnreachable(f"{self.host}:{self.port} unreachable: {exc!r}") from exc

    async def _exchange(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, CaseInsensitiveDict[str], bytes]:
        if self._streams is None:
            try:
                self._streams = await asyncio.wait_for(
                    asyncio.open_connection(self.host, self.port, local_addr=(self.source, 0)),
                    self.connect_timeout,
                )
            except (OSError, TimeoutError) as exc:
                raise ServerUnreachable(f"{self.host}:{self.port} unreachable: {exc!r}") from exc
        reader, writer = self._streams
        head = [f"{method} {target} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        head += [f"{name}: {value}" for name, value in headers.items()]
        head.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        try:
            status, answer_headers, content = await asyncio.wait_for(
                self._read_answer(reader), self.read_timeout
            )
        except TimeoutError as exc:
            self.close()
            raise ServerUnreachable(f"{self.host}:{self.port} timed out") from exc
        except asyncio.LimitOverrunError as exc:
            self.close()
            raise BadResponse("response headers larger than the generator reads") from exc
        if answer_headers.get("Connection", "").lower() == "close":
            self.close()
        return status, answer_headers, content

    @staticmethod
    async def _read_answer(
        reader: asyncio.StreamReader,
    ) -> tuple[int, CaseInsensitiveDict[str], bytes]:
        lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        try:
            status = int(lines[0].split(" ", 2)[1])
        except (IndexError, ValueError) as exc:
            raise BadResponse(f"not an HTTP status line: {lines[0][:80]!r}") from exc
        headers: CaseInsensitiveDict[str] = CaseInsensitiveDict()
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip()] = value.strip()
        if headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                chunks.append((await reader.readexactly(size + 2))[:-2])
            await reader.readuntil(b"\r\n")
            content = b"".join(chunks)
        else:
            length = int(headers.get("Content-Length", "0"))
            if length > MAX_RESPONSE_BYTES:
                raise BadResponse("response larger than the protocol allows")
            content = await reader.readexactly(length)
        return status, headers, content

    def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()
            self._streams = None


@dataclass(frozen=True)
class Prepared:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class School:
    index: int
    client: ServerClient  # enrolled; its keys, pinned server key and answer handling
    wire: WireConnection
    items: list[CanonicalNotification]
    stats: SchoolStats = field(default_factory=SchoolStats)

    def prepare(self, method: str, path: str, body: bytes | None) -> Prepared:
        """A request as ``ServerClient`` builds it: signed when it has a body."""
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
            headers.update(self.client.signature_headers(method, path, body))
        return Prepared(method, path, headers, body or b"")

    async def exchange(self, request: Prepared) -> tuple[dict[str, Any], float | None]:
        """Send a prepared request: the answer, and the server's own time for it in ms
        (``Server-Timing``)."""
        status, answer_headers, content = await self.wire.request(
            request.method, request.path, request.headers, request.body
        )
        data = self.client.interpret_response(status, answer_headers, content)
        return data, parse_duration_ms(answer_headers.get("Server-Timing"))

    async def call(
        self, method: str, path: str, body: bytes | None
    ) -> tuple[dict[str, Any], float | None]:
        return await self.exchange(self.prepare(method, path, body))


def _items(template: dict[str, Any], count: int) -> list[CanonicalNotification]:
    out = []
    for _ in range(count):
        payload = dict(template)
        payload["id"] = str(uuid.uuid4())
        out.append(canonical_notification(make_wire_notification(payload["id"], payload)))
    return out


def _enroll(index: int, url: str, code: str, template: dict[str, Any], count: int) -> School:
    key = Ed25519PrivateKey.generate()
    client = _from_address(ServerClient(url), source_address(index))
    backoff = Backoff(rng=random.Random(index))
    while True:  # a shed enrollment is retried when the server says, as the wizard lets one
        try:
            result = client.enroll(
                code, public_key_to_b64(key.public_key()), f"bench-school-{index}"
            )
            break
        except ServerBusy as exc:
            time.sleep(backoff.next_delay(exc.retry_after))
    client.server_public_key = result.server_public_key
    client.device_id = result.device_id
    client.device_key = key
    wire = WireConnection(url, source_address(index), client.timeout)
    return School(index, client, wire, _items(template, count))


def _status_of(exc: TransportError) -> str:
    if isinstance(exc, ServerBusy | ServerError):
        return str(exc.status)
    if isinstance(exc, ServerUnreachable):
        return "unreachable"
    return type(exc).__name__


async def _send(school: School, batch: list[CanonicalNotification]) -> None:
    """One signed request; receipts verified; raises TransportError as the engine sees it."""
    stats = school.stats
    request = school.prepare("POST", PATH_NOTIFICATIONS, delivery_request_body(batch))
    # The clock starts when the request is ready, as it would on the school's own PC: building
    # and signing it is that PC's work. Here a few hundred schools share one event loop, and a
    # clock started before that work also ran while the loop built every other school's
    # request (~0.5 ms each) before it got back to this one: at "go", the first wave was
    # measured 122-158 ms longer than the server and the network made it (the 16 worst
    # requests of a run's 2,000). Yielding once lets every school starting now prepare its
    # request before any of them starts its clock.
    await asyncio.sleep(0)
    started = time.perf_counter()
    stats.requests += 1
    data, server_ms = await school.exchange(request)
    stats.latencies_ms.append((time.perf_counter() - started) * 1000)
    stats.sent_at.append(time.monotonic() - stats.latencies_ms[-1] / 1000)
    if server_ms is None:
        raise BadResponse("an answer without Server-Timing")
    stats.server_ms.append(server_ms)
    raw_results = data.get("results")
    if not isinstance(raw_results, list) or len(raw_results) != len(batch):
        raise BadResponse(f"results do not match the {len(batch)} notifications sent")
    if not stats.delivered:
        # Verified after the load (verify_first), not here: verifying is client work (~0.15 ms
        # a receipt) that a real school does on its own PC. Here it would land on the cores the
        # server uses, in the first second of the burst, and hold this event loop while other
        # schools' answers wait unread (their latency measured longer than the server made it).
        stats.first_answer = DeliveryAnswer(tuple(batch), tuple(raw_results))
    raw = [r if isinstance(r, dict) else {} for r in raw_results]
    bad = [
        (r.get("id"), r.get("status"), r.get("error"))
        for r in raw
        if r.get("status") != 200 or not r.get("receipt")
    ]
    if bad:
        raise RuntimeError(f"not delivered: {bad[0]}")
    stats.statuses["200"] += 1
    stats.delivered += len(batch)
    now = time.monotonic()
    stats.first_ok = stats.first_ok or now
    stats.last_done = now


async def run_ingest(school: School, batch_size: int) -> None:
    backoff = Backoff(rng=random.Random(school.index))
    for start in range(0, len(school.items), batch_size):
        batch = school.items[start : start + batch_size]
        while True:
            try:
                await _send(school, batch)
                backoff.reset()
                break
            except ServerBusy as exc:
                school.stats.statuses[_status_of(exc)] += 1
                await asyncio.sleep(backoff.next_delay(exc.retry_after))
            except (ServerUnreachable, ServerError) as exc:
                school.stats.statuses[_status_of(exc)] += 1
                await asyncio.sleep(backoff.next_delay())


async def _reachable(school: School) -> bool:
    school.stats.probes += 1
    try:
        await school.call("GET", PATH_HEALTH, None)
    except TransportError:
        return False
    return True


async def run_outage(school: School, batch_size: int) -> None:
    """``run_forever`` for one school with a queue: rounds of ``sync_once``, then waits."""
    backoff = Backoff(rng=random.Random(school.index))
    probes = probe_backoff(backoff)
    pending = list(school.items)
    while pending:
        retry_after: float | None = None
        unreachable = False
        while pending:  # one sync_once: batches until everything is out or an error
            batch = pending[:batch_size]
            try:
                await _send(school, batch)
            except ServerBusy as exc:
                school.stats.statuses[_status_of(exc)] += 1
                retry_after = exc.retry_after
                break
            except (ServerUnreachable, ServerError) as exc:
                school.stats.statuses[_status_of(exc)] += 1
                unreachable = is_outage(exc)
                break
            del pending[: len(batch)]
        if not pending:
            break
        now = time.monotonic()
        deadline = now + backoff.next_delay(retry_after)
        next_probe = now + probes.next_delay() if unreachable else float("inf")
        while (now := time.monotonic()) < deadline:
            if now >= next_probe:
                if await _reachable(school):
                    probes.reset()
                    break
                next_probe = now + probes.next_delay()
                continue
            await asyncio.sleep(max(0.0, min(deadline, next_probe) - now))


def verify_first(school: School) -> None:
    """The school's first receipts verified as the client does (pinned server key, id, payload
    hash); a receipt that fails is the school's error, and the benchmark fails on it."""
    answer = school.stats.first_answer
    if answer is None or school.stats.error is not None:
        return
    try:
        results = school.client.verify_delivery(answer)
    except (TransportError, ProtocolError) as exc:
        school.stats.error = f"first receipts: {type(exc).__name__}: {exc}"
        return
    bad = [(r.id, r.status, r.error) for r in results if not r.delivered]
    if bad:
        school.stats.error = f"first receipts not valid: {bad[0]}"


def _run_all(schools: list[School], body: Callable[[School], Awaitable[None]]) -> None:
    """Every school at once on one event loop; an exception ends only its own school."""

    async def guarded(school: School) -> None:
        try:
            await body(school)
        except Exception as exc:
            school.stats.error = f"{type(exc).__name__}: {exc}"
        finally:
            school.wire.close()

    async def everyone() -> None:
        await asyncio.gather(*(guarded(school) for school in schools))

    asyncio.run(everyone())


def generate(config: dict[str, Any], stdin: io.TextIOBase, stdout: io.TextIOBase) -> None:
    urls: list[str] = config["urls"]
    first: int = config["first_index"]
    per_school: int = config["per_school"]
    template: dict[str, Any] = config["template"]
    jobs = [
        (first + n, urls[(first + n) % len(urls)], code) for n, code in enumerate(config["codes"])
    ]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(ENROLL_THREADS) as pool:
        schools = list(pool.map(lambda j: _enroll(j[0], j[1], j[2], template, per_school), jobs))
    # Everything built so far (the schools' notifications, keys, sessions) lives until the end:
    # out of the collector's sight, a full collection does not walk it. Measured: one such
    # collection of ~0.12 s in most generators, in the first 0.2 s of the burst.
    gc.freeze()
    print(json.dumps({"ready": len(schools)}), file=stdout, flush=True)
    if stdin.readline().strip() != "go":
        return
    went = time.monotonic()
    cpu_before = time.process_time()
    batch: int = config["batch"]
    if config["mode"] == "ingest":
        _run_all(schools, lambda s: run_ingest(s, batch))
    else:
        _run_all(schools, lambda s: run_outage(s, min(batch, DEFAULT_BATCH)))
    cpu_s = time.process_time() - cpu_before
    statuses: Counter[str] = Counter()
    for school in schools:
        verify_first(school)
        statuses.update(school.stats.statuses)
        school.client.close()
    result = {
        "went": went,
        "cpu_s": cpu_s,
        "schools": len(schools),
        "delivered": sum(s.stats.delivered for s in schools),
        "requests": sum(s.stats.requests for s in schools),
        "latencies_ms": [round(x, 2) for s in schools for x in s.stats.latencies_ms],
        "server_ms": [x for s in schools for x in s.stats.server_ms],
        "sent_at": [round(x - went, 3) for s in schools for x in s.stats.sent_at],
        "statuses": dict(statuses),
        "probes": sum(s.stats.probes for s in schools),
        "first_ok": [s.stats.first_ok for s in schools],
        "last_done": [s.stats.last_done for s in schools],
        "errors": [s.stats.error for s in schools if s.stats.error][:5],
    }
    print(json.dumps(result), file=stdout, flush=True)


def issue_codes(count: int, district: str, global_args: list[str]) -> list[str]:
    """``enroll-code`` ``count`` times in this process; the code is its output's last line."""
    from server.cli import main as server_cli

    codes = []
    for n in range(count):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = server_cli(
                [
                    *global_args,
                    "enroll-code",
                    "--school",
                    f"Bench school {n}",
                    "--district",
                    district,
                ]
            )
        if status != 0:
            raise SystemExit(f"enroll-code failed with status {status}")
        codes.append(out.getvalue().rstrip("\n").splitlines()[-1])
    return codes


def main(argv: list[str]) -> int:
    if argv[:1] == ["codes"]:
        count, district = int(argv[1]), argv[3]
        assert argv[2] == "--district"
        for code in issue_codes(count, district, argv[4:]):
            print(code)
        return 0
    config = json.loads(sys.stdin.readline())
    generate(config, sys.stdin, sys.stdout)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
