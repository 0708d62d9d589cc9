"""Progress of sending, backup and import in words: "Sending 200 of 10,000 — about 2 min left".

The counts and the estimate come from ``app.progress``; here they become a sentence in the
user's language with the locale's digit grouping (QLocale: "10 000" in Russian), and a
progress bar is made determinate (maximum = total). Times are rounded the way a person says
them: seconds under a minute (to 5 s), whole minutes under an hour, hours and minutes above.
Abbreviated units need no plural forms in any of our three languages.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QProgressBar, QProgressDialog

from app.progress import Progress

# Beyond this a bar's integer range would overflow; larger totals are scaled down.
_BAR_MAX = 2**31 - 1
_MB = 1024 * 1024


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's grouping and decimal sign."""
    locale = QLocale()
    if decimals:
        return locale.toString(float(value), "f", decimals)
    return locale.toString(int(value))


def time_left(seconds: float | None) -> str:
    """ "about 2 min left", or "" while there is no estimate."""
    if seconds is None:
        return ""
    if seconds < 60:
        rounded = max(5, 5 * math.ceil(seconds / 5))
        if rounded < 60:
            return QCoreApplication.translate("Progress", "about {0} s left").format(
                number(rounded)
            )
        seconds = 60
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Progress", "about {0} min left").format(number(minutes))
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Progress", "about {0} h {1} min left").format(
        number(hours), number(minutes)
    )


def _with_time(counts: str, progress: Progress) -> str:
    left = "" if progress.finished else time_left(progress.seconds_left)
    return (
        QCoreApplication.translate("Progress", "{0} — {1}").format(counts, left) if left else counts
    )


def sending_text(progress: Progress) -> str:
    """ "Sending 200 of 10,000 — about 2 min left" (notifications)."""
    counts = QCoreApplication.translate("Progress", "Sending {0} of {1}").format(
        number(progress.done), number(progress.total)
    )
    return _with_time(counts, progress)


def backup_text(progress: Progress) -> str:
    """ "Backing up 12.5 of 40.0 MB — about 10 s left" (``progress`` counts bytes)."""
    counts = QCoreApplication.translate("Progress", "Backing up {0} of {1} MB").format(
        number(progress.done / _MB, 1), number(progress.total / _MB, 1)
    )
    return _with_time(counts, progress)


def import_text(progress: Progress) -> str:
    """ "Importing row 200 of 1,500 — about 1 min left" (pupil rows)."""
    counts = QCoreApplication.translate("Progress", "Importing row {0} of {1}").format(
        number(progress.done), number(progress.total)
    )
    return _with_time(counts, progress)


def show_on_bar(bar: QProgressBar | QProgressDialog, progress: Progress) -> None:
    """Make ``bar`` determinate: maximum = total (scaled if it would overflow), value = done."""
    scale = max(1, math.ceil(progress.total / _BAR_MAX))
    maximum = max(1, progress.total // scale)
    bar.setRange(0, maximum)
    bar.setValue(maximum if progress.finished else progress.done // scale)
