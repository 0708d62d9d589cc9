"""Journey: a prevention council meeting is planned with a pupil and a decision, then its
protocol is saved as PDF twice in a row from the Council page (issue 10: a segfault after
saving the protocol and closing the "Saved" box). The PDFs are read back with pypdf."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.journeys.app_window import (
    OFFSCREEN_NOISE,
    active_dialog,
    click,
    column,
    go_to,
    window,
)
from tests.ui.helpers import add_pupil
from tests.ui.keyboard import type_text
from ui.dialogs.council import MeetingDetailDialog, MeetingDialog
from ui.dialogs.council_decision import DecisionDialog
from ui.main_window import MainWindow
from ui.pages.council import CouncilPage

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
__all__ = ["window"]  # the fixture


def pdf_words(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_council_meeting_protocol_saved_twice(
    qtbot: QtBot, window: MainWindow, psy: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_pupil(psy, "Қасымова", "Ұлжан")
    targets = [tmp_path / "protocol-first.pdf", tmp_path / "protocol-again.pdf"]
    asked: list[str] = []

    def save_as(_parent: object, title: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(targets[len(asked) - 1]), ""

    monkeypatch.setattr("ui.file_dialogs.QFileDialog.getSaveFileName", save_as)

    page = go_to(qtbot, window, window.tr("Council"))
    assert isinstance(page, CouncilPage)
    click(qtbot, page, page.tr("New meeting…"))
    meeting = active_dialog(qtbot, MeetingDialog)
    meeting.members.setFocus()
    type_text(meeting.members, "Директор Сейтова А. Б.")
    meeting.agenda.setFocus()
    type_text(meeting.agenda, "Пропуски занятий и конфликт в классе")
    meeting.picker.search.setFocus()
    type_text(meeting.picker.search, "Кас")  # without the Kazakh letter
    qtbot.waitUntil(meeting.picker.results.isVisible, timeout=5000)
    qtbot.keyClick(meeting.picker.search, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the reason is typed right after adding
    type_text(editor, "Систематические пропуски")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=3000)
    qtbot.mouseClick(meeting.save_button, Qt.MouseButton.LeftButton)

    detail = active_dialog(qtbot, MeetingDetailDialog)  # the new meeting opens
    assert column(detail.pupils_table, detail.tr("Reason")) == ["Систематические пропуски"]
    click(qtbot, detail, detail.tr("Add decision…"))
    decision = active_dialog(qtbot, DecisionDialog)
    decision.text.setFocus()
    type_text(decision.text, "Провести беседу с законными представителями")
    due = date.today() + timedelta(days=5)
    decision.due_on.setFocus()
    type_text(decision.due_on, due.strftime("%d.%m.%Y"))
    qtbot.mouseClick(decision.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.decisions.rowCount() == 1, timeout=3000)
    click(qtbot, detail, detail.tr("Mark as held"))
    detail.close()

    page.table.setFocus()
    page.table.selectRow(0)
    for n, target in enumerate(targets):
        click(qtbot, page, page.tr("Protocol…"))
        box = active_dialog(qtbot, QMessageBox)
        assert str(target) in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                not any(
                    isinstance(w, QMessageBox) and w.isVisible()
                    for w in QApplication.topLevelWidgets()
                )
            ),
            timeout=3000,
        )
        assert len(asked) == n + 1
    first, again = (pdf_words(t) for t in targets)
    for text in (first, again):
        assert "Қасымова Ұлжан" in text
        assert "Систематические пропуски" in text
        assert "Провести беседу с законными представителями" in text
        assert "Директор Сейтова А. Б." in text
    # the same meeting, the same protocol (up to the minute it was prepared at, the last line)
    assert first.split("Директор")[0] == again.split("Директор")[0]
    assert len(first) == len(again)
