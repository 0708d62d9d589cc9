"""The one small layer between the server's SQL and its two databases (SQLite, PostgreSQL).

The queries of server/storage.py and server/workspace_store.py are written once, in SQLite's
spelling; a ``Dialect`` rewrites the few differences for PostgreSQL, once per statement text
(cached):

- placeholders ``?`` and ``?N`` become psycopg's ``%s`` (``?N`` reorders the arguments), and a
  literal ``%`` becomes ``%%``;
- ``INSERT OR IGNORE INTO ...`` becomes ``INSERT INTO ... ON CONFLICT DO NOTHING``;
- ``json_extract(X, '$.key')`` becomes ``(CAST(X AS jsonb) ->> 'key')``;
- ``... FOR UPDATE`` (a row lock on PostgreSQL) is dropped on SQLite, whose ``BEGIN IMMEDIATE``
  already serialises every writer;
- ``executemany`` of an ``INSERT ... VALUES`` becomes one multi-row INSERT on PostgreSQL
  (``postgres_multirow``), where each statement costs a round of work on both sides.

``Connection.lock(name)`` takes a transaction-scoped advisory lock on PostgreSQL (a no-op on
SQLite, for the same reason); queries call it where SQLite's single writer was what kept a
sequence gap-free (acts' ``ack_seq``, the receipt chain head).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol


class StorageError(Exception):
    """Base class of storage failures that callers are expected to handle."""


class StorageBusy(StorageError):
    """The database is locked, unreachable or refused a concurrent write: retry later (503)."""


class Cursor(Protocol):
    """What the query code uses of a DB-API cursor (sqlite3 and psycopg both have it)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A backend connection seen through its dialect."""

    dialect: Dialect

    def execute(self, sql: str, params: Sequence[Any] = (), *, replan: bool = False) -> Cursor:
        """``replan``: PostgreSQL plans the statement for these values at every execution
        instead of caching a plan (SQLite: no difference). For a lookup in a table that grows
        from empty: a cached plan made while it was small scans it whole for ever after."""
        ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    def lock(self, name: str) -> None:
        """Serialise this transaction with every other one taking the same lock (until commit)."""


@dataclass(frozen=True)
class Statement:
    sql: str
    # For ``?N`` placeholders: which argument goes into each ``%s``, in order; None = as given.
    order: tuple[int, ...] | None = None

    def arguments(self, params: Sequence[Any]) -> Sequence[Any]:
        if self.order is None:
            return params
        return [params[index] for index in self.order]


_JSON_EXTRACT = re.compile(r"json_extract\(\s*([^,()]+?)\s*,\s*'\$\.(\w+)'\s*\)")
_FOR_UPDATE = re.compile(r"\s+FOR UPDATE\b")
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO\b")


@lru_cache(maxsize=1024)
def sqlite_statement(sql: str) -> str:
    return _FOR_UPDATE.sub("", sql)


@lru_cache(maxsize=1024)
def postgres_statement(sql: str) -> Statement:
    sql = _JSON_EXTRACT.sub(r"(CAST(\1 AS jsonb) ->> '\2')", sql)
    if _INSERT_OR_IGNORE.match(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1) + " ON CONFLICT DO NOTHING"
    out: list[str] = []
    order: list[int] = []
    numbered = False
    sequential = 0
    i = 0
    while i < len(sql):
        ch = sql[i]
        if ch == "'":  # a string literal: copied as it is (only '%' doubled)
            end = sql.index("'", i + 1)
            while end + 1 < len(sql) and sql[end + 1] == "'":
                end = sql.index("'", end + 2)
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if ch == "%":
            out.append("%%")
        elif ch == "?":
            j = i + 1
            while j < len(sql) and sql[j].isdigit():
                j += 1
            if j > i + 1:
                numbered = True
                order.append(int(sql[i + 1 : j]) - 1)
            else:
                order.append(sequential)
                sequential += 1
            out.append("%s")
            i = j
            continue
        else:
            out.append(ch)
        i += 1
    return Statement("".join(out), tuple(order) if numbered else None)


# PostgreSQL's protocol carries at most 65,535 parameters per statement.
_MAX_PARAMETERS = 65_535
_VALUES = re.compile(r"\bVALUES\s*\(")


@lru_cache(maxsize=1024)
def _values_group(sql: str) -> tuple[str, str, str] | None:
    """(before, one row's ``(...)``, after) of a translated ``INSERT ... VALUES (...)``, or None
    for any other statement."""
    if not sql.lstrip().upper().startswith("INSERT"):
        return None
    found = _VALUES.search(sql)
    if found is None:
        return None
    start = found.end() - 1
    depth = 0
    for i in range(start, len(sql)):
        if sql[i] == "(":
            depth += 1
        elif sql[i] == ")":
            depth -= 1
            if depth == 0:
                return sql[:start], sql[start : i + 1], sql[i + 1 :]
    return None


_PSYCOPG_MARKS = re.compile(r"%%|%s")


@lru_cache(maxsize=1024)
def _multirow_sql(sql: str, rows: int) -> str:
    """``rows`` copies of the row group, with PostgreSQL's own ``$n`` placeholders: psycopg
    parses a ``%s`` query of more than 50 parameters again at every execution, a raw query
    never."""
    before, group, after = _values_group(sql)  # type: ignore[misc]  # checked by the caller
    text = before + ", ".join([group] * rows) + after
    numbers = itertools.count(1)
    return _PSYCOPG_MARKS.sub(
        lambda mark: "%" if mark.group() == "%%" else f"${next(numbers)}", text
    )


def postgres_multirow(
    sql: str, rows: Sequence[Sequence[Any]]
) -> list[tuple[str, list[Any]]] | None:
    """An ``executemany`` of ``INSERT ... VALUES (...)`` as multi-row INSERTs (as few as
    PostgreSQL's parameter limit allows), in its own ``$n`` spelling for a raw cursor: one
    statement to send, plan and execute instead of one per row, on both sides of the
    connection (a delivery of 10 notifications writes about 60 rows). None for any other
    statement, which ``executemany`` then runs row by row."""
    statement = postgres_statement(sql)
    if _values_group(statement.sql) is None:
        return None
    arguments = [statement.arguments(row) for row in rows]
    if not arguments:
        return []
    chunk = max(_MAX_PARAMETERS // max(len(arguments[0]), 1), 1)
    return [
        (
            _multirow_sql(statement.sql, len(arguments[start : start + chunk])),
            [value for row in arguments[start : start + chunk] for value in row],
        )
        for start in range(0, len(arguments), chunk)
    ]


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for ``pg_advisory_xact_lock`` from a lock's name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class Dialect:
    """Names the backend; the query code asks it only for what cannot be one SQL text."""

    name = "sqlite"
    # SQL for the next notifications.server_seq (the workspace's global order; gaps allowed):
    # under BEGIN IMMEDIATE SQLite has one writer, so MAX + 1 is safe and gap-free there;
    # PostgreSQL takes it from a sequence, so that schools never wait on each other for it.
    next_server_seq = "(SELECT COALESCE(MAX(server_seq), 0) + 1 FROM notifications)"

    @property
    def is_postgres(self) -> bool:
        return self.name == "postgresql"


SQLITE = Dialect()


class _Postgres(Dialect):
    name = "postgresql"
    next_server_seq = "nextval('notifications_server_seq')"


POSTGRES = _Postgres()


def is_postgres_url(database: str | None) -> bool:
    return database is not None and database.startswith(("postgresql://", "postgres://"))
