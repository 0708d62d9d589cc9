"""The first-run wizard creates a vault, shows the recovery key once and demands confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.vault import open_vault, vault_exists
from ui.i18n import Translations
from ui.settings_store import LANGUAGE, PENDING_ENROLL_CODE, PENDING_SERVER_URL, SettingsStore
from ui.wizard import PAGE_KEY, PAGE_SCHOOL, PAGE_SERVER, SetupWizard, enrollment_available


def fill_until_key(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    assert wizard.currentId() == PAGE_SCHOOL
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the school name is required
    qtbot.keyClicks(wizard.school_page.school, "School 5")  # QTest types ASCII only
    wizard.school_page.school.setText("Школа №5")
    wizard.school_page.full_name.setText("Айгүл Сейітова")
    wizard.school_page.login.setText("aigul")
    wizard.next()
    fields = wizard.passphrase_page.fields
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(fields.passphrase, "short")
    assert not commit.isEnabled()
    assert "8" in fields.hint.text()
    fields.passphrase.setText("correct horse battery staple")
    fields.confirm.setText("correct horse battery stapl")
    assert not commit.isEnabled()
    fields.confirm.setText("correct horse battery staple")
    assert commit.isEnabled()
    assert fields.meter.value() >= 3
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_KEY, timeout=10_000)


def test_wizard_creates_vault_and_requires_key_confirmation(
    qtbot: QtBot, tmp_path: Path, store: SettingsStore, translations: Translations
) -> None:
    data_dir = tmp_path / "vault"
    wizard = SetupWizard(data_dir, store=store, translations=translations)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.language_page.buttons["en"].setChecked(True)
    assert store.get(LANGUAGE) == "en"
    fill_until_key(qtbot, wizard)

    assert vault_exists(data_dir)
    key = wizard.key_page.key.text()
    assert key and key == wizard.created.recovery_key
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.reject()  # closing before confirming is refused
    assert wizard.isVisible()

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    wizard.key_page.print_to(printer)
    assert (tmp_path / "key.pdf").stat().st_size > 0
    assert key in wizard.key_page.document().toPlainText()

    wizard.key_page.confirmed.setChecked(True)
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_SERVER
    with qtbot.waitSignal(wizard.vault_created) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    vault = created.args[0]
    assert vault.user.login == "aigul" and vault.user.is_admin
    assert vault.school == "Школа №5"
    vault.close()
    again = open_vault(data_dir, "aigul", "correct horse battery staple", sleep=lambda _s: None)
    again.close()


def test_wizard_keeps_enrollment_for_later(
    qtbot: QtBot, tmp_path: Path, store: SettingsStore
) -> None:
    wizard = SetupWizard(tmp_path / "vault", store=store)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_until_key(qtbot, wizard)
    wizard.key_page.confirmed.setChecked(True)
    wizard.next()
    page = wizard.server_page
    page.url.setText("https://qorgau.example.kz")
    assert not page.validatePage()  # the code is missing
    assert page.status.text()
    page.code.setText("ABCD-1234")
    if enrollment_available():  # pragma: no cover - depends on the sync module
        return
    with qtbot.waitSignal(wizard.vault_created) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    created.args[0].close()
    assert store.get(PENDING_SERVER_URL) == "https://qorgau.example.kz"
    assert store.get(PENDING_ENROLL_CODE) == "ABCD-1234"
    assert wizard.enrollment_pending


def test_demo_button_asks_for_demo(qtbot: QtBot, tmp_path: Path, store: SettingsStore) -> None:
    wizard = SetupWizard(tmp_path / "vault", store=store)
    qtbot.addWidget(wizard)
    wizard.show()
    demo = wizard.button(QWizard.WizardButton.CustomButton1)
    assert demo.isVisible()
    with qtbot.waitSignal(wizard.demo_requested):
        demo.click()
    assert not vault_exists(tmp_path / "vault")


def test_cancel_before_creation_leaves_nothing(
    qtbot: QtBot, tmp_path: Path, store: SettingsStore
) -> None:
    wizard = SetupWizard(tmp_path / "vault", store=store)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.rejected):
        wizard.reject()
    assert not vault_exists(tmp_path / "vault")
