"""Load generator of the server benchmarks: one process simulating many enrolled schools.

``benchmarks.server_figures`` starts several of these (``python -m benchmarks.server_load``) so
that the generator's own CPU is spread over processes, and talks to each over stdin/stdout:

1. one JSON line on stdin: the server URLs, an enrollment code per school, a payload template,
   the shape of the load and the mode (``ingest`` or ``outage``);
2. the process enrolls its schools (a fresh Ed25519 device key each, a real ``POST /v1/enroll``)
   and prints ``{"ready": ...}``;
3. on a ``go`` line every school starts at once on its own thread, with its own
   ``sync.transport.ServerClient`` (the client's real signing, request bodies and 429/503
   handling; each school's first receipts verified), and the process prints one JSON line of
   results when all are done.

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

import contextlib
import io
import json
import random
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from requests.adapters import HTTPAdapter

from sync.backoff import Backoff
from sync.engine import DEFAULT_BATCH, is_outage, probe_backoff
from sync.protocol import (
    CanonicalNotification,
    canonical_notification,
    make_wire_notification,
    public_key_to_b64,
)
from sync.transport import (
    ServerBusy,
    ServerClient,
    ServerError,
    ServerUnreachable,
    TransportError,
)

# Threads mostly wait on sockets; a small stack keeps 250 of them cheap.
THREAD_STACK_BYTES = 512 * 1024
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
    latencies_ms: list[float] = field(default_factory=list)
    sent_at: list[float] = field(default_factory=list)  # monotonic time of each accepted request
    statuses: Counter[str] = field(default_factory=Counter)
    probes: int = 0
    first_ok: float | None = None
    last_done: float | None = None
    error: str | None = None


@dataclass
class School:
    index: int
    client: ServerClient
    items: list[CanonicalNotification]
    stats: SchoolStats = field(default_factory=SchoolStats)


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
    return School(index, client, _items(template, count))


def _status_of(exc: TransportError) -> str:
    if isinstance(exc, ServerBusy | ServerError):
        return str(exc.status)
    if isinstance(exc, ServerUnreachable):
        return "unreachable"
    return type(exc).__name__


def _send(school: School, batch: list[CanonicalNotification]) -> None:
    """One signed request; receipts verified; raises TransportError as the engine sees it."""
    stats = school.stats
    started = time.perf_counter()
    stats.requests += 1
    answer = school.client.post_notifications(batch)
    stats.latencies_ms.append((time.perf_counter() - started) * 1000)
    stats.sent_at.append(time.monotonic() - stats.latencies_ms[-1] / 1000)
    if not stats.delivered:
        # The school's first receipts are verified as the client does (pinned key, id, hash);
        # after that only their status is read: verifying is client work (~0.15 ms a receipt
        # here) that would make the generator, not the server, the limit.
        results = school.client.verify_delivery(answer)
        bad: list[tuple[object, object, object]] = [
            (r.id, r.status, r.error) for r in results if not r.delivered
        ]
    else:
        raw = [r if isinstance(r, dict) else {} for r in answer.raw_results]
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


def run_ingest(school: School, batch_size: int) -> None:
    backoff = Backoff(rng=random.Random(school.index))
    for start in range(0, len(school.items), batch_size):
        batch = school.items[start : start + batch_size]
        while True:
            try:
                _send(school, batch)
                backoff.reset()
                break
            except ServerBusy as exc:
                school.stats.statuses[_status_of(exc)] += 1
                time.sleep(backoff.next_delay(exc.retry_after))
            except (ServerUnreachable, ServerError) as exc:
                school.stats.statuses[_status_of(exc)] += 1
                time.sleep(backoff.next_delay())


def _reachable(school: School) -> bool:
    school.stats.probes += 1
    try:
        school.client.health()
    except TransportError:
        return False
    return True


def run_outage(school: School, batch_size: int) -> None:
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
                _send(school, batch)
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
                if _reachable(school):
                    probes.reset()
                    break
                next_probe = now + probes.next_delay()
                continue
            time.sleep(max(0.0, min(deadline, next_probe) - now))


def _run_threads(schools: list[School], body: Callable[[School], None]) -> None:
    def guarded(school: School) -> None:
        try:
            body(school)
        except Exception as exc:
            school.stats.error = f"{type(exc).__name__}: {exc}"

    threading.stack_size(THREAD_STACK_BYTES)
    threads = [threading.Thread(target=guarded, args=(s,), daemon=True) for s in schools]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


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
    print(json.dumps({"ready": len(schools)}), file=stdout, flush=True)
    if stdin.readline().strip() != "go":
        return
    went = time.monotonic()
    cpu_before = time.process_time()
    batch: int = config["batch"]
    if config["mode"] == "ingest":
        _run_threads(schools, lambda s: run_ingest(s, batch))
    else:
        _run_threads(schools, lambda s: run_outage(s, min(batch, DEFAULT_BATCH)))
    cpu_s = time.process_time() - cpu_before
    statuses: Counter[str] = Counter()
    for school in schools:
        statuses.update(school.stats.statuses)
        school.client.close()
    result = {
        "went": went,
        "cpu_s": cpu_s,
        "schools": len(schools),
        "delivered": sum(s.stats.delivered for s in schools),
        "requests": sum(s.stats.requests for s in schools),
        "latencies_ms": [round(x, 2) for s in schools for x in s.stats.latencies_ms],
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
