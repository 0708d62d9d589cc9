"""A table model over a list of records (usually frozen dataclasses); read-only except for
columns that declare how an edited text becomes a new record.

Columns are declared by the view, with translated titles, so the model itself holds no
user-visible text and no reference to any widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.formatting import format_date, format_datetime

T = TypeVar("T")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the whole record of a row (``index.data(ROW_ROLE)``)."""

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: a title and how to get its value from a record."""

    title: str
    value: Callable[[T], Any]
    tooltip: Callable[[T], str | None] | None = None
    align_right: bool = False
    # Editable column: returns the record with the typed text, or None to refuse it (the
    # callable shows why); the model then keeps the old record.
    edit: Callable[[T, str], T | None] | None = None


def display_text(value: Any) -> str:
    """How a plain value is shown in a cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


class RecordListModel(QAbstractTableModel, Generic[T]):
    """Rows are records; columns come from :class:`Column` declarations."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    # -- data access ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def record(self, row: int) -> T:
        return self._rows[row]

    def append(self, record: T) -> None:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(record)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def replace(self, row: int, record: T) -> None:
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    # -- Qt overrides -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return display_text(column.value(record))
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return record
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        edit = self._columns[index.column()].edit
        if edit is None or index.row() >= len(self._rows):
            return False
        changed = edit(self._rows[index.row()], str(value))
        if changed is None:
            return False
        self.replace(index.row(), changed)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
            return None
        return str(section + 1)
