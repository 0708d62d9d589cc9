"""Several processes, one vault: `restore --force` refuses while anyone has the vault open.

Before the vault lock, restore moved the open files aside under a running process, which went
on committing into the moved-aside copy: records it reported as saved were missing afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.test_cli import assert_one_line_error, qorgau, vault_dir

__all__ = ["vault_dir"]

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import os, sys
from pathlib import Path
from app.vault import open_vault
password = Path(os.environ["QORGAU_PASSWORD_FILE"]).read_text().splitlines()[0]
vault = open_vault(Path(os.environ["QORGAU_DATA_DIR"]), "admin", password, sleep=lambda s: None)
print("open", flush=True)
sys.stdin.readline()
vault.audit("holder.still_writing")
vault.close()
print("closed", flush=True)
"""


def start_holder(env: dict[str, str]) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER],
        env={**os.environ, "QORGAU_KDF_PROFILE": "fast", "PYTHONPATH": str(ROOT), **env},
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open"
    return child


def test_restore_refuses_while_another_process_has_the_vault_open(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, env = vault_dir
    backup = tmp_path / "b.qbk"
    assert qorgau("backup", str(backup), env=env).returncode == 0

    holder = start_holder(env)
    try:
        refused = qorgau("restore", "--force", str(backup), env=env)
        assert_one_line_error(refused, "open", "admin", f"pid {holder.pid}")
        assert not list(data.glob("replaced-*"))  # nothing moved aside
        assert (data / "qorgau.db").exists() and (data / "keyslots.json").exists()
        # The holder goes on writing into the real vault, not into a moved-aside copy.
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
    finally:
        holder.kill()
        holder.communicate()

    check = qorgau("check", env=env)
    assert check.returncode == 0, check.stderr

    # Once nobody has it open, the same restore goes through.
    restored = qorgau("restore", "--force", str(backup), env=env)
    assert restored.returncode == 0, restored.stderr


def test_a_killed_holder_does_not_leave_the_vault_busy(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    _data, env = vault_dir
    backup = tmp_path / "b.qbk"
    assert qorgau("backup", str(backup), env=env).returncode == 0
    holder = start_holder(env)
    holder.kill()  # SIGKILL: no cleanup ran; the kernel drops the lock
    holder.communicate()
    restored = qorgau("restore", "--force", str(backup), env=env)
    assert restored.returncode == 0, restored.stderr
