"""The outbox reaches the real reference server (started on loopback) exactly once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.cases import IncidentDraft, Participant
from app.domain.pupils import PupilDraft
from app.errors import Conflict
from app.iin import make_iin
from app.services import incidents, pupils
from app.storage import notifications as outbox
from sync.engine import NotEnrolled, sync_once
from sync.enrollment import EnrollmentFailed, enroll
from sync.protocol import make_wire_notification
from sync.receipts import verify_stored_receipts
from tests.conftest import PASSWORDS, VaultSetup
from tests.support.server_process import make_enroll_code, run_cli, running_server
from tests.support.tls import make_ca, write_tls_files

REPO = Path(__file__).resolve().parents[2]


def record_mandatory(vault: object, count: int) -> list[str]:
    from app.vault import Vault

    assert isinstance(vault, Vault)
    pupil = pupils.create_pupil(
        vault,
        PupilDraft(
            iin=make_iin(date(2013, 3, 3), "M", random.randrange(10_000)),
            surname="Синтетиков",
            name="Тест",
            class_name="5А",
        ),
    )
    ids = []
    for i in range(count):
        recorded = incidents.record_incident(
            vault,
            IncidentDraft(
                detected_at=datetime.now(UTC) - timedelta(minutes=1),
                category="violence",
                description=f"синтетический случай {i}",
                participants=(Participant(pupil.id, "victim"),),
            ),
        )
        assert recorded.notification is not None
        ids.append(recorded.notification.id)
    return ids


def server_ids(data_dir: Path) -> list[str]:
    listed = json.loads(run_cli(data_dir, "notifications", "--json").stdout)
    return [item["id"] for item in listed]


def test_delivered_exactly_once_after_the_server_comes_back(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        code = make_enroll_code(server_dir, "Школа №7")
        enroll(psy, server.base_url, code)
        server.stop()
        queued = record_mandatory(psy, 12)  # recorded while the server is down
        offline = sync_once(psy.db)
        assert offline.error and offline.delivered == 0 and offline.remaining == 12
        server.start()
        report = sync_once(psy.db, batch_size=5)
        assert report.complete, report
        assert report.delivered == 12
        again = sync_once(psy.db)
        assert again.delivered == 0 and again.complete
        on_server = server_ids(server_dir)
    assert sorted(on_server) == sorted(queued)
    assert len(on_server) == len(set(on_server))
    check = verify_stored_receipts(psy)
    assert check.problems == [] and "12 verified" in check.facts[0]
    assert {row.notification.state for row in outbox.rows(psy.db)} == {"delivered"}


def test_redelivery_after_a_lost_response_gets_the_same_receipt(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    from sync.engine import client_for

    psy = vault_setup.open("psy")
    with running_server(tmp_path / "server") as server:
        enroll(psy, server.base_url, make_enroll_code(tmp_path / "server", "Школа"))
        [nid] = record_mandatory(psy, 1)
        item = outbox.queued_batch(psy.db, 1)[0]
        client = client_for(psy.db)
        first = client.deliver([make_wire_notification(item.id, json.loads(item.payload))])
        client.close()
        # The response above was "lost": the vault still has it queued.
        assert outbox.queued_count(psy.db) == 1
        report = sync_once(psy.db)
        assert report.complete and report.delivered == 1
        stored = outbox.receipt_for(psy.db, nid)
        assert stored is not None and first[0].receipt is not None
        assert stored.receipt_json == json.dumps(first[0].receipt.to_json_dict(), sort_keys=True)
        assert stored.number == first[0].receipt.seq == 1
        assert stored.signature == first[0].receipt.signature
        assert server_ids(tmp_path / "server") == [nid]


def test_acknowledgement_flows_back(vault_setup: VaultSetup, tmp_path: Path) -> None:
    psy = vault_setup.open("psy")
    with running_server(tmp_path / "server") as server:
        enroll(psy, server.base_url, make_enroll_code(tmp_path / "server", "Школа"))
        [nid] = record_mandatory(psy, 1)
        assert sync_once(psy.db).complete
        run_cli(tmp_path / "server", "ack", nid, "--by", "Иванов И.И.", "--reference", "КУИ 1")
        report = sync_once(psy.db)
        assert report.acknowledged == 1
    notification = outbox.by_id(psy.db, nid)
    assert notification is not None and notification.state == "acknowledged"


def test_not_enrolled_and_double_enrollment(vault_setup: VaultSetup, tmp_path: Path) -> None:
    psy = vault_setup.open("psy")
    with pytest.raises(NotEnrolled):
        sync_once(psy.db)
    with running_server(tmp_path / "server") as server:
        enroll(psy, server.base_url, make_enroll_code(tmp_path / "server", "Школа"))
        with pytest.raises(Conflict):
            enroll(psy, server.base_url, make_enroll_code(tmp_path / "server", "Школа"))


def test_tls_pinned_ca_works_and_another_ca_is_refused(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    tls = write_tls_files(tmp_path / "tls")
    psy = vault_setup.open("psy")
    with running_server(tmp_path / "server", tls=tls) as server:
        assert server.base_url.startswith("https://")
        with pytest.raises(EnrollmentFailed):
            enroll(
                psy,
                server.base_url,
                make_enroll_code(tmp_path / "server", "Школа"),
                ca_pem=make_ca("Somebody else").pem,
            )
        with pytest.raises(EnrollmentFailed):  # the system trust store does not know it either
            enroll(psy, server.base_url, make_enroll_code(tmp_path / "server", "Школа"))
        enroll(
            psy, server.base_url, make_enroll_code(tmp_path / "server", "Школа"), ca_pem=tls.ca_pem
        )
        record_mandatory(psy, 3)
        assert sync_once(psy.db).delivered == 3


def test_plain_http_only_to_loopback(vault_setup: VaultSetup) -> None:
    psy = vault_setup.open("psy")
    with pytest.raises(EnrollmentFailed, match=r"loopback|https"):
        enroll(psy, "http://192.0.2.10:8443", "AAAA-BBBB-CCCC-DDDD")


@pytest.mark.slow
def test_client_killed_at_random_instants_loses_and_duplicates_nothing(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    rng = random.Random(20261125)
    (tmp_path / "pw").write_text(PASSWORDS["psy"])
    env = {
        **os.environ,
        "QORGAU_DATA_DIR": str(vault_setup.data_dir),
        "QORGAU_USER": "psy",
        "QORGAU_PASSWORD_FILE": str(tmp_path / "pw"),
    }
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа"))
        queued = record_mandatory(psy, 400)
        vault_setup.close_all()
        kills = 0
        for _ in range(6):
            proc = subprocess.Popen(
                [sys.executable, "-m", "cli.main", "sync", "--once"],
                env=env,
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.2, 1.5))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(timeout=60)
        final = subprocess.run(
            [sys.executable, "-m", "cli.main", "sync", "--once"],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert final.returncode == 0, final.stdout + final.stderr
        on_server = server_ids(server_dir)
    assert kills >= 1
    assert len(on_server) == len(set(on_server)) == len(queued)
    assert set(on_server) == set(queued)
    psy = vault_setup.open("psy")
    assert outbox.queued_count(psy.db) == 0
    check = verify_stored_receipts(psy)
    assert check.problems == []
    assert len(outbox.all_receipts(psy.db)) == len(queued)
