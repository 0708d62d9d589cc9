"""Search pupils as you type and pick one (incident and council forms)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.pupils import PupilListItem
from app.services import pupils as pupil_service
from app.vault import Vault

# The pupil search box is at least as wide as its placeholder, up to this many pixels.
PICKER_MAX_MIN_WIDTH = 360
SEARCH_DELAY_MS = 150


class PupilPicker(QWidget):
    """Search pupils as you type and pick one (Enter, double-click or the Add button).

    Signals:
        picked(object): the chosen ``PupilListItem``.
    """

    picked = Signal(object)

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, extra: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.search = QLineEdit()
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.results.hide()
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.search, 3)
        if extra is not None:
            row.addWidget(extra, 2)
        row.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.results)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.on_search)
        self.search.textChanged.connect(self.timer.start)
        # Enter picks a pupil; it must not reach the dialog's default (Save) button.
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemDoubleClicked.connect(lambda _item: self.on_pick())
        self.add_button.clicked.connect(self.on_pick)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._focus_results)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type a surname, IIN or class"))
        self.add_button.setText(self.tr("Add"))
        # The placeholder says what can be typed: keep it readable in every language.
        metrics = self.search.fontMetrics()
        wanted = metrics.horizontalAdvance(self.search.placeholderText()) + 40
        self.search.setMinimumWidth(min(wanted, PICKER_MAX_MIN_WIDTH))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_search(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.results.hide()
            return
        for pupil in pupil_service.list_pupils(self.vault, query=text, limit=8):
            item = QListWidgetItem(f"{pupil.full_name} · {pupil.class_name}")
            item.setData(Qt.ItemDataRole.UserRole, pupil)
            self.results.addItem(item)
        if self.results.count() == 0:
            self.results.addItem(QListWidgetItem(self.tr("No pupil found.")))
        else:
            self.results.setCurrentRow(0)
        self.results.show()

    def _focus_results(self) -> None:
        if self.results.isVisible():
            self.results.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in (self.search, self.results)
        ):
            self.on_pick()
            return True
        return super().eventFilter(watched, event)

    def on_pick(self) -> None:
        if self.timer.isActive():
            self.on_search()
        item = self.results.currentItem()
        pupil = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(pupil, PupilListItem):
            return
        self.search.clear()
        self.results.hide()
        self.search.setFocus()
        self.picked.emit(pupil)
