"""`qorgau check` proves a school holds its complete, unforked receipt chain (issue 9).

Real vault, real server on loopback: receipts come from deliveries, and the damage is what
happens in life — a receipt row lost from the vault (gap), a server restored from an old backup
that issues a second receipt with a seq it already used (fork). Receipts from servers before
per-school chains (format 1) keep verifying by their old rules.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from app.storage import notifications as outbox
from app.vault import Vault
from sync.engine import sync_once
from sync.enrollment import enroll
from sync.receipts import verify_stored_receipts
from tests.conftest import PASSWORDS, VaultSetup
from tests.support.legacy_receipts import national_receipt, receipt_hash
from tests.support.server_process import make_enroll_code, running_server
from tests.sync.test_sync_engine import record_mandatory

REPO = Path(__file__).resolve().parents[2]


def _delivered(vault: Vault, count: int) -> list[str]:
    ids = record_mandatory(vault, count)
    report = sync_once(vault.db)
    assert report.complete and report.delivered == count, report
    return ids


def _school_seq(vault: Vault, notification_id: str) -> int:
    stored = outbox.receipt_for(vault.db, notification_id)
    assert stored is not None
    return int(json.loads(stored.receipt_json)["school_seq"])


def _qorgau_check(setup: VaultSetup, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    password_file = tmp_path / "psy-password"
    password_file.write_text(PASSWORDS["psy"] + "\n")
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "check", "--data-dir", str(setup.data_dir),
         "--user", "psy", "--password-file", str(password_file)],
        cwd=REPO, env={**os.environ, "QORGAU_KDF_PROFILE": "fast"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_a_complete_chain_is_shown_and_a_lost_receipt_is_a_gap(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    with running_server(tmp_path / "server") as server:
        enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа №3"))
        ids = _delivered(psy, 3) + _delivered(psy, 2)
    assert [_school_seq(psy, nid) for nid in ids] == [1, 2, 3, 4, 5]
    check = verify_stored_receipts(psy)
    assert check.problems == []
    assert check.facts == [
        "receipts: 5 verified against the pinned server key, school chain 1..5 complete"
    ]

    # A receipt row disappears from the vault (a bad restore, a careless repair).
    psy.db.execute("DELETE FROM receipts WHERE notification_id IN (?, ?)", (ids[1], ids[2]))
    assert verify_stored_receipts(psy).problems == [
        "receipt school chain: gap: receipts 2..3 missing"
    ]
    vault_setup.close_all()
    result = _qorgau_check(vault_setup, tmp_path)
    assert result.returncode != 0
    assert "PROBLEM: receipt school chain: gap: receipts 2..3 missing" in result.stderr


def test_a_server_restored_from_an_old_backup_forks_the_chain(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    data_dir = tmp_path / "server"
    backup = tmp_path / "server-backup.sqlite3"
    with running_server(data_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(data_dir, "Школа №4"))
        first = _delivered(psy, 1)
        # The server's administrator takes a backup, the school delivers two more ...
        with sqlite3.connect(data_dir / "server.sqlite3") as live, sqlite3.connect(backup) as copy:
            live.backup(copy)
        later = _delivered(psy, 2)
        # ... then the server dies and is restored from that backup.
        server.stop()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{data_dir / 'server.sqlite3'}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(backup, data_dir / "server.sqlite3")
        server.start()
        after = _delivered(psy, 1)
    # The restored server gave seq 2 again, to another notification.
    assert [_school_seq(psy, nid) for nid in first + later + after] == [1, 2, 3, 2]
    problems = verify_stored_receipts(psy).problems
    assert problems == ["receipt school chain: fork at 2: 2 different receipts"]


def _server_key(data_dir: Path) -> Ed25519PrivateKey:
    key = load_pem_private_key((data_dir / "server-signing-key.pem").read_bytes(), None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def test_national_receipts_from_before_the_upgrade_keep_verifying(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    data_dir = tmp_path / "server"
    with running_server(data_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(data_dir, "Школа №5"))
        # Before the upgrade: the same server key signed national-chain receipts; this school
        # held links 4, 5 and 9 of the national chain (the others went to other schools).
        key = _server_key(data_dir)
        old_ids = record_mandatory(psy, 3)
        prev = "0" * 64
        held: list[dict[str, object]] = []
        for seq in range(1, 10):
            nid = old_ids[[4, 5, 9].index(seq)] if seq in (4, 5, 9) else f"other-{seq}"
            notification = outbox.by_id(psy.db, nid)
            digest = notification.payload_sha256 if notification else "c" * 64
            receipt = national_receipt(
                key, notification_id=nid, payload_sha256=digest, server_seq=seq,
                prev_receipt_hash=prev,
            )  # fmt: skip
            prev = receipt_hash(receipt)
            if notification is not None:
                held.append(receipt)
        with psy.db.transaction():
            for receipt in held:
                outbox.mark_delivered(
                    psy.db,
                    str(receipt["notification_id"]),
                    payload_sha256=str(receipt["payload_sha256"]),
                    server_received_at=str(receipt["server_received_at"]),
                    server_seq=int(str(receipt["server_seq"])),
                    prev_receipt_hash=str(receipt["prev_receipt_hash"]),
                    signature=str(receipt["signature"]),
                    receipt_json=json.dumps(receipt, sort_keys=True),
                    stored_at="2026-03-02T09:21:00.000000Z",
                )
        # After the upgrade the same vault gets per-school receipts.
        new_ids = _delivered(psy, 2)
    assert [_school_seq(psy, nid) for nid in new_ids] == [1, 2]
    check = verify_stored_receipts(psy)
    assert check.problems == []
    assert check.facts == [
        "receipts: 5 verified against the pinned server key, 3 from before per-school chains, "
        "school chain 1..2 complete"
    ]
    # The old rule still bites: consecutive national seqs it holds must link (6 after 5).
    notification = outbox.by_id(psy.db, record_mandatory(psy, 1)[0])
    assert notification is not None
    bad = national_receipt(
        key,
        notification_id=notification.id,
        payload_sha256=notification.payload_sha256,
        server_seq=6,
        prev_receipt_hash="1" * 64,  # not the hash of link 5
    )
    with psy.db.transaction():
        outbox.mark_delivered(
            psy.db,
            notification.id,
            payload_sha256=notification.payload_sha256,
            server_received_at=str(bad["server_received_at"]),
            server_seq=6,
            prev_receipt_hash="1" * 64,
            signature=str(bad["signature"]),
            receipt_json=json.dumps(bad, sort_keys=True),
            stored_at="2026-03-02T09:22:00.000000Z",
        )
    assert verify_stored_receipts(psy).problems == [
        "receipt chain (before per-school chains): chain broken between seq 5 and 6"
    ]
