"""The main window of the app on a real vault, as the journey tests drive it.

Journeys start from the window a person sees after signing in and use only what a person can
use: the navigation list, buttons, the keyboard, what the window shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.vault import Vault
from ui.background.workers import wait_all
from ui.main_window import PAGES, MainWindow
from ui.settings_store import SettingsStore

T = TypeVar("T", bound=QWidget)

# What the offscreen platform prints for every window and popup; not the app's warnings.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing)"


@pytest.fixture
def window(qtbot: QtBot, psy: Vault, tmp_path: Path) -> Iterator[MainWindow]:
    """The psychologist's main window, with settings kept in ``tmp_path``."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    main = MainWindow(psy, store=SettingsStore())
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    wait_all()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def go_to(qtbot: QtBot, main: MainWindow, name: str) -> QWidget:
    """Click the page called ``name`` in the navigation list; the page shown."""
    items = main.nav.findItems(name, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1, f"no page called {name!r} in the navigation"
    rect = main.nav.visualItemRect(items[0])
    qtbot.mouseClick(main.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    holder = main.stack.currentWidget()
    assert holder is not None
    page = main.page(PAGES[main.nav.currentRow()])
    assert holder.isAncestorOf(page)
    assert page.isVisible()
    return page


def table_cells(table: QTableView) -> list[list[str]]:
    """The cells of a table as shown (display text), row by row."""
    model = table.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def column(table: QTableView, title: str) -> list[str]:
    """The cells under the column headed ``title``."""
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert title in titles, f"no column {title!r} in {titles}"
    index = titles.index(title)
    return [row[index] for row in table_cells(table)]


def button(parent: QWidget, text: str) -> QPushButton:
    """The visible, enabled push button labelled ``text`` (mnemonic ampersands ignored)."""
    found = [
        b
        for b in parent.findChildren(QPushButton)
        if b.text().replace("&", "") == text and b.isVisible()
    ]
    assert len(found) == 1, f"{len(found)} visible buttons labelled {text!r}"
    assert found[0].isEnabled(), f"the button {text!r} is disabled"
    return found[0]


def click(qtbot: QtBot, parent: QWidget, text: str) -> None:
    qtbot.mouseClick(button(parent, text), Qt.MouseButton.LeftButton)


def active_dialog(qtbot: QtBot, kind: type[T]) -> T:
    """The dialog of type ``kind`` that has just been opened (and is visible)."""
    found: list[T] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]
