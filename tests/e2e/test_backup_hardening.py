"""Backups that survive a wrong clock, a kill, a careless target and a damaged file."""

from __future__ import annotations

import hashlib
import json
import signal
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.backup import FAULT_AFTER_DATABASE_COPY, MAGIC
from app.services.backups import run_backup
from app.vault import open_vault
from tests.e2e.test_cli import assert_one_line_error, qorgau, vault_dir

__all__ = ["vault_dir"]

ALMATY = timezone(timedelta(hours=5))
PASSPHRASE = "long admin passphrase"


def test_a_clock_thrown_back_to_2000_does_not_prune_the_backup_just_made(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, _env = vault_dir
    stick = tmp_path / "stick"
    stick.mkdir()
    vault = open_vault(data, "admin", PASSPHRASE)
    try:
        first = run_backup(vault, stick, keep=2, now=datetime(2026, 12, 1, 9, tzinfo=ALMATY))
        second = run_backup(vault, stick, keep=2, now=datetime(2026, 12, 2, 9, tzinfo=ALMATY))
        # The CMOS battery died: the PC now believes it is the year 2000.
        third = run_backup(vault, stick, keep=2, now=datetime(2000, 1, 1, 9, tzinfo=ALMATY))
    finally:
        vault.close()
    assert third.path.exists(), "the backup just written was deleted"
    assert third.pruned == (first.path,)  # the oldest by the vault's history went
    assert second.path.exists()


@pytest.mark.slow
def test_a_killed_backup_leaves_no_hidden_copy_for_ever(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    _data, env = vault_dir
    stick = tmp_path / "stick"
    stick.mkdir()
    killed = qorgau(
        "backup", str(stick / "a.qbk"), env={**env, "QORGAU_FAULT": FAULT_AFTER_DATABASE_COPY}
    )
    assert killed.returncode == -signal.SIGKILL
    leftovers = [p for p in stick.iterdir() if p.name != "a.qbk"]
    assert leftovers, "the kill should have left the temp copy behind"
    again = qorgau("backup", str(stick / "b.qbk"), env=env)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in stick.iterdir()) == ["b.qbk"]


@pytest.mark.parametrize(
    "command",
    [
        ("export-pupils", "--output", "{data}/qorgau.db"),
        ("backup", "{data}/keyslots.json"),
        ("backup", "{data}/sub/../x.qbk"),
        ("report", "--period", "2026-Q3", "--format", "csv", "--output", "{data}/r.csv"),
    ],
)
def test_outputs_inside_the_data_directory_are_refused(
    vault_dir: tuple[Path, dict[str, str]], command: tuple[str, ...]
) -> None:
    data, env = vault_dir
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    result = qorgau(*(part.format(data=data) for part in command), env=env)
    assert_one_line_error(result, "inside the vault's data directory")
    after = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    for name in ("qorgau.db", "keyslots.json", "keyslots.json.bak"):
        assert after[name] == before[name]
    assert not (data / "x.qbk").exists() and not (data / "r.csv").exists()
    assert qorgau("check", env=env).returncode == 0


def _rebuild(raw: bytes, header_change: dict[str, object]) -> bytes:
    end = raw.index(b"\n", len(MAGIC))
    header = json.loads(raw[len(MAGIC) : end])
    header.update(header_change)
    return MAGIC + json.dumps(header).encode() + raw[end:]


def _damage(raw: bytes, how: str) -> bytes:
    end = raw.index(b"\n", len(MAGIC))
    header = json.loads(raw[len(MAGIC) : end])
    slot_start = end + 1
    db_start = slot_start + header["keyslots"]["size"]
    flip = bytearray(raw)
    if how == "empty":
        return b""
    if how == "header":
        return raw[: len(MAGIC) + 5] + b"#" + raw[len(MAGIC) + 6 :]
    if how == "header_not_object":
        return MAGIC + b"[1, 2]\n" + raw[end + 1 :]
    if how == "header_missing_digest":
        return _rebuild(raw, {"keyslots": {"size": header["keyslots"]["size"]}})
    if how == "slot_part":
        flip[slot_start + 10] ^= 0x01
        return bytes(flip)
    if how == "database_part":
        flip[db_start + 5000] ^= 0x01
        return bytes(flip)
    if how == "truncated":
        return raw[: len(raw) - 4096]
    if how == "garbage_appended":
        return raw + b"garbage" * 100
    if how == "slot_part_rehashed":  # checksums fine, content not a slot file
        bad = b"not json at all"
        body = raw[:slot_start] + bad + raw[db_start:]
        return _rebuild(
            body,
            {"keyslots": {"size": len(bad), "sha256": hashlib.sha256(bad).hexdigest()}},
        )
    raise AssertionError(how)


@pytest.mark.parametrize(
    "how",
    [
        "empty",
        "header",
        "header_not_object",
        "header_missing_digest",
        "slot_part",
        "database_part",
        "truncated",
        "garbage_appended",
        "slot_part_rehashed",
    ],
)
def test_a_damaged_backup_is_refused_and_the_vault_untouched(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path, how: str
) -> None:
    data, env = vault_dir
    good = tmp_path / "good.qbk"
    assert qorgau("backup", str(good), env=env).returncode == 0
    bad = tmp_path / "bad.qbk"
    bad.write_bytes(_damage(good.read_bytes(), how))
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    result = qorgau("restore", "--force", str(bad), env=env)
    assert_one_line_error(result, str(bad))
    assert not list(data.glob("replaced-*"))
    after = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    assert after["qorgau.db"] == before["qorgau.db"]
    assert after["keyslots.json"] == before["keyslots.json"]


def test_a_device_is_not_read_as_a_backup(vault_dir: tuple[Path, dict[str, str]]) -> None:
    _data, env = vault_dir
    result = qorgau("restore", "--force", "/dev/zero", env=env)
    assert_one_line_error(result, "/dev/zero")
