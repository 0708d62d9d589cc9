"""The vault: creation, sign-in, key slots, recovery, the compartment, what is on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app import keyslots
from app.errors import (
    InvalidRecoveryKey,
    KeySlotsDamaged,
    PermissionDenied,
    UnknownAccount,
    ValidationError,
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from app.paths import VaultPaths
from app.recovery_key import generate_recovery_key, normalize_recovery_key
from app.storage import audit
from app.vault import (
    create_vault,
    list_logins,
    open_vault,
    recover_account,
    restore_keyslots_backup,
)
from tests.conftest import VaultSetup, build_vault


def no_sleep(_seconds: float) -> None:
    pass


def test_create_and_open(vault_setup: VaultSetup) -> None:
    vault = vault_setup.open("admin")
    assert vault.user.role == "admin"
    assert vault.school.startswith("Школа")
    assert sorted(list_logins(vault_setup.data_dir)) == ["admin", "psy", "soc"]
    assert vault.db.scalar("PRAGMA cipher_version")
    assert vault.db.scalar("PRAGMA foreign_keys") == 1
    assert vault.db.scalar("PRAGMA journal_mode") == "wal"
    assert vault.db.scalar("PRAGMA synchronous") == 2  # FULL
    assert vault.db.scalar("PRAGMA temp_store") == 2  # MEMORY


def test_database_is_not_readable_without_the_key(vault_setup: VaultSetup) -> None:
    header = VaultPaths(vault_setup.data_dir).database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_init_refuses_an_existing_vault(vault_setup: VaultSetup) -> None:
    before = VaultPaths(vault_setup.data_dir).database.read_bytes()
    with pytest.raises(VaultExists):
        create_vault(
            vault_setup.data_dir, school="X", login="a", full_name="", passphrase="long enough pass"
        )
    assert VaultPaths(vault_setup.data_dir).database.read_bytes() == before


def test_open_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nothing", "admin", "whatever-pass")


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        create_vault(tmp_path / "v", school="S", login="a", full_name="", passphrase="short")
    assert err.value.field == "passphrase"


def test_wrong_passphrase_delay_grows_and_is_audited(vault_setup: VaultSetup) -> None:
    waits: list[float] = []
    delays = []
    for _ in range(6):
        with pytest.raises(WrongPassphrase) as err:
            open_vault(vault_setup.data_dir, "soc", "not the passphrase", sleep=waits.append)
        delays.append(err.value.delay_seconds)
    assert delays == [0.0, 0.0, 1.0, 2.0, 4.0, 8.0]
    assert waits == [1.0, 2.0, 4.0]  # the waits before attempts 4, 5 and 6
    with pytest.raises(UnknownAccount):
        open_vault(vault_setup.data_dir, "nobody", "whatever-pass", sleep=no_sleep)
    vault = vault_setup.open("soc")
    actions = [(e.actor, e.action) for e in audit.entries(vault.db)]
    assert actions.count(("soc", "signin.failed")) == 6
    assert ("nobody", "signin.failed") in actions
    assert audit.first_broken_entry(vault.db) is None
    # the counter was reset by the successful sign-in
    vault_setup.close_all()
    with pytest.raises(WrongPassphrase) as err:
        open_vault(vault_setup.data_dir, "soc", "wrong again!", sleep=waits.append)
    assert err.value.delay_seconds == 0.0


def test_passphrase_change_rewrites_one_slot_and_leaves_no_old_copy(
    vault_setup: VaultSetup,
) -> None:
    paths = VaultPaths(vault_setup.data_dir)
    before = json.loads(paths.keyslots.read_text())
    vault = vault_setup.open("soc")
    vault.change_passphrase("soc-passphrase", "a brand new passphrase")
    after = json.loads(paths.keyslots.read_text())
    changed = [
        a["login"]
        for a, b in zip(
            sorted(after["slots"], key=lambda s: s["slot_id"]),
            sorted(before["slots"], key=lambda s: s["slot_id"]),
            strict=True,
        )
        if a != b
    ]
    assert changed == ["soc"]
    # The backup copy mirrors the new generation: it is for a damaged file, not the old key.
    assert json.loads(paths.keyslots_backup.read_text()) == after
    vault_setup.close_all()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_setup.data_dir, "soc", "soc-passphrase", sleep=no_sleep)
    open_vault(vault_setup.data_dir, "soc", "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        vault_setup.open("psy").change_passphrase("wrong old passphrase", "whatever new pass")


def test_slot_cannot_be_moved_to_another_login(vault_setup: VaultSetup) -> None:
    paths = VaultPaths(vault_setup.data_dir)
    data = json.loads(paths.keyslots.read_text())
    for slot in data["slots"]:
        if slot["login"] == "soc":
            slot["login"] = "soc2"
    paths.keyslots.write_text(json.dumps(data))
    with pytest.raises(KeySlotsDamaged, match="damaged"):  # the slot does not open, unnoticed
        open_vault(vault_setup.data_dir, "soc2", "soc-passphrase", sleep=no_sleep)


@pytest.mark.parametrize("damage", ["missing", "garbage", "truncated"])
def test_damaged_slot_file_is_explained_and_backup_offered(
    vault_setup: VaultSetup, damage: str
) -> None:
    paths = VaultPaths(vault_setup.data_dir)
    if damage == "missing":
        paths.keyslots.unlink()
    elif damage == "garbage":
        paths.keyslots.write_bytes(os.urandom(200))
    else:
        paths.keyslots.write_bytes(paths.keyslots.read_bytes()[:100])
    with pytest.raises(KeySlotsDamaged) as err:
        open_vault(vault_setup.data_dir, "admin", "admin-passphrase", sleep=no_sleep)
    assert err.value.backup_available
    assert "backup" in err.value.message
    restore_keyslots_backup(vault_setup.data_dir)
    vault_setup.open("admin")


def test_damaged_database_is_never_recreated(vault_setup: VaultSetup) -> None:
    paths = VaultPaths(vault_setup.data_dir)
    raw = bytearray(paths.database.read_bytes())
    raw[:4096] = os.urandom(4096)
    paths.database.write_bytes(bytes(raw))
    for extra in paths.database_files()[1:]:
        extra.unlink(missing_ok=True)
    with pytest.raises(VaultCorrupted):
        open_vault(vault_setup.data_dir, "admin", "admin-passphrase", sleep=no_sleep)
    assert paths.database.read_bytes() == bytes(raw)


def test_recovery_key_format_and_typo_detection() -> None:
    key = generate_recovery_key()
    groups = key.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert normalize_recovery_key(key.lower().replace("-", " "))
    typo = key[:-1] + ("0" if key[-1] != "0" else "1")
    with pytest.raises(InvalidRecoveryKey):
        normalize_recovery_key(typo)


def test_recover_account_sets_new_passphrase(vault_setup: VaultSetup) -> None:
    vault = recover_account(
        vault_setup.data_dir, "psy", vault_setup.recovery_key, "recovered passphrase"
    )
    assert vault.can_read_confidential
    vault.close()
    open_vault(vault_setup.data_dir, "psy", "recovered passphrase").close()
    with pytest.raises(WrongPassphrase):
        recover_account(vault_setup.data_dir, "psy", generate_recovery_key(), "another passphrase")


def test_compartment_only_for_psychologists(vault_setup: VaultSetup) -> None:
    psy = vault_setup.open("psy")
    blob = psy.encrypt_confidential("тайная заметка")
    assert b"\xd1\x82\xd0\xb0" not in blob  # no UTF-8 plaintext
    assert psy.decrypt_confidential(blob) == "тайная заметка"
    for login in ("soc", "admin"):
        other = vault_setup.open(login)
        assert not other.can_read_confidential
        with pytest.raises(PermissionDenied):
            other.decrypt_confidential(blob)


def test_admin_cannot_grant_itself_the_compartment(tmp_path: Path) -> None:
    created = create_vault(
        tmp_path / "v", school="S", login="boss", full_name="", passphrase="boss-passphrase"
    )
    admin = created.vault
    admin.add_account("newpsy", role="psychologist", full_name="", passphrase="newpsy-passphrase")
    assert admin.pending_compartment_logins() == ["newpsy"]
    with pytest.raises(PermissionDenied):
        admin.grant_compartment("newpsy")  # an administrator holds no key to give
    admin.close()
    fresh = open_vault(tmp_path / "v", "newpsy", "newpsy-passphrase")
    assert not fresh.can_read_confidential  # nobody holding the key has passed it on yet
    fresh.close()
    admin = open_vault(tmp_path / "v", "boss", "boss-passphrase")
    admin.grant_compartment("newpsy", recovery_key=created.recovery_key)
    assert admin.pending_compartment_logins() == []
    admin.close()
    fresh = open_vault(tmp_path / "v", "newpsy", "newpsy-passphrase")
    assert fresh.can_read_confidential
    fresh.close()


def test_second_psychologist_granted_explicitly_by_first(vault_setup: VaultSetup) -> None:
    admin = vault_setup.open("admin")
    admin.add_account("psy2", role="psychologist", full_name="", passphrase="psy2-passphrase")
    vault_setup.passwords["psy2"] = "psy2-passphrase"
    assert admin.pending_compartment_logins() == ["psy2"]
    psy = vault_setup.open("psy")  # a holder's sign-in alone passes nothing on
    assert not vault_setup.open("psy2").can_read_confidential
    psy.grant_compartment("psy2")
    psy2 = vault_setup.open("psy2")
    assert psy2.can_read_confidential
    slots = keyslots.read_slot_file(
        VaultPaths(vault_setup.data_dir).keyslots, VaultPaths(vault_setup.data_dir).keyslots_backup
    )
    folded = slots.find_login("psy2")
    assert folded is not None and folded.has_compartment and folded.grant is None
    holders = {h.login: h for h in psy2.compartment_holders()}
    assert holders["psy2"].granted_by == "psy" and holders["psy2"].verified


def test_only_admin_adds_accounts(soc: object) -> None:
    from app.vault import Vault

    assert isinstance(soc, Vault)
    with pytest.raises(PermissionDenied):
        soc.add_account("x", role="admin", full_name="", passphrase="long enough")


def test_build_vault_twice_in_separate_dirs(tmp_path: Path) -> None:
    a = build_vault(tmp_path / "a")
    b = build_vault(tmp_path / "b")
    assert a.recovery_key != b.recovery_key


def test_adopt_revives_a_closed_session_only_for_the_same_account(vault_setup: VaultSetup) -> None:
    psy = vault_setup.open("psy")
    psy.close()
    assert not psy.can_read_confidential
    psy.adopt(vault_setup.open("psy"))
    assert psy.can_read_confidential and psy.db.scalar("SELECT count(*) FROM staff") == 3
    with pytest.raises(PermissionDenied):
        psy.adopt(vault_setup.open("soc"))
