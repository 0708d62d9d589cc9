"""The notifications table, its model, the phone report and "Send now"."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import clock
from app.services.notifications import list_notifications
from app.vault import Vault
from tests.ui.conftest import add_mandatory_incident, add_pupil
from ui.background.sync_service import STATE_NOT_ENROLLED, SyncService
from ui.dialogs.phone_report import PhoneReportDialog
from ui.i18n import Translations
from ui.pages.notifications import NotificationsModel, NotificationsPage


def test_model_passes_modeltester(qtmodeltester: ModelTester, psy: Vault) -> None:
    pupil = add_pupil(psy)
    add_mandatory_incident(psy, pupil)
    add_mandatory_incident(psy, pupil, detected_at=datetime.now(UTC) - timedelta(hours=3))
    model = NotificationsModel()
    model.set_rows(list_notifications(psy))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    late = [model.row_at(r).late for r in range(2)]
    assert late.count(True) == 1
    assert (
        model.headerData(4, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        == "Receipt no."
    )


def test_page_shows_rows_and_records_phone_report(qtbot: QtBot, psy: Vault) -> None:
    page = NotificationsPage(psy)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        page.refresh()
    assert page.empty.isVisible() and not page.table.isVisible()

    pupil = add_pupil(psy)
    add_mandatory_incident(psy, pupil)
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        page.refresh()
    assert page.model.rowCount() == 1 and page.table.isVisible()
    assert not page.phone_button.isEnabled()
    page.table.selectRow(0)
    assert page.phone_button.isEnabled()
    assert page.model.index(0, 0).data() == "Queued"

    dialog = page.open_phone_report()
    assert isinstance(dialog, PhoneReportDialog)  # the same dialog as the incident form's
    assert "102" in dialog.numbers.text() and "111" in dialog.numbers.text()
    assert "Deadline" in dialog.about.text()
    dialog.on_save()  # who answered is required: the dialog stays open with a message
    assert dialog.errors.message_text("answered_by") == "This field is required."
    dialog.answered_by.setText("Дежурный Иванов")
    dialog.reference.setText("КУИ-123")
    dialog.called_at.setDateTime(dialog.called_at.dateTime().addSecs(-60))
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        dialog.on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.model.index(0, 0).data() == "Phoned"
    assert "КУИ-123" in page.model.index(0, page.model.COLUMNS.index("phoned")).data()
    assert list_notifications(psy, now=clock.utcnow())[0].display_state == "phoned"


def test_send_now_when_not_enrolled_says_so_not_unexpected(
    qtbot: QtBot, psy: Vault, caplog: pytest.LogCaptureFixture
) -> None:
    add_mandatory_incident(psy, add_pupil(psy))
    service = SyncService(psy, network_hint=False)
    service.start()
    try:
        qtbot.waitUntil(lambda: service.state == STATE_NOT_ENROLLED, timeout=10_000)
        page = NotificationsPage(psy)
        qtbot.addWidget(page)
        page.set_sync_service(service)
        with qtbot.waitSignal(page.refreshed, timeout=5_000):
            page.refresh()
        assert "not enrolled" in page.server.text()
        page.send_button.click()  # the service answers at once: it has no server to ask
        shown = page.status.text()
        assert "not enrolled" in shown and "Settings" in shown
        assert "unexpected" not in shown
        assert page.send_button.isEnabled() and not service.sending
    finally:
        assert service.stop()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # nothing unexpected


def test_all_columns_fit_a_1280_px_window(
    qtbot: QtBot, psy: Vault, translations: Translations
) -> None:
    from PySide6.QtCore import Qt

    translations.set_language("ru")
    pupil = add_pupil(psy)
    add_mandatory_incident(psy, pupil)  # three recipients
    page = NotificationsPage(psy)
    qtbot.addWidget(page)
    page.resize(1015, 600)  # what the page gets in a 1280 px main window
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        page.refresh()
    table, model = page.table, page.model
    assert not table.verticalHeader().isVisible()  # no row numbers, as in the other tables
    header = table.horizontalHeader()
    assert header.stretchLastSection()
    # Every column but the stretched last one leaves the phone report room to be read.
    used = sum(header.sectionSize(c) for c in range(model.columnCount() - 1))
    assert table.viewport().width() - used >= 150
    assert not table.horizontalScrollBar().isVisible()
    # Each title's longest word fits its column (the rest wraps onto a second line).
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        longest = max(metrics.horizontalAdvance(word) for word in title.split())
        assert header.sectionSize(column) > longest, title
    # Recipients: short in the cell, all of them in the tooltip.
    index = model.index(0, model.COLUMNS.index("recipients"))
    shown, tooltip = index.data(), index.data(Qt.ItemDataRole.ToolTipRole)
    assert shown == "Полиция (102) и ещё 2"
    assert tooltip.startswith("Полиция (102), ") and tooltip.count(", ") == 2
