"""Replacing the vault's files with a restored copy so that a kill at any instant is recoverable.

1. The new files are written and fsync'd into a staging folder ``.restore-*`` in the data
   directory (same disk, so moving them in is a rename). A kill here leaves the old vault as it
   was; the unfinished staging folder is removed next time.
2. A ``READY`` marker naming the folder for the old files (``replaced-*``) is written last.
3. The old files are moved into ``replaced-*``, the new ones moved in, the staging folder
   removed. A kill anywhere in this step is finished ("rolled forward") by the next process
   that looks at the vault, so the data directory is never left empty.

All of it runs under the vault's exclusive lock: nobody has the vault open meanwhile.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from app import clock, faults
from app.atomic import atomic_write, fsync_dir
from app.paths import VaultPaths
from app.vault_lock import VaultBusy, VaultLock

FAULT_AFTER_STAGING = "restore.after_staging"
FAULT_MID_SWAP = "restore.mid_swap"

_STAGE_PREFIX = ".restore-"
_READY = "READY"


def replaced_folders(paths: VaultPaths) -> list[Path]:
    """Folders holding earlier vaults that a restore moved aside, oldest first."""
    try:
        return sorted(p for p in paths.root.glob("replaced-*") if p.is_dir())
    except OSError:
        return []


def _vault_files(paths: VaultPaths) -> list[Path]:
    return [*paths.database_files(), paths.keyslots, paths.keyslots_backup, paths.audit_anchor]


def _new_aside_folder(paths: VaultPaths) -> Path:
    """``replaced-<time>``, with a counter when two restores happen in the same second."""
    base = paths.root / f"replaced-{clock.now_iso().replace(':', '')}"
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def swap_in(paths: VaultPaths, files: dict[str, bytes]) -> Path | None:
    """Replace the vault's files with ``files`` (name -> bytes); returns the aside folder.

    The caller holds the vault's exclusive lock (``VaultLock.exclusive``) throughout.
    """
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    stage = Path(os.path.join(paths.root, _STAGE_PREFIX + os.urandom(6).hex()))
    stage.mkdir(mode=0o700)
    try:
        for name, data in files.items():
            atomic_write(stage / name, data)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    has_old = any(p.exists() for p in _vault_files(paths))
    aside = _new_aside_folder(paths) if has_old else None
    atomic_write(
        stage / _READY, json.dumps({"aside": aside.name if aside else None}).encode("utf-8")
    )
    faults.hit(FAULT_AFTER_STAGING)
    _finish(paths, stage)
    return aside


def _finish(paths: VaultPaths, stage: Path) -> None:
    """Move the old files aside and the staged ones in; safe to run again after a kill."""
    info = json.loads((stage / _READY).read_text(encoding="utf-8"))
    aside = paths.root / info["aside"] if info.get("aside") else None
    staged = [p for p in stage.iterdir() if p.name != _READY]
    if aside is not None:
        aside.mkdir(mode=0o700, exist_ok=True)
        db_pending = (stage / paths.database.name).exists()
        for old in _vault_files(paths):
            # A name still waiting in the staging folder means the file in the data directory
            # is the old one; the database's -wal and -shm go with the database.
            is_db_part = old in paths.database_files()
            pending = db_pending if is_db_part else (stage / old.name).exists()
            if old.name == paths.audit_anchor.name:
                pending = db_pending
            if pending and old.exists():
                os.replace(old, aside / old.name)
        fsync_dir(aside)
    faults.hit(FAULT_MID_SWAP)
    # The database last: until it is in place the vault does not look present.
    for new in sorted(staged, key=lambda p: p.name == paths.database.name):
        os.replace(new, paths.root / new.name)
    fsync_dir(paths.root)
    (stage / _READY).unlink()
    stage.rmdir()
    fsync_dir(paths.root)


def finish_interrupted_restore(paths: VaultPaths) -> None:
    """Complete a restore that was killed mid-swap; drop staging a kill left unfinished.

    Best effort and silent on a read-only or busy vault: the caller then reports what it finds.
    """
    try:
        stages = sorted(paths.root.glob(_STAGE_PREFIX + "*"))
    except OSError:
        return
    if not stages:
        return
    try:
        lock = VaultLock.exclusive(paths)
    except VaultBusy:
        return  # a restore is running right now (or someone has the vault open)
    try:
        for stage in stages:
            with contextlib.suppress(OSError, ValueError, KeyError):
                if (stage / _READY).exists():
                    _finish(paths, stage)
                else:
                    shutil.rmtree(stage)
    finally:
        lock.release()
