"""A process killed between writing the incident and its notification leaves neither.

The child process opens the vault on its own, records a mandatory incident, and is killed with
SIGKILL at the fault point ``incident.before_notification`` - inside the open transaction. The
parent then reopens the vault: no incident, no notification, audit chain intact. Without the
fault both rows exist.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.incidents import FAULT_BEFORE_NOTIFICATION
from app.storage import audit as audit_repo
from tests.app.test_incidents import add_pupils
from tests.conftest import VaultSetup

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import os
from datetime import timedelta
from pathlib import Path

from app import clock
from app.domain.cases import IncidentDraft, Participant
from app.services.incidents import record_incident
from app.vault import open_vault

vault = open_vault(Path(os.environ["QORGAU_DATA_DIR"]), "psy", os.environ["QORGAU_TEST_PASSWORD"],
                   sleep=lambda _s: None)
recorded = record_incident(vault, IncidentDraft(
    detected_at=clock.utcnow() - timedelta(minutes=5),
    category="offence_against_minor",
    description="Ученику угрожали на пути из школы.",
    participants=(Participant(int(os.environ["QORGAU_TEST_PUPIL"]), "victim"),),
))
assert recorded.notification is not None
vault.close()
print("recorded", recorded.incident.id, recorded.notification.id)
"""


def run_child(
    setup: VaultSetup, pupil_id: int, fault: str | None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QORGAU_DATA_DIR=str(setup.data_dir),
        QORGAU_TEST_PASSWORD=setup.passwords["psy"],
        QORGAU_TEST_PUPIL=str(pupil_id),
        PYTHONPATH=str(ROOT),
    )
    env.pop("QORGAU_FAULT", None)
    if fault is not None:
        env["QORGAU_FAULT"] = fault
    assert env.get("QORGAU_KDF_PROFILE") == "fast"  # inherited from conftest: a quick sign-in
    return subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_kill_before_notification_leaves_neither(vault_setup: VaultSetup) -> None:
    setup_vault = vault_setup.open("psy")
    [pupil] = add_pupils(setup_vault, 1)
    setup_vault.close()
    vault_setup.opened.clear()

    died = run_child(vault_setup, pupil, FAULT_BEFORE_NOTIFICATION)
    assert died.returncode == -signal.SIGKILL, died.stderr
    assert "recorded" not in died.stdout

    vault = vault_setup.open("psy")
    assert vault.db.scalar("SELECT count(*) FROM incidents") == 0
    assert vault.db.scalar("SELECT count(*) FROM incident_pupils") == 0
    assert vault.db.scalar("SELECT count(*) FROM notifications") == 0
    # The follow-up tasks (and the rehabilitation plan) are written in the same transaction.
    assert vault.db.scalar("SELECT count(*) FROM tasks") == 0
    assert vault.db.scalar("SELECT count(*) FROM plans") == 0
    assert "incident.create" not in {e.action for e in audit_repo.entries(vault.db)}
    assert audit_repo.first_broken_entry(vault.db) is None
    assert vault.db.integrity_problems() == []
    vault.close()
    vault_setup.opened.clear()

    # The same child without the fault: both rows, committed together.
    lived = run_child(vault_setup, pupil, None)
    assert lived.returncode == 0, lived.stderr
    _, incident_id, notification_id = lived.stdout.split()
    vault = vault_setup.open("psy")
    assert vault.db.scalar("SELECT count(*) FROM incidents") == 1
    row = vault.db.one(
        "SELECT incident_id, state FROM notifications WHERE id = ?", (notification_id,)
    )
    assert row == (int(incident_id), "queued")
    assert vault.db.scalar("SELECT count(*) FROM incident_follow_ups") > 0
    assert audit_repo.first_broken_entry(vault.db) is None
