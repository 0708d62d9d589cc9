"""Reading class lists from CSV and XLSX, guessing and applying the column mapping."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import ValidationError
from app.iin import make_iin
from app.pupil_csv import parse_pupil_csv
from app.pupil_table import (
    Table,
    TableRow,
    guess_mapping,
    header_field,
    map_columns,
    read_csv_table,
    read_table,
    read_xlsx_table,
)
from app.services.pupil_import import import_pupils
from app.vault import Vault

IIN_2012 = make_iin(date(2012, 5, 17), "M", 1)
IIN_2008 = make_iin(date(2008, 3, 4), "F", 5)  # starts with 0: Excel drops it as a number


def xlsx(rows: list[list[object]], *, title: str | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append([title])
        sheet.append([])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def e_journal_export() -> bytes:
    """What a school e-journal gives: a title, a number column, Russian headers, a notes
    column of its own, dates as Excel dates and IINs as numbers."""
    return xlsx(
        [
            [
                "№",
                "Фамилия",
                "Имя",
                "Отчество",
                "ИИН",
                "Класс",
                "Дата рождения",
                "Пол",
                "Примечание",
            ],
            [
                1,
                "Ахметов",
                "Ерлан",
                "Болатович",
                int(IIN_2012),
                "7 а",
                datetime(2012, 5, 17),
                "М",
                "—",
            ],
            [2, "Сейтова", "Айгерим", None, int(IIN_2008), "11Б", datetime(2008, 3, 4), "Ж", None],
            [None, None, None, None, None, None, None, None, "Итого: 2"],
            [3, "Иванов", "", "", "123", "7А", "не знаю", "М", ""],
        ],
        title="Список обучающихся 7-11 классов",
    )


def test_header_matching_is_the_csv_imports() -> None:
    assert header_field("  ДАТА   рождения ") == "birth_date"
    assert header_field("\ufeffiin") == "iin"
    assert header_field("Законный представитель") == "representative"
    assert header_field("Примечание") is None
    mapping = guess_mapping(["№", "Фамилия", "фамилия", "Имя", "Class"])
    assert mapping["surname"] == 1  # the first of two columns wins, as in the CSV import
    assert mapping["name"] == 3 and mapping["class"] == 4 and mapping["iin"] is None


def test_xlsx_with_title_row_russian_headers_and_excel_dates() -> None:
    table = read_table(e_journal_export())
    assert table.source == "xlsx"
    assert table.header_line == 3  # below the title and a blank row
    assert table.header[1] == "Фамилия" and table.header[-1] == "Примечание"
    first = table.rows[0]
    assert first.line == 4
    assert first.cells[:8] == (
        "1",
        "Ахметов",
        "Ерлан",
        "Болатович",
        IIN_2012,
        "7 а",
        "2012-05-17",
        "М",
    )
    # An IIN stored as a number lost its leading zero; the line numbers are the sheet's rows.
    assert table.rows[1].cells[4] == IIN_2008.lstrip("0")
    assert [r.line for r in table.rows] == [4, 5, 6, 7]


def test_mapping_gives_exactly_the_clis_validation() -> None:
    table = read_table(e_journal_export())
    mapping = guess_mapping(table.header)
    assert mapping == {
        "iin": 4,
        "surname": 1,
        "name": 2,
        "patronymic": 3,
        "class": 5,
        "birth_date": 6,
        "sex": 7,
        "address": None,
        "representative": None,
        "phone": None,
    }
    data = map_columns(table, mapping)
    lines = data.decode().split("\n")
    assert lines[2] == "iin,surname,name,patronymic,class,birth_date,sex"  # header on line 3
    parsed = parse_pupil_csv(data)
    assert [r.iin for r in parsed.rows] == [IIN_2012, IIN_2008]  # the zero is back
    assert parsed.rows[0].class_name == "7А" and parsed.rows[1].birth_date == date(2008, 3, 4)
    assert parsed.rows[1].line == 5
    # The "Итого" row maps to nothing and is skipped; row 7 has problems, by sheet row.
    assert {(e.line, e.field, e.reason) for e in parsed.errors} == {
        (7, "name", "required"),
        (7, "iin", "length"),
        (7, "birth_date", "format"),
    }


def test_unmapped_required_field_is_a_missing_column() -> None:
    table = read_table(e_journal_export())
    mapping = guess_mapping(table.header) | {"surname": None}
    parsed = parse_pupil_csv(map_columns(table, mapping))
    assert [(e.field, e.reason) for e in parsed.errors] == [("surname", "missing_column")]


def test_a_mapping_chosen_by_hand_for_odd_columns() -> None:
    data = "\n".join(
        [
            "Ученик (фамилия);Ученик (имя);ИИН ученика;Кл.;Год",
            f"Ахметов;Ерлан;{IIN_2012};7а;2012",
        ]
    ).encode("cp1251")
    table = read_csv_table(data)
    assert guess_mapping(table.header)["surname"] is None  # nothing recognised
    mapping = {"surname": 0, "name": 1, "iin": 2, "class": 3}
    parsed = parse_pupil_csv(map_columns(table, mapping))
    assert parsed.ok and parsed.rows[0].surname == "Ахметов" and parsed.rows[0].line == 2
    with pytest.raises(ValueError):
        map_columns(table, {"nickname": 1})


def test_csv_line_numbers_survive_blank_and_multiline_rows() -> None:
    data = (
        "\ufeffФамилия;Имя;ИИН;Класс\r\n"
        "\r\n"
        f'"Ахметов";"Ерлан\r\nмладший";{IIN_2012};7А\r\n'
        "Сейтова;;;7Б\r\n"
    ).encode()
    table = read_table(data)
    assert table.source == "csv"
    assert [r.line for r in table.rows] == [3, 5]
    from_csv = parse_pupil_csv(data)
    mapped = parse_pupil_csv(map_columns(table, guess_mapping(table.header)))
    assert {(e.line, e.field, e.reason) for e in mapped.errors} == {
        (e.line, e.field, e.reason) for e in from_csv.errors
    }
    assert mapped.rows[0].name == "Ерлан младший"


def test_formula_like_cells_keep_their_value() -> None:
    table = Table(
        ("Фамилия", "Имя", "ИИН", "Класс"), (TableRow(2, ("=Ахметов", "-", IIN_2012, "7А")),)
    )
    parsed = parse_pupil_csv(map_columns(table, guess_mapping(table.header)))
    assert parsed.rows[0].surname == "=Ахметов" and parsed.rows[0].name == "-"


def test_odd_cells_become_text() -> None:
    data = xlsx(
        [
            ["Фамилия", "Имя", "ИИН", "Класс", "Телефон", "Флаг", "Рост"],
            ["Ахметов", "Ерлан", float(IIN_2012), 7, 77011234567, True, 1.5],
        ]
    )
    row = read_xlsx_table(data).rows[0]
    assert row.cells == ("Ахметов", "Ерлан", IIN_2012, "7", "77011234567", "1", "1.5")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\r\n;;\r\n", "empty"),
        (b"PK\x03\x04 not really a workbook", "unreadable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "xls_unsupported"),
    ],
)
def test_unreadable_files_are_validation_errors(data: bytes, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(data)
    assert caught.value.field == "file" and caught.value.reason == reason


def test_too_many_columns_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        read_table((";".join(["x"] * 300)).encode())
    assert caught.value.reason == "too_large"


def test_explicit_header_line() -> None:
    data = xlsx([["Фамилия", "Имя"], ["a", "b"], ["ИИН", "Класс"], [IIN_2012, "7А"]])
    assert read_table(data).header == ("Фамилия", "Имя")
    table = read_table(data, header_line=3)
    assert table.header == ("ИИН", "Класс") and table.rows[0].line == 4


def test_xlsx_is_read_in_memory_without_temporary_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = tmp_path / "tmp"
    watched.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(watched))
    data = e_journal_export()
    table = read_table(data)
    map_columns(table, guess_mapping(table.header))
    assert os.listdir(watched) == []


def test_import_of_a_mapped_xlsx_through_the_service(psy: Vault) -> None:
    table = read_table(e_journal_export())
    data = map_columns(table, guess_mapping(table.header))
    dry = import_pupils(psy, data, dry_run=True)
    assert dry.valid == 2 and dry.skipped == 1 and {e.line for e in dry.errors} == {7}
    done = import_pupils(psy, data, skip_invalid=True)
    assert done.imported == 2
