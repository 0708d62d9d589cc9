"""Careless or hostile command-line input and slot files: one clear line, no traceback or hang."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from app import clock
from app.errors import ValidationError
from app.services.notifications import record_phone_report
from app.vault import Vault
from tests.app.test_notifications import queue
from tests.e2e.test_cli import assert_one_line_error, qorgau, vault_dir

__all__ = ["vault_dir"]


@pytest.mark.parametrize("option", ["--pupils", "--incidents"])
def test_seed_demo_with_a_negative_count(
    vault_dir: tuple[Path, dict[str, str]], option: str
) -> None:
    _data, env = vault_dir
    result = qorgau("seed-demo", option, "-5", env=env)
    assert_one_line_error(result, option.lstrip("-"), "0 to")


def _edit_first_slot(path: Path, **kdf_changes: object) -> None:
    data = json.loads(path.read_text())
    slot = data["slots"][0]
    if "kdf" in kdf_changes:
        slot["kdf"] = kdf_changes["kdf"]
    else:
        slot["kdf"].update(kdf_changes)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize(
    "change",
    [
        {"kdf": None},
        {"memory_cost": 2**40},  # a terabyte: Argon2 would try to allocate it
        {"iterations": 10**9},  # a billion passes: a hang
        {"lanes": "4"},
    ],
)
def test_slot_file_with_absurd_kdf_parameters(
    vault_dir: tuple[Path, dict[str, str]], change: dict[str, object]
) -> None:
    data, env = vault_dir
    for name in ("keyslots.json", "keyslots.json.bak"):
        _edit_first_slot(data / name, **change)
    result = qorgau("users", "list", env=env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_keyslots_restore_backup_with_a_damaged_backup_copy(
    vault_dir: tuple[Path, dict[str, str]],
) -> None:
    data, env = vault_dir
    before = (data / "keyslots.json").read_bytes()
    (data / "keyslots.json.bak").write_text("{ damaged")
    result = qorgau("keyslots", "restore-backup", env=env)
    assert_one_line_error(result)
    assert "backup copy" in result.stderr and "nothing was changed" in result.stderr.lower()
    assert (data / "keyslots.json").read_bytes() == before


def test_phone_call_before_the_incident_was_detected_is_refused(psy: Vault) -> None:
    detected = clock.utcnow() - timedelta(hours=2)
    n = queue(psy, detected)
    a_year_early = detected - timedelta(days=365) + timedelta(minutes=30)  # a year typo
    with pytest.raises(ValidationError) as err:
        record_phone_report(psy, n.id, a_year_early, "дежурный", "", "102")
    assert err.value.field == "called_at" and err.value.reason == "before_detection"
    with pytest.raises(ValidationError):
        record_phone_report(psy, n.id, clock.utcnow() + timedelta(hours=1), "дежурный", "", "102")
    report = record_phone_report(psy, n.id, detected + timedelta(minutes=30), "дежурный", "", "102")
    assert report.called_at == detected.replace(microsecond=0) + timedelta(minutes=30)
