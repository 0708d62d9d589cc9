"""`qorgau check`: SQLCipher page HMACs, SQLite structure, the audit chain, the key slots."""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field

from app.audit_anchor import ACTION_MISMATCH, read_anchor
from app.errors import QorgauError
from app.keyslots import KeySlotFile
from app.storage import audit
from app.storage import staff as staff_repo
from app.storage.db import DatabaseError
from app.vault import Vault

log = logging.getLogger("qorgau.check")


@dataclass
class CheckReport:
    facts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_vault(vault: Vault) -> CheckReport:
    report = CheckReport()
    try:
        pages = vault.db.integrity_problems()
    except DatabaseError as exc:
        pages = [f"SQLCipher cannot check the pages ({exc})"]
    if pages:
        for line in pages:
            log.warning("integrity: %s", line)
        report.problems.append(_damage_line(vault, pages))
    else:
        report.facts.append("database pages and structure: ok")
    try:
        broken = audit.first_broken_entry(vault.db)
        total = audit.count(vault.db)
    except DatabaseError:
        report.problems.append("audit log: cannot be read (it lies on a damaged page)")
    else:
        if broken:
            seq, reason = broken
            report.problems.append(f"audit log: entry {seq} does not verify ({reason})")
        else:
            report.facts.append(f"audit log: {total} entries, chain intact")
    try:
        _check_anchor(vault, report)
        vault_id = staff_repo.get_meta(vault.db, "vault_id")
    except DatabaseError:
        vault_id = vault.vault_id
    for label, path in (
        ("key slots", vault.paths.keyslots),
        ("key slots backup copy", vault.paths.keyslots_backup),
    ):
        try:
            slots = KeySlotFile.from_bytes(path.read_bytes())
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            report.problems.append(f"{label}: {path.name} unreadable ({exc})")
            continue
        if slots.vault_id != vault_id:
            report.problems.append(f"{label}: belongs to another vault")
        elif slots.recovery_slot() is None:
            report.problems.append(f"{label}: no recovery slot")
        else:
            report.facts.append(f"{label}: {len(slots.slots)} slots, ok")
    with contextlib.suppress(DatabaseError, QorgauError):  # a damaged or full vault
        vault.audit("vault.check", detail="ok" if report.ok else f"problems={len(report.problems)}")
    return report


def _damage_line(vault: Vault, pages: list[str]) -> str:
    """One line for the user; the details went to the log."""
    damaged = [p for p in pages if "page" in p.lower()]
    what = f"{len(damaged)} damaged page(s)" if damaged else "its structure is damaged"
    line = f"database: {what} ({pages[0]}); records on them cannot be read. "
    last = _last_backup(vault)
    if last is not None:
        at, where = last
        named = f" ({where})" if where else ""
        line += f"Restore the last backup, made {at}{named}, with `qorgau restore --force`"
    else:
        line += "Restore your newest backup with `qorgau restore --force`"
    return line


def _last_backup(vault: Vault) -> tuple[str, str] | None:
    """(time, file) of the newest backup: from the audit log, else from the record kept
    beside the database (the damaged page may hold the audit log itself)."""
    try:
        backups = audit.entries_with_action(vault.db, "vault.backup")
    except DatabaseError:
        backups = []
    if backups:
        return backups[-1].at, backups[-1].detail.partition("file=")[2]
    try:
        record = json.loads(vault.paths.last_backup.read_text(encoding="utf-8"))
        return str(record["at"]), str(record["file"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _check_anchor(vault: Vault, report: CheckReport) -> None:
    """Tails found lost or rewritten at any sign-in stay problems until a backup is restored."""
    for entry in audit.entries_with_action(vault.db, ACTION_MISMATCH):
        report.problems.append(
            f"audit log: at {entry.at} the database was found to have lost or rewritten "
            f"committed entries ({entry.detail}); restore a backup made after the anchor's "
            "time to get them back"
        )
    anchor = read_anchor(vault.paths)
    if anchor is not None and anchor.vault_id == vault.vault_id:
        report.facts.append(f"audit anchor outside the database: entry {anchor.seq} matches")
