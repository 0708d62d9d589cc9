"""A killed `restore --force` never leaves an empty data directory; restores never collide.

The child process is killed with SIGKILL at fault points inside the restore (app/faults.py):
after the new files are staged, and half-way through swapping them in. The next command finds
a complete vault (the restored one, the old one kept in ``replaced-*/``).
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from app.backup import restore_backup
from app.restore_swap import FAULT_AFTER_STAGING, FAULT_MID_SWAP
from tests.e2e.test_cli import qorgau, vault_dir

__all__ = ["vault_dir"]


def users(env: dict[str, str]) -> list[str]:
    listed = qorgau("users", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    return [line.split("\t")[0] for line in listed.stdout.splitlines()]


@pytest.mark.slow
@pytest.mark.parametrize("fault", [FAULT_AFTER_STAGING, FAULT_MID_SWAP])
def test_killed_restore_is_finished_by_the_next_command(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path, fault: str
) -> None:
    data, env = vault_dir
    backup = tmp_path / "b.qbk"
    assert qorgau("backup", str(backup), env=env).returncode == 0
    (tmp_path / "pw2").write_text("another long passphrase\n")
    added = qorgau(
        "users", "add", "later", "--role", "social-pedagogue",
        "--new-password-file", str(tmp_path / "pw2"), env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "later" in users(env)

    killed = qorgau("restore", "--force", str(backup), env={**env, "QORGAU_FAULT": fault})
    assert killed.returncode == -signal.SIGKILL

    # Sign-in works and shows the restored vault (without the account added later) ...
    assert users(env) == ["admin"]
    # ... and the replaced one is kept whole aside.
    [aside] = data.glob("replaced-*")
    assert (aside / "qorgau.db").exists() and (aside / "keyslots.json").exists()
    assert not list(data.glob(".restore-*"))
    check = qorgau("check", env=env)
    assert check.returncode == 0, check.stderr


def test_two_restores_in_the_same_second_both_succeed(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, env = vault_dir
    backup = tmp_path / "b.qbk"
    assert qorgau("backup", str(backup), env=env).returncode == 0
    for _ in range(3):
        restore_backup(backup, data, force=True)
    assert len(list(data.glob("replaced-*"))) == 3
    assert users(env) == ["admin"]
