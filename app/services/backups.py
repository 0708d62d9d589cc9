"""Automatic backups into a folder of the user's choice (often a USB stick), keeping the last N.

A backup file is what ``app.backup.write_backup`` writes (the database still encrypted with the
data key, plus the key slots), named ``qorgau-YYYY-MM-DD-HHMMSS.qbk`` in local time so that a
person browsing the stick sees when each was made. Pruning deletes only files with exactly that
name pattern that really are Qorgau backups *of this vault*: a stick shared by two computers of
the school, or holding the user's own files, loses nothing else.

A folder that is not there (the stick is unplugged) raises :class:`BackupFolderUnavailable`
with a code the UI turns into a sentence; nothing is created in its place, so a missing drive
never makes a backup silently land on the local disk.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.backup import MAGIC, BackupInfo, write_backup
from app.errors import QorgauError, ValidationError
from app.progress import Reporter
from app.vault import Vault

__all__ = [
    "BACKUP_SUFFIX",
    "BackupFolderUnavailable",
    "BackupResult",
    "backup_due",
    "backup_name",
    "backup_now",
    "list_backups",
    "prune_backups",
    "run_backup",
]

BACKUP_SUFFIX = ".qbk"
_NAME_RE = re.compile(r"qorgau-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.qbk")
_HEADER_LIMIT = 64 * 1024  # the JSON header line is a few hundred bytes


class BackupFolderUnavailable(QorgauError):
    """The backup folder is not set, not there (an unplugged USB stick?) or not writable.

    Codes: ``backup_folder_unset``, ``backup_folder_missing``, ``backup_folder_not_writable``,
    ``backup_write_failed`` (disk full, I/O error).
    """

    code = "backup_folder_missing"


@dataclass(frozen=True)
class BackupResult:
    """One automatic or manual backup: the file written and the old ones pruned."""

    path: Path
    info: BackupInfo
    pruned: tuple[Path, ...]


def backup_name(moment: datetime) -> str:
    """``qorgau-2026-11-25-140312.qbk`` for ``moment`` in its own time zone."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
    return moment.strftime("qorgau-%Y-%m-%d-%H%M%S") + BACKUP_SUFFIX


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _usable_folder(folder: Path | str | None) -> Path:
    if folder is None or not str(folder).strip():
        raise BackupFolderUnavailable("no backup folder is set", code="backup_folder_unset")
    path = Path(folder)
    try:
        is_dir = path.is_dir()
    except OSError:  # e.g. a drive letter that went away mid-call on Windows
        is_dir = False
    if not is_dir:
        raise BackupFolderUnavailable(
            f"the backup folder {path} is not available (is the USB stick plugged in?)",
            code="backup_folder_missing",
        )
    return path


def backup_now(vault: Vault, folder: Path | str, *, now: datetime | None = None) -> Path:
    """Write an encrypted backup into ``folder``; returns its path.

    The folder must exist: it is never created, so an unplugged stick is reported, not
    replaced by a new local folder of the same name.
    """
    return _backup(vault, folder, now)[0]


def _backup(
    vault: Vault, folder: Path | str, now: datetime | None, progress: Reporter | None = None
) -> tuple[Path, BackupInfo]:
    target_dir = _usable_folder(folder)
    target = target_dir / backup_name(now or _local_now())
    try:
        info = write_backup(vault, target, progress=progress)
    except PermissionError as exc:
        raise BackupFolderUnavailable(
            f"cannot write to the backup folder {target_dir}: {exc.strerror}",
            code="backup_folder_not_writable",
        ) from exc
    except FileNotFoundError as exc:  # the stick was pulled out while writing
        raise BackupFolderUnavailable(
            f"the backup folder {target_dir} went away while writing",
            code="backup_folder_missing",
        ) from exc
    except OSError as exc:  # full, or an I/O error on a worn-out stick
        raise BackupFolderUnavailable(
            f"writing the backup to {target_dir} failed: {exc.strerror}",
            code="backup_write_failed",
        ) from exc
    return target, info


