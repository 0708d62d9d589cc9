"""Encrypted backup files: the database (still encrypted with the data key) + the key slots.

Layout: ``QORGAU-BACKUP\\n``, one JSON header line (format, created_at, vault_id, schema,
part sizes and SHA-256 digests), then the key slot file and the database bytes. A backup is
exactly as protected as the vault: nothing in it is readable without a passphrase or the
recovery key. Restoring never overwrites an existing vault unless asked to, and even then
moves the old files aside instead of deleting them.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import clock
from app.atomic import atomic_write
from app.errors import QorgauError, VaultExists
from app.paths import VaultPaths
from app.restore_swap import finish_interrupted_restore, swap_in
from app.vault import Vault
from app.vault_lock import VaultLock

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


def write_backup(vault: Vault, target: Path) -> BackupInfo:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".qorgau-backup-") as tmp:
        db_copy = Path(tmp) / "db"
        vault.db.backup_to(db_copy, vault.backup_key())
        db_bytes = db_copy.read_bytes()
    slot_bytes = vault.paths.keyslots.read_bytes()
    header: dict[str, Any] = {
        "format": FORMAT,
        "created_at": clock.now_iso(),
        "vault_id": vault.vault_id,
        "schema": vault.db.user_version(),
        "keyslots": {"size": len(slot_bytes), "sha256": hashlib.sha256(slot_bytes).hexdigest()},
        "database": {"size": len(db_bytes), "sha256": hashlib.sha256(db_bytes).hexdigest()},
    }
    body = MAGIC + json.dumps(header).encode() + b"\n" + slot_bytes + db_bytes
    atomic_write(target, body)
    vault.audit("vault.backup", detail=f"bytes={len(body)}")
    return BackupInfo(header["created_at"], vault.vault_id, header["schema"], len(body))


def read_backup(source: Path) -> tuple[dict[str, object], bytes, bytes]:
    try:
        raw = Path(source).read_bytes()
    except OSError as exc:
        raise BackupInvalid(f"cannot read {source}: {exc.strerror}") from exc
    if not raw.startswith(MAGIC):
        raise BackupInvalid(f"{source} is not a Qorgau backup")
    try:
        end = raw.index(b"\n", len(MAGIC))
        header = json.loads(raw[len(MAGIC) : end])
        slot_size = int(header["keyslots"]["size"])
        db_size = int(header["database"]["size"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupInvalid(f"{source}: the backup header is damaged") from exc
    if header.get("format") != FORMAT:
        raise BackupInvalid(f"{source}: unknown backup format {header.get('format')!r}")
    slots = raw[end + 1 : end + 1 + slot_size]
    db = raw[end + 1 + slot_size :]
    if len(slots) != slot_size or len(db) != db_size:
        raise BackupInvalid(f"{source} is truncated")
    if (
        hashlib.sha256(slots).hexdigest() != header["keyslots"]["sha256"]
        or hashlib.sha256(db).hexdigest() != header["database"]["sha256"]
    ):
        raise BackupInvalid(f"{source} is damaged: its checksum does not match")
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
            lock,
        )
    finally:
        lock.release()
    return BackupInfo(
        str(header["created_at"]), str(header["vault_id"]), int(str(header["schema"])), len(db)
    )
