"""Where a vault lives on disk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.errors import ValidationError

APP_NAME = "Qorgau"


def platform_data_dir() -> Path:
    """The user data directory of this platform (when no data directory is given)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    override = os.environ.get("QORGAU_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return platform_data_dir()


def is_platform_data_dir(data_dir: Path) -> bool:
    """False for a data directory given with ``--data-dir`` / ``QORGAU_DATA_DIR``: its
    settings and log then live inside it, beside its vault."""
    return Path(data_dir).expanduser().resolve() == platform_data_dir().resolve()


def default_log_dir() -> Path:
    """Where the app's log files go (``QORGAU_LOG_DIR`` overrides it)."""
    override = os.environ.get("QORGAU_LOG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "qorgau.db"

    @property
    def keyslots(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def keyslots_backup(self) -> Path:
        return self.root / "keyslots.json.bak"

    @property
    def keyslots_lock(self) -> Path:
        """Locked (never replaced) around every read-modify-write of the slot file."""
        return self.root / "keyslots.json.lock"

    @property
    def auth_state(self) -> Path:
        return self.root / "auth-state.json"

    @property
    def audit_anchor(self) -> Path:
        """The audit head kept outside the database (app/audit_anchor.py)."""
        return self.root / "audit-anchor.json"

    @property
    def last_backup(self) -> Path:
        """Where and when the last backup was written, readable when the database is not."""
        return self.root / "last-backup.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "qorgau.lock"

    def database_files(self) -> list[Path]:
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def refuse_inside_data_dir(root: Path, target: Path, what: str) -> None:
    """An output (export, report, backup) must never land among the vault's own files.

    Otherwise ``--output DATA_DIR/qorgau.db`` would replace the database, or the key slot file.
    """
    try:
        inside = Path(target).expanduser().resolve().is_relative_to(Path(root).resolve())
    except OSError:
        return
    if inside:
        raise ValidationError(
            "output",
            "inside_data_dir",
            f"{target} is inside the vault's data directory {root}; "
            f"write the {what} somewhere else. Nothing was written",
        )
