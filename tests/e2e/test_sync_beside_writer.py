"""`qorgau sync` running beside another process that writes: no "database is locked", every
notification delivered exactly once.

A writer process records mandatory incidents (each queues a notification) in transactions of
several incidents while `qorgau sync --once` runs again and again in other processes, and a
third process holds one long write transaction (as a big import does). Afterwards the server
holds each queued id once and no command failed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sync.enrollment import enroll
from tests.conftest import VaultSetup
from tests.support.server_process import make_enroll_code, run_cli, running_server

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import os, sys
from pathlib import Path
from app.vault import open_vault
from benchmarks.sync_figures import queue_notifications
vault = open_vault(Path(os.environ["QORGAU_DATA_DIR"]), "psy", os.environ["PW"],
                   sleep=lambda s: None)
ids = []
for _ in range(int(os.environ["ROUNDS"])):
    ids += queue_notifications(vault, 8, per_transaction=8)
vault.close()
print("\\n".join(ids))
"""

LONG_TRANSACTION = """
import os, time
from pathlib import Path
from app.vault import open_vault
vault = open_vault(Path(os.environ["QORGAU_DATA_DIR"]), "psy", os.environ["PW"],
                   sleep=lambda s: None)
with vault.db.transaction():
    vault.audit("long.import")
    print("holding", flush=True)
    time.sleep(float(os.environ["HOLD"]))
vault.close()
"""


def child_env(setup: VaultSetup, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "QORGAU_KDF_PROFILE": "fast",
        "PYTHONPATH": str(ROOT),
        "QORGAU_DATA_DIR": str(setup.data_dir),
        "QORGAU_USER": "psy",
        "PW": setup.passwords["psy"],
        **extra,
    }


@pytest.mark.slow
def test_sync_beside_a_writer_delivers_each_notification_once(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    (tmp_path / "pw").write_text(vault_setup.passwords["psy"] + "\n")
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа"))
        psy.close()
        vault_setup.opened.clear()
        env = child_env(vault_setup, ROUNDS="12", HOLD="12",
                        QORGAU_PASSWORD_FILE=str(tmp_path / "pw"))  # fmt: skip
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        holder = subprocess.Popen(
            [sys.executable, "-c", LONG_TRANSACTION],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        failures: list[str] = []
        runs = 0
        while writer.poll() is None or holder.poll() is None or runs < 2:
            runs += 1
            synced = subprocess.run(
                [sys.executable, "-m", "cli.main", "sync", "--once"],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            if synced.returncode not in (0, 1) or synced.stderr.strip():
                failures.append(synced.stderr.strip() or f"exit {synced.returncode}")
            time.sleep(0.05)
        written, _ = writer.communicate(timeout=120)
        holder.communicate(timeout=120)
        assert writer.returncode == 0 and holder.returncode == 0
        final = subprocess.run(
            [sys.executable, "-m", "cli.main", "sync", "--once"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert final.returncode == 0, final.stdout + final.stderr
        listed = json.loads(run_cli(server_dir, "notifications", "--json").stdout)
    assert failures == []
    queued = written.split()
    on_server = [n["id"] for n in listed]
    assert len(queued) == 12 * 8
    assert sorted(on_server) == sorted(queued)  # each exactly once
