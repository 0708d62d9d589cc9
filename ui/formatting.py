"""Dates, times and countdowns as people read them, in the language the app is shown in.

One place instead of a ``strftime("%d.%m.%Y")`` in every page: the patterns come from
``QLocale`` for the UI language (``ui.i18n.Translations.set_language`` makes it the default
locale), not from the operating system, so a Russian UI on an English Windows still reads
10.12.2026 14:05 and the Kazakh UI names its months in Kazakh (желтоқсан).

Two adjustments to the locale's own short formats, both for the same reason — a record is read
for years, by people in Kazakhstan:
- years always have four digits (Kazakh's short format is ``dd.MM.yy``: a birth date "10.12.26"
  could be 1926 or 2026);
- English is shown day first with a 24-hour clock (``en_GB``), because "English, Kazakhstan"
  falls back to ``en_US`` (12/10/26 2:05 PM), which contradicts the day-first date fields
  (``ui.widgets.date_field``) and the clock the school uses.

A moment (an aware ``datetime``) is shown in this computer's time zone: the school's.
Countdowns to a deadline ("due in 1 h 05 min", "late by 3 min") and waits ("45 s") have one
style everywhere: ``countdown`` and ``duration``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app import clock

EMPTY = "—"

# The UI languages and the locale each is shown with; anything else (the "C" locale of a bare
# test run, a system locale of another language) reads as Russian, the app's default language.
_LOCALES = {
    QLocale.Language.Russian: ("ru", "KZ"),
    QLocale.Language.Kazakh: ("kk", "KZ"),
    QLocale.Language.English: ("en", "GB"),
}


def ui_locale() -> QLocale:
    """The locale dates are shown in: the UI language's (see the module docstring)."""
    lang, country = _LOCALES.get(QLocale().language(), _LOCALES[QLocale.Language.Russian])
    return QLocale(f"{lang}_{country}")


def _four_digit_years(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_pattern(locale: QLocale | None = None) -> str:
    """The numeric date pattern, e.g. ``dd.MM.yyyy`` (ru, kk) or ``dd/MM/yyyy`` (en)."""
    locale = locale or ui_locale()
    return _four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))


def time_pattern(locale: QLocale | None = None, *, seconds: bool = False) -> str:
    locale = locale or ui_locale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return pattern


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a moment to show must be an aware datetime")
    return moment.astimezone()


def format_date(day: date | datetime | None, empty: str = EMPTY) -> str:
    """A calendar day: 10.12.2026 (ru, kk), 10/12/2026 (en). A moment gives its local day."""
    if day is None:
        return empty
    if isinstance(day, datetime):
        day = _local(day).date()
    locale = ui_locale()
    return locale.toString(_qdate(day), date_pattern(locale))


def format_time(moment: datetime | None, empty: str = EMPTY, *, seconds: bool = False) -> str:
    """The local time of day of a moment: 14:05."""
    if moment is None:
        return empty
    local = _local(moment)
    locale = ui_locale()
    return locale.toString(
        QTime(local.hour, local.minute, local.second), time_pattern(locale, seconds=seconds)
    )


def format_datetime(moment: datetime | None, empty: str = EMPTY, *, seconds: bool = False) -> str:
    """A moment in local time: 10.12.2026 14:05."""
    if moment is None:
        return empty
    return f"{format_date(moment)} {format_time(moment, seconds=seconds)}"


def format_iso(text: str | None, empty: str = EMPTY) -> str:
    """A stored ISO value as people read it: a day ("2026-10-01") or a UTC instant; text that
    is neither is shown as it is rather than lost."""
    if not text:
        return empty
    try:
        if len(text) == 10:
            return format_date(date.fromisoformat(text))
        return format_datetime(clock.parse_iso(text))
    except ValueError:
        return text


def format_long_date(day: date | None, empty: str = EMPTY) -> str:
    """A day with the month's name: 10 декабря 2026, 2026 ж. 10 желтоқсан, 10 December 2026."""
    if day is None:
        return empty
    locale = ui_locale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    # The long formats carry the weekday ("четверг, 10 декабря 2026 г."); a record's date
    # reads better without it. Drop "dddd" and the separator that came with it.
    for weekday in ("dddd, ", ", dddd", "dddd "):
        pattern = pattern.replace(weekday, "")
    return locale.toString(_qdate(day), pattern.strip())


def format_month(month: int, *, short: bool = True) -> str:
    """A month as a standalone name (a chart's axis, a heading): "дек." / "желт."."""
    locale = ui_locale()
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return locale.standaloneMonthName(month, form)


def format_month_year(year: int, month: int, *, short: bool = False) -> str:
    """ "декабрь 2026", "Желтоқсан 2026", "December 2026"."""
    return f"{format_month(month, short=short)} {year}"


def format_number(value: int) -> str:
    return ui_locale().toString(value)


def duration(seconds: float) -> str:
    """A span of time, as coarse as is still useful: "2 d 3 h", "1 h 05 min", "4 min 09 s",
    "45 s"."""
    left = int(abs(seconds))
    minutes, secs = divmod(left, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return QCoreApplication.translate("Formatting", "{0} d {1} h").format(days, hours)
    if hours:
        return QCoreApplication.translate("Formatting", "{0} h {1:02d} min").format(hours, minutes)
    if minutes:
        return QCoreApplication.translate("Formatting", "{0} min {1:02d} s").format(minutes, secs)
    return QCoreApplication.translate("Formatting", "{0} s").format(secs)


def countdown(seconds: float) -> str:
    """The time left to a deadline: "due in 1 h 05 min"; past it: "late by 3 min 10 s"."""
    if seconds < 0:
        return QCoreApplication.translate("Formatting", "late by {0}").format(duration(seconds))
    return QCoreApplication.translate("Formatting", "due in {0}").format(duration(seconds))
