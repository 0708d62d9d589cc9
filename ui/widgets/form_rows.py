"""Form rows whose label is tied to its field (so the label follows a language switch)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QWidget,
)


def add_row(form: QFormLayout, field: QWidget) -> QLabel:
    """A form row whose label (set later, when translating) is the field's buddy."""
    label = QLabel(" ")
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def set_label(form: QFormLayout, field: QWidget, text: str) -> None:
    """Set the text of the label of ``field``'s row (made by ``add_row``)."""
    label = form.labelForField(field)
    assert isinstance(label, QLabel), "the row was not made by add_row"
    label.setText(text)
