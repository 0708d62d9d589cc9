"""Numbered schema migrations (``migrations/NNNN_name.sql``), applied in order.

The schema version is ``PRAGMA user_version``. Each migration runs in its own transaction
together with the version bump, so a crash leaves the vault at a whole version.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

from app.errors import VaultCorrupted
from app.storage.db import Database

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    found = []
    for entry in resources.files("app.storage.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    # Numbers run 1, 2, 3... without gaps: the version is one number, so a vault at version N
    # must hold every migration up to N (a gap filled later would be skipped by such a vault).
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbering has a gap at {expected}")
    return found


LATEST_VERSION = available_migrations()[-1].version


def migrate(db: Database, *, target: int | None = None) -> list[int]:
    """Bring the schema up to ``target`` (default: latest); return the versions applied."""
    target = LATEST_VERSION if target is None else target
    current = db.user_version()
    if current > LATEST_VERSION:
        raise VaultCorrupted(
            f"this vault was written by a newer Qorgau (schema {current}, "
            f"this program knows up to {LATEST_VERSION}); please update the program"
        )
    applied = []
    for migration in available_migrations():
        if current < migration.version <= target:
            with db.transaction():
                for statement in split_statements(migration.sql):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {migration.version}")
            applied.append(migration.version)
    return applied


def split_statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole.

    SQLite's own tokenizer decides where a statement ends (``sqlite3.complete_statement``), so
    comments, strings holding ``;`` and ``END; -- note`` cannot fool it as a line-based splitter
    could. Only the tokenizer of the standard library is used here: no database is opened.
    """
    statements: list[str] = []
    current: list[str] = []
    for line in sql.splitlines():
        if not current and (not line.strip() or line.strip().startswith("--")):
            continue
        current.append(line)
        text = "\n".join(current)
        if sqlite3.complete_statement(text):
            statements.append(text.strip())
            current = []
    if current and "\n".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements
