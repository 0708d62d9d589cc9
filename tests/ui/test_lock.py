"""Auto-lock and Ctrl+L: the vault closes, windows hide, form input comes back after unlock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.conftest import VaultSetup
from tests.ui.conftest import add_mandatory_incident, add_pupil
from ui.lock import LockGuard, LockManager
from ui.main_window import MainWindow, Nav
from ui.settings_store import SettingsStore


class DraftForm(QLineEdit):
    """A stand-in for an open record form with unsaved input."""

    def save_state(self) -> object:
        state = self.text()
        self.clear()  # nothing visible behind the lock
        return state

    def restore_state(self, state: object) -> None:
        self.setText(str(state))


def unlock(qtbot: QtBot, lock: LockManager, passphrase: str) -> None:
    assert lock.screen is not None
    lock.screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        lock.screen.sign_in_button.click()


def test_idle_lock_and_unlock_restores_form(
    qtbot: QtBot, vault_setup: VaultSetup, psy: Vault
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    form = DraftForm()
    qtbot.addWidget(form)
    form.show()
    form.setText("half-typed description")
    guard = LockGuard()
    guard.register(form)
    lock = LockManager(psy, guard=guard, idle_minutes=0.3 / 60)
    try:
        with qtbot.waitSignal(lock.locked, timeout=5_000):
            pass
        assert lock.is_locked
        assert not window.isVisible() and not form.isVisible()
        assert form.text() == ""
        assert lock.screen is not None and lock.screen.isVisible()
        assert not lock.screen.account.isEnabled()
        lock.screen.reject()  # Escape does not dismiss the lock screen
        assert lock.screen.isVisible()
        unlock(qtbot, lock, vault_setup.passwords["psy"])
        assert window.isVisible() and form.isVisible()
        assert form.text() == "half-typed description"
        assert psy.accounts()  # the same Vault object works again
        actions = [row[3] for row in psy.db.all("SELECT * FROM audit_log")]
        assert "lock" in actions
    finally:
        lock.shutdown()


def test_ctrl_l_locks_main_window_and_dashboard_survives(
    qtbot: QtBot, vault_setup: VaultSetup, psy: Vault, store: SettingsStore
) -> None:
    pupil = add_pupil(psy)
    add_mandatory_incident(psy, pupil)
    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page(Nav.DASHBOARD)
    qtbot.waitUntil(lambda: dashboard.lists["notifications"].count() == 1, timeout=5_000)
    lock = LockManager(psy, guard=LockGuard(), idle_minutes=5)
    window.lock_requested.connect(lock.lock)
    lock.locked.connect(lambda: window.set_locked(True))
    lock.unlocked.connect(lambda: window.set_locked(False))
    try:
        action = window.actions["lock"]
        assert action.shortcut() == QKeySequence("Ctrl+L")
        action.trigger()
        assert lock.is_locked and not window.isVisible()
        with qtbot.waitSignal(dashboard.refreshed, timeout=5_000):
            unlock(qtbot, lock, vault_setup.passwords["psy"])
        assert window.isVisible()
        assert dashboard.lists["notifications"].count() == 1
    finally:
        lock.shutdown()


def test_sign_out_from_lock_screen_drops_form_state(qtbot: QtBot, psy: Vault) -> None:
    form = DraftForm()
    qtbot.addWidget(form)
    form.setText("secret draft")
    guard = LockGuard()
    guard.register(form)
    lock = LockManager(psy, guard=guard)
    try:
        lock.lock()
        assert lock.screen is not None and lock.screen.sign_out_button is not None
        with qtbot.waitSignal(lock.sign_out_requested):
            lock.screen.sign_out_button.click()
        assert not lock.is_locked
        assert form.text() == ""
    finally:
        lock.shutdown()


def test_guard_forgets_destroyed_forms(qtbot: QtBot) -> None:
    guard = LockGuard()
    form = DraftForm()
    guard.register(form)
    guard.register(form)
    assert guard.forms == [form]
    form.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert guard.forms == []
