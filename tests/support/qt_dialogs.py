"""Answering Qt's own modal dialogs (file dialogs) from a test, as a person would.

``QFileDialog.getSaveFileName`` runs its own event loop; a repeating timer finds the dialog
once it is on screen, records what it shows, types the file name and presses the accept
button. No function of the app is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can read in ``root``: titles, labels, buttons, tooltips, combo
    items, column titles and placeholders."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation().value == 1 else 0
            texts.extend(str(model.headerData(i, widget.orientation()) or "") for i in range(count))
        texts.append(widget.toolTip())
    return [t for t in texts if t and t.strip()]


@dataclass
class FileDialogAnswer:
    """What the file dialog showed, filled in when it was answered."""

    path: Path | None
    title: str = ""
    directory: str = ""
    texts: list[str] = field(default_factory=list)
    filters: list[str] = field(default_factory=list)
    answered: bool = False


def answer_file_dialog(path: Path | None, timeout_ms: int = 10_000) -> FileDialogAnswer:
    """Answer the next file dialog with ``path`` (None: press Cancel)."""
    answer = FileDialogAnswer(path)
    timer = QTimer()
    waited = [0]

    def poll() -> None:
        waited[0] += 50
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            if waited[0] > timeout_ms:
                timer.stop()
            return
        timer.stop()
        answer.title = dialog.windowTitle()
        answer.directory = dialog.directory().absolutePath()
        answer.texts = visible_texts(dialog)
        answer.filters = dialog.nameFilters()
        answer.answered = True
        if path is None:
            dialog.reject()
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if name is not None:
            name.setText(str(path))
        else:
            dialog.selectFile(str(path))
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        if box is not None:
            accept = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
                QDialogButtonBox.StandardButton.Open
            )
            if accept is not None:
                accept.click()
                return
        dialog.accept()

    timer.timeout.connect(poll)
    timer.start(50)
    answer._timer = timer  # type: ignore[attr-defined]  # kept alive with the answer
    return answer
