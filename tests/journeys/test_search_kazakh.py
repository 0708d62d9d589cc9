"""Journey: searching pupils with and without Kazakh letters on the Pupils page.

A psychologist on a computer without a Kazakh keyboard layout types "Кас" for "Қасымов"; a
colleague with the Kazakh layout types "Қас" and also finds "Касымов". The spelling typed
comes first (issue 10).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.pupils import PupilDraft
from app.iin import make_iin
from app.services import pupils as pupil_service
from app.vault import Vault
from tests.journeys.app_window import OFFSCREEN_NOISE, column, go_to, window
from tests.ui.keyboard import type_text
from ui.dialogs.pupil_card import PupilCard
from ui.main_window import MainWindow
from ui.pages.pupils import PupilsPage

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
__all__ = ["window"]  # the fixture

PUPILS = [
    ("Қасымов", "Нұрлан", "7А", "M"),
    ("Касымов", "Ерлан", "7Б", "M"),
    ("Қасенова", "Әсел", "8А", "F"),
    ("Өмірзақова", "Іңкәр", "9В", "F"),
    ("Омаров", "Ұлан", "5А", "M"),
    ("Иванов", "Пётр", "10А", "M"),
]


@pytest.fixture(autouse=True)
def school(psy: Vault) -> None:
    for n, (surname, name, class_name, sex) in enumerate(PUPILS):
        pupil_service.create_pupil(
            psy,
            PupilDraft(
                iin=make_iin(date(2012, 3, 1 + n), sex, 10 + n),
                surname=surname,
                name=name,
                class_name=class_name,
            ),
        )


def search(qtbot: QtBot, page: PupilsPage, text: str, expected: list[str]) -> None:
    """Clear the search box, type ``text`` and wait for the list to show ``expected``."""
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    page.search.selectAll()
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    type_text(page.search, text)
    qtbot.waitUntil(lambda: column(page.table, page.tr("Pupil")) == expected, timeout=5000)


def test_search_with_and_without_kazakh_letters(qtbot: QtBot, window: MainWindow) -> None:
    page = go_to(qtbot, window, window.tr("Pupils"))
    assert isinstance(page, PupilsPage)
    assert len(column(page.table, page.tr("Pupil"))) == len(PUPILS)

    # Typed on a Russian keyboard: the exact spelling first, then the Kazakh ones.
    search(qtbot, page, "Кас", ["Касымов Ерлан", "Қасенова Әсел", "Қасымов Нұрлан"])
    assert "3" in page.count_label.text()
    # Typed with Kazakh letters: those first, then the Russian spelling.
    search(qtbot, page, "Қас", ["Қасенова Әсел", "Қасымов Нұрлан", "Касымов Ерлан"])
    search(qtbot, page, "қасымов", ["Қасымов Нұрлан", "Касымов Ерлан"])
    # Letters inside the word and in the name: ө, і, ң, ә, ұ.
    search(qtbot, page, "омирзак", ["Өмірзақова Іңкәр"])
    search(qtbot, page, "инкар", ["Өмірзақова Іңкәр"])
    search(qtbot, page, "Өм", ["Өмірзақова Іңкәр", "Омаров Ұлан"])
    search(qtbot, page, "Ом", ["Омаров Ұлан", "Өмірзақова Іңкәр"])
    search(qtbot, page, "улан 5а", ["Омаров Ұлан"])
    # Without any letter that folding touches, nothing changes.
    search(qtbot, page, "Пётр", ["Иванов Пётр"])
    search(qtbot, page, "Кос", [])

    # The pupil found opens with Enter from the list.
    search(qtbot, page, "Кас нурлан", ["Қасымов Нұрлан"])
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.findChild(PupilCard), PupilCard), timeout=5000)
    card = page.findChild(PupilCard)
    assert card is not None
    assert card.isVisible() and card.title.text() == "Қасымов Нұрлан"
