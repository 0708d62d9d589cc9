"""The notes-key hand-over in the app: a waiting psychologist is told why and what to do; in
Settings a holder (or the recovery key) gives the key to a named account with a confirmed
click, and every psychologist sees who holds it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidgetItem
from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.conftest import VaultSetup
from tests.ui.helpers import add_pupil
from ui.dialogs.session import SessionDialog
from ui.pages.settings import SettingsPage
from ui.settings_store import SettingsStore
from ui.widgets.notes_key_section import NotesKeySection


def _add_waiting_psychologist(vault_setup: VaultSetup) -> Vault:
    admin = vault_setup.open("admin")
    admin.add_account(
        "psy2", role="psychologist", full_name="Гүлнар Ерланқызы", passphrase="psy2-pw-long"
    )
    vault_setup.passwords["psy2"] = "psy2-pw-long"
    return vault_setup.open("psy2")


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def _rows(section: NotesKeySection, which: str) -> list[str]:
    table = section.holders if which == "holders" else section.waiting
    return [
        " | ".join(_text(table.item(r, c)) for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def _give(qtbot: QtBot, section: NotesKeySection, login: str) -> None:
    """Select the waiting account, click "Give the key…", confirm in the box."""
    row = next(i for i, w in enumerate(section._waiting) if w.login == login)
    section.waiting.selectRow(row)
    assert section.grant_button.isEnabled()
    section.grant_button.click()
    box = section.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert login in box.text() and "audit" in box.text()
    confirm = box.findChild(QPushButton, "notes_key_confirm")
    assert confirm is not None
    with qtbot.waitSignal(section.granted, timeout=10_000):
        confirm.click()


def test_waiting_psychologist_is_told_why_and_what_to_do(
    qtbot: QtBot, vault_setup: VaultSetup
) -> None:
    psy2 = _add_waiting_psychologist(vault_setup)
    pupil = add_pupil(psy2, "Ахметова")
    form = SessionDialog(psy2, pupil_id=pupil.id)
    qtbot.addWidget(form)
    form.show()
    assert not form.confidential.isVisible()
    text = form.confidential_note.text()
    assert "psychologists only" not in text
    assert "not been given" in text and "Settings" in text and "recovery key" in text
    # A social pedagogue is told the plain rule.
    soc_form = SessionDialog(vault_setup.open("soc"), pupil_id=pupil.id)
    qtbot.addWidget(soc_form)
    assert "psychologists only" in soc_form.confidential_note.text()


def test_a_holder_gives_the_key_in_settings_with_one_confirmed_click(
    qtbot: QtBot, vault_setup: VaultSetup, store: SettingsStore
) -> None:
    waiting = _add_waiting_psychologist(vault_setup)
    # The waiting psychologist sees who holds the key (and has nothing to give).
    her_page = SettingsPage(waiting, store=store)
    qtbot.addWidget(her_page)
    assert her_page.notes_key.isVisibleTo(her_page)
    assert any("(psy)" in row for row in _rows(her_page.notes_key, "holders"))
    assert "does not hold" in her_page.notes_key.status.text()

    psy = vault_setup.open("psy")
    page = SettingsPage(psy, store=store)
    qtbot.addWidget(page)
    page.show()
    section = page.notes_key
    assert section.isVisible() and "You hold the key" in section.status.text()
    assert not section.recovery_key.isVisible()
    [waiting_row] = _rows(section, "waiting")
    assert "psy2" in waiting_row and "admin" in waiting_row  # who created it, and when
    assert not section.grant_button.isEnabled()  # nothing selected yet
    _give(qtbot, section, "psy2")
    assert "psy2" in section.message.text()
    assert section.waiting.rowCount() == 0
    holders = _rows(section, "holders")
    assert any("(psy2)" in row and "verified" in row for row in holders)
    assert vault_setup.open("psy2").can_read_confidential


def test_the_recovery_key_gives_it_and_a_waiting_psychologist_can_write_at_once(
    qtbot: QtBot, vault_setup: VaultSetup, store: SettingsStore
) -> None:
    waiting = _add_waiting_psychologist(vault_setup)
    page = SettingsPage(waiting, store=store)
    qtbot.addWidget(page)
    page.show()
    section = page.notes_key
    assert section.recovery_key.isVisible()
    section.waiting.selectRow(0)
    assert not section.grant_button.isEnabled()  # she holds no key and typed none
    section.recovery_key.setText("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    section.grant_button.click()
    assert section.confirm is not None
    confirm = section.confirm.findChild(QPushButton, "notes_key_confirm")
    assert confirm is not None
    confirm.click()
    qtbot.waitUntil(lambda: section._task is None, timeout=10_000)
    assert section.message.text() and not waiting.can_read_confidential  # refused
    section.recovery_key.setText(vault_setup.recovery_key)
    _give(qtbot, section, "psy2")
    assert waiting.can_read_confidential
    assert "You hold the key" in section.status.text()
    pupil = add_pupil(waiting, "Ахметова")
    form = SessionDialog(waiting, pupil_id=pupil.id)
    qtbot.addWidget(form)
    assert form.errors.widget("confidential_notes") is form.confidential


def test_social_pedagogue_sees_no_notes_key_section(
    qtbot: QtBot, soc: Vault, store: SettingsStore
) -> None:
    page = SettingsPage(soc, store=store)
    qtbot.addWidget(page)
    assert not page.notes_key.isVisibleTo(page)
