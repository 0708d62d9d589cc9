"""Where a vault lives on disk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

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
    def lock_file(self) -> Path:
        return self.root / "qorgau.lock"

    def database_files(self) -> list[Path]:
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
