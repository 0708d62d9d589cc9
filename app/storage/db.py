"""SQLCipher connection, pragmas and the transaction context manager.

One ``Database`` wraps one connection and is used by one thread; a thread that needs the
vault opens its own connection with the same key (``Database.open``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from app.collation import folded_words, sort_key
from app.errors import SQLCipherMissing, VaultCorrupted, WrongPassphrase

Row = tuple[Any, ...]
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

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Database:
        if len(key) != 32:
            raise ValueError("the data key must be 32 bytes")
        if not create and not path.exists():
            raise VaultCorrupted(f"database file {path} is missing")
        uri = f"file:{path}?mode={'rwc' if create else 'rw'}"
        try:
            conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
        except sqlcipher3.OperationalError as exc:
            raise VaultCorrupted(f"cannot open {path}: {exc}") from exc
        db = cls(conn, path)
        try:
            db._configure(key)
        except BaseException:
            conn.close()
            raise
        return db

    def _configure(self, key: bytes) -> None:
        version = self._conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise SQLCipherMissing("this build has no SQLCipher; refusing to open the vault")
        # A raw key skips SQLCipher's own KDF: the data key is already random and 256-bit.
        self._conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            self._conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
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
            "PRAGMA busy_timeout = 10000",
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
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            self._conn.execute("COMMIT")
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
        """SQLCipher page HMAC check, then SQLite's own structural check. Empty = healthy."""
        problems = [str(r[0]) for r in self.all("PRAGMA cipher_integrity_check")]
        rows = [str(r[0]) for r in self.all("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(rows)
        fk = self.all("PRAGMA foreign_key_check")
        problems.extend(f"foreign key: {r}" for r in fk)
        return problems

    def checkpoint(self) -> None:
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def backup_to(self, target: Path, key: bytes) -> None:
        """Write an encrypted, consistent copy of the whole database to ``target``."""
        self._check_thread()
        if target.exists():
            target.unlink()
        self._conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(target),))
        try:
            self._conn.execute("SELECT sqlcipher_export('backup')")
            version = self.user_version()
            self._conn.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            self._conn.execute("DETACH DATABASE backup")

    def close(self) -> None:
        try:
            self._conn.close()
        except sqlite3.Error:  # pragma: no cover - closing a broken connection
            pass

    def _check_thread(self) -> None:
        if threading.get_ident() != self._thread:
            raise RuntimeError("a Database is used only by the thread that opened it")


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
