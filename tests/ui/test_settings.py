"""Settings: language at once, auto-lock minutes, accounts (admins only), passphrase change."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.vault import Vault, open_vault
from tests.conftest import VaultSetup
from ui.i18n import Translations
from ui.pages.settings import AddAccountDialog, SettingsPage
from ui.settings_store import (
    AUTOLOCK_MINUTES,
    LANGUAGE,
    SettingsStore,
)


def test_language_switches_at_once(
    qtbot: QtBot, admin: Vault, store: SettingsStore, translations: Translations
) -> None:
    translations.set_language("en")
    page = SettingsPage(admin, store=store, translations=translations)
    qtbot.addWidget(page)
    assert page.general.title() == "General"
    page.language.setCurrentIndex(page.language.findData("ru"))
    assert store.get(LANGUAGE) == "ru"
    # Qt posts LanguageChange to every widget: the page retranslates itself.
    qtbot.waitUntil(lambda: page.general.title() == "Общие")
    assert page.new_passphrase.hint.text().startswith("Слишком")
    page.language.setCurrentIndex(page.language.findData("kk"))
    qtbot.waitUntil(lambda: page.general.title() == "Жалпы")
    header = page.accounts.horizontalHeaderItem(2)
    assert header is not None
    assert header.text() == "Рөлі"


def test_autolock_is_stored_and_announced(qtbot: QtBot, psy: Vault, store: SettingsStore) -> None:
    page = SettingsPage(psy, store=store)
    qtbot.addWidget(page)
    assert page.autolock.value() == 5
    with qtbot.waitSignal(page.autolock_changed) as changed:
        page.autolock.setValue(12)
    assert changed.args == [12]
    assert SettingsStore().get(AUTOLOCK_MINUTES) == 12
    assert not page.accounts_box.isVisibleTo(page)  # not an administrator


def test_admin_adds_account(
    qtbot: QtBot, vault_setup: VaultSetup, admin: Vault, store: SettingsStore
) -> None:
    page = SettingsPage(admin, store=store)
    qtbot.addWidget(page)
    assert page.accounts_box.isVisibleTo(page)
    assert page.accounts.rowCount() == 3
    dialog = AddAccountDialog(admin, page)
    qtbot.addWidget(dialog)
    dialog.added.connect(lambda _a: page.refresh())
    dialog.login.setText("teacher2")
    dialog.full_name.setText("Второй Соцпедагог")
    dialog.role.setCurrentIndex(dialog.role.findData("social_pedagogue"))
    dialog.fields.passphrase.setText("second-soc-passphrase")
    dialog.fields.confirm.setText("second-soc-passphrase")
    with qtbot.waitSignal(dialog.added, timeout=10_000):
        dialog.save()
    assert page.accounts.rowCount() == 4
    opened = open_vault(
        vault_setup.data_dir, "teacher2", "second-soc-passphrase", sleep=lambda _s: None
    )
    opened.close()


def test_change_passphrase(
    qtbot: QtBot, vault_setup: VaultSetup, soc: Vault, store: SettingsStore
) -> None:
    page = SettingsPage(soc, store=store)
    qtbot.addWidget(page)
    page.old_passphrase.setText("not-the-passphrase")
    page.new_passphrase.passphrase.setText("a fresh soc passphrase")
    page.new_passphrase.confirm.setText("a fresh soc passphrase")
    page.change_passphrase()
    qtbot.waitUntil(lambda: page._task is None, timeout=10_000)
    assert page.passphrase_status.text() == "The current passphrase is wrong."
    page.old_passphrase.setText(vault_setup.passwords["soc"])
    with qtbot.waitSignal(page.passphrase_changed, timeout=10_000):
        page.change_passphrase()
    opened = open_vault(
        vault_setup.data_dir, "soc", "a fresh soc passphrase", sleep=lambda _s: None
    )
    opened.close()


def test_enrollment_needs_address_and_code(qtbot: QtBot, psy: Vault, store: SettingsStore) -> None:
    page = SettingsPage(psy, store=store)
    qtbot.addWidget(page)
    page.enroll()
    assert "both" in page.server_status.text()
