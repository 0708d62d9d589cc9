from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.iin import make_iin
from app.pupil_csv import (
    PupilExport,
    PupilRow,
    guard_cell,
    normalise_class,
    parse_pupil_csv,
    unguard_cell,
    write_pupil_csv,
)

IIN_A = make_iin(date(2012, 5, 17), "F", 1234)
IIN_B = make_iin(date(2013, 11, 2), "M", 42)
IIN_C = make_iin(date(2015, 1, 30), "M", 7)
BOM = b"\xef\xbb\xbf"


def _csv(lines: list[str], delimiter: str = ",") -> str:
    return "\r\n".join(line.replace("|", delimiter) for line in lines) + "\r\n"


BASIC = [
    "iin|surname|name|patronymic|class|birth_date|sex",
    f"{IIN_A}|Ахметова|Айгерим|Ерлановна|7 а|17.05.2012|Ж",
    f"{IIN_B}|Иванов|Пётр||8б|2013-11-02|M",
]


@pytest.mark.parametrize("bom", [b"", BOM])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_basic_parse(bom: bytes, delimiter: str) -> None:
    result = parse_pupil_csv(bom + _csv(BASIC, delimiter).encode("utf-8"))
    assert result.errors == ()
    assert result.rows == (
        PupilRow(
            line=2,
            iin=IIN_A,
            surname="Ахметова",
            name="Айгерим",
            patronymic="Ерлановна",
            class_name="7А",
            birth_date=date(2012, 5, 17),
            sex="F",
            address=None,
            representative=None,
            phone=None,
        ),
        PupilRow(
            line=3,
            iin=IIN_B,
            surname="Иванов",
            name="Пётр",
            patronymic=None,
            class_name="8Б",
            birth_date=date(2013, 11, 2),
            sex="M",
            address=None,
            representative=None,
            phone=None,
        ),
    )
    assert result.header_map["iin"] == "iin"


def test_russian_and_mixed_case_headers() -> None:
    text = _csv(
        [
            " ИИН |ФАМИЛИЯ|имя|Отчество|Класс|Дата Рождения|пол|Адрес|Законный представитель|Телефон",
            f"{IIN_A}|Ахметова|Айгерим||11В|17.05.2012|ж|с. Акжар, ул. Абая, д. 1|Ахметова Асель|+7 701 000 00 00",
        ],
        ";",
    )
    result = parse_pupil_csv(BOM + text.encode("utf-8"))
    assert result.errors == ()
    (row,) = result.rows
    assert row.class_name == "11В"
    assert row.address == "с. Акжар, ул. Абая, д. 1"
    assert row.representative == "Ахметова Асель"
    assert row.phone == "+7 701 000 00 00"
    assert result.header_map == {
        "ИИН": "iin",
        "ФАМИЛИЯ": "surname",
        "имя": "name",
        "Отчество": "patronymic",
        "Класс": "class",
        "Дата Рождения": "birth_date",
        "пол": "sex",
        "Адрес": "address",
        "Законный представитель": "representative",
        "Телефон": "phone",
    }


def test_mixed_case_english_headers_and_lowercase_sex() -> None:
    text = _csv(["IIN|Surname|NAME|Class|Sex", f"{IIN_B}|Петров|Иван|5|m"])
    result = parse_pupil_csv(text.encode("utf-8"))
    assert result.errors == ()
    assert result.rows[0].sex == "M"
    assert result.rows[0].class_name == "5"


def test_cp1251_fallback() -> None:
    text = _csv(["ИИН;Фамилия;Имя;Класс", f"{IIN_A};Сәрсенова;Жанар;9А"], ";")
    with pytest.raises(UnicodeEncodeError):
        text.encode("cp1251")  # "ә" is not in cp1251; use a Russian-only name instead
    text = text.replace("Сәрсенова", "Сорокина")
    result = parse_pupil_csv(text.encode("cp1251"))
    assert result.errors == ()
    assert result.rows[0].surname == "Сорокина"
    assert result.rows[0].name == "Жанар"


def test_quoted_multiline_field_keeps_line_numbers() -> None:
    text = (
        "iin,surname,name,class,address\r\n"
        f'{IIN_A},Ахметова,Айгерим,7А,"с. Акжар,\r\nул. Абая,\r\nд. 5"\r\n'
        "\r\n"
        f"{IIN_B},Иванов,,8Б,\r\n"
        f"{IIN_C},Сидоров,Олег,8Б,\r\n"
    )
    result = parse_pupil_csv(text.encode("utf-8"))
    assert [r.line for r in result.rows] == [2, 7]
    assert result.rows[0].address == "с. Акжар,\r\nул. Абая,\r\nд. 5"
    assert [(e.line, e.field, e.reason) for e in result.errors] == [(6, "name", "required")]


def test_errors_have_line_and_field() -> None:
    text = _csv(
        [
            "iin;surname;name;class;birth_date;sex",
            "123;Ахметова;Айгерим;7А;;",
            f"{IIN_A};  ;Айгерим;12А;32.01.2012;X",
            f"{IIN_B};Иванов;Пётр;7 Б;2013-11-03;F",
            f"{IIN_C};Сидоров;Олег;7Б;;",
        ],
        ";",
    )
    result = parse_pupil_csv(text.encode("utf-8"))
    assert [r.line for r in result.rows] == [5]
    found = {(e.line, e.field, e.reason) for e in result.errors}
    assert found == {
        (2, "iin", "length"),
        (3, "surname", "required"),
        (3, "class", "format"),
        (3, "birth_date", "format"),
        (3, "sex", "format"),
        (4, "birth_date", "iin_mismatch"),
        (4, "sex", "iin_mismatch"),
    }
    for error in result.errors:
        assert error.line >= 1 and error.field and error.reason


