"""SQLCipher connection, pragmas and the transaction context manager.

One ``Database`` wraps one connection and is used by one thread; a thread that needs the
vault opens its own connection with the same key (``Database.open``).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from app.collation import folded_words, sort_key
from app.errors import (
    DatabaseBusy,
    DiskFull,
    SQLCipherMissing,
    VaultCorrupted,
    VaultReadOnly,
    WrongPassphrase,
)
from app.paths import default_log_dir

Row = tuple[Any, ...]


class NamedRow(Protocol):
    """A result row read by column name (``row["deadline"]``), never by position: a mapper
    stays right when a query gains, loses or reorders a column."""

    def __getitem__(self, key: str, /) -> Any: ...

    def keys(self) -> list[str]: ...


# How long a writer waits for another process's write transaction (a large import or demo
# seeding holds one for seconds) before giving up with DatabaseBusy. Readers never wait (WAL).
BUSY_TIMEOUT_MS = 60_000
# Pages per step of a backup (4 MB at SQLCipher's 4 KB pages): a step is the unit of progress.
BACKUP_STEP_PAGES = 1024
Params = Sequence[Any] | dict[str, Any]

# The driver's own exception types, re-exported so that callers outside storage never
# import the driver.
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


class Database:
    """A connection to the encrypted vault with explicit transactions.

    The connection runs in autocommit mode; ``transaction()`` issues ``BEGIN IMMEDIATE`` so a
    writer takes the lock up front instead of failing half-way, and nested calls become
    savepoints.
    """

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0
        self._thread = threading.get_ident()
        # Called after each outermost COMMIT (app/audit_anchor.py keeps the audit head
        # outside the database with it). It must not raise.
        self.after_commit: Callable[[Database], None] | None = None
        # Opened read-mostly after the shared-memory index could not be created (full disk).
        self.rescue = False

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Database:
        if len(key) != 32:
            raise ValueError("the data key must be 32 bytes")
        if not create and not path.exists():
            raise VaultCorrupted(f"database file {path} is missing")
        try:
            db = cls._connect(path, key, create=create, mode="normal")
        except _NeedsRescue:
            # The shared-memory index (-shm) could not be created: usually a full disk. With an
            # exclusive lock SQLite keeps that index in memory, so the vault can still be read
            # (signed in, backed up elsewhere, exported); writes then fail with DiskFull.
            try:
                db = cls._connect(path, key, create=False, mode="exclusive")
            except _NeedsRescue:
                # Nothing at all can be written (a read-only medium). Without a WAL holding
                # commits the file alone is the whole database: open it as immutable.
                wal = path.with_name(path.name + "-wal")
                if wal.exists() and wal.stat().st_size > 0:
                    raise VaultCorrupted(
                        f"the vault in {path.parent} cannot be opened: its folder cannot be "
                        "written and its journal holds changes. Copy the folder to a writable "
                        "disk and open it there"
                    ) from None
                db = cls._connect(path, key, create=False, mode="immutable")
            db.rescue = True
        if create:
            # SQLite creates the file with the umask's mode (often 0644); the -wal and -shm
            # files copy the database's mode, so this covers them too.
            os.chmod(path, 0o600)
        return db

    @classmethod
    def _connect(cls, path: Path, key: bytes, *, create: bool, mode: str) -> Database:
        """``mode``: "normal", "exclusive" (WAL index in memory) or "immutable" (read-only)."""
        if mode == "immutable":
            uri = f"file:{path}?mode=ro&immutable=1"
        else:
            uri = f"file:{path}?mode={'rwc' if create else 'rw'}"
        try:
            conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
        except sqlcipher3.OperationalError as exc:
            raise VaultCorrupted(f"cannot open {path}: {exc}") from exc
        db = cls(conn, path)
        try:
            db._configure(key, exclusive=mode == "exclusive", immutable=mode == "immutable")
        except BaseException:
            conn.close()
            raise
        return db

    def _configure(self, key: bytes, *, exclusive: bool = False, immutable: bool = False) -> None:
        version = self._conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise SQLCipherMissing("this build has no SQLCipher; refusing to open the vault")
        _route_cipher_log(self._conn)
        # A raw key skips SQLCipher's own KDF: the data key is already random and 256-bit.
        self._conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Before the first read: another process may be checkpointing at this very moment.
        self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if exclusive:
            self._conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            self._conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher3.OperationalError as exc:
            trouble = ("disk I/O", "full", "unable to open", "readonly")
            if not immutable and any(word in str(exc) for word in trouble):
                raise _NeedsRescue from exc
            raise WrongPassphrase(
                "the database does not open with this key (wrong key or damaged file)"
            ) from exc
        except sqlcipher3.DatabaseError as exc:
            raise WrongPassphrase(
                "the database does not open with this key (wrong key or damaged file)"
            ) from exc
        _register_functions(self._conn)
        for pragma in (
            "PRAGMA temp_store = MEMORY",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            # ~32 MB of decrypted pages: a 50,000-pupil school fits, so repeated searches do
            # not pay for decryption again (cold queries cost 10-30 ms otherwise).
            "PRAGMA cache_size = -32000",
        ):
            self._conn.execute(pragma)

    # -- queries -------------------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> Any:
        self._check_thread()
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        self._check_thread()
        return self._conn.executemany(sql, rows)

    def executescript(self, sql: str) -> None:
        self._check_thread()
        self._conn.executescript(sql)

    def one(self, sql: str, params: Params = ()) -> Row | None:
        row = self.execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def all(self, sql: str, params: Params = ()) -> list[Row]:
        return [tuple(r) for r in self.execute(sql, params).fetchall()]

    def _named(self, sql: str, params: Params) -> Any:
        self._check_thread()
        cursor = self._conn.cursor()
        cursor.row_factory = sqlcipher3.Row
        return cursor.execute(sql, params)

    def one_named(self, sql: str, params: Params = ()) -> NamedRow | None:
        """Like ``one``, the row read by column name (alias computed columns with ``AS``)."""
        row: NamedRow | None = self._named(sql, params).fetchone()
        return row

    def all_named(self, sql: str, params: Params = ()) -> list[NamedRow]:
        """Like ``all``, each row read by column name."""
        rows: list[NamedRow] = self._named(sql, params).fetchall()
        return rows

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return row[0] if row is not None else None

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Run the block atomically; roll back on any exception (including KeyboardInterrupt)."""
        self._check_thread()
        if self._depth == 0:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError as exc:
                if _is_disk_full(exc):
                    raise _disk_full(self.path, exc) from exc
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                raise DatabaseBusy(
                    f"another program kept the vault busy for over {BUSY_TIMEOUT_MS // 1000} s "
                    "(a large import?); nothing was changed - try again when it has finished"
                ) from exc
            self._depth += 1
            try:
                yield self
            except BaseException as exc:
                self._depth -= 1
                # After SQLITE_FULL SQLite may already have rolled back by itself.
                with suppress(sqlcipher3.OperationalError):
                    self._conn.execute("ROLLBACK")
                if _is_disk_full(exc):
                    raise _disk_full(self.path, exc) from exc
                raise
            self._depth -= 1
            try:
                self._conn.execute("COMMIT")
            except sqlcipher3.OperationalError as exc:
                with suppress(sqlcipher3.OperationalError):
                    self._conn.execute("ROLLBACK")
                if _is_disk_full(exc):
                    raise _disk_full(self.path, exc) from exc
                raise
            if self.after_commit is not None:
                self.after_commit(self)
        else:
            name = f"sp{self._depth}"
            self._conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            self._conn.execute(f"RELEASE {name}")

    # -- maintenance ---------------------------------------------------------------------

    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def integrity_problems(self) -> list[str]:
        """SQLCipher page HMAC check, then SQLite's own structural check. Empty = healthy.

        A damaged page makes SQLite's own checks fail outright ("malformed"): that is a
        finding, reported as one, not an exception.
        """
        problems = [str(r[0]) for r in self.all("PRAGMA cipher_integrity_check")]
        try:
            rows = [str(r[0]) for r in self.all("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.extend(rows)
            fk = self.all("PRAGMA foreign_key_check")
            problems.extend(f"foreign key: {r}" for r in fk)
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"SQLite cannot read its structure ({exc})")
        return problems

    def checkpoint(self) -> None:
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def backup_to(
        self,
        target: Path,
        key: bytes,
        *,
        step_pages: int = BACKUP_STEP_PAGES,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Write an encrypted, consistent copy of the whole database to ``target``.
        ``progress(bytes copied, bytes in all)`` hears each step.

        SQLite's online backup, ``step_pages`` at a time, into a file keyed with ``key``: the
        pages are re-encrypted on their way, so nothing of the vault is ever written in clear
        (and SQLCipher refuses a backup between a keyed and an unkeyed database). A read
        transaction held across all steps keeps the copy at one snapshot: a write by another
        connection (the background delivery) neither tears it nor restarts it.
        """
        self._check_thread()
        if target.exists():
            target.unlink()
        copy = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=True)
        try:
            copy.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            # Rollback journal, not WAL: all pages are in the file once the copy is closed.
            copy.execute("PRAGMA journal_mode = DELETE")
            own_snapshot = not self.in_transaction
            if own_snapshot:
                self._conn.execute("BEGIN")
                self._conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            try:
                page_size = int(self._conn.execute("PRAGMA page_size").fetchone()[0])

                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress((total - remaining) * page_size, total * page_size)

                self._conn.backup(copy, pages=step_pages, progress=step)
            finally:
                if own_snapshot:
                    self._conn.execute("COMMIT")
        finally:
            copy.close()

    def close(self) -> None:
        try:
            self._conn.close()
        except sqlite3.Error:  # pragma: no cover - closing a broken connection
            pass

    def _check_thread(self) -> None:
        if threading.get_ident() != self._thread:
            raise RuntimeError("a Database is used only by the thread that opened it")


class _NeedsRescue(Exception):
    """The first read failed for want of disk space, not for a wrong key."""


_cipher_log_routed = False


def _route_cipher_log(conn: Any) -> None:
    """SQLCipher logs errors to stderr by default (~20 lines for one damaged page): send its
    log to a file in the app's log folder instead, once per process (the setting is global)."""
    global _cipher_log_routed
    if _cipher_log_routed:
        return
    _cipher_log_routed = True
    try:
        folder = default_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = str(folder / "sqlcipher.log").replace("'", "''")
        conn.execute(f"PRAGMA cipher_log = '{target}'")
        conn.execute("PRAGMA cipher_log_level = WARN")
    except (OSError, sqlcipher3.Error):
        conn.execute("PRAGMA cipher_log_level = NONE")


def _is_disk_full(exc: BaseException) -> bool:
    """SQLITE_FULL, or SQLITE_READONLY (a medium that cannot be written at all)."""
    return isinstance(exc, sqlcipher3.OperationalError) and (
        "full" in str(exc) or "readonly" in str(exc)
    )


def _disk_full(path: Path, exc: BaseException) -> DiskFull:
    if "readonly" in str(exc):
        return VaultReadOnly(
            f"the vault's folder {path.parent} cannot be written (read-only medium or no "
            "permission): nothing was changed"
        )
    return DiskFull(
        f"the disk holding the vault ({path.parent}) is full: this change was not saved and "
        "nothing saved earlier was lost. Free some space and try again; signing in, backups "
        "to another disk and exports still work"
    )


def _register_functions(conn: Any) -> None:
    """SQL functions the schema's migrations use."""
    conn.create_function("qorgau_sort_key", 3, sort_key, deterministic=True)
    conn.create_function("qorgau_folded_words", 4, folded_words, deterministic=True)


def open_database(path: Path, key: bytes, *, create: bool = False) -> Database:
    return Database.open(path, key, create=create)


def open_plain_baseline(path: Path) -> Database:
    """An UNENCRYPTED database with the same driver and pragmas — for benchmark baselines only.

    The benchmark suite measures the cost of encryption as encrypted ÷ plain on the app's own
    queries; nothing in the application ever calls this.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    _register_functions(conn)
    db = Database(conn, path)
    for pragma in (
        "PRAGMA temp_store = MEMORY",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        "PRAGMA cache_size = -32000",
    ):
        conn.execute(pragma)
    return db
