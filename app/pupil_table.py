"""A pupil list as a plain table, from CSV or XLSX bytes, and its columns mapped to ours.

Schools' e-journals export class lists as XLSX (often with a title row above the header and
columns of their own) or as CSV. This module reads either into rows of strings, guesses which
column holds which field with exactly the header matching of :mod:`app.pupil_csv`, and turns a
chosen mapping into CSV bytes in the canonical English header, so that validation and import
are exactly the command line's (``app.services.pupil_import.import_pupils``).

Line numbers survive the trip: the canonical CSV puts every row on the physical line it had in
the source (blank lines fill the gaps, and the parser skips them), so an error "line 7" is row
7 of the spreadsheet or line 7 of the CSV file.

Everything happens in memory: the XLSX is read from bytes and no temporary file is written.
Pure: no database, no Qt.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from app.errors import ValidationError

# The same header matching and decoding as the CSV import (one source of truth for aliases).
from app.pupil_csv import _ALIASES, FIELDS, _decode, _detect_delimiter, _header_key, guard_cell

__all__ = [
    "MAX_COLUMNS",
    "MAX_ROWS",
    "Table",
    "TableRow",
    "guess_mapping",
    "header_field",
    "map_columns",
    "read_csv_table",
    "read_table",
    "read_xlsx_table",
]

MAX_ROWS = 100_000  # a whole school is a few thousand; more means the wrong file
MAX_COLUMNS = 256
# How far down a title block above the header may reach.
_HEADER_SEARCH_ROWS = 30

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls


@dataclass(frozen=True)
class TableRow:
    """One non-empty data row and the line (CSV) or row number (XLSX) it came from."""

    line: int
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        return self.cells[index] if 0 <= index < len(self.cells) else ""


@dataclass(frozen=True)
class Table:
    """A header row and the non-empty rows below it, every cell a string."""

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    header_line: int = 1
    source: str = "csv"  # "csv" or "xlsx"

    @property
    def width(self) -> int:
        return max([len(self.header), *(len(r.cells) for r in self.rows)])


def header_field(cell: str) -> str | None:
    """The field a header cell names (``"Дата рождения"`` -> ``"birth_date"``), as the CSV
    import understands it; None for a column of the school's own."""
    return _ALIASES.get(_header_key(cell))


def guess_mapping(header: Sequence[str]) -> dict[str, int | None]:
    """For every field, the first column whose header names it (as the CSV import does)."""
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    for index, cell in enumerate(header):
        field = header_field(cell)
        if field is not None and mapping[field] is None:
            mapping[field] = index
    return mapping


# -- reading -----------------------------------------------------------------------------------


def read_table(data: bytes, *, header_line: int | None = None) -> Table:
    """Read CSV or XLSX bytes (told apart by their content, not by a file name)."""
    if data.startswith(_ZIP_MAGIC):
        return read_xlsx_table(data, header_line=header_line)
    if data.startswith(_OLE_MAGIC):
        raise ValidationError(
            "file", "xls_unsupported", "old .xls files are not supported; save as XLSX or CSV"
        )
    return read_csv_table(data, header_line=header_line)


def read_csv_table(data: bytes, *, header_line: int | None = None) -> Table:
    """CSV as the import reads it: UTF-8 (BOM or not) or cp1251, ``;`` or ``,``."""
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(text))
    records: list[tuple[int, list[str]]] = []
    last_line = 0
    try:
        for record in reader:
            start = last_line + 1
            last_line = reader.line_num
            records.append((start, record))
            _check_size(len(records), len(record))
    except csv.Error as exc:
        raise ValidationError("file", "csv_syntax", f"line {reader.line_num}: {exc}") from exc
    return _table(records, header_line, "csv")


def read_xlsx_table(data: bytes, *, header_line: int | None = None) -> Table:
    """The first (active) worksheet of an XLSX workbook, read from memory.

    Dates become ``YYYY-MM-DD``, whole numbers lose Excel's ``.0``, formulas give their
    last computed value.
    """
    from openpyxl import load_workbook  # only this path needs it; keeps CLI start-up light

    # openpyxl warns about harmless oddities of other exporters (no default style, unknown
    # extensions); they say nothing about the pupils, so they are not shown to anyone.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return _read_xlsx(load_workbook, data, header_line)


def _read_xlsx(load_workbook: Any, data: bytes, header_line: int | None) -> Table:
    check_xlsx_bounds(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise ValidationError("file", "unreadable", "not a readable XLSX workbook") from exc
    try:
        sheet = book.active
        if sheet is None:
            raise ValidationError("file", "empty", "the workbook has no worksheet")
        # Some exporters write a wrong size into the file; read what is really there.
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        records: list[tuple[int, list[str]]] = []
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = _trim([_cell_text(v) for v in values])
                _check_size(number, len(cells))
                records.append((number, cells))
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
            raise ValidationError("file", "unreadable", "the worksheet is damaged") from exc
    finally:
        book.close()
    return _table(records, header_line, "xlsx")


# An XLSX is a zip of XML: a ~1 MB file can hold a 1 GB string or millions of cells, which
# openpyxl would inflate into memory before a row-count check could run. The zip's own
# directory and a streaming scan of each sheet's XML bound time and memory first.
MAX_XLSX_PART_BYTES = 32 * 1024 * 1024  # uncompressed, any one part
MAX_XLSX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_XLSX_ROW_ELEMENTS = 2 * MAX_ROWS  # rows in the XML, empty styled ones included
MAX_XLSX_CELLS_PER_ROW = 16_384  # Excel's own column limit (XFD)
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s>/]")
_SCAN_CHUNK = 1 << 20


