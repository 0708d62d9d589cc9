"""Issue 10 findings about the window as a whole: shortcuts, columns, sign-in, status bar, lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain.cases import IncidentDraft, Participant
from app.iin import make_iin
from app.services import incidents as incident_service
from app.vault import Vault
from tests.conftest import VaultSetup
from ui.dialogs.council import MeetingDialog
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.pupil_form import PupilForm
from ui.dialogs.signin import SignInDialog
from ui.i18n import Translations
from ui.lock import LockGuard, LockManager
from ui.main_window import Entry, MainWindow, Nav
from ui.settings_store import SettingsStore

from .helpers import add_pupil


def visible_dialog(kind: type[QWidget]) -> QWidget | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("page", "dialog"),
    [(Nav.PUPILS, PupilForm), (Nav.COUNCIL, MeetingDialog), (Nav.INCIDENTS, IncidentDialog)],
)
def test_ctrl_n_on_a_page_opens_that_pages_new_record(
    qtbot: QtBot, psy: Vault, store: SettingsStore, page: Entry[QWidget], dialog: type[QWidget]
) -> None:
    # An ambiguous shortcut makes Qt log a warning, which fails the test by itself.
    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_page(page)
    window.page(page).setFocus()
    qtbot.keyClick(window.page(page), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    shown = visible_dialog(dialog)
    assert shown is not None, f"Ctrl+N on {page} opened nothing"
    shown.close()


@pytest.mark.parametrize("page", [Nav.COUNCIL, Nav.PUPILS])
def test_ctrl_f_goes_to_the_pupil_search(
    qtbot: QtBot, psy: Vault, store: SettingsStore, page: Entry[QWidget]
) -> None:
    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_page(page)
    window.nav.setFocus()
    qtbot.keyClick(window.page(page), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.page(Nav.PUPILS).isVisible()
    assert window.focusWidget() is window.page(Nav.PUPILS).search


def test_short_columns_are_not_cut_by_the_long_one(
    qtbot: QtBot, psy: Vault, store: SettingsStore
) -> None:
    pupil = add_pupil(psy, "Ахметова")
    incident_service.record_incident(
        psy,
        IncidentDraft(
            detected_at=datetime.now(UTC) - timedelta(hours=1),
            category="violence",
            description="Очень длинное описание того, что произошло на перемене " * 8,
            participants=(Participant(pupil.id, "victim"),),
        ),
    )
    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    window.show_page(Nav.INCIDENTS)
    table = window.page(Nav.INCIDENTS).table
    header = table.horizontalHeader()
    last = table.model().columnCount() - 1
    for column in range(last):
        wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= wanted, column
    assert header.sectionSize(last) > 0


def test_wrong_iin_error_is_not_clipped(
    qtbot: QtBot, psy: Vault, translations: Translations
) -> None:
    translations.set_language("ru")
    form = PupilForm(psy)
    qtbot.addWidget(form)
    form.show()
    iin = make_iin(datetime(2012, 5, 17).date(), "F", 42)
    form.iin.setText(iin[:-1] + str((int(iin[-1]) + 1) % 10))
    message = form.findChild(QLabel, "error_iin")
    assert message is not None and message.isVisible()
    assert "Контрольная цифра" in message.text()
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))


def test_sign_in_offers_the_account_used_last(qtbot: QtBot, vault_setup: VaultSetup) -> None:
    first = SignInDialog(vault_setup.data_dir)
    qtbot.addWidget(first)
    first.show()
    first.account.setCurrentText("soc")
    first.passphrase.setText(vault_setup.passwords["soc"])
    with qtbot.waitSignal(first.signed_in, timeout=10_000) as signed:
        first.sign_in_button.click()
    vault_setup.opened.append(signed.args[0])
    again = SignInDialog(vault_setup.data_dir)
    qtbot.addWidget(again)
    again.show()
    assert again.account.currentText() == "soc"
    assert again.passphrase.text() == ""
    for path in vault_setup.data_dir.iterdir():
        if path.is_file():
            assert vault_setup.passwords["soc"].encode() not in path.read_bytes()


def test_demo_status_text_follows_the_language(
    qtbot: QtBot, psy: Vault, store: SettingsStore, translations: Translations
) -> None:
    translations.set_language("en")
    window = MainWindow(psy, store=store, demo=True, demo_passphrase="demo-demo")
    qtbot.addWidget(window)
    window.show()
    note = window.statusBar().findChild(QLabel, "demo_note")
    assert note is not None and note.isVisible()
    assert note.text().startswith("Demo: synthetic data") and "demo-demo" in note.text()
    translations.set_language("kk")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    qtbot.waitUntil(lambda: not note.text().startswith("Demo"))
    assert "demo-demo" in note.text()


def test_ctrl_l_locks_with_a_form_open_and_the_input_comes_back(
    qtbot: QtBot, vault_setup: VaultSetup, psy: Vault, store: SettingsStore
) -> None:
    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.show()
    lock = LockManager(psy, guard=LockGuard(), idle_minutes=5)
    window.lock_requested.connect(lock.lock)
    try:
        form = window.new_pupil()
        assert isinstance(form, PupilForm) and form.isVisible()
        with qtbot.waitActive(form):
            form.activateWindow()
        form.surname.setFocus()
        qtbot.keyClicks(form.surname, "Nurlanova")
        qtbot.keyClick(form.surname, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert lock.is_locked
        assert not form.isVisible() and not window.isVisible()
        assert lock.screen is not None
        lock.screen.passphrase.setText(vault_setup.passwords["psy"])
        with qtbot.waitSignal(lock.unlocked, timeout=10_000):
            lock.screen.sign_in_button.click()
        assert form.isVisible() and form.surname.text() == "Nurlanova"
    finally:
        lock.shutdown()
