"""Regression: a segfault in libQt6Core right after saving a council protocol PDF and closing
the "Saved" box (issue 10). The flow is repeated many times with garbage collections between,
so an object freed at the wrong moment or on the wrong thread shows up as a crash here."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import council as council_service
from app.vault import Vault
from tests.ui.helpers import add_pupil
from ui.background.workers import Task
from ui.pages.council import CouncilPage


def visible_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_protocol_saved_and_box_closed_many_times(
    psy: Vault, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pupil = add_pupil(psy, "Қасымов")
    meeting = council_service.plan_meeting(psy, date(2026, 11, 20), ["Директор А. Б. Сейтова"], "")
    council_service.add_pupil_to_meeting(psy, meeting.id, pupil.id, "Пропуски")
    targets = iter(tmp_path / f"protocol-{n}.pdf" for n in range(1000))
    chosen: list[Path] = []

    def save_dialog(*_args: object, **_kw: object) -> tuple[str, str]:
        chosen.append(next(targets))
        return str(chosen[-1]), ""

    monkeypatch.setattr("ui.file_dialogs.QFileDialog.getSaveFileName", save_dialog)
    view = CouncilPage(psy)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(0)
    for _round in range(30):
        qtbot.mouseClick(view.protocol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(visible_boxes()) == 1, timeout=20_000)
        (box,) = visible_boxes()
        assert box.icon() == QMessageBox.Icon.Information
        assert str(chosen[-1]) in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        QCoreApplication.processEvents()
        gc.collect()
        QCoreApplication.processEvents()
    assert all(p.read_bytes().startswith(b"%PDF") for p in chosen)
    assert len(chosen) == 30
    # Nothing of the thirty saves is left behind: no task, no hidden "Saved" box.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app = QCoreApplication.instance()
    assert app is not None
    assert app.findChildren(Task) == []  # all deleted, none leaked
    assert view.findChildren(QMessageBox) == []
