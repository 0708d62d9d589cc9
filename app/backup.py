"""Encrypted backup files: the database (still encrypted with the data key) + the key slots.

Layout: ``QORGAU-BACKUP\\n``, one JSON header line (format, created_at, vault_id, schema,
part sizes and SHA-256 digests), then the key slot file and the database bytes. A backup is
exactly as protected as the vault: nothing in it is readable without a passphrase or the
recovery key. Restoring never overwrites an existing vault unless asked to, and even then
moves the old files aside instead of deleting them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import clock, faults
from app.atomic import atomic_write, fsync_dir
from app.errors import QorgauError, VaultExists
from app.keyslots import KeySlotFile
from app.paths import VaultPaths, refuse_inside_data_dir
from app.progress import ProgressMeter, Reporter
from app.restore_swap import finish_interrupted_restore, swap_in
from app.storage import audit as audit_repo
from app.storage.db import BACKUP_STEP_PAGES
from app.vault import Vault
from app.vault_lock import VaultLock, pid_alive

MAGIC = b"QORGAU-BACKUP\n"
FORMAT = 1


class BackupInvalid(QorgauError):
    """The file is not a Qorgau backup, or it is damaged."""

    code = "backup_invalid"


@dataclass(frozen=True)
class BackupInfo:
    created_at: str
    vault_id: str
    schema: int
    size: int


TEMP_PREFIX = ".qorgau-backup-"
FAULT_AFTER_DATABASE_COPY = "backup.after_database_copy"
# Another computer's backup may be running on a shared stick: its temp files are left alone
# for a day; ours (same host, dead process) go at once.
_STALE_AFTER_S = 24 * 3600


def write_backup(
    vault: Vault,
    target: Path,
    *,
    progress: Reporter | None = None,
    step_pages: int = BACKUP_STEP_PAGES,
) -> BackupInfo:
    """Write an encrypted backup of ``vault`` to ``target`` (atomically: all or nothing).

    The whole database passes through a hidden temp folder beside ``target``; one a killed
    process left behind is removed by the next backup into that folder.

    ``progress`` hears ``app.progress.Progress`` in bytes of the database: the copy (SQLite's
    backup in steps) is the first half of the work, writing the file the second — on a USB
    stick both take about as long — so "20 of 40 MB" is half-way. ``step_pages`` is the copy's
    step (its granularity of progress).
    """
    target = Path(target)
    refuse_inside_data_dir(vault.paths.root, target, "backup")
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(target.parent)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f"{TEMP_PREFIX}{_host()}-{os.getpid()}-"))
    meter = ProgressMeter(0, progress)

    def copied(done: int, size: int) -> None:
        meter.update(done // 2, size)

    try:
        db_copy = tmp / "db"
        vault.db.backup_to(db_copy, vault.backup_key(), step_pages=step_pages, progress=copied)
        faults.hit(FAULT_AFTER_DATABASE_COPY)
        db_size = db_copy.stat().st_size
        db_digest = _sha256_of(db_copy)
        slot_bytes = vault.paths.keyslots.read_bytes()
        head = audit_repo.head(vault.db)
        header: dict[str, Any] = {
            "format": FORMAT,
            "created_at": clock.now_iso(),
            "vault_id": vault.vault_id,
            "schema": vault.db.user_version(),
            # Grows with the vault's history whatever the clock says: pruning orders by it.
            "audit_seq": head[0] if head else 0,
            "keyslots": {"size": len(slot_bytes), "sha256": hashlib.sha256(slot_bytes).hexdigest()},
            "database": {"size": db_size, "sha256": db_digest},
        }
        head_bytes = MAGIC + json.dumps(header).encode() + b"\n" + slot_bytes
        meter.update(db_size // 2, db_size)
        _write_file(
            tmp / "out",
            head_bytes,
            db_copy,
            lambda written: meter.update(db_size // 2 + written // 2, db_size),
        )
        meter.update(db_size, db_size)
        size = len(head_bytes) + db_size
        db_copy.unlink()
        os.replace(tmp / "out", target)
        fsync_dir(target.parent)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    vault.audit_best_effort("vault.backup", detail=f"bytes={size} file={target}")
    # Also outside the database: a damaged database must still be able to say where its
    # newest backup is (app/integrity.py).
    with contextlib.suppress(OSError):  # a full disk must not fail a backup already written
        record = {"at": header["created_at"], "file": str(target)}
        atomic_write(vault.paths.last_backup, json.dumps(record).encode("utf-8"))
    return BackupInfo(header["created_at"], vault.vault_id, header["schema"], size)


_CHUNK = 1024 * 1024


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _write_file(path: Path, head: bytes, body: Path, written: Callable[[int], object]) -> None:
    """``head`` then the bytes of ``body`` into a new file (mode 0600), fsynced; ``written``
    hears the body bytes written so far. Streamed: a large vault is never twice in memory."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, body.open("rb") as source:
        out.write(head)
        done = 0
        while chunk := source.read(_CHUNK):
            out.write(chunk)
            done += len(chunk)
            written(done)
        out.flush()
        os.fsync(out.fileno())


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_.]", "_", socket.gethostname() or "host")[:40]


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove temp folders of backups killed mid-way (ours, or older than a day)."""
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
    except OSError:
        return removed
    here = _host()
    for path in candidates:
        parts = path.name[len(TEMP_PREFIX) :].rsplit("-", 2)
        try:
            mine = len(parts) == 3 and parts[0] == here
            dead = mine and not pid_alive(int(parts[1]))
            old = time.time() - path.stat().st_mtime > _STALE_AFTER_S
        except (OSError, ValueError):
            continue
        if dead or old:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def read_backup(source: Path) -> tuple[dict[str, object], bytes, bytes]:
    """Read and verify a backup completely; :class:`BackupInvalid` (one line) if anything is off."""
    source = Path(source)
    try:
        if not source.is_file():  # a folder, a device such as /dev/zero, a pipe
            raise BackupInvalid(f"{source} is not a backup file")
        raw = source.read_bytes()
    except OSError as exc:
        raise BackupInvalid(f"cannot read {source}: {exc.strerror}") from exc
    if not raw:
        raise BackupInvalid(f"{source} is empty")
    if not raw.startswith(MAGIC):
        raise BackupInvalid(f"{source} is not a Qorgau backup")
    try:
        end = raw.index(b"\n", len(MAGIC))
        header = json.loads(raw[len(MAGIC) : end])
        if not isinstance(header, dict):
            raise TypeError("the header is not an object")
        slot_size = int(header["keyslots"]["size"])
        db_size = int(header["database"]["size"])
        slot_digest = str(header["keyslots"]["sha256"])
        db_digest = str(header["database"]["sha256"])
        str(header["created_at"]), str(header["vault_id"]), int(header["schema"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupInvalid(f"{source}: the backup header is damaged") from exc
    if header.get("format") != FORMAT:
        raise BackupInvalid(f"{source}: unknown backup format {header.get('format')!r}")
    if slot_size < 0 or db_size < 0:
        raise BackupInvalid(f"{source}: the backup header is damaged")
    body = raw[end + 1 :]
    if len(body) < slot_size + db_size:
        raise BackupInvalid(
            f"{source} is truncated: {slot_size + db_size - len(body)} bytes missing"
        )
    if len(body) > slot_size + db_size:
        raise BackupInvalid(
            f"{source} has {len(body) - slot_size - db_size} unexpected bytes after its end"
        )
    slots, db = body[:slot_size], body[slot_size:]
    if hashlib.sha256(slots).hexdigest() != slot_digest:
        raise BackupInvalid(f"{source} is damaged: the key slot part does not match its checksum")
    if hashlib.sha256(db).hexdigest() != db_digest:
        raise BackupInvalid(f"{source} is damaged: the database part does not match its checksum")
    try:
        slot_file = KeySlotFile.from_bytes(slots)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupInvalid(f"{source} is damaged: its key slot part cannot be read") from exc
    if slot_file.vault_id != header["vault_id"]:
        raise BackupInvalid(f"{source} is damaged: its parts belong to different vaults")
    return header, slots, db


def restore_backup(source: Path, data_dir: Path, *, force: bool = False) -> BackupInfo:
    """Put the vault of backup ``source`` into ``data_dir``.

    The backup is read and verified completely first, so a damaged file changes nothing. An
    existing vault is replaced only with ``force``, only while no process has it open, and
    is moved to ``replaced-*/`` rather than deleted; a kill mid-way is finished by the next
    process that opens the vault (app/restore_swap.py).
    """
    header, slots, db = read_backup(source)
    paths = VaultPaths(Path(data_dir))
    finish_interrupted_restore(paths)
    existing = [
        p for p in (*paths.database_files(), paths.keyslots, paths.keyslots_backup) if p.exists()
    ]
    if existing and not force:
        raise VaultExists(
            f"{data_dir} already holds a vault; nothing was changed. "
            "Use --force to replace it (the current files are kept aside)"
        )
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = VaultLock.exclusive(paths)
    try:
        swap_in(
            paths,
            {
                paths.database.name: db,
                paths.keyslots_backup.name: slots,
                paths.keyslots.name: slots,
            },
        )
    finally:
        lock.release()
    return BackupInfo(
        str(header["created_at"]), str(header["vault_id"]), int(str(header["schema"])), len(db)
    )
