"""Journey: a psychologist imports the class list exported from the e-journal as XLSX.

Pupils → "Import CSV or Excel…" → the real file dialog → the import dialog lists the bad rows
by line with the reason → she imports the valid rows → they are in the list; she corrects the
file, imports it again, and the corrected pupil is listed too.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.iin import make_iin
from app.vault import Vault
from tests.support.qt_dialogs import answer_file_dialog
from tests.ui.conftest import OFFSCREEN_NOISE, isolated_settings  # noqa: F401 - fixtures
from ui.dialogs.import_table import ImportDialog
from ui.main_window import MainWindow, Nav
from ui.settings_store import SettingsStore

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

GOOD_A = make_iin(date(2012, 1, 2), "M", 11)
GOOD_B = make_iin(date(2011, 9, 30), "F", 12)
FIXED = make_iin(date(2012, 4, 5), "F", 13)
TYPO = FIXED[:-1] + str((int(FIXED[-1]) + 1) % 10)  # a wrong check digit


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Список 7 «А» класса (выгрузка из электронного журнала)"])
    sheet.append(["ИИН", "Фамилия", "Имя", "Класс"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())
    return path


def cells(table: QTableView) -> list[list[str]]:
    """The table as a person reads it."""
    model = table.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def click_nav(qtbot: QtBot, window: MainWindow, text: str) -> None:
    [item] = window.nav.findItems(text, Qt.MatchFlag.MatchExactly)
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def import_dialog() -> ImportDialog:
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()
    ]
    return dialog


def button_with(dialog: ImportDialog, start: str) -> QPushButton:
    [button] = [
        b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.text().startswith(start)
    ]
    return button


def choose_and_check(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    page = window.page(Nav.PUPILS)
    answer = answer_file_dialog(path)
    [button] = [b for b in page.findChildren(QPushButton) if b.text() == "Import CSV or Excel…"]
    button.click()
    assert answer.answered and answer.title == "Import pupils"
    dialog = import_dialog()

    def checked() -> bool:
        text = dialog.summary.text()
        return bool(text) and not text.startswith(("Checking", "Reading"))

    qtbot.waitUntil(checked, timeout=15_000)
    return dialog


def test_import_xlsx_with_errors_then_the_corrected_file(
    qtbot: QtBot,
    psy: Vault,
    isolated_settings: SettingsStore,  # noqa: F811 - the imported fixture
    tmp_path: Path,
) -> None:
    window = MainWindow(psy, store=isolated_settings)
    qtbot.addWidget(window)
    window.show()
    click_nav(qtbot, window, "Pupils")
    page = window.page(Nav.PUPILS)
    assert page.isVisible()
    assert "There are no pupils yet" in page.empty.text()

    first = write_xlsx(
        tmp_path / "7a.xlsx",
        [
            [int(GOOD_A), "Абаев", "Нурлан", "7А"],
            [int(TYPO), "Қасымова", "Әсел", "7А"],  # line 4: check digit
            [int(GOOD_B), "Сейтова", "Дана", "7А"],
            [int(make_iin(date(2012, 2, 2), "M", 14)), "", "Ерлан", "7А"],  # line 6: no surname
        ],
    )
    dialog = choose_and_check(qtbot, window, first)
    problems = cells(dialog.problems)
    by_line = {row[0]: row for row in problems}
    assert set(by_line) == {"4", "6"}, problems
    assert "check digit" in by_line["4"][2]
    assert by_line["6"][2] == "This field is required."
    assert dialog.summary.text() == "2 rows have problems and would be skipped. 2 rows are valid."
    skip = button_with(dialog, "Import 2 valid rows only")
    assert skip.isEnabled()
    assert not button_with(dialog, "Import all").isEnabled()

    skip.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    listed = cells(page.table)
    names = [row[0] for row in listed]
    assert any("Абаев" in name for name in names) and any("Сейтова" in name for name in names)
    assert not any("Қасымова" in name for name in names)
    assert "Imported pupils: 2" in page.count_label.text()

    # She corrects the typo in the e-journal export and imports the file again: the two pupils
    # already in the vault are named as such, the corrected one comes in.
    second = write_xlsx(
        tmp_path / "7a-corrected.xlsx",
        [
            [int(GOOD_A), "Абаев", "Нурлан", "7А"],
            [int(FIXED), "Қасымова", "Әсел", "7А"],
            [int(GOOD_B), "Сейтова", "Дана", "7А"],
        ],
    )
    dialog = choose_and_check(qtbot, window, second)
    problems = cells(dialog.problems)
    assert {row[0] for row in problems} == {"3", "5"}, problems
    assert all(row[2] == "A pupil with this IIN is already in the vault." for row in problems)
    button_with(dialog, "Import 1 valid rows only").click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    names = [row[0] for row in cells(page.table)]
    assert len(names) == 3
    assert any("Қасымова Әсел" in name for name in names)
