"""The pupil card's chronology: incidents, sessions, referrals, council decisions, absences
and register changes merged by date, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.pupils import ChronologyEvent
from ui.formatting import format_iso
from ui.models.simple_list_model import ROW_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
COL_WHEN, COL_KIND, COL_TITLE, COL_DETAIL = range(4)
KIND_ROLE = Qt.ItemDataRole.UserRole + 3


def format_moment(at: str) -> str:
    """An ISO date ("2026-10-01") or UTC instant shown in local time, day first."""
    return format_iso(at, empty=at)


class ChronologyModel(QAbstractTableModel):
    """Events of one pupil, newest first. ``title_names`` translates codes in titles
    (incident categories, session kinds...) into the user's language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[ChronologyEvent] = []
        self._title_names: dict[str, str] = {}

    def set_events(
        self, events: Sequence[ChronologyEvent], title_names: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=lambda e: e.at, reverse=True)
        if title_names is not None:
            self._title_names = dict(title_names)
        self.endResetModel()

    def set_title_names(self, title_names: dict[str, str]) -> None:
        """New names for the codes in titles (after a language switch); the same events."""
        self._title_names = dict(title_names)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._events:
            last = self.index(len(self._events) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def event_at(self, row: int) -> ChronologyEvent:
        return self._events[row]

    def kind_name(self, kind: str) -> str:
        names = {
            "incident": self.tr("Incident"),
            "session": self.tr("Session"),
            "referral": self.tr("Referral"),
            "council": self.tr("Prevention council"),
            "council_decision": self.tr("Council decision"),
            "absence": self.tr("Absence"),
            "register": self.tr("Register"),
            "register_open": self.tr("Put on the register"),
            "register_opened": self.tr("Put on the register"),
            "register_review": self.tr("Register review"),
            "register_close": self.tr("Taken off the register"),
            "register_closed": self.tr("Taken off the register"),
            "plan": self.tr("Plan"),
            "task": self.tr("Task"),
            "notification": self.tr("Notification"),
        }
        return names.get(kind, kind)

    # -- Qt overrides -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._events):
            return None
        event = self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == COL_WHEN:
                return format_moment(event.at)
            if column == COL_KIND:
                return self.kind_name(event.kind)
            if column == COL_TITLE:
                return self._title_names.get(event.title, event.title)
            detail = " ".join(self._title_names.get(event.detail, event.detail).split())
            if role == Qt.ItemDataRole.DisplayRole and len(detail) > 120:
                return detail[:119] + "…"
            return detail
        if role == KIND_ROLE:
            return event.kind
        if role == ROW_ROLE:
            return event
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (self.tr("Date"), self.tr("Record"), self.tr("Subject"), self.tr("Details"))
        return titles[section] if 0 <= section < len(titles) else None
