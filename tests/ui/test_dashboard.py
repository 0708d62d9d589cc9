"""The dashboard loads on a worker, shows empty states, and counts down to deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.ui.conftest import add_mandatory_incident, add_pupil
from ui.main_window import MainWindow, Nav
from ui.pages.dashboard import DashboardPage
from ui.settings_store import SettingsStore


def test_empty_states_say_what_to_do(qtbot: QtBot, psy: Vault) -> None:
    page = DashboardPage(psy)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        page.refresh()
    for key in ("notifications", "tasks", "register", "absences", "council"):
        assert page.empty[key].isVisible(), key
        assert page.empty[key].text(), key
    assert "incident" in page.empty["notifications"].text()
    assert page.sync_values["queued"].text() == "0"  # a short form, not a list
    assert page.sync_values["last_delivery"].text() == "never"
    assert not page.sync_values["waiting_since"].isVisible()
    assert not page.tick_timer.isActive()


def test_due_notification_counts_down_live(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy)
    add_mandatory_incident(psy, pupil, detected_at=datetime.now(UTC) - timedelta(minutes=10))
    clock = [datetime.now(UTC)]
    page = DashboardPage(psy, now=lambda: clock[0])
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        page.refresh()
    listing = page.lists["notifications"]
    assert listing.count() == 1
    first = listing.item(0).text()
    assert "due in" in first and "Violence" in first
    assert page.tick_timer.isActive()
    clock[0] += timedelta(hours=2)
    page._on_tick()
    assert "late by" in listing.item(0).text()
    assert page.sync_values["queued"].text() == "1"
    assert page.sync_values["waiting_since"].isVisible()
    with qtbot.waitSignal(page.notifications_requested):
        listing.itemActivated.emit(listing.item(0))


def test_main_window_navigation_and_shortcuts(
    qtbot: QtBot, psy: Vault, store: SettingsStore
) -> None:
    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.count() == 9
    assert window.stack.currentIndex() == 0
    window.actions["go_notifications"].trigger()
    assert window.nav.currentRow() == 3
    assert window.created(Nav.NOTIFICATIONS) is not None
    window.actions["go_settings"].trigger()
    assert window.nav.currentRow() == 8  # after Reports
    assert window.page(Nav.SETTINGS).isVisible()
    for key in (Nav.INCIDENTS, Nav.PLANS, Nav.COUNCIL, Nav.ABSENCES):
        window.show_page(key)
        page = window.page(key)
        assert page.isVisible()
    assert window.actions["quit"].shortcut().toString()
    assert window.actions["lock"].shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(window.lock_requested):
        window.actions["lock"].trigger()


def test_lists_are_as_tall_as_their_rows(qtbot: QtBot, psy: Vault) -> None:
    from ui.pages.dashboard import LIST_MAX_HEIGHT

    pupil = add_pupil(psy)
    add_mandatory_incident(psy, pupil, detected_at=datetime.now(UTC) - timedelta(minutes=10))
    page = DashboardPage(psy)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        page.refresh()
    listing = page.lists["notifications"]
    assert listing.count() == 1
    row = listing.visualItemRect(listing.item(0)).height()
    # One notification: a box around its row or two, not a tall empty list.
    assert listing.height() <= row + 2 * listing.frameWidth()
    assert listing.height() <= LIST_MAX_HEIGHT
    assert not listing.verticalScrollBar().isVisible()


def test_a_delivery_report_refreshes_the_visible_lists(
    qtbot: QtBot, psy: Vault, store: SettingsStore
) -> None:
    from sync.engine import SyncReport

    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.show()
    window.show_page(Nav.NOTIFICATIONS)
    page = window.page(Nav.NOTIFICATIONS)
    with qtbot.waitSignal(page.refreshed, timeout=3000):
        window.on_delivery_report(SyncReport(delivered=1))
    with qtbot.assertNotEmitted(page.refreshed, wait=200):
        window.on_delivery_report(SyncReport())  # nothing changed: no needless reload
