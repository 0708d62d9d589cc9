from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.iin import IinInfo, check_digit, make_iin, parse_iin, reconcile

# Checked by hand:
#   10062258975 · (1..11) = 1+24+10+12+35+64+81+70+55 = 352 ≡ 0 (mod 11)          -> 0
#   08011550030 · (1..11) = 120 ≡ 10, · (3..11,1,2) = 133 ≡ 1                     -> 1
#   08011550011 · (1..11) = 109 ≡ 10, · (3..11,1,2) = 142 ≡ 10                    -> invalid
VALID = [
    ("100622589750", date(2010, 6, 22), "M"),
    ("080115500301", date(2008, 1, 15), "M"),
]


@pytest.mark.parametrize(("iin", "birth", "sex"), VALID)
def test_known_vectors(iin: str, birth: date, sex: str) -> None:
    assert parse_iin(iin) == IinInfo(iin=iin, birth_date=birth, sex=sex)


def test_check_digit_both_weight_sets() -> None:
    assert check_digit("10062258975") == 0
    assert check_digit("08011550030") == 1
    assert check_digit("08011550110") is None


def test_century_and_sex_digits() -> None:
    for digit, year, sex in [
        ("1", 1880, "M"),
        ("2", 1880, "F"),
        ("3", 1980, "M"),
        ("4", 1980, "F"),
        ("5", 2080, "M"),
        ("6", 2080, "F"),
    ]:
        first11 = f"800101{digit}0000"
        serial = 0
        while check_digit(first11) is None:
            serial += 1
            first11 = f"800101{digit}{serial:04d}"
        info = parse_iin(f"{first11}{check_digit(first11)}")
        assert info.birth_date == date(year, 1, 1)
        assert info.sex == sex


def test_spaces_are_ignored() -> None:
    assert parse_iin(" 100622 589750 ").iin == "100622589750"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "length"),
        ("10062258975", "length"),
        ("1006225897501", "length"),
        ("10062258975a", "digits"),
        ("１００６２２５８９７５０", "digits"),  # full-width digits are not ASCII digits
        ("100622089750", "century"),
        ("100622789750", "century"),
        ("101322589750", "date"),
        ("100231589750", "date"),
        ("100622589751", "checksum"),
        ("080115501100", "checksum"),  # no valid check digit exists for this prefix
    ],
)
def test_rejections(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_iin(text)
    assert exc.value.field == "iin"
    assert exc.value.reason == code


dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))
sexes = st.sampled_from(["M", "F"])
serials = st.integers(min_value=0, max_value=9999)


@given(dates, sexes, serials)
def test_make_iin_round_trips(birth: date, sex: str, serial: int) -> None:
    iin = make_iin(birth, sex, serial)
    info = parse_iin(iin)
    assert info.birth_date == birth
    assert info.sex == sex


@given(dates, sexes, serials, st.integers(min_value=1, max_value=9))
def test_changed_check_digit_is_rejected(birth: date, sex: str, serial: int, delta: int) -> None:
    iin = make_iin(birth, sex, serial)
    corrupted = iin[:11] + str((int(iin[11]) + delta) % 10)
    with pytest.raises(ValidationError):
        parse_iin(corrupted)


@given(dates, sexes, serials, st.integers(0, 9), st.integers(min_value=1, max_value=9))
def test_single_serial_digit_change_is_rejected(
    birth: date, sex: str, serial: int, position: int, delta: int
) -> None:
    # Weights 1..10 are non-zero mod 11, so a single-digit change among the first ten digits
    # changes the first weighted sum mod 11; it is detected unless either number uses the
    # second weight set. (The 11th digit has weight 11 = 0 mod 11: the algorithm itself cannot
    # see changes there unless the second weight set is in use, so it is not asserted.)
    iin = make_iin(birth, sex, serial)
    digits = list(iin)
    digits[position] = str((int(digits[position]) + delta) % 10)
    corrupted = "".join(digits)
    first = sum(int(c) * w for c, w in zip(corrupted[:11], range(1, 12), strict=True)) % 11
    original_first = sum(int(c) * w for c, w in zip(iin[:11], range(1, 12), strict=True)) % 11
    if first != 10 and original_first != 10:
        with pytest.raises(ValidationError):
            parse_iin(corrupted)


def test_make_iin_rejects_bad_input() -> None:
    with pytest.raises(ValidationError):
        make_iin(date(2010, 1, 1), "X", 0)
    with pytest.raises(ValidationError):
        make_iin(date(1700, 1, 1), "M", 0)


def test_reconcile() -> None:
    info = parse_iin("100622589750")
    reconcile(info, None, None)
    reconcile(info, date(2010, 6, 22), "M")
    with pytest.raises(ValidationError) as exc:
        reconcile(info, date(2010, 6, 23), None)
    assert (exc.value.field, exc.value.reason) == ("birth_date", "iin_mismatch")
    with pytest.raises(ValidationError) as exc:
        reconcile(info, None, "F")
    assert (exc.value.field, exc.value.reason) == ("sex", "iin_mismatch")
