"""A tampered database page: `qorgau check` names the damage and the backup in one line.

Before, it printed a traceback and ~20 lines of SQLCipher's own log on the terminal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.backup import write_backup
from app.services.demo import seed_demo
from tests.conftest import VaultSetup

ROOT = Path(__file__).resolve().parents[2]


def test_check_reports_a_tampered_page_in_one_line(vault_setup: VaultSetup, tmp_path: Path) -> None:
    psy = vault_setup.open("psy")
    seed_demo(psy, pupils=300, incidents=20, seed=7)
    backup = tmp_path / "stick" / "qorgau-last.qbk"
    write_backup(psy, backup)
    psy.close()
    vault_setup.opened.clear()

    db = vault_setup.data_dir / "qorgau.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 40 * page
    raw[(len(raw) // page * 3 // 4) * page + 200] ^= 0x01  # one bit, in a data page
    db.write_bytes(bytes(raw))

    (tmp_path / "pw").write_text(vault_setup.passwords["psy"] + "\n")
    logs = tmp_path / "logs"
    result = subprocess.run(
        [sys.executable, "-m", "cli.main", "check"],
        env={
            **os.environ,
            "QORGAU_KDF_PROFILE": "fast",
            "QORGAU_DATA_DIR": str(vault_setup.data_dir),
            "QORGAU_USER": "psy",
            "QORGAU_PASSWORD_FILE": str(tmp_path / "pw"),
            "QORGAU_LOG_DIR": str(logs),
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    # No SQLCipher log, no detail dump: one line per finding.
    assert all(line.startswith("PROBLEM: ") for line in lines), result.stderr
    [damage] = [line for line in lines if line.startswith("PROBLEM: database:")]
    assert "damaged page" in damage and str(backup) in damage
    # The details are in the log files for whoever investigates.
    assert "HMAC" in (logs / "sqlcipher.log").read_text() + (logs / "qorgau-cli.log").read_text()


def test_vault_files_are_private_to_their_owner(vault_setup: VaultSetup) -> None:
    vault = vault_setup.open("admin")
    vault.audit("test.write")  # the -wal and -shm exist while open
    try:
        for path in vault_setup.data_dir.iterdir():
            if path.is_file() and path.name.startswith("qorgau.db"):
                assert path.stat().st_mode & 0o077 == 0, path.name
    finally:
        vault.close()
        vault_setup.opened.clear()
