"""Table helpers shared by pages and dialogs: a read-only record table, its selected row, columns fitted to their contents."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)


def make_table(model: Any) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def selected_row(table: QTableView) -> int | None:
    index = table.currentIndex()
    return index.row() if index.isValid() else None


# A column sized to its contents takes at most this share of the table: a long text (what
# happened, an agenda) leaves room for the others and is elided, whole in its tooltip.
MAX_COLUMN_SHARE = 0.45


def fit_columns(table: QTableView) -> None:
    """Every column but the last as wide as its title and values (capped); the last one, the
    long text, takes the rest. Interactive, so the user can still drag a border."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None or model.columnCount() == 0:
        return
    header.setStretchLastSection(True)
    limit = max(120, int(table.viewport().width() * MAX_COLUMN_SHARE), 240)
    for column in range(model.columnCount() - 1):
        wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        header.resizeSection(column, min(wanted, limit))
