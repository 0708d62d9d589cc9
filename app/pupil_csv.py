"""Pupil CSV import parsing and export writing (DESIGN §7, "CSV"). Pure: no database.

Import: UTF-8 with or without BOM (cp1251 as a fallback for Excel on Russian Windows), ``;`` or
``,`` delimiter detected from the header line, English or Russian header names matched
case-insensitively. Every problem becomes a :class:`RowError` with the physical line number
(the header is line 1) and the field concerned.

Export: ``,``-delimited UTF-8 with BOM and the English header; no cell may start a spreadsheet
formula (such cells get a leading apostrophe, which the importer removes again).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.errors import ValidationError
from app.iin import parse_iin, reconcile

__all__ = [
    "FIELDS",
    "REQUIRED_FIELDS",
    "ParseResult",
    "PupilExport",
    "PupilRow",
    "RowError",
    "guard_cell",
    "normalise_class",
    "parse_pupil_csv",
    "unguard_cell",
    "write_pupil_csv",
]

FIELDS = (
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
)
REQUIRED_FIELDS = ("iin", "surname", "name", "class")

_ALIASES: dict[str, str] = {
    "iin": "iin",
    "иин": "iin",
    "surname": "surname",
    "фамилия": "surname",
    "name": "name",
    "имя": "name",
    "patronymic": "patronymic",
    "отчество": "patronymic",
    "class": "class",
    "класс": "class",
    "birth_date": "birth_date",
    "дата рождения": "birth_date",
    "sex": "sex",
    "пол": "sex",
    "address": "address",
    "адрес": "address",
    "representative": "representative",
    "законный представитель": "representative",
    "phone": "phone",
    "телефон": "phone",
}

_SEX = {"m": "M", "f": "F", "м": "M", "ж": "F"}

# Characters that make a spreadsheet treat a cell as a formula (or mangle it).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Latin letters that look like Cyrillic ones: "7A" typed on a Latin layout means "7А".
_LATIN_TO_CYRILLIC = str.maketrans("ABCEHKMOPTX", "АВСЕНКМОРТХ")
_CLASS_RE = re.compile(r"(\d{1,2})\s*[-–—]?\s*([^\W\d_])?", re.UNICODE)
_DMY_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class PupilRow:
    """One valid pupil row from an import file."""

    line: int
    iin: str
    surname: str
    name: str
    patronymic: str | None
    class_name: str
    birth_date: date
    sex: str  # 'M' or 'F'
    address: str | None
    representative: str | None
    phone: str | None


@dataclass(frozen=True)
class PupilExport:
    """One pupil to write to an export file."""

    iin: str
    surname: str
    name: str
    patronymic: str | None
    class_name: str
    birth_date: date
    sex: str
    address: str | None
    representative: str | None
    phone: str | None


@dataclass(frozen=True)
class RowError:
    """A problem in the file: physical line (header = 1), field, reason code, raw value."""

    line: int
    field: str
    reason: str
    value: str


@dataclass(frozen=True)
class ParseResult:
    """Valid rows, errors, and how the file's header names were understood."""

    rows: tuple[PupilRow, ...]
    errors: tuple[RowError, ...]
    header_map: dict[str, str]  # header text as in the file -> canonical field name

    @property
    def ok(self) -> bool:
        return not self.errors


def guard_cell(value: str) -> str:
    """Prefix an apostrophe so the cell cannot start a spreadsheet formula.

    Values made of apostrophes followed by a formula character are guarded too, so that
    :func:`unguard_cell` gives back exactly the original value.
    """
    if value.lstrip("'").startswith(_FORMULA_START):
        return "'" + value
    return value


def unguard_cell(value: str) -> str:
    """Remove one apostrophe put in front of a formula character by :func:`guard_cell`."""
    if value.startswith("'") and value.lstrip("'").startswith(_FORMULA_START):
        return value[1:]
    return value


def normalise_class(text: str) -> str:
    """``"7 а"`` -> ``"7А"``; classes 0-11 with an optional letter. ValidationError otherwise."""
    match = _CLASS_RE.fullmatch(text.strip())
    if match is None or not 0 <= int(match.group(1)) <= 11:
        raise ValidationError("class", "format", f"not a class: {text!r}")
    letter = (match.group(2) or "").upper().translate(_LATIN_TO_CYRILLIC)
    return f"{int(match.group(1))}{letter}"


