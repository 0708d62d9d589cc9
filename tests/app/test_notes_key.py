"""Who receives the confidential-notes key: only an explicit, audited grant by a holder or the
recovery key. Nothing a data-key holder can write (a role column, an account she creates, the
slot file's records) hands it over, and no other path shows a note to another role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.backup import restore_backup, write_backup
from app.domain.reports import CASE_SUMMARY_SECTIONS
from app.errors import Conflict, PermissionDenied, WrongPassphrase
from app.paths import VaultPaths
from app.recovery_key import generate_recovery_key
from app.services.chronology import chronology
from app.services.reports import case_summary_data, period_report
from app.services.sessions import get_session, list_sessions_for_pupil, record_session
from app.storage import audit as audit_repo
from app.vault import create_vault, open_vault, recover_account
from tests.app.test_incidents import add_pupils
from tests.app.test_sessions import session
from tests.conftest import VaultSetup

CANARY = "КАНАРЕЙКА-7731 рассказала о побоях"


def _set_role(vault_setup: VaultSetup, login: str, role: str) -> None:
    """What any account can do with the data key: rewrite a role column."""
    vault = vault_setup.open(login)
    vault.db.execute("UPDATE staff SET role = ? WHERE login = ?", (role, login))


def _audit_actions(vault_setup: VaultSetup) -> list[tuple[str, str, str]]:
    vault = vault_setup.open("admin")
    return [(e.actor, e.action, e.detail) for e in audit_repo.entries(vault.db)]


def test_social_pedagogue_promoting_herself_never_receives_the_key(
    vault_setup: VaultSetup,
) -> None:
    _set_role(vault_setup, "soc", "psychologist")
    vault_setup.close_all()
    psy = vault_setup.open("psy")  # a holder signs in: before, this granted the key silently
    waiting = {w.login: w for w in psy.compartment_waiting()}
    # The holder sees her as waiting, and sees she was created as a social pedagogue.
    assert waiting["soc"].created_role == "social_pedagogue"
    assert waiting["soc"].created_by == "admin"
    vault_setup.close_all()
    soc = vault_setup.open("soc")
    assert soc.user.is_psychologist and not soc.can_read_confidential
    with pytest.raises(PermissionDenied):
        soc.grant_compartment("soc")
    # Recovering her account with the recovery key does not hand it over either.
    soc.close()
    recovered = recover_account(vault_setup.data_dir, "soc", vault_setup.recovery_key, "new soc pw")
    assert not recovered.can_read_confidential
    recovered.close()


def test_psychologist_created_by_an_admin_gets_nothing_at_a_holders_sign_in(
    vault_setup: VaultSetup,
) -> None:
    psy = vault_setup.open("psy")
    [pupil] = add_pupils(psy, 1)
    note = record_session(psy, session(pupil, confidential_notes=CANARY))
    admin = vault_setup.open("admin")
    admin.add_account("puppet", role="psychologist", full_name="", passphrase="admin-knows-it")
    vault_setup.passwords["puppet"] = "admin-knows-it"
    vault_setup.close_all()
    vault_setup.open("psy")
    vault_setup.open("psy")
    puppet = vault_setup.open("puppet")
    assert not puppet.can_read_confidential
    assert get_session(puppet, note.id).confidential_notes is None
    assert [h.login for h in puppet.compartment_holders()] == ["psy"]


def test_explicit_grant_is_audited_and_listed_for_every_psychologist(
    vault_setup: VaultSetup,
) -> None:
    admin = vault_setup.open("admin")
    admin.add_account("psy2", role="psychologist", full_name="Вторая", passphrase="psy2-passwd")
    vault_setup.passwords["psy2"] = "psy2-passwd"
    waiting_psy2 = vault_setup.open("psy2")
    assert not waiting_psy2.can_read_confidential
    # A waiting psychologist sees who holds the key (she cannot check the records herself).
    assert [(h.login, h.verified) for h in waiting_psy2.compartment_holders()] == [("psy", None)]
    psy = vault_setup.open("psy")
    assert [w.login for w in psy.compartment_waiting()] == ["psy2"]
    psy.grant_compartment("psy2")
    with pytest.raises(Conflict):
        psy.grant_compartment("psy2")
    with pytest.raises(PermissionDenied):
        psy.grant_compartment("soc")  # only a psychologist's account
    holders = {h.login: h for h in vault_setup.open("psy2").compartment_holders()}
    assert holders["psy2"].verified and holders["psy2"].how == "psychologist"
    assert holders["psy2"].granted_by == "psy"
    assert holders["psy"].how == "recovery_key" and holders["psy"].verified
    assert ("psy", "compartment.grant", "to=psy2;how=psychologist") in _audit_actions(vault_setup)


def test_a_forged_holder_record_is_shown_unverified_and_gives_no_key(
    vault_setup: VaultSetup,
) -> None:
    admin = vault_setup.open("admin")
    admin.add_account("psy2", role="psychologist", full_name="", passphrase="psy2-passwd")
    vault_setup.passwords["psy2"] = "psy2-passwd"
    vault_setup.close_all()
    paths = VaultPaths(vault_setup.data_dir)
    # The admin copies psy's record onto psy2 (he cannot compute a MAC without the key).
    data = json.loads(paths.keyslots.read_text())
    forged = dict(next(r for r in data["holders"] if r["login"] == "psy"), login="psy2")
    slot = next(s for s in data["slots"] if s["login"] == "psy2")
    forged.update(slot_id=slot["slot_id"], box_public=slot["box_public"])
    data["holders"].append(forged)
    for target in (paths.keyslots, paths.keyslots_backup):
        target.write_text(json.dumps(data))
    psy = vault_setup.open("psy")
    holders = {h.login: h.verified for h in psy.compartment_holders()}
    assert holders == {"psy": True, "psy2": False}
    assert [w.login for w in psy.compartment_waiting()] == ["psy2"]
    assert not vault_setup.open("psy2").can_read_confidential


def test_grant_with_the_recovery_key_needs_the_right_key(vault_setup: VaultSetup) -> None:
    admin = vault_setup.open("admin")
    admin.add_account("psy2", role="psychologist", full_name="", passphrase="psy2-passwd")
    with pytest.raises(WrongPassphrase, match="recovery key"):
        admin.grant_compartment("psy2", recovery_key=generate_recovery_key())
    assert admin.pending_compartment_logins() == ["psy2"]
    admin.grant_compartment("psy2", recovery_key=vault_setup.recovery_key)
    assert admin.pending_compartment_logins() == []


def test_wizard_psychologist_holds_the_key_from_the_start(tmp_path: Path) -> None:
    created = create_vault(
        tmp_path / "v", school="S", login="aigul", full_name="Айгуль", passphrase="aigul-passw"
    )
    assert not created.vault.can_read_confidential  # an administrator (the default)
    created.vault.close()
    created = create_vault(
        tmp_path / "w",
        school="S",
        login="aigul",
        full_name="Айгуль",
        passphrase="aigul-passw",
        role="psychologist",
    )
    assert created.vault.can_read_confidential and created.vault.may_manage_accounts
    created.vault.close()
    again = open_vault(tmp_path / "w", "aigul", "aigul-passw")
    assert again.can_read_confidential
    [holder] = again.compartment_holders()
    assert (holder.login, holder.how, holder.verified) == ("aigul", "created", True)
    again.close()


def test_no_other_path_shows_a_note_to_another_role(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    [pupil] = add_pupils(psy, 1)
    note = record_session(psy, session(pupil, confidential_notes=CANARY))
    backup = tmp_path / "copy.qbk"
    write_backup(psy, backup)
    for login in ("soc", "admin"):
        other = vault_setup.open(login)
        assert not other.can_read_confidential
        if login == "soc":
            assert CANARY not in repr(get_session(other, note.id))
            assert CANARY not in repr(list_sessions_for_pupil(other, pupil))
            assert CANARY not in repr(case_summary_data(other, pupil, CASE_SUMMARY_SECTIONS))
            assert CANARY not in repr(chronology(other, pupil))
        assert CANARY not in repr(period_report(other, "2026"))
    # Even the author's own case summary never carries the notes.
    assert CANARY not in repr(case_summary_data(psy, pupil, CASE_SUMMARY_SECTIONS))
    vault_setup.close_all()

    # The backup restored on another computer, opened by the social pedagogue and the admin.
    elsewhere = tmp_path / "elsewhere"
    restore_backup(backup, elsewhere)
    for login in ("soc", "admin"):
        other = open_vault(elsewhere, login, vault_setup.passwords[login], sleep=lambda _s: None)
        try:
            assert not other.can_read_confidential
            if login == "soc":
                assert get_session(other, note.id).confidential_notes is None
        finally:
            other.close()
    for path in elsewhere.iterdir():
        assert "КАНАРЕЙКА".encode() not in path.read_bytes()
    author = open_vault(elsewhere, "psy", vault_setup.passwords["psy"], sleep=lambda _s: None)
    assert get_session(author, note.id).confidential_notes == CANARY
    author.close()
