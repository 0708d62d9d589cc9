"""The pupil list: a table model that pages through tens of thousands of pupils lazily.

Rows are fetched a page at a time (``canFetchMore`` / ``fetchMore``) through a fetch function,
normally ``app.services.pupils.list_pupils``; only the rows a user has scrolled past are held.
Changing the filter drops the cache and starts again from the first page. One page is an
indexed query of a few milliseconds, so it runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as _Signal

from app.domain.pupils import PupilFilter, PupilListItem
from ui.formatting import format_date
from ui.models.simple_list_model import ROW_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[PupilFilter, int, int], Sequence[PupilListItem]]
CountRows = Callable[[PupilFilter], int]

PAGE_SIZE = 200
PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NAME, COL_CLASS, COL_BIRTH, COL_IIN, COL_REGISTER = range(5)


def vault_source(vault: Any) -> tuple[FetchPage, CountRows]:
    """Fetch and count functions over the pupils service for one vault."""
    from app.services import pupils as service

    def fetch(flt: PupilFilter, offset: int, limit: int) -> Sequence[PupilListItem]:
        return service.list_pupils(vault, filters=flt, offset=offset, limit=limit)

    def count(flt: PupilFilter) -> int:
        return service.count_pupils(vault, flt)

    return fetch, count


class PupilsModel(QAbstractTableModel):
    """Pupils matching a :class:`PupilFilter`, loaded page by page.

    Signals:
        fetch_failed(object): fetching a page raised; the exception is passed on.
    """

    fetch_failed = _Signal(object)

    def __init__(
        self,
        fetch: FetchPage,
        count: CountRows | None = None,
        *,
        category_names: Mapping[str, str] | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._count = count
        self._page_size = page_size
        self._category_names = dict(category_names or {})
        self._filter = PupilFilter()
        self._rows: list[PupilListItem] = []
        self._exhausted = False
        # Views (and Qt's model tester) may ask for more rows from inside our own signals;
        # a nested fetch would insert a page twice, so none is allowed while one is running.
        self._busy = False
        self._total: int | None = None

    # -- the filter -------------------------------------------------------------------------

    @property
    def filter(self) -> PupilFilter:
        return self._filter

    def set_filter(self, flt: PupilFilter, *, force: bool = False) -> None:
        """Replace the filter; the cache is dropped and the first page is fetched."""
        if flt == self._filter and self._rows and not force:
            return
        self._filter = flt
        self.reload()

    def set_query(self, query: str) -> None:
        self.set_filter(replace(self._filter, query=query.strip()))

    def reload(self) -> None:
        """Drop every cached row and fetch the first page again (after a change)."""
        self._busy = True
        try:
            self.beginResetModel()
            self._rows = []
            self._exhausted = False
            self._total = None
            self.endResetModel()
        finally:
            self._busy = False
        self.fetchMore(QModelIndex())

    def set_category_names(self, names: Mapping[str, str]) -> None:
        self._category_names = dict(names)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_REGISTER), self.index(len(self._rows) - 1, COL_REGISTER)
            )

    def total(self) -> int | None:
        """How many pupils match the filter (None when no count function was given)."""
        if self._count is None:
            return None
        if self._exhausted:
            return len(self._rows)
        if self._total is None:
            self._total = self._count(self._filter)
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def item(self, row: int) -> PupilListItem:
        return self._rows[row]

    def row_of(self, pupil_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == pupil_id:
                return row
        return None

    # -- lazy loading -----------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted and not self._busy

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._busy = True
        try:
            self._fetch_page()
        finally:
            self._busy = False

    def _fetch_page(self) -> None:
        try:
            page = list(self._fetch(self._filter, len(self._rows), self._page_size))
        except Exception as exc:
            self._exhausted = True
            self.fetch_failed.emit(exc)
            return
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- Qt overrides -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, index.column())
        if role == PUPIL_ID_ROLE:
            return item.id
        if role == ROW_ROLE:
            return item
        return None

    def _text(self, item: PupilListItem, column: int) -> str:
        if column == COL_NAME:
            return item.full_name
        if column == COL_CLASS:
            return item.class_name
        if column == COL_BIRTH:
            return format_date(item.birth_date)
        if column == COL_IIN:
            return item.iin
        return ", ".join(self._category_names.get(c, c) for c in item.register_categories)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (
            self.tr("Pupil"),
            self.tr("Class"),
            self.tr("Birth date"),
            self.tr("IIN"),
            self.tr("On the register"),
        )
        return titles[section] if 0 <= section < len(titles) else None