def test_missing_required_column() -> None:
    result = parse_pupil_csv(_csv(["iin,name,Отчество", f"{IIN_A},Айгерим,"]).encode())
    assert result.rows == ()
    assert [(e.line, e.field, e.reason) for e in result.errors] == [
        (1, "surname", "missing_column"),
        (1, "class", "missing_column"),
    ]


def test_header_after_blank_lines_and_empty_file() -> None:
    result = parse_pupil_csv(b"\r\n\r\niin,surname,name,class\r\n" + f"{IIN_A},А,Б,1\r\n".encode())
    assert [r.line for r in result.rows] == [4]
    empty = parse_pupil_csv(BOM)
    assert [(e.line, e.field, e.reason) for e in empty.errors] == [(1, "file", "empty")]


def test_duplicate_iin_reported_on_second_line() -> None:
    text = _csv(
        [
            "iin,surname,name,class",
            f"{IIN_A},А,Б,1",
            f"{IIN_B},В,Г,2",
            f"{IIN_A[:6]} {IIN_A[6:]},Д,Е,3",
        ]
    )
    result = parse_pupil_csv(text.encode())
    assert [r.line for r in result.rows] == [2, 3]
    assert [(e.line, e.field, e.reason, e.value) for e in result.errors] == [
        (4, "iin", "duplicate", IIN_A)
    ]


def test_iin_birth_date_clash() -> None:
    text = _csv(["iin,surname,name,class,birth_date", f"{IIN_A},А,Б,7,18.05.2012"])
    result = parse_pupil_csv(text.encode())
    assert result.rows == ()
    assert [(e.line, e.field, e.reason, e.value) for e in result.errors] == [
        (2, "birth_date", "iin_mismatch", "18.05.2012")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("7 а", "7А"), ("7а", "7А"), ("7-A", "7А"), ("11b", "11В"), ("0", "0"), (" 1 ә ", "1Ә")],
)
def test_normalise_class(text: str, expected: str) -> None:
    assert normalise_class(text) == expected


@pytest.mark.parametrize("text", ["12", "7АБ", "А7", "", "-1", "7 а б"])
def test_normalise_class_rejects(text: str) -> None:
    with pytest.raises(Exception, match="class"):
        normalise_class(text)


def test_formula_injection_guard_on_export() -> None:
    row = PupilExport(
        iin=IIN_A,
        surname='=HYPERLINK("http://x")',
        name="+Айгерим",
        patronymic="-1",
        class_name="7А",
        birth_date=date(2012, 5, 17),
        sex="F",
        address="@SUM(A1)",
        representative="\tТаб",
        phone="+7 701 123 45 67",
    )
    data = write_pupil_csv([row])
    assert data.startswith(BOM)
    lines = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    assert lines[0] == [
        "iin",
        "surname",
        "name",
        "patronymic",
        "class",
        "birth_date",
        "sex",
        "address",
        "representative",
        "phone",
    ]
    cells = lines[1]
    assert cells[0] == IIN_A
    assert cells[5] == "2012-05-17"
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cells[1] == '\'=HYPERLINK("http://x")'
    assert cells[9] == "'+7 701 123 45 67"


def test_guard_is_invertible() -> None:
    for value in ["=1", "'=1", "''=1", "'", "''", "x'", "plain", "+7", "'plain", "-", ""]:
        guarded = guard_cell(value)
        assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert unguard_cell(guarded) == value


_text = (
    st.text(alphabet=st.sampled_from(list("АБВабвӘәҚқ Zz09=+-@'\",;.\t")), min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)
_optional = st.one_of(st.none(), _text)
_multiline = st.one_of(
    st.none(),
    st.lists(_text, min_size=1, max_size=3).map("\n".join),
)


_phones = st.tuples(
    st.integers(0, 99), st.integers(0, 999), st.integers(0, 99), st.integers(0, 99)
).map(lambda p: f"+7 7{p[0]:02d} {p[1]:03d} {p[2]:02d} {p[3]:02d}")


@st.composite
def exports(draw: st.DrawFn) -> PupilExport:
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    sex = draw(st.sampled_from(["M", "F"]))
    return PupilExport(
        iin=make_iin(birth, sex, draw(st.integers(0, 9999))),
        surname=draw(_text),
        name=draw(_text),
        patronymic=draw(_optional),
        class_name=f"{draw(st.integers(0, 11))}{draw(st.sampled_from(['', 'А', 'Б', 'В', 'Ә']))}",
        birth_date=birth,
        sex=sex,
        address=draw(_multiline),
        representative=draw(_optional),
        phone=draw(st.one_of(st.none(), _phones)),
    )


@settings(max_examples=150)
@given(st.lists(exports(), max_size=8, unique_by=lambda e: e.iin))
def test_round_trip(rows: list[PupilExport]) -> None:
    result = parse_pupil_csv(write_pupil_csv(rows))
    assert result.errors == ()
    back = [
        PupilExport(
            iin=r.iin,
            surname=r.surname,
            name=r.name,
            patronymic=r.patronymic,
            class_name=r.class_name,
            birth_date=r.birth_date,
            sex=r.sex,
            address=r.address,
            representative=r.representative,
            phone=r.phone,
        )
        for r in result.rows
    ]
    assert back == rows
