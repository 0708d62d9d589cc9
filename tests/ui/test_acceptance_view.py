"""What a person sees of the receiving side (DESIGN §6a): "accepted" with the officer and the
registration number apart from "delivered", one-line rows with the details in a panel, a
clarification request on the dashboard, and its answer by a correction notification."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import clock
from app.domain.cases import Notification
from app.services.notifications import list_notifications
from app.storage import notifications as outbox
from app.vault import Vault
from tests.app.test_notifications import acknowledge, deliver
from tests.ui.conftest import add_mandatory_incident, add_pupil
from ui.dialogs.clarification import ClarificationDialog
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.phone_report import PhoneReportDialog
from ui.i18n import Translations
from ui.main_window import MainWindow, Nav
from ui.pages.dashboard import DashboardPage
from ui.pages.notifications import NotificationsPage
from ui.settings_store import SettingsStore

OFFICER = "Капитан полиции Сейткали Ержан Болатович"
REGNO = "КУИ 2026-0042"
QUESTION = "Укажите, где именно произошёл случай"


def mandatory(vault: Vault, minutes_ago: int = 10) -> Notification:
    pupil = add_pupil(vault, serial=minutes_ago)
    detected = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    recorded = add_mandatory_incident(vault, pupil, detected_at=detected)
    assert recorded.notification is not None
    return recorded.notification


def loaded_page(qtbot: QtBot, vault: Vault) -> NotificationsPage:
    page = NotificationsPage(vault)
    qtbot.addWidget(page)
    page.resize(1015, 600)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        page.refresh()
    return page


def row_of(page: NotificationsPage, notification_id: str) -> int:
    return next(
        r for r in range(page.model.rowCount()) if page.model.row_at(r).id == notification_id
    )


def cell(page: NotificationsPage, row: int, column: str, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.model.index(row, page.model.COLUMNS.index(column)).data(role)


def test_accepted_is_shown_apart_from_delivered_with_officer_and_number(
    qtbot: QtBot, psy: Vault
) -> None:
    sent = mandatory(psy, 10)
    accepted = mandatory(psy, 20)
    now = clock.utcnow()
    deliver(psy, sent, now - timedelta(minutes=9), 1)
    deliver(psy, accepted, now - timedelta(minutes=19), 2)
    acknowledge(
        psy, accepted, 1, officer=OFFICER, unit="ИДН ОП Аккольского района", reference=REGNO
    )
    page = loaded_page(qtbot, psy)
    a, d = row_of(page, accepted.id), row_of(page, sent.id)
    assert cell(page, a, "state") == "Accepted"
    assert cell(page, d, "state") == "Delivered"
    assert cell(page, a, "accepted") == f"{OFFICER}, reg. no. {REGNO}"
    assert cell(page, d, "accepted") == ""
    tooltip = cell(page, a, "accepted", Qt.ItemDataRole.ToolTipRole)
    assert "ИДН ОП Аккольского района" in tooltip and REGNO in tooltip

    # Rows stay one line even with the long officer name; the panel holds the details.
    table = page.table
    assert not table.wordWrap()
    line = table.fontMetrics().height()
    assert all(table.rowHeight(r) < 2 * line for r in range(page.model.rowCount()))
    assert not page.details.isVisible()
    table.selectRow(a)
    assert page.details.isVisible()
    details = page.details.text()
    assert f"Accepted by {OFFICER} (ИДН ОП Аккольского района), registration no. {REGNO}" in (
        details
    )
    assert "Delivered: receipt no. 2" in details
    table.selectRow(d)
    assert "Not yet accepted by law enforcement." in page.details.text()
    assert not page.answer_button.isVisible()  # no question is open anywhere


def test_clarification_on_the_dashboard_answered_with_a_correction(
    qtbot: QtBot, psy: Vault, store: SettingsStore
) -> None:
    n = mandatory(psy, 10)
    deliver(psy, n, clock.utcnow() - timedelta(minutes=9), 1)
    acknowledge(
        psy, n, 1, kind="clarification_requested", officer="Инспектор Ахметова", note=QUESTION
    )
    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page(Nav.DASHBOARD)
    assert isinstance(dashboard, DashboardPage)
    with qtbot.waitSignal(dashboard.refreshed, timeout=5_000):
        dashboard.refresh()
    box, listing = dashboard.boxes["clarifications"], dashboard.lists["clarifications"]
    assert box.isVisible() and listing.count() == 1
    assert QUESTION in listing.item(0).text() and "Инспектор Ахметова" in listing.item(0).text()

    # Activating it opens the notification, selected, with the question in the panel.
    page = window.page(Nav.NOTIFICATIONS)
    assert isinstance(page, NotificationsPage)
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        listing.itemActivated.emit(listing.item(0))
    current = window.stack.currentWidget()
    assert current is not None
    assert current.isAncestorOf(page)
    chosen = page.selected()
    assert chosen is not None and chosen.id == n.id
    assert cell(page, row_of(page, n.id), "state") == "Clarification requested"
    assert QUESTION in page.details.text() and "Waiting for your answer" in page.details.text()
    assert page.answer_button.isVisible() and page.answer_button.isEnabled()

    dialog = page.open_answer()
    assert isinstance(dialog, ClarificationDialog)
    assert QUESTION in dialog.question.text()
    dialog.on_save()  # an answer is required
    assert dialog.errors.message_text("reason") == "This field is required."
    dialog.answer.setPlainText("Во дворе школы, у спортзала")
    dialog.location.setText("Двор школы")
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        dialog.on_save()
    assert dialog.result() == dialog.DialogCode.Accepted

    # The correction is queued with `corrects` and the answer; the question shows answered.
    correction = next(v for v in list_notifications(psy) if v.corrects == n.id)
    stored = outbox.by_id(psy.db, correction.id)
    assert stored is not None
    payload = json.loads(stored.payload)
    assert payload["correction_reason"] == "Во дворе школы, у спортзала"
    assert payload["location"] == "Двор школы"
    assert cell(page, row_of(page, n.id), "state") == "Clarification answered"
    assert cell(page, row_of(page, correction.id), "state") == "Queued"
    with qtbot.waitSignal(dashboard.refreshed, timeout=5_000):
        dashboard.refresh()
    assert not dashboard.boxes["clarifications"].isVisible()


def test_one_phone_dialog_for_the_incident_form_and_the_notifications_page(
    qtbot: QtBot, psy: Vault
) -> None:
    form = IncidentDialog(psy, online=False, pupil_id=add_pupil(psy))
    qtbot.addWidget(form)
    form.category.setCurrentIndex(form.category.findData("offence_by_minor"))
    form.description.setPlainText("Синтетический случай")
    form.on_save()
    form.phone_button.click()
    from_form = form.phone_dialog
    assert from_form is not None
    page = loaded_page(qtbot, psy)
    page.table.selectRow(0)
    from_page = page.open_phone_report()
    assert type(from_form) is type(from_page) is PhoneReportDialog
    assert from_form.numbers.text() == from_page.numbers.text()
    assert "102" in from_page.numbers.text()


def test_rows_stay_one_line_however_long_the_texts(qtbot: QtBot, psy: Vault, translations) -> None:  # type: ignore[no-untyped-def]
    """Regression: rows grew to three or four lines (wrapped dates, categories, recipients)."""
    translations.set_language("ru")
    for minutes in (10, 20, 30):
        mandatory(psy, minutes)
    page = loaded_page(qtbot, psy)
    table = page.table
    line = table.fontMetrics().height()
    heights = [table.rowHeight(r) for r in range(page.model.rowCount())]
    assert heights and all(h < 2 * line for h in heights), (heights, line)
    # What does not fit is in the tooltip, in full.
    index = page.model.index(0, page.model.COLUMNS.index("recipients"))
    assert index.data(Qt.ItemDataRole.ToolTipRole).count(", ") == 2


def test_accepted_and_questions_still_fit_a_1280_px_window(
    qtbot: QtBot, psy: Vault, translations: Translations
) -> None:
    translations.set_language("ru")
    asked, accepted = mandatory(psy, 10), mandatory(psy, 20)
    now = clock.utcnow()
    deliver(psy, asked, now - timedelta(minutes=9), 1)
    deliver(psy, accepted, now - timedelta(minutes=19), 2)
    acknowledge(psy, accepted, 1, officer=OFFICER, unit="ИДН", reference=REGNO)
    acknowledge(psy, asked, 2, kind="clarification_requested", note=QUESTION)
    page = loaded_page(qtbot, psy)
    table, header = page.table, page.table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(page.model.columnCount() - 1))
    assert table.viewport().width() - used >= 150  # the phone report stays readable
    assert not table.horizontalScrollBar().isVisible()
    # The receipt's server time is one hover (or one click, in the panel) away.
    row = row_of(page, accepted.id)
    assert "server time" not in cell(page, row, "receipt")
    tip = cell(page, row, "receipt", Qt.ItemDataRole.ToolTipRole)
    server_time = (now - timedelta(minutes=19)).astimezone().strftime("%d.%m.%Y %H:%M")
    assert server_time in tip and "2" in tip
