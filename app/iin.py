"""Kazakh individual identification number (ИИН / ЖСН).

Twelve digits: ``YYMMDD`` birth date, a century-and-sex digit (1/2: 1800s, 3/4: 1900s,
5/6: 2000s; odd male, even female), four serial digits and a check digit. The check digit is
the weighted sum of the first eleven digits (weights 1..11) mod 11; when that is 10 the weights
3,4,5,6,7,8,9,10,11,1,2 are used instead, and if the result is 10 again the number is invalid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.errors import ValidationError

__all__ = ["IinInfo", "check_digit", "make_iin", "parse_iin", "reconcile"]

_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_DIGITS = frozenset("0123456789")

# century-and-sex digit -> (century base year, sex)
_CENTURY: dict[str, tuple[int, str]] = {
    "1": (1800, "M"),
    "2": (1800, "F"),
    "3": (1900, "M"),
    "4": (1900, "F"),
    "5": (2000, "M"),
    "6": (2000, "F"),
}


@dataclass(frozen=True)
class IinInfo:
    """A valid IIN and what it says about its holder."""

    iin: str
    birth_date: date
    sex: str  # 'M' or 'F'


def _is_digits(text: str) -> bool:
    return bool(text) and all(ch in _DIGITS for ch in text)


def check_digit(first11: str) -> int | None:
    """The check digit for the first eleven digits, or None when no valid one exists."""
    if len(first11) != 11 or not _is_digits(first11):
        raise ValidationError("iin", "digits", "check_digit needs exactly 11 ASCII digits")
    digits = [int(ch) for ch in first11]
    total = sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=True)) % 11
    if total == 10:
        total = sum(d * w for d, w in zip(digits, _WEIGHTS_2, strict=True)) % 11
        if total == 10:
            return None
    return total


def parse_iin(text: str) -> IinInfo:
    """Validate an IIN (spaces are ignored) and derive birth date and sex from it.

    Raises ``ValidationError('iin', code)`` with code ``length``, ``digits``, ``century``,
    ``date`` or ``checksum``.
    """
    iin = "".join(text.split())
    if len(iin) != 12:
        raise ValidationError("iin", "length", f"an IIN has 12 digits, got {len(iin)}")
    if not _is_digits(iin):
        raise ValidationError("iin", "digits", "an IIN contains digits only")
    century = _CENTURY.get(iin[6])
    if century is None:
        raise ValidationError("iin", "century", f"invalid century/sex digit {iin[6]!r}")
    base, sex = century
    try:
        birth = date(base + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise ValidationError("iin", "date", "the IIN does not start with a valid date") from None
    expected = check_digit(iin[:11])
    if expected is None or expected != int(iin[11]):
        raise ValidationError("iin", "checksum", "the IIN check digit does not match")
    return IinInfo(iin=iin, birth_date=birth, sex=sex)


def _century_digit(birth_date: date, sex: str) -> str:
    if sex not in ("M", "F"):
        raise ValidationError("sex", "format", "sex must be 'M' or 'F'")
    for digit, (base, digit_sex) in _CENTURY.items():
        if base <= birth_date.year < base + 100 and digit_sex == sex:
            return digit
    raise ValidationError("birth_date", "century", "an IIN covers births in 1800-2099 only")


def make_iin(birth_date: date, sex: str, serial: int) -> str:
    """Build a valid IIN; tries ``serial``, ``serial + 1``... (mod 10000) until one checks."""
    prefix = f"{birth_date:%y%m%d}{_century_digit(birth_date, sex)}"
    for step in range(10000):
        first11 = f"{prefix}{(serial + step) % 10000:04d}"
        digit = check_digit(first11)
        if digit is not None:
            return f"{first11}{digit}"
    raise ValidationError("iin", "checksum", "no serial yields a valid IIN")  # pragma: no cover


def reconcile(info: IinInfo, birth_date: date | None, sex: str | None) -> None:
    """Raise when an entered birth date or sex clashes with what the IIN says."""
    if birth_date is not None and birth_date != info.birth_date:
        raise ValidationError(
            "birth_date",
            "iin_mismatch",
            f"birth date {birth_date.isoformat()} does not match the IIN "
            f"({info.birth_date.isoformat()})",
        )
    if sex is not None and sex != info.sex:
        raise ValidationError(
            "sex", "iin_mismatch", f"sex {sex!r} does not match the IIN ({info.sex!r})"
        )