def _too_large() -> ValidationError:
    return ValidationError("file", "too_large", "the table is too large for a pupil list")


def check_xlsx_bounds(data: bytes) -> None:
    """Refuse an XLSX whose content would take unbounded time or memory to read."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        parts = book.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ValidationError("file", "unreadable", "not a readable XLSX workbook") from exc
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > MAX_XLSX_PART_BYTES or total > MAX_XLSX_TOTAL_BYTES:
            raise _too_large()
    for part in parts:
        if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
            try:
                _scan_sheet(book, part)
            except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
                raise ValidationError("file", "unreadable", "the worksheet is damaged") from exc


def _scan_sheet(book: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Count rows and cells per row in a sheet's XML, streaming, without parsing it."""
    rows = cells = 0
    tail = b""
    with book.open(part) as stream:
        while True:
            chunk = stream.read(_SCAN_CHUNK)
            buffer = tail + chunk
            if not chunk:
                ready, tail = buffer, b""
            else:
                # Cut before the last "<" so no tag is split; a long run of text after it
                # holds no further tag start and is counted now.
                cut = buffer.rfind(b"<")
                if cut < 0:
                    ready, tail = b"", b""
                elif len(buffer) - cut > 4096:
                    ready, tail = buffer, b""
                else:
                    ready, tail = buffer[:cut], buffer[cut:]
            for match in _TAG.finditer(ready):
                if match.group(1) == b"row":
                    rows, cells = rows + 1, 0
                    if rows > MAX_XLSX_ROW_ELEMENTS:
                        raise _too_large()
                else:
                    cells += 1
                    if cells > MAX_XLSX_CELLS_PER_ROW:
                        raise _too_large()
            if not chunk:
                return


def _check_size(rows: int, columns: int) -> None:
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise ValidationError("file", "too_large", "the table is too large for a pupil list")


def _trim(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)).normalize(), "f")
    return str(value).strip()


def _table(
    records: Iterable[tuple[int, Sequence[str]]], header_line: int | None, source: str
) -> Table:
    nonempty = [(line, tuple(c.strip() for c in cells)) for line, cells in records]
    nonempty = [(line, cells) for line, cells in nonempty if any(cells)]
    if not nonempty:
        raise ValidationError("file", "empty", "the file has no rows")
    if header_line is None:
        header_at = _find_header(nonempty)
    else:
        header_at = next((i for i, (line, _c) in enumerate(nonempty) if line >= header_line), -1)
        if header_at < 0:
            raise ValidationError("file", "empty", "no rows at or below the chosen header line")
    line, header = nonempty[header_at]
    rows = tuple(TableRow(n, cells) for n, cells in nonempty[header_at + 1 :])
    return Table(header, rows, line, source)


def _find_header(rows: Sequence[tuple[int, tuple[str, ...]]]) -> int:
    """The first row naming at least two of our fields (below any title block); else the
    row naming the most, else the first row."""
    best, best_count = 0, 0
    for index, (_line, cells) in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        count = len({f for f in map(header_field, cells) if f is not None})
        if count >= 2:
            return index
        if count > best_count:
            best, best_count = index, count
    return best


# -- mapping -----------------------------------------------------------------------------------


def _clean(field: str, value: str) -> str:
    value = " ".join(value.split())  # one physical line per row, so line numbers stay put
    if field == "iin" and len(value) == 11 and value.isdigit():
        # A spreadsheet that stored the IIN as a number dropped its leading zero (pupils born
        # in 2000-2009); the check digit still decides whether the result is valid.
        value = "0" + value
    return value


def map_columns(table: Table, mapping: Mapping[str, int | None]) -> bytes:
    """CSV bytes in the canonical English header for ``app.pupil_csv.parse_pupil_csv``.

    ``mapping`` gives, for each field, the index of the column that holds it (None or absent:
    not imported). Unmapped required fields are left out of the header, so the parser reports
    them as missing columns exactly as for a CSV file. Each row keeps its source line number.
    """
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    chosen = [(f, mapping[f]) for f in FIELDS if mapping.get(f) is not None]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    # The header sits on the source header's line; rows keep their own lines.
    out.write("\n" * (table.header_line - 1))
    writer.writerow([f for f, _i in chosen])
    line = table.header_line
    for row in table.rows:
        out.write("\n" * (row.line - line - 1))
        line = row.line
        writer.writerow(
            [guard_cell(_clean(f, row.cell(index))) for f, index in chosen if index is not None]
        )
    return out.getvalue().encode("utf-8")
