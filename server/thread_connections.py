"""One database connection per thread, closed when its thread ends.

Both storage backends give each thread of the server its own connection (server/storage.py,
server/pg.py). The threads are anyio's worker pool, which retires a thread after 10 s idle and
starts a new one for the next burst. A connection therefore belongs to the thread, not to the
storage: when the thread ends, its connection is closed. Before this, every retired thread left
its connection open until the server stopped, so a server taking bursts for a few hours ran
PostgreSQL out of connections (``too many clients``: every request a 503) and SQLite out of file
descriptors.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

C = TypeVar("C")


class _Holder(Generic[C]):
    """What the thread-local slot keeps: dropped with the thread's locals when the thread ends,
    which runs the finaliser that closes the connection."""

    __slots__ = ("__weakref__", "conn")

    def __init__(self, conn: C) -> None:
        self.conn = conn


class ThreadConnections(Generic[C]):
    """The connections of one storage, one per thread that used it."""

    def __init__(self, close: Callable[[C], None]) -> None:
        self._close = close
        self._local = threading.local()
        self._open: dict[int, C] = {}
        self._lock = threading.Lock()
        self._next_key = 0

    def get(self, connect: Callable[[], C], usable: Callable[[C], bool] = lambda _c: True) -> C:
        """This thread's connection; a new one (from ``connect``) if it has none or its old one
        is no longer ``usable`` (e.g. lost with a database restart: then it is closed)."""
        holder: _Holder[C] | None = getattr(self._local, "holder", None)
        if holder is not None:
            if usable(holder.conn):
                return holder.conn
            self._local.holder = None  # its finaliser closes the old connection
        conn = connect()
        holder = _Holder(conn)
        with self._lock:
            key = self._next_key
            self._next_key += 1
            self._open[key] = conn
        weakref.finalize(holder, self._release, key)
        self._local.holder = holder
        return conn

    def count(self) -> int:
        """Connections open now (for tests and diagnostics)."""
        with self._lock:
            return len(self._open)

    def _release(self, key: int) -> None:
        with self._lock:
            conn = self._open.pop(key, None)
        if conn is not None:
            self._close(conn)

    def close_all(self) -> None:
        """Close every connection, whichever thread opened it (the storage is closing)."""
        with self._lock:
            conns = list(self._open.values())
            self._open.clear()
        for conn in conns:
            self._close(conn)
        self._local = threading.local()
