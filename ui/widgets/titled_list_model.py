"""A record list model whose column titles follow a language switch."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt

from ui.models.simple_list_model import Column, RecordListModel

T = TypeVar("T")


class TitledListModel(RecordListModel[T]):
    """A record list whose column titles come from ``titles()`` each time they are shown, so
    that they follow a language switch (:meth:`retranslate`)."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        titles: Callable[[], Sequence[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._titles = titles

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self._titles()
            return titles[section] if 0 <= section < len(titles) else None
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        """Titles and cells again: cells may show codes by their (translated) names."""
        last = self.columnCount() - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, last))
