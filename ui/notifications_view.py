"""Every mandatory notification: state, receipt, server time, lateness, phone reports.

"Send now" runs the sync engine on a worker thread; the window stays responsive and shows
progress. When delivery is impossible, the phone-report dialog shows the numbers to call
(102, 111) and records who answered.
"""

from __future__ import annotations

import threading
from datetime import datetime
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.domain.cases import NotificationView
from app.rules import RuleSet, load_rules
from app.vault import Vault
from sync.enrollment import EnrollmentStatus, enrollment_status
from ui.errors import message_for
from ui.i18n import current_language
from ui.signin import add_row, set_label
from ui.workers import Report, Task, run_with_vault

AnyIndex = QModelIndex | QPersistentModelIndex
LATE_COLOR = QColor("#a40000")
HOTLINES = ("102", "111")
# Column widths in pixels past which text wraps (the full text is in the tooltip).
COLUMN_CAPS = {"state": 110, "category": 160, "recipients": 130}
SHORT_CAP = 90  # receipt number, "late"


@cache
def _rules() -> RuleSet | None:
    try:
        return load_rules()
    except Exception:
        return None


def category_name(code: str) -> str:
    rules = _rules()
    rule = rules.categories.get(code) if rules else None
    return rule.names.get(current_language(), code) if rule else code


def recipient_list(codes: tuple[str, ...]) -> list[str]:
    rules = _rules()
    names = []
    for code in codes:
        recipient = rules.recipients.get(code) if rules else None
        names.append(recipient.names.get(current_language(), code) if recipient else code)
    return names


def recipient_names(codes: tuple[str, ...]) -> str:
    return ", ".join(recipient_list(codes))


def when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""


