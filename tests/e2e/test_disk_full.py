"""A full disk: one clear line for a change, nothing lost, and read-only rescue still works.

The vault lives on a small tmpfs that is then filled to the last byte. Signing in used to
write first (the sign-in audit entry, the failure counter, the -shm index) and failed with a
traceback, so not even a backup to another disk or an export was possible.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, build_vault
from tests.e2e.test_cli import qorgau

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)
    assert os.statvfs(disk).f_bavail == 0
    return filler


@pytest.mark.slow
def test_full_disk_allows_rescue_and_refuses_changes_in_one_line(
    small_disk: Path, tmp_path: Path
) -> None:
    setup = build_vault(small_disk / "vault")
    psy = setup.open("psy")
    from app.services.demo import seed_demo

    seed_demo(psy, pupils=60, incidents=6, seed=3)
    pupils_before = psy.db.scalar("SELECT count(*) FROM pupils")
    psy.close()
    (tmp_path / "pw").write_text(PASSWORDS["psy"] + "\n")
    env = {
        "QORGAU_DATA_DIR": str(setup.data_dir),
        "QORGAU_USER": "psy",
        "QORGAU_PASSWORD_FILE": str(tmp_path / "pw"),
        "QORGAU_LOG_DIR": str(tmp_path / "logs"),
    }
    filler = fill(small_disk)
    elsewhere = tmp_path / "other-disk"
    elsewhere.mkdir()

    signed_in = qorgau("users", "list", env=env)
    assert signed_in.returncode == 0, signed_in.stderr
    assert "Traceback" not in signed_in.stderr and "disk" in signed_in.stderr

    backup = qorgau("backup", str(elsewhere / "rescue.qbk"), env=env)
    assert backup.returncode == 0, backup.stderr
    export = qorgau("export-pupils", "--output", str(elsewhere / "pupils.csv"), env=env)
    assert export.returncode == 0, export.stderr
    assert len((elsewhere / "pupils.csv").read_text(encoding="utf-8").splitlines()) > 60

    change = qorgau("seed-demo", "--pupils", "5", "--incidents", "1", env=env)
    assert change.returncode != 0
    errors = [line for line in change.stderr.splitlines() if "warning" not in line]
    assert len(errors) == 1 and "full" in errors[0], change.stderr
    assert "Traceback" not in change.stderr

    # Space again: nothing was lost, everything verifies, and changes work.
    filler.unlink()
    check = qorgau("check", env=env)
    assert check.returncode == 0, check.stderr
    vault = setup.open("psy")
    try:
        assert vault.db.scalar("SELECT count(*) FROM pupils") == pupils_before
    finally:
        vault.close()
    assert qorgau("seed-demo", "--pupils", "5", "--incidents", "1", env=env).returncode == 0
    restored = qorgau("restore", str(elsewhere / "rescue.qbk"),
                      env={**env, "QORGAU_DATA_DIR": str(tmp_path / "restored")})  # fmt: skip
    assert restored.returncode == 0, restored.stderr


@pytest.mark.slow
def test_a_read_only_medium_still_allows_rescue(small_disk: Path, tmp_path: Path) -> None:
    setup = build_vault(small_disk / "vault")
    (tmp_path / "pw").write_text(PASSWORDS["admin"] + "\n")
    env = {
        "QORGAU_DATA_DIR": str(setup.data_dir),
        "QORGAU_USER": "admin",
        "QORGAU_PASSWORD_FILE": str(tmp_path / "pw"),
        "QORGAU_LOG_DIR": str(tmp_path / "logs"),
    }
    remount = subprocess.run(
        ["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, check=False
    )
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remount.stderr.decode().strip()}")
    signed_in = qorgau("users", "list", env=env)
    assert signed_in.returncode == 0, signed_in.stderr
    assert "cannot be written" in signed_in.stderr and "Traceback" not in signed_in.stderr
    backup = qorgau("backup", str(tmp_path / "rescue.qbk"), env=env)
    assert backup.returncode == 0, backup.stderr