def _parse_date(text: str) -> date:
    try:
        if m := _DMY_RE.fullmatch(text):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _ISO_RE.fullmatch(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise ValidationError(
        "birth_date", "format", f"not a date (DD.MM.YYYY or YYYY-MM-DD): {text!r}"
    )


class EncodingUnclear(ValidationError):
    """The file is neither clean UTF-8 nor clearly Windows-1251; ``line`` names the first
    line that does not decode."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__("file", "encoding", message)
        self.line = line


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or Windows-1251, decided for the whole file by evidence.

    A file that is UTF-8 except for a stray byte is not "Windows-1251": decoding it so would
    turn every Cyrillic name into mojibake. Only a file with no valid UTF-8 multi-byte
    sequence worth the name is read as Windows-1251; anything mixed is refused with the line.
    """
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # Evidence: characters that decode as UTF-8 multi-byte sequences against bytes that do not.
    utf8_chars = sum(1 for ch in data.decode("utf-8", errors="ignore") if ord(ch) > 0x7F)
    bad_bytes = max(1, data.decode("utf-8", errors="replace").count("\ufffd"))
    line = _line_of(data, first_bad)
    if bom or utf8_chars > bad_bytes:
        raise EncodingUnclear(
            line,
            f"line {line} is not valid UTF-8 although the rest of the file is: "
            "correct that line or save the file again as UTF-8; nothing was imported",
        )
    if utf8_chars * 20 > bad_bytes:
        raise EncodingUnclear(
            line,
            f"the file's encoding is unclear (UTF-8 and Windows-1251 mixed, first at line "
            f"{line}): save it again as UTF-8; nothing was imported",
        )
    try:
        return data.decode("cp1251")
    except UnicodeDecodeError as exc:  # 0x98 is the one byte Windows-1251 leaves undefined
        line = _line_of(data, exc.start)
        raise EncodingUnclear(
            line, f"line {line} is neither UTF-8 nor Windows-1251: save the file as UTF-8"
        ) from exc


def _detect_delimiter(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return ";" if line.count(";") > line.count(",") else ","
    return ","


def _header_key(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().casefold().split())


def parse_pupil_csv(data: bytes) -> ParseResult:
    """Parse an import file; never raises for bad content, reports it as ``errors``."""
    try:
        text = _decode(data)
    except EncodingUnclear as exc:
        return ParseResult((), (RowError(exc.line, "file", "encoding", ""),), {})
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(text))
    errors: list[RowError] = []
    rows: list[PupilRow] = []
    header: list[str] | None = None
    header_line = 1
    columns: dict[str, int] = {}
    header_map: dict[str, str] = {}
    seen_iins: dict[str, int] = {}
    last_line = 0
    try:
        for record in reader:
            start = last_line + 1
            last_line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header, header_line = record, start
                for index, cell in enumerate(record):
                    field = _ALIASES.get(_header_key(cell))
                    if field is None:
                        continue
                    if field in columns:
                        errors.append(RowError(start, field, "duplicate_column", cell.strip()))
                        continue
                    columns[field] = index
                    header_map[cell.strip()] = field
                for field in REQUIRED_FIELDS:
                    if field not in columns:
                        errors.append(RowError(start, field, "missing_column", ""))
                if errors:
                    return ParseResult((), tuple(errors), header_map)
                continue
            row, row_errors, iin = _parse_row(start, record, columns, len(header))
            if iin is not None:
                if iin in seen_iins:
                    row_errors.append(RowError(start, "iin", "duplicate", iin))
                    row = None
                else:
                    seen_iins[iin] = start
            if row is not None:
                rows.append(row)
            errors.extend(row_errors)
    except csv.Error as exc:
        errors.append(RowError(reader.line_num or last_line + 1, "file", "csv_syntax", str(exc)))
    if header is None:
        errors.append(RowError(header_line, "file", "empty", ""))
    return ParseResult(tuple(rows), tuple(errors), header_map)


def _parse_row(
    line: int, record: list[str], columns: dict[str, int], width: int
) -> tuple[PupilRow | None, list[RowError], str | None]:
    """Parse one data row; also returns the row's IIN when it is valid (for duplicates)."""
    errors: list[RowError] = []
    if len(record) > width and any(cell.strip() for cell in record[width:]):
        errors.append(RowError(line, "row", "too_many_fields", ";".join(record[width:])))

    def cell(field: str) -> str:
        index = columns.get(field)
        if index is None or index >= len(record):
            return ""
        return unguard_cell(record[index]).strip()

    def optional(field: str) -> str | None:
        return cell(field) or None

    def required(field: str) -> str:
        value = cell(field)
        if not value:
            errors.append(RowError(line, field, "required", ""))
        return value

    iin_text = required("iin")
    surname = required("surname")
    name = required("name")
    class_text = required("class")
    info = None
    if iin_text:
        try:
            info = parse_iin(iin_text)
        except ValidationError as exc:
            errors.append(RowError(line, "iin", exc.reason, iin_text))
    class_name = ""
    if class_text:
        try:
            class_name = normalise_class(class_text)
        except ValidationError as exc:
            errors.append(RowError(line, "class", exc.reason, class_text))
    birth_text, sex_text = cell("birth_date"), cell("sex")
    birth: date | None = None
    if birth_text:
        try:
            birth = _parse_date(birth_text)
        except ValidationError as exc:
            errors.append(RowError(line, "birth_date", exc.reason, birth_text))
    sex: str | None = None
    if sex_text:
        sex = _SEX.get(sex_text.casefold())
        if sex is None:
            errors.append(RowError(line, "sex", "format", sex_text))
    if info is not None:
        try:
            reconcile(info, birth, None)
        except ValidationError as exc:
            errors.append(RowError(line, exc.field, exc.reason, birth_text))
        try:
            reconcile(info, None, sex)
        except ValidationError as exc:
            errors.append(RowError(line, exc.field, exc.reason, sex_text))
    iin = info.iin if info is not None else None
    if errors or info is None:
        return None, errors, iin
    return (
        PupilRow(
            line=line,
            iin=info.iin,
            surname=surname,
            name=name,
            patronymic=optional("patronymic"),
            class_name=class_name,
            birth_date=info.birth_date,
            sex=info.sex,
            address=optional("address"),
            representative=optional("representative"),
            phone=optional("phone"),
        ),
        errors,
        iin,
    )


def write_pupil_csv(rows: Iterable[PupilExport]) -> bytes:
    """Write an export file: UTF-8 with BOM, ``,``-delimited, English header, CRLF lines."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(FIELDS)
    for row in rows:
        cells = (
            row.iin,
            row.surname,
            row.name,
            row.patronymic or "",
            row.class_name,
            row.birth_date.isoformat(),
            row.sex,
            row.address or "",
            row.representative or "",
            row.phone or "",
        )
        writer.writerow([guard_cell(c) for c in cells])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
