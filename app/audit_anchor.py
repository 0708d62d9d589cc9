"""The audit log's head, kept outside the database: lost or rewritten tails become visible.

Two things can silently shorten the database's history: a power cut that damages the WAL
(SQLite stops replaying at the first bad frame and drops every later committed transaction),
and an account that drops the append-only trigger and deletes the newest audit entries (the
hash chain still verifies, because nothing in the database knows where it ended).

After every committed transaction that moved the audit head, its sequence number and hash
are written atomically to ``audit-anchor.json`` beside the database (no personal data: a
number, a hash, a time). At sign-in, before anything is written, the database must still
contain that entry with that hash; if it does not, the session records the finding in the
audit log and tells the user what was lost and that a backup can bring it back.

What this does not defend against: someone who edits the anchor file *and* the database
together (docs/SECURITY.md). Writing the anchor is best effort: on a full disk it lags behind,
which can only hide a later loss, never report a false one.
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass

from app.atomic import atomic_write
from app.paths import VaultPaths
from app.storage import audit as audit_repo
from app.storage.db import Database

ACTION_MISMATCH = "audit.anchor_mismatch"

_write_lock = threading.Lock()


@dataclass(frozen=True)
class Anchor:
    vault_id: str
    seq: int
    hash: str
    at: str


@dataclass(frozen=True)
class AnchorMismatch:
    """The database no longer holds what the anchor says was committed."""

    kind: str  # "lost" (the newest entries are gone) or "rewritten" (entry differs)
    anchor: Anchor
    db_seq: int

    def describe(self) -> str:
        if self.kind == "lost":
            count = self.anchor.seq - self.db_seq
            return (
                f"the vault lost its last {count} recorded action(s), committed up to "
                f"{self.anchor.at} (audit entries {self.db_seq + 1}-{self.anchor.seq}): a power "
                "cut damaged the database journal, or someone deleted them. A backup made after "
                f"{self.anchor.at} still holds them (`qorgau restore`)"
            )
        return (
            f"audit entry {self.anchor.seq} (committed {self.anchor.at}) was rewritten or its "
            "successors replaced: recorded actions may have been lost or altered. Compare with "
            f"a backup made after {self.anchor.at} (`qorgau restore` into another folder)"
        )


def read_anchor(paths: VaultPaths) -> Anchor | None:
    try:
        data = json.loads(paths.audit_anchor.read_text(encoding="utf-8"))
        return Anchor(str(data["vault_id"]), int(data["seq"]), str(data["hash"]), str(data["at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def verify(paths: VaultPaths, db: Database, vault_id: str) -> AnchorMismatch | None:
    """Compare the database with the anchor; call before this session writes anything."""
    anchor = read_anchor(paths)
    if anchor is None or anchor.vault_id != vault_id:
        return None  # no anchor yet (a new, upgraded or restored vault), or another vault's
    head = audit_repo.head(db)
    db_seq = head[0] if head else 0
    if db_seq < anchor.seq:
        return AnchorMismatch("lost", anchor, db_seq)
    if audit_repo.hash_at(db, anchor.seq) != anchor.hash:
        return AnchorMismatch("rewritten", anchor, db_seq)
    return None


def supersede(paths: VaultPaths) -> None:
    """After a mismatch was recorded in the audit log, let the anchor start again from here."""
    with contextlib.suppress(OSError):
        paths.audit_anchor.replace(paths.audit_anchor.with_name("audit-anchor.superseded.json"))


class AnchorKeeper:
    """The ``after_commit`` hook of a vault's connections: writes the head when it moved.

    The anchor only moves forward along the chain: if the database no longer holds the entry
    the anchor names (the tail was deleted, even by this very session), the anchor is left as
    it is, so the next sign-in and `qorgau check` still see the loss.
    """

    def __init__(self, paths: VaultPaths, vault_id: str) -> None:
        self.paths = paths
        self.vault_id = vault_id

    def __call__(self, db: Database) -> None:
        with _write_lock:  # threads of one process share the temp file name
            try:
                self._advance(db)
            except Exception:  # a hook must not turn a commit into a failure
                return

    def _advance(self, db: Database) -> None:
        head = audit_repo.head(db)
        if head is None:
            return
        seq, digest, at = head
        current = read_anchor(self.paths)
        if current is not None and current.vault_id == self.vault_id:
            if (current.seq, current.hash) == (seq, digest):
                return
            if audit_repo.hash_at(db, current.seq) != current.hash:
                return  # the chain no longer passes through the anchor: keep the evidence
        body = {"vault_id": self.vault_id, "seq": seq, "hash": digest, "at": at}
        with contextlib.suppress(OSError):  # full disk: the anchor lags, nothing breaks
            atomic_write(self.paths.audit_anchor, json.dumps(body).encode("utf-8"))
