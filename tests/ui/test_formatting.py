"""Dates, times and countdowns follow the UI language chosen in the app, not the system."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.ui.conftest import add_pupil
from ui.formatting import (
    countdown,
    duration,
    format_date,
    format_datetime,
    format_iso,
    format_long_date,
    format_month,
    format_time,
)
from ui.i18n import Translations
from ui.pages.pupils import PupilsPage

DAY = date(2026, 12, 10)
# 09:05 UTC is 14:05 in Almaty (UTC+5); the tests pin the zone through the moment itself.
ALMATY = timezone(timedelta(hours=5))
MOMENT = datetime(2026, 12, 10, 9, 5, 7, tzinfo=UTC)


@pytest.fixture
def system_is_us_english() -> Iterator[None]:
    """An English (US) system: month first and a 12-hour clock, which the app must not copy."""
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture(autouse=True)
def almaty(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Almaty")
    import time

    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_russian(translations: Translations) -> None:
    translations.set_language("ru")
    assert format_date(DAY) == "10.12.2026"
    assert format_datetime(MOMENT) == "10.12.2026 14:05"
    assert format_datetime(MOMENT, seconds=True) == "10.12.2026 14:05:07"
    assert format_time(MOMENT) == "14:05"
    assert format_long_date(DAY) == "10 декабря 2026\u202fг."
    assert format_month(12, short=False) == "декабрь"


def test_kazakh_month_names_and_four_digit_years(translations: Translations) -> None:
    translations.set_language("kk")
    # Kazakh's own short format is dd.MM.yy: a birth date must not read as "10.12.26".
    assert format_date(DAY) == "10.12.2026"
    assert format_date(date(1926, 12, 10)) == "10.12.1926"
    assert format_datetime(MOMENT) == "10.12.2026 14:05"
    assert "желтоқсан" in format_long_date(DAY)
    assert "2026" in format_long_date(DAY)
    assert format_month(3, short=False).lower() == "наурыз"
    assert countdown(3 * 3600 + 5 * 60) != "due in 3 h 05 min"  # translated


def test_english_is_day_first_with_a_24_hour_clock(translations: Translations) -> None:
    translations.set_language("en")
    assert format_date(DAY) == "10/12/2026"
    assert format_datetime(MOMENT + timedelta(hours=6)) == "10/12/2026 20:05"
    assert format_long_date(DAY) == "10 December 2026"
    assert format_month(12) == "Dec"


def test_the_ui_language_wins_over_the_system_locale(system_is_us_english: None) -> None:
    # The system locale is US English, but no UI language is chosen yet: the app's default
    # (Russian) decides, never the system's 12/10/26 2:05 PM.
    QLocale.setDefault(QLocale("de_DE"))
    assert format_datetime(MOMENT + timedelta(hours=6)) == "10.12.2026 20:05"


def test_a_moment_is_shown_in_the_schools_time_zone() -> None:
    assert format_datetime(datetime(2026, 12, 31, 20, 30, tzinfo=UTC)) == "01.01.2027 01:30"
    assert format_date(datetime(2026, 12, 31, 20, 30, tzinfo=UTC)) == "01.01.2027"
    assert format_datetime(datetime(2026, 12, 31, 1, 30, tzinfo=ALMATY)) == "31.12.2026 01:30"
    with pytest.raises(ValueError):
        format_datetime(datetime(2026, 12, 31, 1, 30))


def test_empty_and_stored_values() -> None:
    assert format_date(None) == "—"
    assert format_datetime(None, empty="") == ""
    assert format_iso("2026-10-01") == "01.10.2026"
    assert format_iso("2026-10-01T09:05:00Z") == "01.10.2026 14:05"
    assert format_iso("not a date") == "not a date"  # shown as it is, never lost


def test_one_countdown_style() -> None:
    assert countdown(3 * 3600 + 5 * 60) == "due in 3 h 05 min"
    assert countdown(-125) == "late by 2 min 05 s"
    assert countdown(9) == "due in 9 s"
    assert countdown(59 * 60 + 30) == "due in 59 min 30 s"
    assert countdown(-(3 * 3600 + 60)) == "late by 3 h 01 min"
    assert countdown(2 * 86400 + 3600) == "due in 2 d 1 h"
    assert duration(45) == "45 s"


def test_kazakh_countdown(translations: Translations) -> None:
    translations.set_language("kk")
    text = countdown(-125)
    assert "2" in text and "05" in text
    assert "late" not in text


def _row_texts(page: PupilsPage) -> set[str]:
    model = page.table.model()
    return {str(model.index(0, column).data()) for column in range(model.columnCount())}


def test_a_page_shows_dates_in_the_ui_languages_format(
    qtbot: QtBot, psy: Vault, translations: Translations
) -> None:
    """The pupils page shows a birth date the way the chosen language writes it."""
    add_pupil(psy)  # born 17.05.2012
    translations.set_language("en")
    page = PupilsPage(psy)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert "17/05/2012" in _row_texts(page)
    translations.set_language("kk")
    assert "17.05.2012" in _row_texts(page)
