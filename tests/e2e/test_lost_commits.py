"""Committed history that disappears is reported: WAL damage after a power cut, a deleted tail.

A child process commits audited changes and is SIGKILLed, so they sit in the WAL only. Then
bytes are flipped in (or cut off) the WAL on disk, as a power cut does: SQLite stops replaying
at the bad frame and drops every later committed transaction without a word. The audit anchor
kept outside the database makes the next sign-in and `qorgau check` say what was lost and
that a backup holds it. The same anchor exposes an account that drops the append-only
trigger and deletes the newest audit entries.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage import audit
from app.vault import open_vault
from tests.e2e.test_cli import qorgau, vault_dir

__all__ = ["vault_dir"]

ROOT = Path(__file__).resolve().parents[2]
WRITES = 40

WRITER = """
import os, signal
from pathlib import Path
from app.vault import open_vault
password = Path(os.environ["QORGAU_PASSWORD_FILE"]).read_text().splitlines()[0]
vault = open_vault(Path(os.environ["QORGAU_DATA_DIR"]), "admin", password, sleep=lambda s: None)
for i in range(int(os.environ["WRITES"])):
    vault.audit("test.write", detail=str(i))
print(vault.db.scalar("SELECT max(seq) FROM audit_log"), flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # a power cut: nothing checkpointed, all in the WAL
"""


def write_then_die(env: dict[str, str]) -> int:
    child = subprocess.run(
        [sys.executable, "-c", WRITER],
        env={**os.environ, "QORGAU_KDF_PROFILE": "fast", "PYTHONPATH": str(ROOT),
             "WRITES": str(WRITES), **env},
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    return int(child.stdout.split()[0])


def damage_wal(wal: Path, how: str) -> None:
    data = bytearray(wal.read_bytes())
    assert len(data) > 32 * 1024, "the committed changes should still be in the WAL"
    middle = len(data) // 2
    if how == "flip":
        data[middle] ^= 0x5A
        wal.write_bytes(bytes(data))
    else:
        wal.write_bytes(bytes(data[:middle]))


@pytest.mark.slow
@pytest.mark.parametrize("how", ["flip", "truncate"])
def test_wal_damage_after_a_power_cut_is_reported(
    vault_dir: tuple[Path, dict[str, str]], how: str
) -> None:
    data, env = vault_dir
    last_seq = write_then_die(env)
    damage_wal(data / "qorgau.db-wal", how)

    check = qorgau("check", env=env)
    assert check.returncode != 0
    assert "Traceback" not in check.stderr
    warning = [line for line in check.stderr.splitlines() if "warning" in line]
    assert len(warning) == 1, check.stderr
    assert "lost" in warning[0] and "backup" in warning[0] and "qorgau restore" in warning[0]
    assert f"-{last_seq})" in warning[0]  # which entries: up to the last one committed
    assert "PROBLEM: audit log" in check.stderr

    # Reported once at sign-in, and kept on record for every later `check`.
    again = qorgau("check", env=env)
    assert "warning" not in again.stderr
    assert "PROBLEM: audit log" in again.stderr and again.returncode != 0


def test_deleting_the_newest_audit_entries_is_reported(
    vault_dir: tuple[Path, dict[str, str]],
) -> None:
    data, env = vault_dir
    vault = open_vault(data, "admin", "long admin passphrase")
    for i in range(5):
        vault.audit("test.write", detail=str(i))
    # The attack: drop the append-only trigger, delete the newest entries, keep working.
    vault.db.execute("DROP TRIGGER audit_log_no_delete")
    newest = int(vault.db.scalar("SELECT max(seq) FROM audit_log"))
    vault.db.execute("DELETE FROM audit_log WHERE seq > ?", (newest - 3,))
    vault.audit("test.after_delete")  # the chain still verifies
    assert audit.first_broken_entry(vault.db) is None
    vault.close()

    check = qorgau("check", env=env)
    assert check.returncode != 0
    assert "PROBLEM: audit log" in check.stderr
    assert "rewritten" in check.stderr or "lost" in check.stderr
