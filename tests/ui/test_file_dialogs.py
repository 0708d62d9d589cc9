"""Save dialogs speak the chosen language, start in a sensible folder and remember the last one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services import council as council_service
from app.vault import Vault
from tests.support.qt_dialogs import answer_file_dialog
from ui.i18n import Translations
from ui.settings_store import LAST_FOLDER, SettingsStore
from ui.widgets.document_export import save_protocol


def saved_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


@pytest.mark.parametrize(
    ("lang", "title", "pdf_filter", "saved", "look_in"),
    [
        ("ru", "Сохранение протокола совета", "Документы PDF (*.pdf)", "Сохранено:", "Папка:"),
        ("kk", None, None, None, None),
    ],
    ids=["ru", "kk"],
)
def test_save_dialog_and_saved_box_are_translated_and_start_in_documents(
    qtbot: QtBot,
    psy: Vault,
    translations: Translations,
    store: SettingsStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    title: str | None,
    pdf_filter: str | None,
    saved: str | None,
    look_in: str | None,
) -> None:
    monkeypatch.chdir(tmp_path)  # the working directory is not where documents go
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    translations.set_language(lang)
    meeting = council_service.plan_meeting(psy, date(2026, 11, 20), ["Директор"], "Повестка")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    out = tmp_path / "out" / "protocol.pdf"
    out.parent.mkdir()

    answer = answer_file_dialog(out)
    task = save_protocol(parent, psy, meeting.id)
    assert answer.answered and task is not None
    english = {"Save the council protocol", "PDF documents (*.pdf)", "Look in:", "Files of type:"}
    shown = {text.replace("&", "") for text in [*answer.texts, *answer.filters, answer.title]}
    assert not english & shown, shown
    if title is not None:
        assert answer.title == title
        assert pdf_filter in answer.filters
        assert look_in in shown
    assert Path(answer.directory).resolve() == (home / "Documents").resolve()
    assert Path(answer.directory).resolve() != tmp_path.resolve()

    qtbot.waitUntil(lambda: saved_box() is not None, timeout=20_000)
    box = saved_box()
    assert box is not None and out.exists()
    assert "Saved" not in box.text() and "Document saved" != box.windowTitle()
    if saved is not None:
        assert box.text() == f"{saved} {out}"
    box.accept()

    # The next dialog starts where the last document went.
    again = answer_file_dialog(None)
    assert save_protocol(parent, psy, meeting.id) is None
    assert Path(again.directory).resolve() == out.parent.resolve()


def test_no_file_dialog_starts_in_the_working_directory(
    qtbot: QtBot, psy: Vault, store: SettingsStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the server-certificate picker, the backup folder and the restore pickers
    passed an empty folder, so Qt opened wherever the program was started from."""
    from PySide6.QtWidgets import QFileDialog

    from ui.pages.settings import SettingsPage

    last = tmp_path / "usb"
    last.mkdir()
    store.set(LAST_FOLDER, str(last))
    opened_in: list[str] = []

    def open_file(_parent: object, _title: str, folder: str, *_a: object) -> tuple[str, str]:
        opened_in.append(folder)
        return "", ""

    def open_folder(_parent: object, _title: str, folder: str, *_a: object) -> str:
        opened_in.append(folder)
        return ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(open_folder))
    page = SettingsPage(psy, store=store)
    qtbot.addWidget(page)
    page._choose_ca()
    page.backups.choose_folder()
    page.backups.choose_restore()
    assert opened_in == [str(last)] * 3
