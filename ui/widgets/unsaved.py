"""Has anything been entered in a form? And the question asked before throwing it away.

Every record form is a ``FormDialog``; it takes a snapshot of its input widgets when it is
first shown (after its fields were filled with defaults and context) and compares it when the
user closes it with the window button, Escape or Cancel. One generic snapshot over the widget
types the forms use keeps the seven forms free of per-field bookkeeping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _value(widget: QWidget) -> Any:
    """What the user can change in one widget, or None for widgets holding no input."""
    if isinstance(widget, QAbstractSpinBox):  # dates, times and numbers: their text
        return widget.text()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText() if widget.isEditable() else None)
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return None  # the editor inside a spin or combo box, counted with it
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView):  # rows added to a form (pupils, members...)
        model = widget.model()
        return model.rowCount() if model is not None else 0
    return None


def form_snapshot(root: QWidget) -> tuple[Any, ...]:
    """The values of every input widget under ``root``, in a stable order."""
    return tuple(
        value for widget in root.findChildren(QWidget) if (value := _value(widget)) is not None
    )


def ask_discard(parent: QWidget, on_discard: Callable[[], None]) -> QMessageBox:
    """Ask "Discard the changes?" without blocking; ``on_discard`` runs only on Discard.

    Anything but an explicit Discard (Cancel, Escape, the box hidden by a lock) keeps the form.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle(),
        QCoreApplication.translate("UnsavedForm", "Discard the changes?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("discard_question")
    box.setInformativeText(
        QCoreApplication.translate(
            "UnsavedForm", "What you entered in this form has not been saved."
        )
    )
    discard = box.button(QMessageBox.StandardButton.Discard)
    discard.setText(QCoreApplication.translate("UnsavedForm", "Discard"))
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("UnsavedForm", "Keep editing")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def on_clicked(button: QAbstractButton) -> None:
        if button is discard:
            on_discard()

    box.buttonClicked.connect(on_clicked)
    box.open()
    return box
