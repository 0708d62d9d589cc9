"""Hostile or careless input ends in one clear refusal, never mojibake, a hang or a traceback."""

from __future__ import annotations

import io
import resource
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.iin import make_iin
from app.pupil_csv import EncodingUnclear, RowError, parse_pupil_csv
from app.pupil_table import read_csv_table, read_table

IINS = [make_iin(date(2012, 5, d), "F", 100 + d) for d in range(1, 9)]


def utf8_list(stray_on_line: int | None = None) -> bytes:
    lines = ["ИИН;Фамилия;Имя;Класс"]
    lines += [f"{iin};Жумабекова;Әйгерім;7А" for iin in IINS]
    data = [line.encode("utf-8") for line in lines]
    if stray_on_line is not None:
        data[stray_on_line - 1] = data[stray_on_line - 1].replace(b"7", b"7\xff", 1)
    return b"\r\n".join(data) + b"\r\n"


def test_utf8_file_with_one_stray_byte_is_refused_with_its_line() -> None:
    parsed = parse_pupil_csv(utf8_list(stray_on_line=4))
    assert parsed.rows == ()
    assert parsed.errors == (RowError(4, "file", "encoding", ""),)
    with pytest.raises(EncodingUnclear) as caught:
        read_csv_table(utf8_list(stray_on_line=4))
    assert caught.value.line == 4 and "line 4" in caught.value.message


def test_a_real_windows_1251_file_is_still_read() -> None:
    lines = ["ИИН;Фамилия;Имя;Класс"] + [f"{iin};Иванова;Мария;7А" for iin in IINS]
    parsed = parse_pupil_csv("\r\n".join(lines).encode("cp1251"))
    assert parsed.errors == ()
    assert {row.surname for row in parsed.rows} == {"Иванова"}


def test_a_clean_utf8_file_is_read() -> None:
    parsed = parse_pupil_csv(utf8_list())
    assert parsed.errors == () and len(parsed.rows) == len(IINS)
    assert parsed.rows[0].name == "Әйгерім"


# -- XLSX bounds --------------------------------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = b"</sheetData></worksheet>"


def xlsx(sheet_body: bytes, shared: bytes = b"", shared_mb_of_a: int = 0) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        if shared_mb_of_a:  # streamed, so the test itself never holds the gigabyte
            with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                part.write(
                    b'<?xml version="1.0" encoding="UTF-8"?>'
                    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                    b"<si><t>"
                )
                chunk = b"A" * (1 << 20)
                for _ in range(shared_mb_of_a):
                    part.write(chunk)
                part.write(b"</t></si></sst>")
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if not shared_mb_of_a:
            book.writestr(
                "xl/sharedStrings.xml",
                b'<?xml version="1.0" encoding="UTF-8"?>'
                b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<si><t>" + shared + b"</t></si></sst>",
            )
        book.writestr("xl/worksheets/sheet1.xml", SHEET_HEAD + sheet_body + SHEET_TAIL)
    return out.getvalue()


def refused_quickly(data: bytes) -> str:
    """read_table refuses ``data`` in one ValidationError, without eating time or memory."""
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    with pytest.raises(ValidationError) as caught:
        read_table(data)
    spent = time.process_time() - started
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert spent < 30, f"{spent:.1f} s of CPU"  # a bound against hangs, not a benchmark
    assert grown_mb < 300, f"peak memory grew by {grown_mb:.0f} MB"
    assert caught.value.reason == "too_large"
    return caught.value.message


def test_xlsx_with_a_gigabyte_shared_string_is_refused() -> None:
    data = xlsx(b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared_mb_of_a=1024)
    assert len(data) < 2 * 1024 * 1024  # ~1 MB on disk
    assert "too large" in refused_quickly(data)


def test_xlsx_with_a_row_of_two_million_cells_is_refused() -> None:
    cells = b"<c><v>1</v></c>" * 2_000_000
    assert "too large" in refused_quickly(xlsx(b'<row r="1">' + cells + b"</row>"))


def test_xlsx_with_two_million_rows_is_refused() -> None:
    rows = b"<row><c><v>1</v></c></row>" * 2_000_000
    assert "too large" in refused_quickly(xlsx(rows))


def test_a_normal_xlsx_still_reads() -> None:
    body = b"".join(
        b'<row r="%d"><c t="inlineStr"><is><t>%s</t></is></c></row>' % (n, text.encode())
        for n, text in enumerate(["ИИН", IINS[0], IINS[1]], start=1)
    )
    table = read_table(xlsx(body))
    assert table.header == ("ИИН",) and [r.cells[0] for r in table.rows] == IINS[:2]


def test_import_file_that_never_ends_is_refused_before_reading_it_all(tmp_path: Path) -> None:
    from app.services.pupil_import import read_import_file

    with pytest.raises(ValidationError) as caught:
        read_import_file(Path("/dev/zero"))
    assert caught.value.reason in ("not_a_file", "too_large")
