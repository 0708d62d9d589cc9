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
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.reports import DEFAULT_SUPPRESS_BELOW, PeriodReport
from app.school_year import school_quarter_of
from app.services.reports import MAX_THRESHOLD, period_report
from app.vault import Vault
from ui import documents
from ui.background.workers import Task, run_with_vault
from ui.documents.period_report import cell_text, period_name, report_sections
from ui.errors import message_for
from ui.formatting import format_date, format_datetime
from ui.style import Tone, set_heading, set_tone
from ui.widgets.bar_chart import BarChart, Series
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
        self.show_button = QPushButton()
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.form.addRow(buttons)

        # The report's figures as a chart, from the same (suppressed) report the document shows.
        self.report: PeriodReport | None = None
        self.chart_task: Task | None = None
        self.chart_box = QGroupBox()
        self.section = QComboBox()
        self.chart = BarChart(horizontal=True)
        self.chart_note = QLabel(wordWrap=True)
        set_tone(self.chart_note, Tone.MUTED)
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addWidget(self.section)
        # A report has up to 15 categories: the chart scrolls rather than squeezing its rows.
        chart_scroll = QScrollArea(widgetResizable=True)
        chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        chart_scroll.setWidget(self.chart)
        chart_layout.addWidget(chart_scroll, 1)
        chart_layout.addWidget(self.chart_note)
        self.chart_box.hide()

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
        layout.addWidget(self.chart_box, 2)
        layout.addWidget(self.records_box, 1)

        self.kind.currentIndexChanged.connect(self._fill_parts)
        self.save_button.clicked.connect(self.on_save_as)
        self.show_button.clicked.connect(self.show_figures)
        self.section.currentIndexChanged.connect(lambda _i: self._show_chart())
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
        self.show_button.setText(self.tr("Show &figures"))
        self.chart_box.setTitle(self.tr("Figures of the period report"))
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
        self._show_chart()

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

    # -- the chart ---------------------------------------------------------------------------

    def show_figures(self) -> Task:
        """Compute the period report on a worker (audited like an export: it is the same
        report) and chart it."""
        period, threshold = self.period(), self.threshold.value()
        self.status.setText(self.tr("Counting…"))
        self.chart_task = run_with_vault(
            self.vault,
            lambda view, _report: period_report(view, period, threshold=threshold),
        )
        self.chart_task.finished.connect(self._on_figures)
        self.chart_task.failed.connect(self._on_figures_failed)
        self._update_buttons()
        return self.chart_task

    def _on_figures(self, report: PeriodReport) -> None:
        self.chart_task = None
        self.report = report
        self.status.setText("")
        self.chart_box.show()
        self._show_chart()
        self._update_buttons()

    def _on_figures_failed(self, exc: BaseException) -> None:
        self.chart_task = None
        self.status.setText(message_for(exc))
        self._update_buttons()

    def _show_chart(self) -> None:
        report = self.report
        if report is None:
            return
        sections = report_sections(report)
        index = max(0, self.section.currentIndex())
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItems([heading for heading, *_rest in sections])
        self.section.setCurrentIndex(min(index, len(sections) - 1))
        self.section.blockSignals(False)
        heading, columns, rows, names = sections[self.section.currentIndex()]
        labels = [names.get(row.code, row.code) for row in rows]
        # A hidden cell gives the chart None and the words the document prints: never its count.
        series = [
            Series(
                column,
                tuple(row.cells[i].value for row in rows),
                tuple(cell_text(row.cells[i]) if row.cells[i].suppressed else "" for row in rows),
            )
            for i, column in enumerate(columns)
        ]
        self.chart.set_data(labels, series)
        self.chart.setAccessibleName(heading)
        self.chart_note.setText(
            self.tr(
                "{period}. Counts below {threshold} are shown as “fewer than {threshold}” and "
                "have no bar; a count that would let a reader work one out is “not shown”."
            ).format(period=period_name(report), threshold=report.threshold)
        )

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.save_button.setEnabled(not busy)
        self.show_button.setEnabled(self.chart_task is None)
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
