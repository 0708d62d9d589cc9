"""Every mandatory notification: state, receipt, server time, acceptance by law enforcement,
lateness, phone reports.

Rows stay one line (long texts are elided, the full text is in the tooltip); the selected
notification's details - receipt, who accepted it under which registration number, a
clarification request and its answer, the phone report - are in the panel below the table.
"Send now" asks the background delivery (``ui.background.sync_service``) for a round now; the page shows
that round's progress (sent of queued, time left) and its outcome, as it does for the rounds the
service starts by itself — one engine, one count. When delivery is impossible, the shared phone-report dialog (``ui.dialogs.phone_report``)
shows the numbers to call and records who answered. A clarification request is answered with
a correction notification (``ui.dialogs.clarification``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.domain.cases import Acknowledgement, NotificationView
from app.progress import Progress
from app.vault import Vault
from sync.engine import NotEnrolled, SyncReport
from sync.enrollment import EnrollmentStatus, enrollment_status
from ui.background.sync_service import SEND_BUSY, SEND_NOT_ENROLLED, SEND_STARTED, SyncService
from ui.background.workers import Task, run_with_vault
from ui.dialogs.phone_report import PhoneReportDialog, phone_numbers
from ui.errors import message_for
from ui.formatting import format_datetime
from ui.progress_text import number, sending_text, show_on_bar
from ui.style import Tone, brush, set_heading
from ui.vocabulary import category_name, recipient_list, recipient_names

AnyIndex = QModelIndex | QPersistentModelIndex
# Column widths in pixels past which text is elided (the full text is in the tooltip).
COLUMN_CAPS = {"state": 130, "category": 130, "recipients": 130, "accepted": 170}
SHORT_CAP = 90  # receipt number, "late"
DATE_COLUMNS = ("deadline",)


def when(moment: datetime | None) -> str:
    return format_datetime(moment, empty="")


class NotificationsModel(QAbstractTableModel):
    """Rows of ``NotificationView``; holds data only."""

    COLUMNS = (
        "state",
        "category",
        "recipients",
        "deadline",
        "receipt",  # the server time is in its tooltip and in the panel
        "accepted",
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

    def rows(self) -> list[NotificationView]:
        return list(self._rows)

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
            self.tr("Deadline"),
            self.tr("Receipt no."),
            self.tr("Accepted by"),
            self.tr("Late"),
            self.tr("Phone report"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def state_text(self, state: str, *, answered: bool = False) -> str:
        if state == "clarification_requested" and answered:
            return self.tr("Clarification answered")
        return {
            "queued": self.tr("Queued"),
            "phoned": self.tr("Phoned"),
            "delivered": self.tr("Delivered"),
            "clarification_requested": self.tr("Clarification requested"),
            "accepted": self.tr("Accepted"),
        }.get(state, state)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        n = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(n, column)
        if role == Qt.ItemDataRole.ForegroundRole and n.late:
            return brush(Tone.LATE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "state" and n.last_error:
                return self.tr("Last delivery attempt failed: {0}").format(n.last_error)
            if column == "recipients":  # the cell shows a short form; the tooltip all of them
                return recipient_names(n.recipients) or None
            if column == "accepted":
                return acceptance_sentence(n) or None
            if column == "receipt" and n.receipt_seq is not None:
                return self.tr("Receipt no. {number}, server time {time}").format(
                    number=n.receipt_seq, time=when(n.receipt_server_time)
                )
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
            return self.state_text(n.display_state, answered=bool(n.clarification_answer))
        if column == "category":
            return category_name(n.category)
        if column == "recipients":
            return self.short_recipients(n.recipients)
        if column == "deadline":
            return when(n.deadline)
        if column == "receipt":
            return str(n.receipt_seq) if n.receipt_seq is not None else ""
        if column == "accepted":
            if n.acceptance is not None:
                return self.tr("{officer}, reg. no. {reference}").format(
                    officer=n.acceptance.officer or "—", reference=n.acceptance.reference or "—"
                )
            if n.clarification_open and n.clarification is not None:
                return self.tr("Question: {0}").format(n.clarification.note or "—")
            return ""
        if column == "late":
            return self.tr("late") if n.late else ""
        if column == "phoned" and n.phone_report is not None:
            report = n.phone_report
            return self.tr("{0}, {1}, reg. no. {2}").format(
                when(report.called_at), report.answered_by, report.reference or "—"
            )
        return ""


def _text(value: str | None) -> str:
    return value if value else "—"


def acceptance_sentence(n: NotificationView) -> str:
    """Who accepted it, for which unit, under which registration number, when."""
    ack = n.acceptance
    if ack is None:
        return ""
    return QCoreApplication.translate(
        "NotificationsModel",
        "Accepted by {officer} ({unit}), registration no. {reference}, at {time}",
    ).format(
        officer=_text(ack.officer),
        unit=_text(ack.unit),
        reference=_text(ack.reference),
        time=when(ack.at),
    )


def clarification_sentence(ack: Acknowledgement) -> str:
    return QCoreApplication.translate(
        "NotificationsModel", "{officer} ({unit}) asked on {time}: “{question}”"
    ).format(
        officer=_text(ack.officer),
        unit=_text(ack.unit),
        time=when(ack.at),
        question=_text(ack.note),
    )


def details_text(n: NotificationView) -> str:
    """Everything about one notification, one fact per line (the panel under the table)."""
    lines = [
        f"{category_name(n.category)} → {recipient_names(n.recipients)}",
        QCoreApplication.translate(
            "NotificationsPage", "Created {created}, deadline {deadline}"
        ).format(created=when(n.created_at), deadline=when(n.deadline))
        + (" — " + QCoreApplication.translate("NotificationsPage", "late") if n.late else ""),
    ]
    if n.corrects:
        lines.append(
            QCoreApplication.translate("NotificationsPage", "Corrects notification {0}").format(
                n.corrects[:8]
            )
        )
    if n.receipt_seq is not None:
        lines.append(
            QCoreApplication.translate(
                "NotificationsPage", "Delivered: receipt no. {number}, server time {time}"
            ).format(number=n.receipt_seq, time=when(n.receipt_server_time))
        )
    else:
        lines.append(
            QCoreApplication.translate("NotificationsPage", "Not delivered to the server yet.")
        )
    accepted = [a for a in n.history if a.kind == "accepted"]
    for ack in accepted:
        lines.append(
            QCoreApplication.translate(
                "NotificationsPage",
                "Accepted by {officer} ({unit}), registration no. {reference}, at {time}",
            ).format(
                officer=_text(ack.officer),
                unit=_text(ack.unit),
                reference=_text(ack.reference),
                time=when(ack.at),
            )
        )
    if not accepted:
        lines.append(
            QCoreApplication.translate("NotificationsPage", "Not yet accepted by law enforcement.")
        )
    if n.clarification is not None:
        lines.append(
            QCoreApplication.translate("NotificationsPage", "Clarification requested: {0}").format(
                clarification_sentence(n.clarification)
            )
        )
        lines.append(
            QCoreApplication.translate(
                "NotificationsPage", "Answered with a correction notification."
            )
            if n.clarification_answer
            else QCoreApplication.translate(
                "NotificationsPage", "Waiting for your answer: use “Answer clarification…”."
            )
        )
    if n.phone_report is not None:
        report = n.phone_report
        lines.append(
            QCoreApplication.translate(
                "NotificationsPage",
                "Phoned {number} at {time}, answered by {who}, reg. no. {reference}",
            ).format(
                number=_text(report.phone_number),
                time=when(report.called_at),
                who=report.answered_by,
                reference=_text(report.reference),
            )
        )
    return "\n".join(lines)


def _load(view: Vault, now: datetime) -> tuple[list[NotificationView], EnrollmentStatus | None]:
    from app.services.notifications import list_notifications

    return list_notifications(view, now=now), enrollment_status(view.db)


class NotificationsPage(QWidget):
    """The outbox as a table.

    Signals:
        refreshed(): the table shows fresh data.
        sync_finished(object): the round asked for with "Send now" ended (its ``SyncReport``).
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
        # One line per row: long texts are elided, the tooltip and the panel below hold them.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()  # as in the other tables: no row numbers
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the phone report takes what is left
        # Long titles ("Время сервера", "№ квитанции") wrap instead of widening narrow columns.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.heading = QLabel()
        set_heading(self.heading)
        self.send_button = QPushButton()
        self.phone_button = QPushButton()
        self.certificate_button = QPushButton()
        self.answer_button = QPushButton()
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        # The background delivery's round, determinate once its count is known.
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_service: SyncService | None = None
        self._asked = False  # this page asked for the round under way ("Send now")
        self.server = QLabel(wordWrap=True)
        self.server.setObjectName("server")
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrollment: EnrollmentStatus | None = None
        self._enrollment_known = False
        self.empty = QLabel(wordWrap=True)
        self.details = QLabel(wordWrap=True)
        self.details.setObjectName("details")
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(6)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # notes may hold "<"
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.phone_button)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.server)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.empty)
        self._wanted: str | None = None  # select this notification once it is loaded
        self._load: Task | None = None
        self.send_button.clicked.connect(self.send_now)
        self.phone_button.clicked.connect(self.open_phone_report)
        self.certificate_button.clicked.connect(self.save_certificate)
        self.answer_button.clicked.connect(self.open_answer)
        self.table.activated.connect(lambda _index: self._on_row_activated())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Mandatory notifications"))
        self.send_button.setText(self.tr("&Send now"))
        self.phone_button.setText(self.tr("Record &phone report…"))
        self.certificate_button.setText(self.tr("&Certificate…"))
        self.answer_button.setText(self.tr("&Answer clarification…"))
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
        wanted = self._wanted or (selected.id if selected else None)
        self._wanted = None
        for row in range(self.model.rowCount()):
            if wanted and self.model.row_at(row).id == wanted:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.fit_columns()
        self._update_buttons()
        self.refreshed.emit()

    def fit_columns(self) -> None:
        """Eight one-line columns in about 1,000 px: dates fit on one line, text columns are
        capped and elided (their full text is in the tooltip and the panel), titles wrap at
        spaces, and the phone report takes the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        date_width = metrics.horizontalAdvance("00.00.0000 00:00") + padding
        title_height = 0
        for column, name in enumerate(NotificationsModel.COLUMNS[:-1]):
            contents = self.table.sizeHintForColumn(column) if self.model.rowCount() else 0
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            longest_word = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            width = longest_word + padding
            if name in DATE_COLUMNS:
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

    def select_notification(self, notification_id: str) -> None:
        """Select this notification (after the next load, if it is not listed yet)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == notification_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return
        self._wanted = notification_id
        self.refresh()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.phone_button.setEnabled(chosen is not None and chosen.display_state == "queued")
        self.answer_button.setEnabled(chosen is not None and chosen.clarification_open)
        self.answer_button.setVisible(any(r.clarification_open for r in self.model.rows()))
        self.certificate_button.setEnabled(chosen is not None)
        self.details.setText(details_text(chosen) if chosen is not None else "")
        self.details.setVisible(chosen is not None)
        self.send_button.setEnabled(self.sync_service is not None)

    def _on_row_activated(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.clarification_open:
            self.open_answer()
        else:
            self.open_phone_report()

    def open_phone_report(self) -> PhoneReportDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.display_state != "queued":
            return None
        about = self.tr("{0} → {1}. Deadline: {2}.").format(
            category_name(chosen.category),
            recipient_names(chosen.recipients),
            when(chosen.deadline),
        )
        dialog = PhoneReportDialog(
            self.vault,
            self,
            notification_id=chosen.id,
            numbers=phone_numbers(chosen),
            about=about,
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_answer(self) -> QWidget | None:
        """Answer the selected notification's clarification request with a correction."""
        from ui.dialogs.clarification import ClarificationDialog

        chosen = self.selected()
        if chosen is None or not chosen.clarification_open:
            return None
        dialog = ClarificationDialog(self.vault, self, notification=chosen)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def save_certificate(self) -> None:
        from ui.widgets.document_export import save_certificate

        chosen = self.selected()
        if chosen is not None:
            save_certificate(self, self.vault, chosen.id)

    def set_sync_service(self, service: SyncService | None) -> None:
        """Show the rounds of the session's background delivery; "Send now" asks it."""
        self.sync_service = service
        if service is not None:
            service.sending_changed.connect(self._on_sending_changed)
            service.progress.connect(self._on_progress)
            service.report_ready.connect(self._on_report)
            if service.sending and service.last_progress is not None:
                self._on_progress(service.last_progress)
        self._update_buttons()

    def send_now(self) -> None:
        service = self.sync_service
        if service is None:
            return
        answer = service.send_now()
        if answer == SEND_STARTED:
            self._asked = True
            self.status.setText(self.tr("Sending…"))
            self.progress.setRange(0, 0)  # busy until the round has counted the queue
            self.progress.show()
        elif answer == SEND_BUSY:
            self._asked = True  # its outcome is this click's outcome too
            self.status.setText(self.tr("Sending is already under way."))
        elif answer == SEND_NOT_ENROLLED:
            self.status.setText(message_for(NotEnrolled("not enrolled")))
        else:
            self.status.setText(
                self.tr(
                    "Delivery is not running (the session is locked, or delivery stopped on "
                    "an error: sign out and in again). Report urgent cases by phone."
                )
            )

    def _on_sending_changed(self, sending: bool) -> None:
        if not sending:
            self.progress.hide()
            if self._asked:  # the request was dropped (locked, not enrolled): no report comes
                self._asked = False

    def _on_progress(self, value: object) -> None:
        assert isinstance(value, Progress)
        if not (self._asked or value.total):
            return  # a background round with nothing to send: nothing to show
        show_on_bar(self.progress, value)
        self.progress.show()
        self.status.setText(sending_text(value))

    def _on_report(self, report: object) -> None:
        assert isinstance(report, SyncReport)
        service = self.sync_service
        if self._asked and service is not None and service.asked:
            return  # a round of the service's own: the one asked for follows
        self.progress.hide()
        asked, self._asked = self._asked, False
        if report.error:
            self.status.setText(
                self.tr(
                    "Sending stopped: {0} still queued. Delivery retries in the background; "
                    "report urgent cases by phone."
                ).format(number(report.remaining))
            )
        elif asked or report.delivered:
            self.status.setText(
                self.tr("Sending finished: {0} delivered.").format(number(report.delivered))
            )
        if asked:
            self.sync_finished.emit(report)
            self.refresh()
