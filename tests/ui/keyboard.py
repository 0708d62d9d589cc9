"""Typing any text as a person would: one key press per character, to the focused widget.

``qtbot.keyClicks`` accepts ASCII only (QTest aborts on "Қ"), and the users of this app type
Cyrillic and Kazakh letters, so the key events here carry their text directly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()