class NotificationsModel(QAbstractTableModel):
    """Rows of ``NotificationView``; holds data only."""

    COLUMNS = (
        "state",
        "category",
        "recipients",
        "created",
        "deadline",
        "receipt",
        "server_time",
        "late",
        "phoned",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NotificationView] = []

    def set_rows(self, rows: list[NotificationView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> NotificationView:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        titles = (
            self.tr("State"),
            self.tr("Category"),
            self.tr("Recipients"),
            self.tr("Created"),
            self.tr("Deadline"),
            self.tr("Receipt no."),
            self.tr("Server time"),
            self.tr("Late"),
            self.tr("Phone report"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def state_text(self, state: str) -> str:
        return {
            "queued": self.tr("Queued"),
            "phoned": self.tr("Phoned"),
            "delivered": self.tr("Delivered"),
            "acknowledged": self.tr("Acknowledged"),
        }.get(state, state)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        n = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(n, column)
        if role == Qt.ItemDataRole.ForegroundRole and n.late:
            return QBrush(LATE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "state" and n.last_error:
                return self.tr("Last delivery attempt failed: {0}").format(n.last_error)
            if column == "recipients":  # the cell shows a short form; the tooltip all of them
                return recipient_names(n.recipients) or None
            return self._display(n, column) or None
        if role == Qt.ItemDataRole.UserRole:
            return n.id
        return None

    def short_recipients(self, codes: tuple[str, ...]) -> str:
        """The first recipient and how many more: the full list would not fit the column."""
        names = recipient_list(codes)
        if len(names) <= 1:
            return names[0] if names else ""
        return self.tr("{first} and {count} more").format(first=names[0], count=len(names) - 1)

    def _display(self, n: NotificationView, column: str) -> str:
        if column == "state":
            return self.state_text(n.display_state)
        if column == "category":
            return category_name(n.category)
        if column == "recipients":
            return self.short_recipients(n.recipients)
        if column == "created":
            return when(n.created_at)
        if column == "deadline":
            return when(n.deadline)
        if column == "receipt":
            return str(n.receipt_seq) if n.receipt_seq is not None else ""
        if column == "server_time":
            return when(n.receipt_server_time)
        if column == "late":
            return self.tr("late") if n.late else ""
        if column == "phoned" and n.phone_report is not None:
            report = n.phone_report
            return self.tr("{0}, {1}, reg. no. {2}").format(
                when(report.called_at), report.answered_by, report.reference or "—"
            )
        return ""


class PhoneReportDialog(QDialog):
    """Record that a notification was made by telephone."""

    def __init__(
        self, vault: Vault, notification: NotificationView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.notification = notification
        self.numbers = QLabel()
        self.numbers.setObjectName("numbers")
        self.numbers.setStyleSheet("font-size: 20pt; font-weight: 700;")
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = QLabel(wordWrap=True)
        self.called_at = QDateTimeEdit(QDateTime.currentDateTime(), calendarPopup=True)
        self.called_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.phone = QComboBox(editable=True)
        self.phone.addItems(HOTLINES)
        self.answered_by = QLineEdit()
        self.reference = QLineEdit()
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._form = QFormLayout()
        for field in (self.called_at, self.phone, self.answered_by, self.reference):
            add_row(self._form, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.numbers)
        layout.addWidget(self.about)
        layout.addLayout(self._form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report by telephone"))
        self.numbers.setText(self.tr("Call 102 (police) or 111 (child protection)"))
        self.about.setText(
            self.tr(
                "{0} → {1}. Deadline: {2}. Record the call as soon as it "
                "is made; delivery to the server still follows."
            ).format(
                category_name(self.notification.category),
                recipient_names(self.notification.recipients),
                when(self.notification.deadline),
            )
        )
        labels = (
            self.tr("Called &at:"),
            self.tr("&Number called:"),
            self.tr("&Who answered:"),
            self.tr("&Registration no.:"),
        )
        for field, label in zip(
            (self.called_at, self.phone, self.answered_by, self.reference), labels, strict=True
        ):
            set_label(self._form, field, label)
        self.answered_by.setPlaceholderText(self.tr("name and rank of the officer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        from app.services.notifications import record_phone_report

        called = self.called_at.dateTime().toPython()
        assert isinstance(called, datetime)  # QDateTime converts to a naive local datetime
        called = called.astimezone()
        try:
            record_phone_report(
                self.vault,
                self.notification.id,
                called,
                self.answered_by.text(),
                self.reference.text(),
                self.phone.currentText(),
            )
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.accept()


def _load(view: Vault, now: datetime) -> tuple[list[NotificationView], EnrollmentStatus | None]:
    from app.services.notifications import list_notifications

    return list_notifications(view, now=now), enrollment_status(view.db)


def _send(view: Vault, report: Report, cancel: threading.Event) -> object:
    # Imported here, not at the top: the engine brings in ``requests`` (start-up time).
    from sync.engine import sync_once

    # Runs on the worker thread with the worker's own connection (``view.db``).
    return sync_once(view.db, cancel=cancel, progress=lambda done, total: report((done, total)))


class NotificationsPage(QWidget):
    """The outbox as a table.

    Signals:
        refreshed(): the table shows fresh data.
        sync_finished(object): a "Send now" run ended (its result or exception).
    """

    refreshed = Signal()
    sync_finished = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.model = NotificationsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # dates and long category names take two lines
        self.table.verticalHeader().hide()  # as in the other tables: no row numbers
        # Rows as tall as their wrapped text, also after the window is resized.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the phone report takes what is left
        # Long titles ("Время сервера", "№ квитанции") wrap instead of widening narrow columns.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.send_button = QPushButton()
        self.phone_button = QPushButton()
        self.certificate_button = QPushButton()
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self.server = QLabel(wordWrap=True)
        self.server.setObjectName("server")
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrollment: EnrollmentStatus | None = None
        self._enrollment_known = False
        self.empty = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.phone_button)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.server)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._load: Task | None = None
        self._sync: Task | None = None
        self._cancel = threading.Event()
        self.send_button.clicked.connect(self.send_now)
        self.phone_button.clicked.connect(self.open_phone_report)
        self.certificate_button.clicked.connect(self.save_certificate)
        self.table.activated.connect(lambda _index: self.open_phone_report())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Mandatory notifications"))
        self.send_button.setText(self.tr("&Send now"))
        self.phone_button.setText(self.tr("Record &phone report…"))
        self.certificate_button.setText(self.tr("&Certificate…"))
        self.empty.setText(
            self.tr(
                "There are no notifications yet. Recording an incident "
                "that the rules mark as mandatory creates one."
            )
        )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.fit_columns()
        self._update_buttons()
        self._show_enrollment()

    def _show_enrollment(self) -> None:
        if not self._enrollment_known:
            self.server.clear()
        elif self.enrollment is None:
            self.server.setText(
                self.tr(
                    "This computer is not enrolled with a server: notifications stay queued "
                    "here. Enroll it in Settings → Server enrollment; report urgent cases "
                    "by phone."
                )
            )
        else:
            self.server.setText(
                self.tr("Delivered to the server {0}.").format(self.enrollment.server_url)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self._load is not None:
            return
        now = clock.utcnow()
        self._load = run_with_vault(self.vault, lambda view, _r: _load(view, now))
        self._load.finished.connect(self._on_loaded)
        self._load.failed.connect(self._on_load_failed)

    def _on_loaded(self, loaded: tuple[list[NotificationView], EnrollmentStatus | None]) -> None:
        self._load = None
        rows, self.enrollment = loaded
        self._enrollment_known = True
        self._show_enrollment()
        selected = self.selected()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        for row in range(self.model.rowCount()):
            if selected and self.model.row_at(row).id == selected.id:
                self.table.selectRow(row)
        self.fit_columns()
        self._update_buttons()
        self.refreshed.emit()

    def fit_columns(self) -> None:
        """Nine columns in about 1,000 px: dates wrap to date and time, text columns are
        capped and wrap (their full text is in the tooltip), titles wrap at spaces, and the
        phone report takes the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        date_width = metrics.horizontalAdvance("00.00.0000") + padding
        title_height = 0
        for column, name in enumerate(NotificationsModel.COLUMNS[:-1]):
            contents = self.table.sizeHintForColumn(column) if self.model.rowCount() else 0
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            longest_word = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            width = longest_word + padding
            if name in ("created", "deadline", "server_time"):
                width = max(width, date_width)
            else:
                width = max(width, min(contents, COLUMN_CAPS.get(name, SHORT_CAP)))
            header.resizeSection(column, width)
            wrapped = header.fontMetrics().boundingRect(
                0, 0, width - padding, 1000, Qt.TextFlag.TextWordWrap, title
            )
            title_height = max(title_height, wrapped.height())
        # The header does not grow by itself when a title wraps.
        header.setMinimumHeight(title_height + metrics.height() // 2)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._load = None
        self.status.setText(message_for(exc))
        self.refreshed.emit()

    def selected(self) -> NotificationView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.phone_button.setEnabled(chosen is not None and chosen.display_state == "queued")
        self.certificate_button.setEnabled(chosen is not None)
        self.send_button.setEnabled(self._sync is None)

    def open_phone_report(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.display_state != "queued":
            return
        dialog = PhoneReportDialog(self.vault, chosen, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def save_certificate(self) -> None:
        from ui.reports_view import save_certificate

        chosen = self.selected()
        if chosen is not None:
            save_certificate(self, self.vault, chosen.id)

    def send_now(self) -> None:
        if self._sync is not None:
            return
        self._cancel.clear()
        self.status.setText(self.tr("Sending…"))
        cancel = self._cancel
        self._sync = run_with_vault(self.vault, lambda view, report: _send(view, report, cancel))
        self._sync.progress.connect(self._on_progress)
        self._sync.finished.connect(self._on_sync_done)
        self._sync.failed.connect(self._on_sync_failed)
        self._update_buttons()

    def _on_progress(self, value: object) -> None:
        self.status.setText(self.tr("Sending… {0}").format(value))

    def _on_sync_done(self, result: object) -> None:
        self._sync = None
        self.status.setText(self.tr("Sending finished."))
        self._update_buttons()
        self.sync_finished.emit(result)
        self.refresh()

    def _on_sync_failed(self, exc: BaseException) -> None:
        self._sync = None
        self.status.setText(self.tr("Sending failed: {0}").format(message_for(exc)))
        self._update_buttons()
        self.sync_finished.emit(exc)
        self.refresh()

    def cancel_sync(self) -> None:
        self._cancel.set()
