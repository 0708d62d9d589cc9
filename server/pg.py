"""The PostgreSQL backend (psycopg 3) of the server's storage: connections and transactions.

The queries are ``SQLStorage``'s (server/storage.py, server/workspace_store.py), translated by
server/db.py. Each thread of a process keeps its own connection (autocommit; a write is one
``conn.transaction()``), like the SQLite backend, until the thread ends
(server/thread_connections.py); a process therefore holds at most as many connections as its
thread pool has threads, plus one.

Isolation is READ COMMITTED, PostgreSQL's default: every statement sees what was committed before
it started, and the query code takes the locks that make its check-then-write safe:
- a nonce is one ``INSERT ... ON CONFLICT DO NOTHING`` on its primary key (the second of two
  concurrent inserts waits for the first and then inserts nothing);
- an enrollment code is read ``FOR UPDATE``, so two redemptions of one code run one after the
  other and the second sees it used;
- receipts and acts take a transaction-scoped advisory lock (``Connection.lock``) before reading
  the head of their sequence, so it can neither fork nor skip.
A unique key refused at commit by a concurrent writer (e.g. one notification id sent by two
schools at the same instant) is a ``StorageBusy``: the client retries (503 + Retry-After) and
then gets the answer a serial execution gives (409).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from typing import Any

import psycopg

from server.db import (
    POSTGRES,
    Cursor,
    Dialect,
    StorageBusy,
    StorageError,
    advisory_key,
    postgres_multirow,
    postgres_statement,
)
from server.migrations import migrate_postgres
from server.storage import SQLStorage
from server.thread_connections import ThreadConnections

CONNECT_TIMEOUT_S = 10


def connections_needed(workers: int, threads: int) -> int:
    """Connections one ``serve`` instance may hold: per process, one per pool thread plus the
    one its main thread opened the storage with."""
    return workers * (threads + 1)


class _PostgresConnection:
    dialect: Dialect = POSTGRES

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] = (), *, replan: bool = False) -> Cursor:
        statement = postgres_statement(sql)
        try:
            # psycopg prepares a statement at its 5th execution, and PostgreSQL may then keep
            # one generic plan for it; replan=True sends it unprepared: planned every time.
            return self.raw.execute(
                statement.sql, statement.arguments(params), prepare=False if replan else None
            )
        except psycopg.OperationalError as exc:
            raise StorageBusy(f"database: {exc}") from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        try:
            inserts = postgres_multirow(sql, rows)
            if inserts is not None:
                with psycopg.RawCursor(self.raw) as raw_cursor:
                    for multirow_sql, arguments in inserts:
                        raw_cursor.execute(multirow_sql, arguments)
                return
            statement = postgres_statement(sql)
            with self.raw.cursor() as cursor:
                cursor.executemany(statement.sql, [statement.arguments(row) for row in rows])
        except psycopg.OperationalError as exc:
            raise StorageBusy(f"database: {exc}") from exc

    def lock(self, name: str) -> None:
        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (advisory_key(name),))


def connect(url: str) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise StorageBusy(f"cannot connect to the database: {exc}".strip()) from exc


class PostgresStorage(SQLStorage):
    dialect = POSTGRES
    integrity_errors = (psycopg.IntegrityError,)

    def __init__(self, url: str) -> None:
        self.url = url
        self._connections: ThreadConnections[_PostgresConnection] = ThreadConnections(
            lambda conn: conn.raw.close()
        )
        try:
            migrate_postgres(self._conn().raw)
        except BaseException as exc:
            self.close()
            if isinstance(exc, ValueError):
                raise StorageError(str(exc)) from exc
            if isinstance(exc, psycopg.Error):
                raise StorageError(f"database: {exc}") from exc
            raise

    def _conn(self) -> _PostgresConnection:
        # A connection lost with the database server (restart, failover) is replaced.
        return self._connections.get(
            lambda: _PostgresConnection(connect(self.url)),
            usable=lambda conn: not (conn.raw.closed or conn.raw.broken),
        )

    @contextmanager
    def _write(self, *, pipelined: bool = False) -> Iterator[_PostgresConnection]:
        conn = self._conn()
        try:
            # Pipelined, BEGIN goes out with the first statements and COMMIT with the last
            # ones: a delivery is two round trips instead of about eleven (each a wake-up of a
            # thread that then waits for the GIL on a busy machine).
            with conn.raw.pipeline() if pipelined else nullcontext(), conn.raw.transaction():
                yield conn
        except psycopg.IntegrityError as exc:
            # Not caught by the query code: a concurrent writer got there first.
            raise StorageBusy(f"concurrent write refused, retry: {exc.sqlstate}") from exc
        except (psycopg.OperationalError, psycopg.errors.SerializationFailure) as exc:
            raise StorageBusy(f"database: {exc}") from exc

    def connection_limit(self) -> tuple[int, int]:
        """(connections an ordinary role may open, client connections open now).

        ``max_connections`` minus the slots kept for superusers and, on PostgreSQL 16+, for
        roles with ``pg_use_reserved_connections``."""
        row = (
            self._conn()
            .raw.execute(
                "SELECT current_setting('max_connections')::int"
                " - current_setting('superuser_reserved_connections')::int"
                " - coalesce(current_setting('reserved_connections', true), '0')::int,"
                " (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')"
            )
            .fetchone()
        )
        assert row is not None
        return int(row[0]), int(row[1])

    def close(self) -> None:
        self._connections.close_all()
