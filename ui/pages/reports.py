"""The Reports page.

The page makes the anonymous period report (PDF or CSV) and, for a chosen notification or
council meeting, the notification certificate or the council protocol. Gathering, rendering
and writing run on a worker thread (``ui.background.workers``) with its own vault connection; the page
shows a busy bar meanwhile. The "save a document" flow it shares with other pages is
``ui.widgets.document_export``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.reports import DEFAULT_SUPPRESS_BELOW
from app.school_year import school_quarter_of
from app.services.reports import MAX_THRESHOLD
from app.vault import Vault
from ui import documents
from ui.background.workers import Task
from ui.errors import message_for
from ui.formatting import format_date, format_datetime
from ui.style import set_heading
from ui.widgets.document_export import Work, ask_path, export_document


class ReportsPage(QWidget):
    """Period reports and documents for single records.

    Signals:
        document_saved(str): a document was written (its path).
        document_failed(str): writing a document failed (the sentence shown).
    """

    document_saved = Signal(str)
    document_failed = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.task: Task | None = None
        self.heading = QLabel()
        set_heading(self.heading)

        self.kind = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.part = QComboBox()
        self.format = QComboBox()
        self.threshold = QSpinBox()
        self.threshold.setRange(2, MAX_THRESHOLD)
        self.threshold.setValue(DEFAULT_SUPPRESS_BELOW)
        self.save_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: rendering reports no steps
        self.progress.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self.report_box = QGroupBox()
        self.form = QFormLayout(self.report_box)
        period_row = QHBoxLayout()
        for widget in (self.kind, self.year, self.part):
            period_row.addWidget(widget)
        period_row.addStretch(1)
        self.period_label = QLabel()
        self.form.addRow(self.period_label, period_row)
        self.format_label = QLabel()
        self.form.addRow(self.format_label, self.format)
        self.threshold_label = QLabel()
        self.form.addRow(self.threshold_label, self.threshold)
        self.form.addRow(self.save_button)

        self.records_box = QGroupBox()
        self.notifications = QListWidget()
        self.meetings = QListWidget()
        self.certificate_button = QPushButton()
        self.protocol_button = QPushButton()
        records = QHBoxLayout(self.records_box)
        for lst, button in (
            (self.notifications, self.certificate_button),
            (self.meetings, self.protocol_button),
        ):
            column = QVBoxLayout()
            column.addWidget(lst, 1)
            column.addWidget(button)
            records.addLayout(column)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.report_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.records_box, 1)

        self.kind.currentIndexChanged.connect(self._fill_parts)
        self.save_button.clicked.connect(self.on_save_as)
        self.certificate_button.clicked.connect(self.on_certificate)
        self.protocol_button.clicked.connect(self.on_protocol)
        self.notifications.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.meetings.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.year.valueChanged.connect(lambda _v: self._update_year_suffix())
        self.retranslate()
        self._select_today(date.today())
        self._update_buttons()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.report_box.setTitle(self.tr("Period report (counts only, no names)"))
        self.records_box.setTitle(self.tr("Documents for one record"))
        self.period_label.setText(self.tr("Period:"))
        self.format_label.setText(self.tr("Format:"))
        self.threshold_label.setText(self.tr("Show counts below this as “fewer than”:"))
        self.save_button.setText(self.tr("&Save as…"))
        self.certificate_button.setText(self.tr("Notification &certificate…"))
        self.protocol_button.setText(self.tr("Council &protocol…"))
        kind = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("School quarter"), "school_quarter")
        self.kind.addItem(self.tr("Calendar quarter"), "quarter")
        self.kind.addItem(self.tr("Month"), "month")
        self.kind.addItem(self.tr("Year"), "year")
        self.kind.setCurrentIndex(max(0, kind))
        self.kind.blockSignals(False)
        fmt = self.format.currentIndex()
        self.format.clear()
        self.format.addItem(self.tr("PDF document"), "pdf")
        self.format.addItem(self.tr("CSV table"), "csv")
        self.format.setCurrentIndex(max(0, fmt))
        self._fill_parts()

    def _select_today(self, today: date) -> None:
        """Start on the school quarter under way (in the summer: the calendar quarter)."""
        school = school_quarter_of(today)
        if school is None:
            self.set_period(f"{today.year}-Q{(today.month - 1) // 3 + 1}")
        else:
            self.set_period(f"{school[0]}-S{school[1]}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_parts(self) -> None:
        index = self.part.currentIndex()
        self.part.clear()
        kind = self.kind.currentData()
        if kind == "school_quarter":
            self.part.addItems([self.tr("{0} quarter").format(q) for q in range(1, 5)])
        elif kind == "quarter":
            self.part.addItems([self.tr("Q{0}").format(q) for q in range(1, 5)])
        elif kind == "month":
            self.part.addItems([f"{m:02d}" for m in range(1, 13)])
        self.part.setVisible(kind != "year")
        self.part.setCurrentIndex(min(max(0, index), self.part.count() - 1))
        self._update_year_suffix()

    def _update_year_suffix(self) -> None:
        """A school quarter belongs to a school year: 2026 shows as "2026/2027"."""
        school = self.kind.currentData() == "school_quarter"
        self.year.setSuffix(f"/{self.year.value() + 1}" if school else "")

    # -- the period --------------------------------------------------------------------------

    def period(self) -> str:
        year = self.year.value()
        kind = self.kind.currentData()
        if kind == "school_quarter":
            return f"{year}-S{self.part.currentIndex() + 1}"
        if kind == "quarter":
            return f"{year}-Q{self.part.currentIndex() + 1}"
        if kind == "month":
            return f"{year}-{self.part.currentIndex() + 1:02d}"
        return str(year)

    def set_period(self, period: str) -> None:
        """Select ``period`` ("2026-S2", "2026-Q3", "2026-09" or "2026") in the pickers."""
        from app.services.reports import parse_period

        parsed = parse_period(period)
        self.kind.setCurrentIndex(self.kind.findData(parsed.kind))
        self.year.setValue(int(parsed.label[:4]))
        if parsed.kind in ("quarter", "school_quarter"):
            self.part.setCurrentIndex(int(parsed.label[-1]) - 1)
        elif parsed.kind == "month":
            self.part.setCurrentIndex(parsed.first_day.month - 1)
        self._update_year_suffix()

    def fmt(self) -> str:
        return str(self.format.currentData())

    # -- actions -----------------------------------------------------------------------------

    def refresh(self) -> None:
        from app.services.council import list_meetings
        from app.services.notifications import list_notifications
        from ui.vocabulary import incident_category_names

        try:
            notes = list_notifications(self.vault)
            meetings = list_meetings(self.vault)
        except Exception as exc:
            self.status.setText(message_for(exc))
            return
        names = incident_category_names()
        self.notifications.clear()
        for n in sorted(notes, key=lambda v: v.created_at, reverse=True):
            item = QListWidgetItem(
                f"{format_datetime(n.created_at)} — {names.get(n.category, n.category)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            self.notifications.addItem(item)
        self.meetings.clear()
        for m in meetings:
            item = QListWidgetItem(self.tr("Meeting of {0}").format(format_date(m.held_on)))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.meetings.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.save_button.setEnabled(not busy)
        self.certificate_button.setEnabled(
            not busy and self.notifications.currentItem() is not None
        )
        self.protocol_button.setEnabled(not busy and self.meetings.currentItem() is not None)

    def on_save_as(self) -> None:
        fmt = self.fmt()
        path = ask_path(
            self, self.tr("Save the period report"), f"report-{self.period()}.{fmt}", fmt
        )
        if path is not None:
            self.save_report_to(path)

    def save_report_to(self, path: Path) -> Task:
        period, fmt, threshold = self.period(), self.fmt(), self.threshold.value()
        return self._start(
            path,
            lambda view, p: documents.export_period_report(
                view, period, fmt, p, threshold=threshold
            ),
        )

    def on_certificate(self) -> None:
        item = self.notifications.currentItem()
        if item is None:
            return
        notification_id = str(item.data(Qt.ItemDataRole.UserRole))
        path = ask_path(
            self,
            self.tr("Save the notification certificate"),
            f"certificate-{notification_id[:8]}.pdf",
        )
        if path is not None:
            self.save_certificate_to(notification_id, path)

    def save_certificate_to(self, notification_id: str, path: Path) -> Task:
        return self._start(
            path, lambda view, p: documents.export_certificate(view, notification_id, p)
        )

    def on_protocol(self) -> None:
        item = self.meetings.currentItem()
        if item is None:
            return
        meeting_id = int(item.data(Qt.ItemDataRole.UserRole))
        path = ask_path(self, self.tr("Save the council protocol"), f"protocol-{meeting_id}.pdf")
        if path is not None:
            self.save_protocol_to(meeting_id, path)

    def save_protocol_to(self, meeting_id: int, path: Path) -> Task:
        return self._start(path, lambda view, p: documents.export_protocol(view, meeting_id, p))

    def _start(self, path: Path, work: Work) -> Task:
        self.status.setText(self.tr("Preparing the document…"))
        self.progress.setVisible(True)
        self.task = export_document(self.vault, path, work)
        self.task.finished.connect(self._on_saved)
        self.task.failed.connect(self._on_failed)
        self._update_buttons()
        return self.task

    def _on_saved(self, path: Any) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.status.setText(self.tr("Saved {0}").format(path))
        self._update_buttons()
        self.document_saved.emit(str(path))

    def _on_failed(self, exc: Any) -> None:
        self.task = None
        self.progress.setVisible(False)
        text = message_for(exc) if isinstance(exc, BaseException) else str(exc)
        self.status.setText(self.tr("The document was not saved: {0}").format(text))
        self._update_buttons()
        self.document_failed.emit(text)
