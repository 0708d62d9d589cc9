"""The reference server under hostile or heavy load (issue 12 "The server", issue 9 "Load
behaviour"): real server processes on loopback, real sockets, every loop bounded.

Addresses: uvicorn trusts ``X-Forwarded-For`` from 127.0.0.1 (as from a reverse proxy on the
same host), so a test gives its "attacker" a documentation address (198.51.100.0/24) and the
attacker's budget is not the one of the real clients on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import resource
import socket
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from server.storage import DB_FILENAME
from sync.protocol import (
    PATH_ACKNOWLEDGEMENTS,
    PATH_ENROLL,
    PATH_NOTIFICATIONS,
    ack_etag,
    canonical_json,
    public_key_to_b64,
    sign_request,
)
from sync.transport import (
    ServerBusy,
    ServerClient,
)
from tests.support.devices import (
    deliver_all,
    enroll_device,
    enroll_many,
    notification,
    post_signed,
)
from tests.support.server_process import (
    ServerProcess,
    make_enroll_code,
    open_storage,
    run_cli,
    running_server,
)

ATTACKER = {"X-Forwarded-For": "198.51.100.7"}


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.trust_env = False
        yield session


def _db_bytes(data_dir: Path) -> int:
    return sum(
        (data_dir / (DB_FILENAME + suffix)).stat().st_size
        for suffix in ("", "-wal")
        if (data_dir / (DB_FILENAME + suffix)).exists()
    )


def _garbage(base_url: str, count: int, seen: Counter[int]) -> None:
    """``count`` requests a scanner would send: unsigned deliveries, wrong paths, bad codes."""
    kinds = (
        ("POST", PATH_NOTIFICATIONS, b'{"notifications": []}'),
        ("GET", "/wp-login.php", b""),
        ("POST", PATH_ENROLL, b'{"code": "AAAA", "device_public_key": "x", "device_name": "x"}'),
        ("GET", PATH_ACKNOWLEDGEMENTS + "?after=1", b""),
    )
    with requests.Session() as session:
        session.trust_env = False
        for i in range(count):
            method, path, body = kinds[i % len(kinds)]
            response = session.request(
                method, base_url + path, data=body or None, headers=ATTACKER, timeout=10
            )
            seen[response.status_code] += 1


def _server_ids(data_dir: Path) -> list[str]:
    storage = open_storage(data_dir)
    try:
        return [r.id for r in storage.list_notifications()]
    finally:
        storage.close()


@pytest.mark.one_backend
def test_garbage_does_not_grow_the_database_and_deliveries_go_through(
    fresh_server: ServerProcess,
) -> None:
    device = enroll_device(fresh_server)
    try:
        device.client.deliver([notification()])  # the schema and WAL are warm
        before = _db_bytes(fresh_server.data_dir)
        seen: Counter[int] = Counter()
        with ThreadPoolExecutor(max_workers=4) as pool:
            for future in [pool.submit(_garbage, fresh_server.base_url, 750, seen) for _ in "abcd"]:
                future.result()
        after = _db_bytes(fresh_server.data_dir)
        assert sum(seen.values()) == 3000
        assert after == before, f"3,000 refused requests grew the database by {after - before} B"
        # The address that keeps getting refused is told to slow down.
        assert seen[429] > 0
        assert set(seen) <= {401, 403, 404, 422, 429}

        # Deliveries go through while the garbage keeps coming.
        background: Counter[int] = Counter()
        with ThreadPoolExecutor(max_workers=2) as pool:
            noise = [pool.submit(_garbage, fresh_server.base_url, 500, background) for _ in "ab"]
            sent = [notification() for _ in range(20)]
            for item in sent:
                results = device.client.deliver([item])
                assert results[0].delivered
            for future in noise:
                future.result()
        assert set(_server_ids(fresh_server.data_dir)) >= {n["id"] for n in sent}
    finally:
        device.client.close()


def test_an_authenticated_device_refusal_is_logged_durably(fresh_server: ServerProcess) -> None:
    device = enroll_device(fresh_server)
    try:
        response = post_signed(fresh_server.base_url, device, b'{"notifications": "not a list"}')
        assert response.status_code == 422
    finally:
        device.client.close()
    storage = open_storage(fresh_server.data_dir)
    try:
        latest = storage.refusals(limit=1)[0]
    finally:
        storage.close()
    assert (latest.status, latest.error, latest.device_id) == (422, "malformed", device.device_id)


def _raise_own_open_files(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft >= needed:
        return
    if hard != resource.RLIM_INFINITY and hard < needed:
        pytest.skip(f"the open-file hard limit ({hard}) is below the {needed} this test needs")
    resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


SLOW_CONNECTIONS = 1100


def _slow_clients(port: int, count: int) -> list[socket.socket]:
    """``count`` connections that each sent the start of a request and then stall."""
    sockets: list[socket.socket] = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.setblocking(False)
        try:
            sock.send(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        except BlockingIOError:
            pass
        sockets.append(sock)
    return sockets


def _trickle(sockets: list[socket.socket], stop: threading.Event, until: float) -> None:
    """One more header byte per connection every half second, until ``stop`` or ``until``."""
    while not stop.is_set() and time.monotonic() < until:
        for sock in sockets:
            try:
                sock.send(b"X")
            except OSError:
                pass  # the server closed it: fine
        stop.wait(0.5)


@pytest.mark.one_backend
def test_slowloris_does_not_starve_a_real_delivery(tmp_path: Path) -> None:
    _raise_own_open_files(SLOW_CONNECTIONS + 512)
    # Started as a service usually is: soft limit 1,024 open files.
    with running_server(tmp_path / "server", open_files_soft=1024) as server:
        device = enroll_device(server)
        sockets: list[socket.socket] = []
        stop = threading.Event()
        try:
            sockets = _slow_clients(server.port, SLOW_CONNECTIONS)
            trickler = threading.Thread(
                target=_trickle, args=(sockets, stop, time.monotonic() + 30.0), daemon=True
            )
            trickler.start()
            with ServerClient(
                server.base_url,
                server_public_key=device.server_key,
                device_id=device.device_id,
                device_key=device.key,
                timeout=(5.0, 8.0),
            ) as client:
                results = client.deliver([notification()])
            assert results[0].delivered
        finally:
            stop.set()
            for sock in sockets:
                sock.close()
            device.client.close()


@pytest.mark.one_backend
def test_headers_trickled_too_slowly_are_cut_off(tmp_path: Path) -> None:
    with running_server(tmp_path / "server", serve_args=("--header-timeout", "1")) as server:
        sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
        try:
            sock.sendall(b"GET /v1/health HTTP/1.1\r\n")
            closed = False
            deadline = time.monotonic() + 6.0
            while time.monotonic() < deadline:
                try:
                    sock.sendall(b"X")
                    sock.settimeout(0.3)
                    if sock.recv(1024) == b"":
                        closed = True
                        break
                except TimeoutError:
                    continue
                except OSError:
                    closed = True
                    break
            assert closed, "the server kept a connection that never finished its headers"
        finally:
            sock.close()


@pytest.mark.one_backend
def test_endless_headers_within_the_deadline_are_refused_and_cut_off(tmp_path: Path) -> None:
    # Fast enough for the header deadline, but never ending: one connection must not grow.
    with running_server(tmp_path / "server") as server:
        sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
        try:
            sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")
            answer = b""
            for n in range(200):  # 200 x 1 KiB of headers, far over the 16 KiB bound
                try:
                    sock.sendall(f"X-Filler-{n}: {'a' * 1000}\r\n".encode("ascii"))
                except OSError:
                    break  # closed by the server
            sock.settimeout(5)
            with contextlib.suppress(OSError):
                while chunk := sock.recv(65536):
                    answer += chunk
            assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
        finally:
            sock.close()
        # The server still answers others.
        assert requests.get(f"{server.base_url}/v1/health", timeout=5).status_code == 200


def test_one_code_thirty_concurrent_enrollments_exactly_one_wins(tmp_path: Path) -> None:
    # A fixed bound of 64: the adaptive admission would start at 8 and shed most of the race.
    with running_server(tmp_path / "server", serve_args=("--target-latency-ms", "0")) as server:
        _thirty_enrollments_one_code(server)


def _thirty_enrollments_one_code(fresh_server: ServerProcess) -> None:
    code = make_enroll_code(fresh_server.data_dir, "Школа гонки")
    start = threading.Barrier(30)

    def attempt(_i: int) -> tuple[int, str]:
        body = canonical_json(
            {
                "code": code,
                "device_public_key": public_key_to_b64(Ed25519PrivateKey.generate().public_key()),
                "device_name": "pc",
            }
        )
        start.wait(timeout=30)
        response = requests.post(
            fresh_server.base_url + PATH_ENROLL,
            data=body,
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
        return response.status_code, response.json().get("error", "")

    with ThreadPoolExecutor(max_workers=30) as pool:
        outcomes = list(pool.map(attempt, range(30)))
    statuses = Counter(status for status, _error in outcomes)
    assert statuses[200] == 1, outcomes
    assert statuses[403] == 29, outcomes
    assert {error for status, error in outcomes if status == 403} == {"code_used"}
    storage = open_storage(fresh_server.data_dir)
    try:
        schools = storage.schools()
    finally:
        storage.close()
    assert len(schools) == 1


@pytest.mark.one_backend
def test_a_device_over_its_rate_gets_429_with_retry_after(tmp_path: Path) -> None:
    with running_server(tmp_path / "server", serve_args=("--device-rate", "1")) as server:
        device = enroll_device(server)
        busy: list[ServerBusy] = []
        try:
            for _ in range(20):  # burst 10, then one per second
                try:
                    device.client.deliver([notification()])
                except ServerBusy as exc:
                    busy.append(exc)
        finally:
            device.client.close()
    assert busy, "twenty requests at once from one device were all served at rate 1/s"
    assert {b.status for b in busy} == {429}
    assert all(b.retry_after is not None and b.retry_after >= 1 for b in busy)


def test_acknowledgements_answer_304_when_nothing_changed(
    fresh_server: ServerProcess, http: requests.Session
) -> None:
    device = enroll_device(fresh_server)
    try:
        item = notification()
        device.client.deliver([item])

        def pull(after: int, etag: str) -> requests.Response:
            path = f"{PATH_ACKNOWLEDGEMENTS}?after={after}"
            headers = sign_request(device.key, device.device_id, "GET", path, b"")
            return http.get(
                fresh_server.base_url + path,
                headers={**headers, "If-None-Match": etag},
                timeout=10,
            )

        unchanged = pull(0, ack_etag(0))
        assert (unchanged.status_code, unchanged.content) == (304, b"")
        run_cli(
            fresh_server.data_dir, "ack", item["id"], "--by", "Инспектор", "--reference", "КУИ 1"
        )
        changed = pull(0, ack_etag(0))
        assert changed.status_code == 200
        assert [a["id"] for a in changed.json()["acknowledgements"]] == [item["id"]]
        assert changed.headers["ETag"] == ack_etag(changed.json()["acknowledgements"][0]["ack_seq"])
        # The client's own method: an empty list on 304, the item once there is one.
        assert (
            device.client.acknowledgements(after=changed.json()["acknowledgements"][0]["ack_seq"])
            == []
        )
    finally:
        device.client.close()


# --------------------------------------------------------------------------- overload

CLIENTS = 24
BATCHES_PER_CLIENT = 3
BATCH = 40


def test_overload_answers_only_200_429_503_and_delivers_exactly_once(tmp_path: Path) -> None:
    # A small in-flight bound stands for a server past its capacity.
    with running_server(tmp_path / "server", serve_args=("--max-in-flight", "3")) as server:
        devices = enroll_many(server, CLIENTS)
        work = {
            d.device_id: [[notification() for _ in range(BATCH)] for _ in range(BATCHES_PER_CLIENT)]
            for d in devices
        }
        statuses: Counter[object] = Counter()
        try:
            with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
                futures = [
                    pool.submit(deliver_all, d, work[d.device_id], statuses) for d in devices
                ]
                for future in futures:
                    future.result()
        finally:
            for d in devices:
                d.client.close()
        ids = _server_ids(server.data_dir)
    assert set(statuses) <= {200, 429, 503}, statuses
    assert statuses[503] > 0, f"no request was shed: {statuses}"
    sent = [n["id"] for batches in work.values() for batch in batches for n in batch]
    assert len(ids) == len(set(ids)) == len(sent)
    assert set(ids) == set(sent)


@pytest.mark.one_backend
def test_one_device_cannot_hold_more_than_two_requests_at_once(
    fresh_server: ServerProcess,
) -> None:
    """Requests of one device waiting for the database (here: held by a writer in this test)
    hold its in-flight slots; the next one is told 429 at once instead of queueing too."""
    device = enroll_device(fresh_server)
    key_copies: list[ServerClient] = []
    outcomes: list[object] = []
    lock = threading.Lock()

    def deliver(client: ServerClient) -> None:
        try:
            result: object = client.deliver([notification()])[0].delivered
        except ServerBusy as exc:
            result = exc
        with lock:
            outcomes.append(result)

    writer = sqlite3.connect(fresh_server.data_dir / DB_FILENAME, isolation_level=None)
    threads: list[threading.Thread] = []
    try:
        writer.execute("BEGIN IMMEDIATE")  # every server write now waits (busy timeout 30 s)
        deadline = time.monotonic() + 10.0
        while time.monotonic() < deadline and len(threads) < 6:
            with lock:
                if any(isinstance(o, ServerBusy) for o in outcomes):
                    break
            client = ServerClient(
                fresh_server.base_url,
                server_public_key=device.server_key,
                device_id=device.device_id,
                device_key=device.key,
                timeout=(5.0, 40.0),
            )
            key_copies.append(client)
            thread = threading.Thread(target=deliver, args=(client,), daemon=True)
            thread.start()
            threads.append(thread)
            time.sleep(0.3)
        with lock:
            refused = [o for o in outcomes if isinstance(o, ServerBusy)]
        writer.execute("COMMIT")
        for thread in threads:
            thread.join(timeout=40)
    finally:
        if writer.in_transaction:
            writer.execute("ROLLBACK")
        writer.close()
        for client in key_copies:
            client.close()
        device.client.close()
    assert refused and all(b.status == 429 and b.retry_after for b in refused), outcomes
    # The two that held the slots waited for the writer and were then delivered.
    assert outcomes.count(True) == 2, outcomes
