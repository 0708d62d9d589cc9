"""Sign-in on a worker thread, the growing delay shown as a countdown, recovery."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.vault import open_vault
from tests.conftest import VaultSetup
from ui.dialogs.signin import RecoveryDialog, SignInDialog, strength


def test_lists_accounts_and_signs_in(qtbot: QtBot, vault_setup: VaultSetup) -> None:
    dialog = SignInDialog(vault_setup.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    logins = [dialog.account.itemText(i) for i in range(dialog.account.count())]
    assert sorted(logins) == ["admin", "psy", "soc"]
    dialog.account.setCurrentText("psy")
    qtbot.keyClicks(dialog.passphrase, vault_setup.passwords["psy"])
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    vault = signed.args[0]
    vault_setup.opened.append(vault)
    assert vault.user.login == "psy"
    assert [a.login for a in vault.accounts()]  # the connection belongs to the GUI thread
    assert dialog.passphrase.text() == ""


def test_wrong_passphrase_message_and_countdown(qtbot: QtBot, vault_setup: VaultSetup) -> None:
    dialog = SignInDialog(vault_setup.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.account.setCurrentText("soc")
    for attempt in range(3):
        dialog.passphrase.setText(f"wrong-{attempt}-passphrase")
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert "Wrong passphrase" in dialog.message.text()
    # The third failure makes the next attempt wait: a countdown, the button disabled. The
    # wait is said once, in the countdown, not a second time in the message above it.
    assert not dialog.sign_in_button.isEnabled()
    assert "1 s" in dialog.countdown.text()
    assert " s" not in dialog.message.text() and "Caps Lock" in dialog.message.text()
    dialog.sign_in_button.click()  # ignored while waiting
    assert not dialog.busy
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=5_000)
    assert dialog.countdown.text() == ""
    dialog.passphrase.setText(vault_setup.passwords["soc"])
    started = time.monotonic()
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        dialog.sign_in_button.click()
    # The delay already counted down on screen is not waited a second time.
    assert time.monotonic() - started < 0.9
    vault_setup.opened.append(signed.args[0])


def test_unknown_account_message(qtbot: QtBot, vault_setup: VaultSetup) -> None:
    dialog = SignInDialog(vault_setup.data_dir)
    qtbot.addWidget(dialog)
    dialog.account.addItem("ghost")
    dialog.account.setCurrentText("ghost")
    dialog.passphrase.setText("whatever-passphrase")
    dialog.attempt()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message.text() == "There is no account with this login."


def test_recovery_sets_a_new_passphrase(qtbot: QtBot, vault_setup: VaultSetup) -> None:
    dialog = SignInDialog(vault_setup.data_dir)
    qtbot.addWidget(dialog)
    dialog.account.setCurrentText("psy")
    recovery = RecoveryDialog(vault_setup.data_dir, "psy", dialog)
    recovery.key.setText("AAAA-BBBB")
    recovery.fields.passphrase.setText("brand new passphrase")
    recovery.fields.confirm.setText("brand new passphrase")
    recovery.attempt()
    qtbot.waitUntil(lambda: recovery._task is None, timeout=10_000)
    assert "mistyped" in recovery.message.text()
    recovery.key.setText(vault_setup.recovery_key.lower())
    with qtbot.waitSignal(recovery.recovered, timeout=10_000) as done:
        recovery.attempt()
    vault = done.args[0]
    vault_setup.opened.append(vault)
    assert vault.user.login == "psy" and vault.can_read_confidential
    again = open_vault(vault_setup.data_dir, "psy", "brand new passphrase", sleep=lambda _s: None)
    again.close()


def test_recovery_refuses_mismatched_passphrases(qtbot: QtBot, vault_setup: VaultSetup) -> None:
    recovery = RecoveryDialog(vault_setup.data_dir, "admin")
    qtbot.addWidget(recovery)
    recovery.key.setText(vault_setup.recovery_key)
    recovery.fields.passphrase.setText("first passphrase")
    recovery.fields.confirm.setText("second passphrase")
    recovery.attempt()
    assert recovery.message.text() == "The two passphrases differ."


def test_strength_is_zxcvbn_not_length() -> None:
    assert strength("short") == 0
    assert strength("aaaaaaaa") < 3
    assert strength("Password1!") < 3  # the old length-and-classes estimate gave it 3
    assert strength("correct horse battery staple") >= 3
    assert strength("Tr0ub4dor&3-xylophone-Qz") == 4


def test_no_gap_between_the_passphrase_and_the_buttons(
    qtbot: QtBot, vault_setup: VaultSetup
) -> None:
    dialog = SignInDialog(vault_setup.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Nothing to say yet: the message and the countdown take no room.
    assert not dialog.message.isVisible() and not dialog.countdown.isVisible()
    dialog.show_message("There is no account with this login.")
    assert dialog.message.isVisible()
    dialog.show_message("")
    assert not dialog.message.isVisible()
