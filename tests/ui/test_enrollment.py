"""Enrolling this computer from the app (Settings and the set-up wizard) against the real
reference server on loopback: what a person types, clicks and then reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.support.server_process import ServerProcess, make_enroll_code, running_server
from tests.ui.test_wizard import fill_until_key
from ui.dialogs.wizard import SetupWizard
from ui.pages.settings import SettingsPage
from ui.settings_store import PENDING_ENROLL_CODE, PENDING_SERVER_URL, SettingsStore

BOUND_MS = 20_000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server") as running:
        yield running


def enroll_in_settings(qtbot: QtBot, page: SettingsPage, url: str, code: str) -> None:
    qtbot.keyClicks(page.server_url, url)
    qtbot.keyClicks(page.server_code, code)
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)


def test_settings_enrolls_with_the_real_server_and_says_where(
    qtbot: QtBot, psy: Vault, store: SettingsStore, server: ServerProcess
) -> None:
    page = SettingsPage(psy, store=store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "not enrolled" in page.enrollment.text(), timeout=BOUND_MS)

    code = make_enroll_code(server.data_dir, "School 7")
    with qtbot.waitSignal(page.enrolled, timeout=BOUND_MS):
        enroll_in_settings(qtbot, page, server.base_url, code)

    shown = page.enrollment.text()
    assert "is enrolled with" in shown and server.base_url in shown
    assert "failed" not in page.server_status.text()
    assert page.server_code.text() == ""  # the one-time code is used up
    # Opening Settings again (a new session) reads the same from the vault.
    again = SettingsPage(psy, store=store)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: server.base_url in again.enrollment.text(), timeout=BOUND_MS)
    # A second enrollment is refused in words, not as "clashes with existing data".
    enroll_in_settings(qtbot, again, server.base_url, "ANOTHER-CODE")
    assert (
        again.server_status.text() == f"This computer is already enrolled with {server.base_url}."
    )


def test_a_wrong_code_is_one_clear_sentence_and_nothing_is_enrolled(
    qtbot: QtBot, psy: Vault, store: SettingsStore, server: ServerProcess
) -> None:
    page = SettingsPage(psy, store=store)
    qtbot.addWidget(page)
    enroll_in_settings(qtbot, page, server.base_url, "NOT-A-CODE")
    qtbot.waitUntil(lambda: "failed" in page.server_status.text(), timeout=BOUND_MS)
    assert "unexpected" not in page.server_status.text()
    assert page.enroll_button.isEnabled()
    page.refresh()
    qtbot.waitUntil(lambda: "not enrolled" in page.enrollment.text(), timeout=BOUND_MS)


def test_the_wizard_server_page_enrolls_with_the_real_server(
    qtbot: QtBot, tmp_path: Path, store: SettingsStore, server: ServerProcess
) -> None:
    wizard = SetupWizard(tmp_path / "vault", store=store)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_until_key(qtbot, wizard)
    wizard.key_page.confirmed.setChecked(True)
    wizard.next()
    page = wizard.server_page
    announced: list[Vault] = []
    wizard.vault_created.connect(announced.append)
    qtbot.keyClicks(page.url, server.base_url)
    qtbot.keyClicks(page.code, make_enroll_code(server.data_dir, "School 5"))
    with qtbot.waitSignal(wizard.vault_created, timeout=BOUND_MS) as created:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    vault: Vault = created.args[0]
    try:
        # Announced once, after enrolling (not at the click, while still enrolling).
        qtbot.wait(200)
        assert announced == [vault]
        assert server.base_url in page.status.text()
        assert store.get(PENDING_SERVER_URL) == ""
        settings = SettingsPage(vault, store=store)
        qtbot.addWidget(settings)
        qtbot.waitUntil(lambda: server.base_url in settings.enrollment.text(), timeout=BOUND_MS)
    finally:
        vault.close()


def test_a_failed_wizard_enrollment_is_offered_again_in_settings(
    qtbot: QtBot, tmp_path: Path, store: SettingsStore, server: ServerProcess
) -> None:
    wizard = SetupWizard(tmp_path / "vault", store=store)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_until_key(qtbot, wizard)
    wizard.key_page.confirmed.setChecked(True)
    wizard.next()
    page = wizard.server_page
    page.url.setText(server.base_url)
    page.code.setText("WRONG-CODE")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "failed" in page.status.text(), timeout=BOUND_MS)
    assert "unexpected" not in page.status.text()
    with qtbot.waitSignal(wizard.vault_created, timeout=BOUND_MS) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    vault: Vault = created.args[0]
    try:
        assert store.get(PENDING_SERVER_URL) == server.base_url
        assert store.get(PENDING_ENROLL_CODE) == "WRONG-CODE"
        settings = SettingsPage(vault, store=store)
        qtbot.addWidget(settings)
        assert settings.server_url.text() == server.base_url
        assert "did not succeed" in settings.server_status.text()
    finally:
        vault.close()


def test_the_dashboard_says_where_notifications_go(
    qtbot: QtBot, psy: Vault, server: ServerProcess
) -> None:
    from sync.enrollment import enroll
    from ui.pages.dashboard import DashboardPage

    page = DashboardPage(psy)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=BOUND_MS):
        page.refresh()
    assert page.sync_values["server"].text().startswith("not enrolled")
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "School 7"))
    with qtbot.waitSignal(page.refreshed, timeout=BOUND_MS):
        page.refresh()
    assert page.sync_values["server"].text() == server.base_url
