"""The small list-page frame the record pages share: a title, action buttons, a table and an empty state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import QorgauError
from app.vault import Vault
from ui.models.simple_list_model import Column, RecordListModel
from ui.widgets.tables import fit_columns, make_table, selected_row
from ui.widgets.validation import error_sentence

WRITE_ROLES = ("psychologist", "social_pedagogue")


class RecordListPage(QWidget):
    """A title, action buttons, a table and an empty state that says what to do next.

    Subclasses define :meth:`columns`, :meth:`load` and :meth:`empty_text`, and add buttons
    with :meth:`add_action`.

    Signals:
        changed(): the page recorded something (other pages may refresh).
    """

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.dialog: QDialog | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.model: RecordListModel[Any] = RecordListModel(self.columns(), self)
        self.table = make_table(self.model)
        self.table.activated.connect(self.on_activated)
        self.empty = QLabel()
        self.empty.setObjectName("empty_state")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.action_row = QHBoxLayout()  # not ``actions``: that is QWidget.actions()
        self.action_row.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.action_row)
        layout.addWidget(self.stack, 1)

    def add_action(
        self, text: str, slot: Callable[[], None], shortcut: str = "", enabled: bool = True
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        if shortcut:
            QShortcut(QKeySequence(shortcut), self, slot)
            button.setToolTip(f"{text} ({shortcut})")
        self.action_row.addWidget(button)
        return button

    def columns(self) -> Sequence[Column[Any]]:
        raise NotImplementedError

    def load(self) -> Sequence[Any]:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        try:
            rows = self.load()
        except QorgauError as exc:
            rows = []
            self.empty.setText(error_sentence(exc))
        else:
            self.empty.setText(self.empty_text())
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.stack.setCurrentWidget(self.table if rows else self.empty)

    def current(self) -> Any | None:
        row = selected_row(self.table)
        return self.model.record(row) if row is not None else None

    def on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.model.record(index.row()))

    def open_record(self, record: Any) -> None:
        """Enter or double-click on a row; nothing by default."""

    def open_dialog(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.on_recorded)
        dialog.open()
        return dialog

    def on_recorded(self) -> None:
        self.refresh()
        self.changed.emit()

    def warn(self, exc: QorgauError) -> None:
        QMessageBox.warning(self, self.title.text(), error_sentence(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts that depend on the language; the table's columns follow on refresh."""
        self.model = RecordListModel(self.columns(), self)
        self.table.setModel(self.model)
        self.refresh()
