"""Progress in words and on a bar: counts with the locale's grouping, the time left rounded as
a person says it, and a determinate bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QProgressBar, QProgressDialog
from pytestqt.qtbot import QtBot

from app.progress import Progress
from ui.i18n import Translations
from ui.progress_text import backup_text, import_text, sending_text, show_on_bar, time_left


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, ""),
        (0.4, "about 5 s left"),
        (41, "about 45 s left"),
        (57, "about 1 min left"),
        (110, "about 2 min left"),
        (3599, "about 1 h 0 min left"),
        (3600 + 25 * 60, "about 1 h 25 min left"),
    ],
)
def test_time_left_is_rounded_as_a_person_says_it(seconds: float | None, text: str) -> None:
    assert time_left(seconds) == text


def test_counts_and_time_left_in_russian(translations: Translations) -> None:
    translations.set_language("ru")
    nbsp = "\xa0"
    assert sending_text(Progress(200, 10_000, 110.0)) == (
        f"Отправка 200 из 10{nbsp}000 — осталось около 2 мин"
    )
    assert sending_text(Progress(0, 10_000)) == f"Отправка 0 из 10{nbsp}000"
    assert sending_text(Progress(10_000, 10_000, 0.0)) == f"Отправка 10{nbsp}000 из 10{nbsp}000"
    assert import_text(Progress(1500, 2000, 20.0)) == (
        f"Импорт: строка 1{nbsp}500 из 2{nbsp}000 — осталось около 20 с"
    )
    half_mb = 512 * 1024
    assert backup_text(Progress(half_mb, 40 * 1024 * 1024)) == (
        "Резервное копирование: 0,5 из 40,0 МБ"
    )


def test_counts_in_kazakh_and_english(translations: Translations) -> None:
    translations.set_language("kk")
    assert "шамамен 2 мин қалды" in sending_text(Progress(200, 10_000, 110.0))
    translations.set_language("en")
    assert sending_text(Progress(200, 10_000, 110.0)) == "Sending 200 of 10,000 — about 2 min left"


def test_the_bar_is_determinate(qtbot: QtBot) -> None:
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    show_on_bar(dialog, Progress(200, 10_000))
    assert (dialog.minimum(), dialog.maximum(), dialog.value()) == (0, 10_000, 200)
    bar = QProgressBar()
    show_on_bar(bar, Progress(0, 0))  # nothing to do is done, not busy
    assert (bar.maximum(), bar.value()) == (1, 1)
    show_on_bar(bar, Progress(3 * 2**31, 6 * 2**31))  # beyond an int: scaled
    assert bar.value() * 2 == pytest.approx(bar.maximum(), abs=1)
