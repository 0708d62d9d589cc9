"""Opening a row of the pupil card's chronology (double-click or Enter).

An incident opens its read-only detail (an audited view), a council meeting its meeting; a
register entry, plan or task is selected in its own tab of the card, where it is reviewed or
closed; anything else (a session's shared summary, a referral, an absence, a council
decision, a register review) opens a read-only view of the whole record as the chronology
knows it — the row shows only the beginning of a long text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import QorgauError
from ui.models.chronology_model import COL_DETAIL, COL_KIND, COL_TITLE, COL_WHEN
from ui.widgets.validation import error_sentence

if TYPE_CHECKING:
    from ui.dialogs.pupil_card import PupilCard

REGISTER_KINDS = ("register_open", "register_opened", "register_close", "register_closed")


class EventDialog(QDialog):
    """One chronology record, read-only, with its whole text."""

    def __init__(self, when: str, kind: str, subject: str, detail: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{record} of {date}").format(record=kind, date=when))
        lines = [subject] if subject else []
        if detail:
            lines.append(detail)
        self.text = QLabel("\n\n".join(lines))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)


def _select(card: PupilCard, tab: QWidget, table: QTableView, row: int | None) -> None:
    card.tabs.setCurrentWidget(tab)
    if row is not None:
        table.selectRow(row)
        table.scrollTo(table.model().index(row, 0))
    table.setFocus()


def _row_of(model_rows: Sequence[object], record_id: int) -> int | None:
    return next((i for i, r in enumerate(model_rows) if getattr(r, "id", None) == record_id), None)


def open_event(card: PupilCard, index: QModelIndex) -> QDialog | None:
    """Open the record of chronology row ``index``; returns a dialog when one was opened."""
    event = card.chronology.event_at(index.row())
    vault = card.vault
    try:
        if event.kind == "incident":
            from app.services import incidents as incident_service
            from ui.dialogs.incident_detail import IncidentDetailDialog

            detail = incident_service.get_incident(vault, event.id)  # audited view
            return card.show_dialog(IncidentDetailDialog(detail, card))
        if event.kind == "council":
            from ui.dialogs.council import MeetingDetailDialog

            meeting = MeetingDetailDialog(vault, card, meeting_id=event.id)

            def closed(_result: int) -> None:
                if meeting.changed:
                    card.on_recorded()

            meeting.finished.connect(closed)
            return card.show_dialog(meeting)
        if event.kind == "session":
            from ui.dialogs.session_view import SessionViewDialog

            # The session's summary; its confidential notes only for a holder of the notes key.
            return card.show_dialog(SessionViewDialog(vault, card, session_id=event.id))
    except QorgauError as exc:
        QMessageBox.warning(card, card.windowTitle(), error_sentence(exc))
        return None
    if event.kind in REGISTER_KINDS:
        _select(card, card.register_page, card.register_table, _row_of(card.entries, event.id))
        return None
    if event.kind == "plan":
        _select(card, card.plans_page, card.plans_table, _row_of(card.plans.rows(), event.id))
        return None
    if event.kind == "task":
        _select(card, card.plans_page, card.tasks_table, _row_of(card.tasks.rows(), event.id))
        return None
    model = card.chronology

    def cell(column: int) -> str:
        # The tooltip role holds the whole text; the display role is cut at 120 characters.
        value = model.index(index.row(), column).data(Qt.ItemDataRole.ToolTipRole)
        return str(value or "")

    view = EventDialog(cell(COL_WHEN), cell(COL_KIND), cell(COL_TITLE), cell(COL_DETAIL), card)
    return card.show_dialog(view)