def _header(path: Path) -> dict[str, object] | None:
    """The JSON header of a Qorgau backup file, or None when it is not one."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEADER_LIMIT)
    except OSError:
        return None
    if not head.startswith(MAGIC):
        return None
    end = head.find(b"\n", len(MAGIC))
    if end < 0:
        return None
    try:
        header = json.loads(head[len(MAGIC) : end])
    except ValueError:
        return None
    return header if isinstance(header, dict) else None


def _order(header: dict[str, object], name_time: str) -> tuple[int, str]:
    """Oldest first by the vault's audit sequence at backup time, which no clock can move.

    The time in the name comes from the PC's clock: after a dead CMOS battery (year 2000) the
    backup just made would sort oldest and be pruned at once. Files of the format before the
    sequence was recorded sort before all newer ones, by their names.
    """
    seq = header.get("audit_seq")
    return (seq if isinstance(seq, int) and not isinstance(seq, bool) else -1, name_time)


def list_backups(folder: Path | str, *, vault_id: str | None = None) -> list[Path]:
    """Qorgau backup files in ``folder``, oldest first (by the vault's history, then name).

    Only files named ``qorgau-YYYY-MM-DD-HHMMSS.qbk`` whose content starts like a Qorgau
    backup count; with ``vault_id`` only those of that vault.
    """
    root = _usable_folder(folder)
    found: list[tuple[tuple[int, str], Path]] = []
    try:
        entries = list(root.iterdir())
    except OSError as exc:
        raise BackupFolderUnavailable(
            f"cannot list the backup folder {root}", code="backup_folder_missing"
        ) from exc
    for path in entries:
        match = _NAME_RE.fullmatch(path.name)
        if match is None or path.is_symlink() or not path.is_file():
            continue
        header = _header(path)
        if header is None:
            continue
        if vault_id is not None and header.get("vault_id") != vault_id:
            continue
        found.append((_order(header, "".join(match.groups())), path))
    found.sort()
    return [path for _key, path in found]


def prune_backups(
    folder: Path | str, keep: int, *, vault_id: str | None = None, protect: Path | None = None
) -> tuple[Path, ...]:
    """Delete all but the newest ``keep`` Qorgau backups in ``folder``; returns what went.

    Files that are not Qorgau backups (other names, other content) are never touched; with
    ``vault_id``, neither are the backups of another vault.
    """
    if keep < 1:
        raise ValidationError("keep", "range", "keep at least one backup")
    backups = list_backups(folder, vault_id=vault_id)
    if protect is not None and protect in backups:
        # The backup just written is never deleted, whatever order the others are in.
        backups.remove(protect)
        keep -= 1
    doomed = backups[: max(0, len(backups) - keep)]
    removed: list[Path] = []
    for path in doomed:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise BackupFolderUnavailable(
                f"cannot delete the old backup {path.name}: {exc.strerror}",
                code="backup_folder_not_writable",
            ) from exc
        removed.append(path)
    return tuple(removed)


def run_backup(
    vault: Vault,
    folder: Path | str,
    keep: int,
    *,
    now: datetime | None = None,
    progress: Reporter | None = None,
) -> BackupResult:
    """Back up now, then prune this vault's backups in ``folder`` to the newest ``keep``.
    ``progress``: as for ``app.backup.write_backup``."""
    if keep < 1:
        raise ValidationError("keep", "range", "keep at least one backup")
    path, info = _backup(vault, folder, now, progress)
    pruned = prune_backups(folder, keep, vault_id=vault.vault_id, protect=path)
    return BackupResult(path, info, pruned)


def backup_due(last: datetime | None, now: datetime) -> bool:
    """Daily: due when no backup was made yet on ``now``'s calendar day (in ``now``'s zone).

    A last backup "in the future" means the clock was wrong then (or is now): back up.
    """
    if now.tzinfo is None or (last is not None and last.tzinfo is None):
        raise ValueError("naive datetimes are ambiguous; pass aware datetimes")
    if last is None or last > now:
        return True
    return last.astimezone(now.tzinfo).date() < now.date()
