"""A storage's connections live as long as the threads that use them (server/thread_connections.py).

The server's blocking work runs in anyio's thread pool, which retires a thread after 10 s idle
and starts new ones for the next burst. Each retired thread's connection used to stay open until
the server stopped: PostgreSQL ran out of connections, SQLite out of file descriptors.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest

from server.storage import SQLiteStorage, SQLStorage
from tests.support.devices import deliver_all, enroll_many, notification
from tests.support.server_process import database_for, open_storage, run_cli, running_server

BURSTS = 5
THREADS_PER_BURST = 8


def _burst(storage: SQLStorage) -> None:
    """Like a burst of requests on fresh pool threads: each reads, then the thread ends."""
    ready = threading.Barrier(THREADS_PER_BURST)

    def request() -> None:
        ready.wait()  # all alive at once, so each needs a connection of its own
        assert storage.get_device("no-such-device") is None

    threads = [threading.Thread(target=request) for _ in range(THREADS_PER_BURST)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _open_on_postgres(watcher: psycopg.Connection[tuple[int]]) -> int:
    """Other connections to the watcher's database, as PostgreSQL itself counts them."""
    row = watcher.execute(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
    ).fetchone()
    assert row is not None
    return int(row[0])


def _open_on_server(storage: SQLStorage, data_dir: Path) -> int:
    """Connections the database itself sees open (not what the storage believes)."""
    if not isinstance(storage, SQLiteStorage):
        url = database_for(data_dir)
        assert url is not None
        with psycopg.connect(url, autocommit=True) as watcher:
            return _open_on_postgres(watcher)
    database = storage.path.resolve()
    fd_dir = Path("/proc/self/fd")
    count = 0
    for fd in os.listdir(fd_dir):
        try:
            if Path(os.readlink(fd_dir / fd)) == database:
                count += 1
        except OSError:
            continue  # closed meanwhile
    return count


def _settles_at(storage: SQLStorage, data_dir: Path, expected: int) -> int:
    """The count once it reaches ``expected`` (or after 5 s): a PostgreSQL backend leaves
    ``pg_stat_activity`` a moment after its client closed the connection."""
    deadline = time.monotonic() + 5.0
    while (count := _open_on_server(storage, data_dir)) != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return count


def test_a_finished_threads_connection_is_closed(tmp_path: Path, backend: str) -> None:
    storage = open_storage(tmp_path)
    try:
        assert isinstance(storage, SQLiteStorage) == (backend == "sqlite")
        in_use = storage.open_connections()
        _burst(storage)
        # SQLite keeps a closed connection's descriptor open for reuse while another
        # connection of the process holds a lock on the file (its unix VFS): the first burst
        # leaves that many descriptors, which later bursts reuse and must not raise.
        settled = in_use + (THREADS_PER_BURST if backend == "sqlite" else 0)
        assert _settles_at(storage, tmp_path, settled) == settled
        for _ in range(BURSTS):
            _burst(storage)
        # Without the fix: THREADS_PER_BURST more connections after every burst.
        assert _settles_at(storage, tmp_path, settled) == settled
        assert storage.open_connections() == in_use
        # The storage still works from new threads and from this one.
        _burst(storage)
        assert storage.get_device("no-such-device") is None
    finally:
        storage.close()
    assert _settles_at(storage, tmp_path, 0) == 0


@pytest.mark.one_backend
def test_a_connection_that_is_no_longer_usable_is_closed_and_replaced() -> None:
    from server.thread_connections import ThreadConnections

    closed: list[str] = []
    made = iter(["first", "second"])
    connections: ThreadConnections[str] = ThreadConnections(closed.append)
    usable = {"first": False, "second": True}
    assert connections.get(lambda: next(made)) == "first"
    assert connections.get(lambda: next(made), usable=usable.__getitem__) == "second"
    assert closed == ["first"]
    assert connections.count() == 1
    connections.close_all()
    assert closed == ["first", "second"]
    assert connections.count() == 0


@pytest.mark.postgresql_only
def test_serve_threads_bound_the_connections_a_server_holds(tmp_path: Path) -> None:
    """``serve --threads N``: more schools delivering at once than threads, and PostgreSQL sees
    at most N + 1 connections of the server (its pool's, and the main thread's)."""
    threads, schools = 3, 12
    with running_server(tmp_path / "server", serve_args=("--threads", str(threads))) as server:
        devices = enroll_many(server, schools)
        url = database_for(server.data_dir)
        assert url is not None
        seen: list[int] = []
        done = threading.Event()

        def watch() -> None:
            with psycopg.connect(url, autocommit=True) as watcher:
                while not done.is_set():
                    seen.append(_open_on_postgres(watcher))
                    time.sleep(0.01)

        work = {
            d.device_id: [[notification() for _ in range(20)] for _ in range(3)] for d in devices
        }
        statuses: Counter[object] = Counter()
        watcher = threading.Thread(target=watch)
        watcher.start()
        try:
            with ThreadPoolExecutor(max_workers=schools) as pool:
                for future in [
                    pool.submit(deliver_all, d, work[d.device_id], statuses) for d in devices
                ]:
                    future.result()
        finally:
            done.set()
            watcher.join()
            for d in devices:
                d.client.close()
    assert set(statuses) <= {200, 503}, statuses
    assert statuses[200] == schools * 3
    # Several at once (the watcher saw the concurrency), never more than the pool allows.
    assert 2 <= max(seen) <= threads + 1, sorted(seen)[-10:]


@pytest.mark.postgresql_only
def test_serve_refuses_more_connections_than_postgresql_allows(tmp_path: Path) -> None:
    data_dir = tmp_path / "server"
    run_cli(data_dir, "init")
    url = database_for(data_dir)
    assert url is not None
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT current_setting('max_connections')::int"
            " - current_setting('superuser_reserved_connections')::int"
            " - coalesce(current_setting('reserved_connections', true), '0')::int"
        ).fetchone()
    assert row is not None
    allowed = int(row[0])
    workers = allowed // 41 + 1  # one instance of these would need more than that
    result = run_cli(
        data_dir,
        "serve",
        "--port",
        "1",  # never bound: refused before
        "--workers",
        str(workers),
        "--threads",
        "40",
        check=False,
        timeout=60,
    )
    assert result.returncode != 0
    assert f"= {workers * 41} database connections" in result.stderr
    assert f"PostgreSQL allows {allowed}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.one_backend
def test_every_server_process_shortens_the_gil_switch_interval(tmp_path: Path) -> None:
    """The event loop competes for the GIL with the pool's threads: each worker process sets
    the shorter switch interval and rarer full collections (which stop every thread) at its
    start, and runs asyncio's own loop, which keeps the GIL for a whole turn, not uvloop, which
    takes it back per callback (benchmarks: the burst's p99; server/serving.py)."""
    with running_server(tmp_path / "server", serve_args=("--workers", "2")) as server:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if server.log_text().count("event loop: ") >= 2:
                break
            time.sleep(0.1)
        log = server.log_text()
    assert log.count("GIL switch interval: 1.0 ms") == 2, log[-2000:]
    # Full collections (every thread stopped) ten times rarer than Python's default.
    assert log.count("garbage collector thresholds: (7000, 10, 100)") == 2, log[-2000:]
    loops = re.findall(r"event loop: (\S+)", log)
    assert len(loops) == 2, log[-2000:]
    assert all(loop.startswith("asyncio.") for loop in loops), loops
