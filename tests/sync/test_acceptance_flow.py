"""Acceptance by a named officer and clarification requests flow back from the real reference
server on loopback (DESIGN §6a): deliver → `qorgau-server ack` → pull → accepted with the
officer and the registration number; a clarification is answered with a correction that the
server receives with ``corrects``."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services.notifications import (
    answer_clarification,
    clarifications_open,
    list_notifications,
    notifications_as_json,
)
from sync.engine import sync_once
from sync.enrollment import enroll
from sync.transport import ServerClient
from tests.conftest import VaultSetup
from tests.support.faulty_server import FaultyServer
from tests.support.server_process import make_enroll_code, run_cli, running_server
from tests.sync.test_sync_engine import record_mandatory

REPO = Path(__file__).resolve().parents[2]


def test_accepted_by_a_named_officer_reaches_the_app_and_the_cli(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа №1"))
        [nid] = record_mandatory(psy, 1)
        assert sync_once(psy.db).delivered == 1
        [delivered] = list_notifications(psy)
        assert delivered.display_state == "delivered" and delivered.acceptance is None

        out = run_cli(
            server_dir,
            "ack",
            nid,
            "--by",
            "Капитан полиции Сейткали Е.",
            "--unit",
            "ИДН ОП Аккольского района",
            "--reference",
            "КУИ 2026-0042",
        ).stdout
        assert "acknowledged" in out
        assert sync_once(psy.db).acknowledged == 1
        assert sync_once(psy.db).acknowledged == 0  # pulled once, never twice

    [v] = list_notifications(psy)
    assert v.display_state == "accepted" and v.accepted_on_time
    assert v.acceptance is not None
    assert v.acceptance.officer == "Капитан полиции Сейткали Е."
    assert v.acceptance.unit == "ИДН ОП Аккольского района"
    assert v.acceptance.reference == "КУИ 2026-0042"
    assert v.receipt_server_time is not None and v.acceptance.at >= v.receipt_server_time
    psy.close()

    # `qorgau notifications list --json` (the real command) carries who, which number, when.
    password = tmp_path / "pw"
    password.write_text(vault_setup.passwords["psy"] + "\n")

    def listing(*extra: str) -> str:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "cli.main",
                *("--data-dir", str(vault_setup.data_dir), "--user", "psy"),
                *("--password-file", str(password), "notifications", "list", *extra),
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "accepted by Капитан полиции Сейткали Е., no. КУИ 2026-0042" in listing()
    [item] = json.loads(listing("--json"))
    assert item["state"] == "accepted"
    assert item["accepted"]["officer"] == "Капитан полиции Сейткали Е."
    assert item["accepted"]["reference"] == "КУИ 2026-0042"
    assert item["accepted"]["at"].endswith("Z")


def test_clarification_is_answered_with_a_correction_then_accepted(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа №2"))
        [nid] = record_mandatory(psy, 1)
        assert sync_once(psy.db).delivered == 1
        run_cli(
            server_dir,
            "ack",
            nid,
            "--by",
            "Инспектор Ахметова",
            "--clarify",
            "Укажите, где произошёл случай",
        )
        assert sync_once(psy.db).acknowledged == 1
        [open_one] = clarifications_open(psy)
        assert open_one.id == nid and open_one.display_state == "clarification_requested"
        assert open_one.clarification is not None
        assert open_one.clarification.note == "Укажите, где произошёл случай"
        assert open_one.clarification.officer == "Инспектор Ахметова"

        correction = answer_clarification(psy, nid, "Во дворе школы", location="Двор школы")
        report = sync_once(psy.db)
        assert report.delivered == 1
        # The server received the correction, linked to the original.
        with sqlite3.connect(server_dir / "server.sqlite3") as conn:
            row = conn.execute(
                "SELECT payload FROM notifications WHERE id = ?", (correction.id,)
            ).fetchone()
        payload = json.loads(row[0])
        assert payload["corrects"] == nid
        assert payload["correction_reason"] == "Во дворе школы"
        assert payload["location"] == "Двор школы"
        assert clarifications_open(psy) == []

        run_cli(server_dir, "ack", nid, "--by", "Инспектор Ахметова", "--reference", "ЕРДР 77")
        assert sync_once(psy.db).acknowledged == 1
    by_id = {v.id: v for v in list_notifications(psy)}
    original = by_id[nid]
    assert original.display_state == "accepted"
    assert [a.kind for a in original.history] == ["clarification_requested", "accepted"]
    assert original.clarification_answer == correction.id
    assert by_id[correction.id].corrects == nid
    records = {r["id"]: r for r in notifications_as_json(psy)}
    assert records[nid]["clarification"]["answer"] == correction.id
    assert records[nid]["accepted"]["reference"] == "ЕРДР 77"


def test_an_older_server_without_kind_means_accepted() -> None:
    """Servers before the web workspace sent id, ack_seq, acknowledged_at and note only."""
    legacy = {
        "acknowledgements": [
            {
                "id": "n-1",
                "ack_seq": 4,
                "acknowledged_at": "2026-03-10T08:40:00Z",
                "note": "КУИ 55",
            }
        ],
        "server_time": "2026-03-10T08:41:00Z",
    }
    with FaultyServer() as faulty:
        faulty.respond(body=json.dumps(legacy).encode())
        with ServerClient(
            faulty.base_url, device_id="d-1", device_key=Ed25519PrivateKey.generate()
        ) as client:
            [ack] = client.acknowledgements(after=0)
    assert (ack.kind, ack.officer, ack.unit, ack.reference, ack.note) == (
        "accepted",
        None,
        None,
        None,
        "КУИ 55",
    )


def test_an_unknown_kind_is_a_bad_response() -> None:
    import pytest

    from sync.transport import BadResponse

    body = {
        "acknowledgements": [
            {"id": "n", "ack_seq": 1, "acknowledged_at": "2026-03-10T08:40:00Z", "kind": "lost"}
        ],
        "server_time": "2026-03-10T08:41:00Z",
    }
    with FaultyServer() as faulty:
        faulty.respond(body=json.dumps(body).encode())
        with ServerClient(
            faulty.base_url, device_id="d-1", device_key=Ed25519PrivateKey.generate()
        ) as client:
            with pytest.raises(BadResponse, match="kind"):
                client.acknowledgements(after=0)


def test_an_acknowledgement_this_vault_does_not_hold_is_skipped_not_stuck(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    """Two devices of one school share the acknowledgement stream; one holds a notification the
    other never had (a restored older backup looks the same). The pull must move past it."""
    from app.storage import device as device_repo
    from tests.conftest import build_vault

    psy = vault_setup.open("psy")
    other_setup = build_vault(tmp_path / "other")
    other = other_setup.open("psy")
    server_dir = tmp_path / "server"
    try:
        with running_server(server_dir) as server:
            enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа №3"))
            enroll(other, server.base_url, make_enroll_code(server_dir, "Школа №3"))
            [theirs] = record_mandatory(other, 1)
            [mine] = record_mandatory(psy, 1)
            assert sync_once(other.db).delivered == 1 and sync_once(psy.db).delivered == 1
            run_cli(server_dir, "ack", theirs, "--by", "Инспектор", "--reference", "1")
            run_cli(server_dir, "ack", mine, "--by", "Инспектор", "--reference", "2")
            report = sync_once(psy.db)
            assert report.complete and report.acknowledged == 1
            record = device_repo.get(psy.db)
            assert record is not None and record.ack_cursor >= 2
        [v] = list_notifications(psy)
        assert v.id == mine and v.acceptance is not None and v.acceptance.reference == "2"
    finally:
        other_setup.close_all()
