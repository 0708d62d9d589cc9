"""Journey: the psychologist who set Qorgau up writes a session with confidential notes; after
signing out and in again she opens it and her text is there; the social pedagogue she added
opens the same session and sees that notes exist — not what they say."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.paths import VaultPaths
from app.vault import Vault
from tests.journeys.test_admin_sets_up_staff import (
    add_account,
    finish,
    open_session_row,
    sign_in,
    walk_wizard_as,
)
from tests.ui.conftest import OFFSCREEN_NOISE, isolated_settings, store, translations
from tests.ui.helpers import add_pupil
from ui.app import Session
from ui.dialogs.pupil_card import PupilCard
from ui.dialogs.session import SessionDialog
from ui.dialogs.session_view import SessionViewDialog
from ui.dialogs.wizard import SetupWizard
from ui.i18n import Translations
from ui.main_window import MainWindow, Nav
from ui.pages.settings import SettingsPage
from ui.settings_store import SettingsStore

__all__ = ["isolated_settings", "store", "translations"]  # the UI fixtures, used here too

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)", OFFSCREEN_NOISE)

PSY_PASS = "psychologist sets it up"
SOC_PASS = "social pedagogue pass"
NOTE = "Призналась, что отчим бьёт; боится, что узнает мама. КАНАРЕЙКА-42"


def open_card(window: MainWindow, pupil_id: int) -> PupilCard:
    window.open_pupil(pupil_id)
    return next(c for c in window.findChildren(PupilCard) if c.isVisible())


def opened_session(qtbot: QtBot, card: PupilCard) -> SessionViewDialog:
    open_session_row(qtbot, card)
    view = card.dialog
    assert isinstance(view, SessionViewDialog) and view.isVisible()
    return view


def test_confidential_notes_survive_sign_out_for_the_author_only(
    qtbot: QtBot, tmp_path: Path, store: SettingsStore, translations: Translations
) -> None:
    data_dir = tmp_path / "vault"
    session = Session(data_dir, store, translations)
    session.start()
    try:
        wizard = session.front
        assert isinstance(wizard, SetupWizard)
        # The default answer to "who is setting it up" is the psychologist.
        wizard.language_page.buttons["en"].click()
        wizard.next()
        assert wizard.role_page.buttons["psychologist"].isChecked()
        wizard.back()
        walk_wizard_as(qtbot, wizard, "psychologist", "aigerim", PSY_PASS)
        window = finish(qtbot, session, wizard)

        # She adds her colleague, the social pedagogue, in Settings.
        window.show_page(Nav.SETTINGS)
        page = window.page(Nav.SETTINGS)
        assert isinstance(page, SettingsPage)
        add_account(qtbot, page, "dana", "Дана Өмірбекова", "social_pedagogue", SOC_PASS)
        assert "You hold the key" in page.notes_key.status.text()

        vault = session.vault
        assert isinstance(vault, Vault)
        pupil = add_pupil(vault, "Ахметова")
        card = open_card(window, pupil.id)
        card.session_button.click()
        form = card.dialog
        assert isinstance(form, SessionDialog) and form.confidential.isVisible()
        form.summary.setPlainText("Беседа о самочувствии.")
        form.confidential.setPlainText(NOTE)
        form.save_button.click()
        qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
        card.close()

        # Closed and reopened: sign out, sign in again, open the session from the chronology.
        window.actions["sign_out"].trigger()
        window = sign_in(qtbot, session, "aigerim", PSY_PASS)
        view = opened_session(qtbot, open_card(window, pupil.id))
        assert view.confidential.toPlainText() == NOTE
        assert view.summary.toPlainText() == "Беседа о самочувствии."
        view.close()

        # The social pedagogue opens the same session: the summary, and only the fact of notes.
        window.actions["sign_out"].trigger()
        window = sign_in(qtbot, session, "dana", SOC_PASS)
        card = open_card(window, pupil.id)
        view = opened_session(qtbot, card)
        assert view.summary.toPlainText() == "Беседа о самочувствии."
        assert not view.confidential.isVisible() and view.confidential.toPlainText() == ""
        assert "only a psychologist" in view.confidential_note.text().lower()
        assert "КАНАРЕЙКА" not in "".join(
            w.text() for w in view.findChildren(type(view.confidential_note))
        )
        view.close()
        # Her own session form says the rule, and has no notes field.
        card.session_button.click()
        assert isinstance(card.dialog, SessionDialog)
        assert not card.dialog.confidential.isVisible()
        assert "psychologists only" in card.dialog.confidential_note.text()
        card.dialog.reject()
    finally:
        session.cleanup()
    # Nothing of the note is readable in any file of the vault.
    for path in VaultPaths(data_dir).root.iterdir():
        if path.is_file():
            assert "КАНАРЕЙКА".encode() not in path.read_bytes()
