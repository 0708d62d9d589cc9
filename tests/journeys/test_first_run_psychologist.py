"""Journey: a school's first day with Qorgau, from the first window to the certificate.

First run in the set-up wizard as the school's psychologist (the default answer to "who is
setting Qorgau up?") → enroll from Settings against the real server on loopback → record a
mandatory incident (violence, with a pupil) → the real background delivery sends it → a juvenile
inspector accepts it on the server with a registration number → the app shows who accepted it
and under which number → the notification certificate is saved and read back with pypdf.

Everything is done through the widgets a person uses, and checked by what they would read
(labels, table cells, the PDF's text). Each step is its own function so that a change to one
screen changes one step. The officer's acceptance is made with the server's own script command
(``qorgau-server ack ID --by NAME --reference REGNO``); the same acceptance through the web
workspace in a real browser is tests/server/test_browser.py.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from app.iin import make_iin
from tests.support.server_process import ServerProcess, make_enroll_code, run_cli
from tests.ui.test_wizard import fill_until_key
from ui.app import Session
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.pupil_form import PupilForm
from ui.dialogs.wizard import SetupWizard
from ui.i18n import Translations
from ui.main_window import MainWindow, Nav
from ui.pages.notifications import NotificationsPage
from ui.pages.settings import SettingsPage
from ui.settings_store import SettingsStore

BOUND_MS = 30_000
OFFICER = "Иванов И. И."
UNIT = "ИДН ОП района"
REFERENCE = "КУИ-2026-0417"
PUPIL_IIN = make_iin(date(2013, 3, 14), "F", 7)


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class Journey:
    """The session under test and the windows it shows."""

    def __init__(self, qtbot: QtBot, session: Session) -> None:
        self.qtbot = qtbot
        self.session = session
        self.windows: list[MainWindow] = []
        session.main_window_shown.connect(self.windows.append)

    def wait_for_window(self, count: int) -> MainWindow:
        self.qtbot.waitUntil(lambda: len(self.windows) == count, timeout=BOUND_MS)
        window = self.windows[-1]
        assert window.isVisible()
        return window


def first_run(journey: Journey) -> MainWindow:
    """The wizard, as a new user walks it: language, who sets it up (the psychologist, the
    default), school and account, passphrase, the recovery key (confirmed), the server page
    left empty (enrollment comes later)."""
    wizard = journey.session.front
    assert isinstance(wizard, SetupWizard)
    wizard.language_page.buttons["en"].setChecked(True)
    fill_until_key(journey.qtbot, wizard, role="psychologist")
    assert wizard.key_page.key.text()  # the recovery key is on screen
    wizard.key_page.confirmed.setChecked(True)
    click(journey.qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(journey.qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    return journey.wait_for_window(1)


def enroll_in_settings(qtbot: QtBot, window: MainWindow, server: ServerProcess) -> None:
    qtbot.waitUntil(
        lambda: window.delivery_label.text() == "Not enrolled with a server", timeout=BOUND_MS
    )
    window.actions["settings"].trigger()
    page = window.page(Nav.SETTINGS)
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: "not enrolled" in page.enrollment.text(), timeout=BOUND_MS)
    qtbot.keyClicks(page.server_url, server.base_url)
    qtbot.keyClicks(page.server_code, make_enroll_code(server.data_dir, "School 5"))
    click(qtbot, page.enroll_button)
    qtbot.waitUntil(lambda: server.base_url in page.enrollment.text(), timeout=BOUND_MS)
    # The running session picked it up: no sign-out, delivery is connected.
    qtbot.waitUntil(
        lambda: window.delivery_label.text() == f"Server {server.base_url}: connected",
        timeout=BOUND_MS,
    )


def add_pupil(qtbot: QtBot, window: MainWindow) -> None:
    window.actions["new_pupil"].trigger()
    form = window.findChild(PupilForm)
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.iin, PUPIL_IIN)
    form.surname.setText("Қасымова")
    form.name.setText("Әйгерім")
    qtbot.keyClicks(form.class_name, "6B")
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=BOUND_MS)


def record_violence(qtbot: QtBot, window: MainWindow, server: ServerProcess) -> None:
    window.actions["new_incident"].trigger()
    dialog = window.findChild(IncidentDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.category.setCurrentIndex(dialog.category.findData("violence"))
    assert "requires this incident to be reported" in dialog.obligation.text()
    dialog.description.setPlainText("Синтетический случай: толкнули на лестнице.")
    qtbot.keyClicks(dialog.picker.search, PUPIL_IIN)
    qtbot.waitUntil(lambda: dialog.picker.results.count() > 0, timeout=BOUND_MS)
    assert "Қасымова" in dialog.picker.results.item(0).text()
    click(qtbot, dialog.picker.add_button)
    assert dialog.involved.rowCount() == 1
    click(qtbot, dialog.save_button)
    text = dialog.result_text.text()
    assert "was queued" in text
    assert f"sent to the server {server.base_url} automatically" in text
    assert "not enrolled" not in text and "no connection" not in text
    dialog.accept()


def row_texts(page: NotificationsPage) -> dict[str, str]:
    model = page.model
    return {
        name: str(model.index(0, column).data() or "") for column, name in enumerate(model.COLUMNS)
    }


def accept_on_server(server: ServerProcess) -> str:
    """The juvenile inspector accepts what the school sent (the server's script command)."""
    [received] = json.loads(run_cli(server.data_dir, "notifications", "--json").stdout)
    run_cli(
        server.data_dir,
        "ack",
        received["id"],
        "--by",
        OFFICER,
        "--unit",
        UNIT,
        "--reference",
        REFERENCE,
    )
    return str(received["id"])


def test_first_run_to_acknowledged_certificate(
    qtbot: QtBot,
    tmp_path: Path,
    store: SettingsStore,
    translations: Translations,
    server: ServerProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = Session(tmp_path / "vault", store, translations)
    journey = Journey(qtbot, session)
    try:
        session.start()
        window = first_run(journey)
        assert window.user_label.text().endswith("(Psychologist)")
        enroll_in_settings(qtbot, window, server)
        add_pupil(qtbot, window)
        record_violence(qtbot, window, server)

        # Background delivery: nobody presses anything.
        window.show_page(Nav.NOTIFICATIONS)
        page = window.page(Nav.NOTIFICATIONS)
        assert isinstance(page, NotificationsPage)
        qtbot.waitUntil(lambda: server.base_url in page.server.text(), timeout=BOUND_MS)

        def delivered() -> bool:
            page.refresh()
            return page.model.rowCount() == 1 and row_texts(page)["state"] == "Delivered"

        qtbot.waitUntil(delivered, timeout=BOUND_MS)
        row = row_texts(page)
        assert row["receipt"].isdigit()
        assert row["category"] and row["deadline"]
        assert not row["accepted"]

        accept_on_server(server)
        with qtbot.waitSignal(page.sync_finished, timeout=BOUND_MS):
            click(qtbot, page.send_button)
        qtbot.waitUntil(lambda: row_texts(page)["state"] == "Accepted", timeout=BOUND_MS)
        accepted = row_texts(page)["accepted"]
        assert OFFICER in accepted and REFERENCE in accepted
        page.table.selectRow(0)
        assert REFERENCE in page.details.text() and UNIT in page.details.text()
        assert "Sending finished" in page.status.text()

        # The certificate, saved where the person chose, shows receipt and acknowledgement.
        target = tmp_path / "documents" / "certificate.pdf"
        target.parent.mkdir()
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
        )
        page.table.selectRow(0)
        click(qtbot, page.certificate_button)

        def saved_box() -> QMessageBox | None:
            boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
            return boxes[0] if boxes else None

        qtbot.waitUntil(lambda: saved_box() is not None, timeout=BOUND_MS)
        box = saved_box()
        assert box is not None and str(target) in box.text()
        # pypdf separates words with tabs or line breaks: compare word sequences.
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
        assert row["receipt"] in text
        assert REFERENCE in text and OFFICER in text
        box.accept()
    finally:
        session.cleanup()
