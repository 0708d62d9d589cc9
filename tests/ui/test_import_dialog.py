"""The import dialog: CSV or XLSX, column mapping, invalid rows with reasons, import."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.iin import make_iin
from app.services import pupil_import
from app.services import pupils as pupil_service
from app.synthetic import generate_pupils
from app.vault import Vault
from ui.dialogs.import_table import ImportDialog, column_letter
from ui.i18n import Translations
from ui.pages.pupils import PupilsPage

IIN_A = make_iin(date(2012, 1, 2), "M", 1)
IIN_B = make_iin(date(2008, 3, 4), "F", 2)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Список класса"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())
    return path


def open_dialog(qtbot: QtBot, vault: Vault, path: Path) -> ImportDialog:
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.load_file(path)
    return dialog


def test_xlsx_with_an_invalid_row_imports_the_valid_ones(
    qtbot: QtBot, qtmodeltester: ModelTester, soc: Vault, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "7a.xlsx",
        [
            ["№", "Фамилия", "Имя", "ИИН", "Класс", "Дата рождения", "Примечание"],
            [1, "Абаев", "Нурлан", int(IIN_A), "5А", datetime(2012, 1, 2), "x"],
            [2, "Сейтова", "Дана", int(IIN_B), "11Б", datetime(2008, 3, 4), None],
            [3, "Ошибкин", "Иван", 123, "5А", None, None],
        ],
    )
    dialog = open_dialog(qtbot, soc, path)
    assert dialog.combos["surname"].currentData() == 1
    assert dialog.combos["iin"].currentText() == "D: ИИН"
    assert dialog.combos["phone"].currentData() is None
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.verticalHeaderItem(0).text() == "3"  # the sheet's row number
    qtmodeltester.check(dialog.problems_model)
    problems = [dialog.problems_model.record(r) for r in range(dialog.problems_model.rowCount())]
    assert [(p.line, p.field, p.reason) for p in problems] == [(5, "iin", "length")]
    assert dialog.problems_model.data(dialog.problems_model.index(0, 1)) == "IIN"
    assert "An IIN has exactly 12 digits" in dialog.problems_model.data(
        dialog.problems_model.index(0, 2)
    )
    assert not dialog.import_all_button.isEnabled()
    assert dialog.import_valid_button.isEnabled()
    assert "2" in dialog.import_valid_button.text()
    assert pupil_service.count_pupils(soc) == 0  # nothing until the user says so

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_valid_button.click()
    assert done.args[0].imported == 2
    assert pupil_service.count_pupils(soc) == 2
    assert not dialog.isVisible()


def test_mapping_an_unrecognised_column_by_hand(qtbot: QtBot, soc: Vault, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(f"Ученик;Имя;ИИН;Класс\nАбаев;Нурлан;{IIN_A};5А\n", encoding="utf-8")
    dialog = open_dialog(qtbot, soc, path)
    assert dialog.combos["surname"].currentData() is None
    assert [p.reason for p in dialog.problem_rows()] == ["missing_column"]
    assert not dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()

    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.set_mapping("surname", 0)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.import_all_button.isEnabled() and not dialog.import_valid_button.isEnabled()
    first_surname = dialog.preview.item(0, 1)
    assert first_surname is not None
    assert first_surname.text() == "Абаев"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_all_button.click()
    assert [p.surname for p in pupil_service.list_pupils(soc)] == ["Абаев"]


def test_the_dry_run_reports_what_the_command_line_reports(
    qtbot: QtBot, soc: Vault, tmp_path: Path
) -> None:
    rows = [
        "ИИН;Фамилия;Имя;Класс;Пол",
        f"{IIN_A};Абаев;Нурлан;5А;М",
        f"{IIN_A};Абаев;Нурлан;5А;М",
        "123;Ошибкин;;14;Х",
        "",
        f"{IIN_B};Сейтова;Дана;11Б;М",
    ]
    path = tmp_path / "list.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))
    cli = pupil_import.import_pupils(soc, path.read_bytes(), dry_run=True)
    dialog = open_dialog(qtbot, soc, path)
    assert dialog.report is not None

    def key(report: pupil_import.ImportReport) -> set[tuple[int, str, str]]:
        return {(e.line, e.field, e.reason) for e in (*report.errors, *report.duplicates_in_vault)}

    assert key(dialog.report) == key(cli) and dialog.report.valid == cli.valid
    assert {line for line, _f, _r in key(cli)} == {3, 4, 6}


def test_an_old_xls_file_is_explained(qtbot: QtBot, soc: Vault, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    dialog = ImportDialog(soc)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: ".xlsx" in dialog.summary.text(), timeout=10_000)
    assert not dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()
    dialog.load_file(tmp_path / "missing.csv")
    assert dialog.table is None and dialog.summary.text()


def test_pupils_view_opens_the_dialog_and_refreshes(
    qtbot: QtBot, soc: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [["ИИН", "Фамилия", "Имя", "Класс"], [int(IIN_A), "Абаев", "Нурлан", "5А"]],
    )
    monkeypatch.setattr(
        "ui.file_dialogs.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(path), "")
    )
    view = PupilsPage(soc)
    qtbot.addWidget(view)
    view.import_button.click()
    dialog = view.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.import_all_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(view.pupils_changed, timeout=10_000):
        dialog.import_all_button.click()
    assert view.model.rowCount() == 1
    assert view.last_import is not None and view.last_import.imported == 1


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_importing_shows_determinate_progress_counted_in_russian(
    qtbot: QtBot, soc: Vault, tmp_path: Path, translations: Translations
) -> None:
    translations.set_language("ru")
    synthetic = generate_pupils(1500, seed=5, today=date(2026, 11, 1))
    lines = ["ИИН;Фамилия;Имя;Класс"] + [
        f"{p.iin};{p.surname};{p.name};{p.class_name}" for p in synthetic
    ]
    path = tmp_path / "school.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    dialog = open_dialog(qtbot, soc, path)
    dialog.show()
    assert dialog.import_all_button.isEnabled()
    seen: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        task = dialog.start_import(skip_invalid=False)
        assert task is not None
        task.progress.connect(
            lambda _p: seen.append(
                (dialog.progress.maximum(), dialog.progress.value(), dialog.summary.text())
            )
        )
    assert pupil_service.count_pupils(soc) == 1500
    assert seen[0] == (1500, 0, "Импорт: строка 0 из 1\xa0500")  # determinate at once
    assert seen[-1][:2] == (1500, 1500)
    assert seen[-1][2].startswith("Импорт: строка 1\xa0500 из 1\xa0500")
    assert [value for _, value, _ in seen] == sorted(value for _, value, _ in seen)
