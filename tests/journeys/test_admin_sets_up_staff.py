"""Journey: an administrator sets Qorgau up, adds a psychologist and a social pedagogue in
Settings, hands the confidential-notes key over with the recovery key, and the psychologist
signs in and writes a confidential note — all through the real windows, as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTableWidget, QWizard
from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.ui.conftest import OFFSCREEN_NOISE, isolated_settings, store, translations
from tests.ui.helpers import add_pupil
from ui.app import Session
from ui.dialogs.pupil_card import PupilCard
from ui.dialogs.session import SessionDialog
from ui.dialogs.session_view import SessionViewDialog
from ui.dialogs.signin import SignInDialog
from ui.dialogs.wizard import PAGE_KEY, PAGE_ROLE, PAGE_SCHOOL, SetupWizard
from ui.i18n import Translations
from ui.main_window import MainWindow, Nav
from ui.pages.settings import AddAccountDialog, SettingsPage
from ui.settings_store import SettingsStore
from ui.widgets.notes_key_section import NotesKeySection

__all__ = ["isolated_settings", "store", "translations"]  # the UI fixtures, used here too

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)", OFFSCREEN_NOISE)

ADMIN_PASS = "director passphrase 2026"
PSY_PASS = "psychologist first pass"
SOC_PASS = "social pedagogue pass"
NOTE = "Рассказала, что боится идти домой; просила никому не говорить."


def walk_wizard_as(qtbot: QtBot, wizard: SetupWizard, role: str, login: str, pw: str) -> str:
    """Language → who sets it up → school and account → passphrase → recovery key. Returns
    the recovery key exactly as shown on screen."""
    wizard.language_page.buttons["en"].click()
    wizard.next()
    assert wizard.currentId() == PAGE_ROLE
    wizard.role_page.buttons[role].click()
    wizard.next()
    assert wizard.currentId() == PAGE_SCHOOL
    wizard.school_page.school.setText("Ақкөл ауылының №2 мектебі")
    wizard.school_page.full_name.setText("Ерлан Серікұлы")
    wizard.school_page.login.setText(login)
    wizard.next()
    wizard.passphrase_page.fields.passphrase.setText(pw)
    wizard.passphrase_page.fields.confirm.setText(pw)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_KEY, timeout=20_000)
    key = wizard.key_page.key.text()
    wizard.key_page.confirmed.click()
    wizard.next()
    return key


def finish(qtbot: QtBot, session: Session, wizard: SetupWizard) -> MainWindow:
    with qtbot.waitSignal(session.main_window_shown, timeout=20_000) as shown:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    return window


def add_account(
    qtbot: QtBot, page: SettingsPage, login: str, name: str, role: str, pw: str
) -> None:
    page.add_button.click()
    dialog = next(d for d in page.findChildren(AddAccountDialog) if d.isVisible())
    dialog.full_name.setText(name)
    dialog.login.setText(login)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    # Said before the account is made: a psychologist's account comes without the notes key.
    assert dialog.role_note.isVisible() == (role == "psychologist")
    if role == "psychologist":
        assert "notes key" in dialog.role_note.text()
    dialog.fields.passphrase.setText(pw)
    dialog.fields.confirm.setText(pw)
    with qtbot.waitSignal(dialog.added, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def sign_in(qtbot: QtBot, session: Session, login: str, pw: str) -> MainWindow:
    dialog = session.front
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    dialog.account.setCurrentText(login)
    dialog.passphrase.setText(pw)
    with qtbot.waitSignal(session.main_window_shown, timeout=20_000) as shown:
        dialog.sign_in_button.click()
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    return window


def open_session_row(qtbot: QtBot, card: PupilCard) -> None:
    """Chronology tab → the session's row → Enter, as a person opens it."""
    table = card.chronology_table
    tab = table.parentWidget()
    assert tab is not None
    card.tabs.setCurrentWidget(tab)
    model = card.chronology
    row = next(r for r in range(model.rowCount()) if model.event_at(r).kind == "session")
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def visible_rows(section: NotesKeySection, table_name: str) -> list[str]:
    table = section.holders if table_name == "holders" else section.waiting
    return [
        " | ".join(cell_text(table, r, c) for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_admin_sets_up_staff_and_the_psychologist_writes_a_confidential_note(
    qtbot: QtBot, tmp_path: Path, store: SettingsStore, translations: Translations
) -> None:
    session = Session(tmp_path / "vault", store, translations)
    session.start()
    try:
        wizard = session.front
        assert isinstance(wizard, SetupWizard)
        recovery_key = walk_wizard_as(qtbot, wizard, "admin", "director", ADMIN_PASS)
        window = finish(qtbot, session, wizard)

        # Settings → Accounts: the administrator adds the psychologist and the social pedagogue.
        window.show_page(Nav.SETTINGS)
        page = window.page(Nav.SETTINGS)
        assert isinstance(page, SettingsPage) and page.accounts_box.isVisible()
        add_account(qtbot, page, "aigerim", "Айгерім Қасымова", "psychologist", PSY_PASS)
        add_account(qtbot, page, "dana", "Дана Өмірбекова", "social_pedagogue", SOC_PASS)
        shown = [cell_text(page.accounts, r, 0) for r in range(page.accounts.rowCount())]
        assert sorted(shown) == ["aigerim", "dana", "director"]

        # Settings → Confidential notes key: the psychologist waits; the administrator holds no
        # key, so she gives it with the recovery key, after a confirmation naming the account.
        section = page.notes_key
        assert section.isVisible()
        [waiting] = visible_rows(section, "waiting")
        assert "aigerim" in waiting and "director" in waiting
        assert visible_rows(section, "holders") == []
        section.waiting.selectRow(0)
        assert not section.grant_button.isEnabled()
        section.recovery_key.setText(recovery_key)
        section.grant_button.click()
        assert section.confirm is not None and "Айгерім Қасымова" in section.confirm.text()
        confirm = section.confirm.findChild(QPushButton, "notes_key_confirm")
        assert confirm is not None
        with qtbot.waitSignal(section.granted, timeout=20_000):
            confirm.click()
        assert "aigerim" in section.message.text()
        [holder] = visible_rows(section, "holders")
        assert "aigerim" in holder and "recovery key" in holder
        assert not section.waiting.isVisible()

        # The administrator signs out; the psychologist signs in.
        window.actions["sign_out"].trigger()
        window = sign_in(qtbot, session, "aigerim", PSY_PASS)
        vault = session.vault
        assert isinstance(vault, Vault)
        pupil = add_pupil(vault, "Ахметова")
        window.open_pupil(pupil.id)
        card = next(c for c in window.findChildren(PupilCard) if c.isVisible())
        card.session_button.click()
        form = card.dialog
        assert isinstance(form, SessionDialog) and form.isVisible()
        assert form.confidential.isVisible()  # no "psychologists only" for a psychologist
        form.summary.setPlainText("Беседа о самочувствии.")
        form.confidential.setPlainText(NOTE)
        form.save_button.click()
        qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)

        # The session is in the chronology; opening it shows her note.
        open_session_row(qtbot, card)
        assert card.dialog is not None and card.dialog.isVisible()
        assert isinstance(card.dialog, SessionViewDialog)
        assert card.dialog.confidential.toPlainText() == NOTE
    finally:
        session.cleanup()
