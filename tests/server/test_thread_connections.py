"""A storage's connections live as long as the threads that use them (server/thread_connections.py).

The server's blocking work runs in anyio's thread pool, which retires a thread after 10 s idle
and starts new ones for the next burst. Each retired thread's connection used to stay open until
the server stopped: PostgreSQL ran out of connections, SQLite out of file descriptors.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import psycopg
import pytest

from server.storage import SQLiteStorage, SQLStorage
from tests.support.server_process import database_for, open_storage

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


def _open_on_server(storage: SQLStorage, data_dir: Path) -> int:
    """Connections the database itself sees open (not what the storage believes)."""
    if not isinstance(storage, SQLiteStorage):
        url = database_for(data_dir)
        assert url is not None
        with psycopg.connect(url, autocommit=True) as watcher:
            row = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).fetchone()
        assert row is not None
        return int(row[0])
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
