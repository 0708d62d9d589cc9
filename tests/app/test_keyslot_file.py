"""The key slot file under attack and under concurrency: an old passphrase stays dead after
`passwd`, restore-backup only repairs, altered slot metadata is called damage (not a wrong
passphrase), a lost recovery slot is reported at once, and concurrent writers lose nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import keyslots
from app.auth_state import AuthState
from app.errors import KeySlotsDamaged, WrongPassphrase
from app.paths import VaultPaths
from app.vault import list_logins, open_vault, restore_keyslots_backup
from tests.conftest import VaultSetup


def no_sleep(_seconds: float) -> None:
    pass


def _slots(path: Path) -> dict[str, object]:
    return json.loads(path.read_text())  # type: ignore[no-any-return,unused-ignore]


def _edit(path: Path, change: object) -> None:
    data = json.loads(path.read_text())
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data))


def _slot_of(data: dict[str, object], login: str) -> dict[str, object]:
    return next(s for s in data["slots"] if s["login"] == login)  # type: ignore[attr-defined]


def test_old_passphrase_stays_dead_after_passwd_even_with_restore_backup(
    vault_setup: VaultSetup,
) -> None:
    paths = VaultPaths(vault_setup.data_dir)
    vault_setup.open("soc").change_passphrase("soc-passphrase", "the new soc passphrase")
    vault_setup.close_all()
    with pytest.raises(KeySlotsDamaged, match="healthy"):
        restore_keyslots_backup(vault_setup.data_dir)  # no sign-in, healthy file: refused
    with pytest.raises(WrongPassphrase):
        open_vault(vault_setup.data_dir, "soc", "soc-passphrase", sleep=no_sleep)
    # Neither file holds a slot the old passphrase opens.
    for copy in (paths.keyslots, paths.keyslots_backup):
        slots = keyslots.KeySlotFile.from_bytes(copy.read_bytes())
        slot = slots.find_login("soc")
        assert slot is not None
        with pytest.raises(WrongPassphrase):
            keyslots.unseal_slot(slot, vault_id=slots.vault_id, secret=b"soc-passphrase")
    open_vault(vault_setup.data_dir, "soc", "the new soc passphrase").close()


def test_restore_backup_still_repairs_a_damaged_file_and_refuses_a_damaged_copy(
    vault_setup: VaultSetup,
) -> None:
    paths = VaultPaths(vault_setup.data_dir)
    paths.keyslots.write_bytes(b"\x00" * 50)
    restore_keyslots_backup(vault_setup.data_dir)
    vault_setup.open("psy")
    paths.keyslots.write_bytes(b"\x00" * 50)
    paths.keyslots_backup.write_bytes(b"{")
    with pytest.raises(KeySlotsDamaged, match="cannot be used"):
        restore_keyslots_backup(vault_setup.data_dir)
    assert paths.keyslots.read_bytes() == b"\x00" * 50  # nothing changed


def test_an_interrupted_write_never_lets_the_stale_copy_win(vault_setup: VaultSetup) -> None:
    """A kill after the new file is in place but before the copy is refreshed: the copy is
    one generation older and holds the old passphrase; restore-backup must not bring it."""
    paths = VaultPaths(vault_setup.data_dir)
    stale = paths.keyslots.read_bytes()
    vault_setup.open("soc").change_passphrase("soc-passphrase", "the new soc passphrase")
    paths.keyslots_backup.write_bytes(stale)
    with pytest.raises(KeySlotsDamaged, match="healthy"):
        restore_keyslots_backup(vault_setup.data_dir)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_setup.data_dir, "soc", "soc-passphrase", sleep=no_sleep)


def _swap_logins(data: dict[str, object]) -> None:
    psy, soc = _slot_of(data, "psy"), _slot_of(data, "soc")
    psy["login"], soc["login"] = "soc", "psy"


def _weaken_kdf(data: dict[str, object]) -> None:
    kdf = _slot_of(data, "psy")["kdf"]
    kdf["lanes"] = 2  # type: ignore[index]
    kdf["memory_cost"] = 16  # type: ignore[index]


def _other_vault(data: dict[str, object]) -> None:
    data["vault_id"] = "0" * 32


@pytest.mark.parametrize("tamper", [_swap_logins, _weaken_kdf, _other_vault])
def test_altered_slot_metadata_is_damage_not_a_wrong_passphrase(
    vault_setup: VaultSetup, tamper: object
) -> None:
    paths = VaultPaths(vault_setup.data_dir)
    _edit(paths.keyslots, tamper)
    for _attempt in range(3):
        with pytest.raises(KeySlotsDamaged, match="damaged") as err:
            open_vault(vault_setup.data_dir, "psy", "psy-passphrase", sleep=no_sleep)
        assert "restore-backup" in err.value.message
    state = AuthState.load(paths.auth_state)
    assert state.delay_for("psy") == 0 and not state.take_pending()  # no failed sign-in
    restore_keyslots_backup(vault_setup.data_dir)
    assert vault_setup.open("psy").can_read_confidential


def test_kdf_below_the_floor_is_damage_even_when_both_copies_agree(
    vault_setup: VaultSetup, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test vault's slots use the fast test KDF: under the production floor they are what
    # an attacker weakening a slot in both copies would leave.
    monkeypatch.delenv("QORGAU_KDF_PROFILE")
    with pytest.raises(KeySlotsDamaged, match="weakened"):
        open_vault(vault_setup.data_dir, "psy", "not her passphrase", sleep=no_sleep)


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(vault_setup: VaultSetup) -> None:
    with pytest.raises(WrongPassphrase):
        open_vault(vault_setup.data_dir, "psy", "not her passphrase", sleep=no_sleep)
    pending = AuthState.load(VaultPaths(vault_setup.data_dir).auth_state).take_pending()
    assert [p["reason"] for p in pending] == ["wrong_passphrase"]


def test_a_lost_recovery_slot_is_reported_at_sign_in_and_not_copied_on(
    vault_setup: VaultSetup,
) -> None:
    paths = VaultPaths(vault_setup.data_dir)

    def drop_recovery(data: dict[str, object]) -> None:
        data["slots"] = [s for s in data["slots"] if s["kind"] != "recovery"]  # type: ignore[attr-defined]

    _edit(paths.keyslots, drop_recovery)
    with pytest.raises(KeySlotsDamaged, match="recovery") as err:
        list_logins(vault_setup.data_dir)  # the sign-in screen's first read
    assert err.value.backup_available
    with pytest.raises(KeySlotsDamaged, match="recovery"):
        open_vault(vault_setup.data_dir, "psy", "psy-passphrase", sleep=no_sleep)
    # Nothing was written over the backup copy, which still has it.
    assert any(s["kind"] == "recovery" for s in _slots(paths.keyslots_backup)["slots"])  # type: ignore[attr-defined]
    restore_keyslots_backup(vault_setup.data_dir)
    vault_setup.open("psy")


_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from app.vault import open_vault
    data_dir, start, job = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    while not start.exists():
        time.sleep(0.001)
    if job == "passwd":
        vault = open_vault(data_dir, "psy", "psy-passphrase")
        old = "psy-passphrase"
        for n in range(4):
            vault.change_passphrase(old, f"psy passphrase {n}")
            old = f"psy passphrase {n}"
    else:
        vault = open_vault(data_dir, "admin", "admin-passphrase")
        for n in range(4):
            vault.add_account(f"{job}-{n}", role="social_pedagogue", full_name="",
                              passphrase=f"{job}-{n}-passphrase")
    vault.close()
    """
)


def test_concurrent_processes_writing_the_slot_file_lose_no_update(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    start = tmp_path / "start"
    env = {**os.environ, "QORGAU_KDF_PROFILE": "fast", "PYTHONPATH": str(Path.cwd())}
    jobs = ["passwd", *(f"w{i}" for i in range(5))]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(vault_setup.data_dir), str(start), job],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for job in jobs
    ]
    time.sleep(1.5)  # let every process import and wait at the start line
    start.touch()
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    expected = {f"w{i}-{n}" for i in range(5) for n in range(4)}
    assert expected <= set(list_logins(vault_setup.data_dir))
    for login in sorted(expected):
        open_vault(vault_setup.data_dir, login, f"{login}-passphrase").close()
    open_vault(vault_setup.data_dir, "psy", "psy passphrase 3").close()
