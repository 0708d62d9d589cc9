"""Journey: a half-filled incident form survives the auto-lock and Ctrl+L.

The psychologist signs in, starts recording an incident, is called away: the session locks
itself (windows hidden, vault closed). She signs in again on the lock screen and finds her
form as she left it; later she locks with Ctrl+L while the form is still open, unlocks, and
records the incident.
"""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.services import incidents as incident_service
from tests.conftest import VaultSetup
from tests.ui.conftest import (  # noqa: F401 - fixtures
    OFFSCREEN_NOISE,
    isolated_settings,
    store,
    translations,
)
from ui.app import Session
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.signin import SignInDialog
from ui.i18n import Translations
from ui.main_window import MainWindow, Nav
from ui.settings_store import SettingsStore

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")

DESCRIPTION = "Ssora v stolovoi, dvoe uchenikov"  # typed key by key: ASCII for QTest


W = TypeVar("W", bound=QWidget)


def visible(kind: type[W]) -> list[W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def sign_in_screen(title: str) -> SignInDialog:
    [screen] = [s for s in visible(SignInDialog) if s.title.text() == title]
    return screen


def type_passphrase_and_enter(qtbot: QtBot, screen: SignInDialog, passphrase: str) -> None:
    screen.passphrase.setText(passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def test_locked_with_a_form_open_and_signed_in_again(
    qtbot: QtBot,
    vault_setup: VaultSetup,
    store: SettingsStore,  # noqa: F811
    translations: Translations,  # noqa: F811
) -> None:
    translations.set_language("en")
    session = Session(vault_setup.data_dir, store, translations)
    shown: list[MainWindow] = []
    session.main_window_shown.connect(shown.append)
    try:
        session.start()
        screen = sign_in_screen("Sign in to Qorgau")
        screen.account.setCurrentText("psy")
        type_passphrase_and_enter(qtbot, screen, vault_setup.passwords["psy"])
        qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
        window = shown[0]
        assert window.isVisible()

        window.show_page(Nav.INCIDENTS)
        [new] = [
            b
            for b in window.page(Nav.INCIDENTS).findChildren(QPushButton)
            if b.text() == "New incident…"
        ]
        new.click()
        [form] = visible(IncidentDialog)
        form.category.setCurrentIndex(form.category.findData("conflict"))
        form.description.setFocus()
        qtbot.keyClicks(form.description, DESCRIPTION)
        form.location.setText("Столовая")

        # Called away: nobody touches the computer, the session locks itself.
        assert session.lock is not None
        session.lock.set_idle_minutes(0.3 / 60)
        qtbot.waitUntil(lambda: bool(visible(SignInDialog)), timeout=10_000)
        lock_screen = sign_in_screen("Qorgau is locked")
        assert not form.isVisible() and not window.isVisible()
        assert lock_screen.account.currentText() == "psy"
        session.lock.set_idle_minutes(5)
        type_passphrase_and_enter(qtbot, lock_screen, vault_setup.passwords["psy"])
        qtbot.waitUntil(lambda: form.isVisible(), timeout=15_000)
        assert window.isVisible()
        assert form.description.toPlainText() == DESCRIPTION
        assert form.location.text() == "Столовая"
        assert form.category.currentText() == form.category.itemText(
            form.category.findData("conflict")
        )

        # Ctrl+L while the form has the keyboard: locked again, and back again.
        with qtbot.waitActive(form):
            form.activateWindow()
        qtbot.keyClick(form.description, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert not form.isVisible()
        lock_screen = sign_in_screen("Qorgau is locked")
        type_passphrase_and_enter(qtbot, lock_screen, vault_setup.passwords["psy"])
        qtbot.waitUntil(lambda: form.isVisible(), timeout=15_000)
        assert form.description.toPlainText() == DESCRIPTION

        form.save_button.click()
        assert "The incident was recorded." in form.result_text.text()
        [incident] = incident_service.list_incidents(window.vault)
        assert incident.description == DESCRIPTION and incident.location == "Столовая"
        form.accept()
    finally:
        session.cleanup()
        # The closed session's windows go now, before the language is reset under them.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
