"""The dashboard: what needs doing now, with a live countdown to each notification deadline,
and a year of incidents, notifications and register entries as charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.domain.cases import Dashboard, SyncStatus
from app.domain.trends import MonthlyTrends
from app.services.dashboard import dashboard
from app.services.trends import monthly_trends
from app.vault import Vault
from sync.enrollment import EnrollmentStatus, enrollment_status
from ui.background.workers import Task, run_with_vault
from ui.errors import message_for
from ui.formatting import countdown, format_date, format_datetime, format_month, format_month_year
from ui.style import Tone, brush, set_heading, set_tone
from ui.vocabulary import category_name, recipient_names
from ui.widgets.bar_chart import BarChart, Series

REFRESH_MS = 60_000
ROLE_TARGET = Qt.ItemDataRole.UserRole + 1
# A list is as tall as its rows, up to this many pixels; then it scrolls.
LIST_MAX_HEIGHT = 220
LISTS = ("notifications", "tasks", "register", "absences", "council")


Loaded = tuple[Dashboard, EnrollmentStatus | None, MonthlyTrends]


def load_dashboard(vault: Vault, now: datetime) -> Loaded:
    """The summary, the server this computer delivers to (None: not enrolled) and the
    month-by-month trends (a year of records: on the worker, like the rest)."""
    today = now.astimezone().date()
    return dashboard(vault, now), enrollment_status(vault.db), monthly_trends(vault, today)


class DashboardPage(QWidget):
    """What needs attention now.

    Signals:
        refreshed(): new data was shown (after a worker finished loading it).
        notifications_requested(): the user activated a notification.
        notification_requested(str): the user activated a clarification request (its id).
        pupil_requested(int): the user activated a row about one pupil.
    """

    refreshed = Signal()
    notifications_requested = Signal()
    notification_requested = Signal(str)
    pupil_requested = Signal(int)

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = clock.utcnow,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._now = now
        self.data: Dashboard | None = None
        self.enrollment: EnrollmentStatus | None = None
        self._loaded_at = 0.0
        self._task: Task | None = None
        self.paused = False

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        set_heading(self.heading)
        self.error = QLabel(wordWrap=True)
        set_tone(self.error, Tone.LATE)
        self.error.hide()
        self.boxes: dict[str, QGroupBox] = {}
        self.lists: dict[str, QListWidget] = {}
        self.empty: dict[str, QLabel] = {}
        grid = QGridLayout()
        for index, key in enumerate(LISTS):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            listing = QListWidget()
            listing.setWordWrap(True)  # long task titles wrap instead of being cut off
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.itemActivated.connect(self._on_activated)
            # Heights follow the rows (and the width, which decides where they wrap).
            listing.installEventFilter(self)
            empty = QLabel(wordWrap=True)
            set_tone(empty, Tone.MUTED)
            empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            inner.addWidget(listing)
            inner.addWidget(empty)
            inner.addStretch(1)
            self.boxes[key], self.lists[key], self.empty[key] = box, listing, empty
            grid.addWidget(box, index // 2, index % 2)
        # Delivery: three short facts, as a form.
        self.boxes["sync"] = QGroupBox()
        self.sync_form = QFormLayout(self.boxes["sync"])
        self.sync_values: dict[str, QLabel] = {}
        for key in ("server", "queued", "last_delivery", "waiting_since"):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.sync_values[key] = value
            self.sync_form.addRow(" ", value)
        grid.addWidget(self.boxes["sync"], len(LISTS) // 2, len(LISTS) % 2)
        # Trends: a year at a glance, under the lists of what to do now.
        self.trends: MonthlyTrends | None = None
        self.boxes["trends"] = QGroupBox()
        self.charts = {"activity": BarChart(), "register": BarChart()}
        self.chart_titles = {key: QLabel(wordWrap=True) for key in self.charts}
        trends_layout = QGridLayout(self.boxes["trends"])
        for column, key in enumerate(self.charts):
            trends_layout.addWidget(self.chart_titles[key], 0, column)
            trends_layout.addWidget(self.charts[key], 1, column)
        trends_layout.setColumnStretch(0, 3)
        trends_layout.setColumnStretch(1, 3)
        grid.addWidget(self.boxes["trends"], len(LISTS) // 2 + 1, 0, 1, 2)
        # Questions of the police or the guardianship authority: apart and on top, since they
        # wait for the school; hidden when there are none.
        self.boxes["clarifications"] = QGroupBox()
        self.boxes["clarifications"].setObjectName("clarifications")
        set_tone(self.boxes["clarifications"], Tone.LATE)
        inner = QVBoxLayout(self.boxes["clarifications"])
        self.lists["clarifications"] = QListWidget()
        self.lists["clarifications"].setWordWrap(True)
        self.lists["clarifications"].setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.lists["clarifications"].itemActivated.connect(self._on_activated)
        self.lists["clarifications"].installEventFilter(self)
        self.empty["clarifications"] = QLabel()
        inner.addWidget(self.lists["clarifications"])
        inner.addWidget(self.empty["clarifications"])
        self.boxes["clarifications"].hide()
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.addWidget(self.heading)
        outer.addWidget(self.error)
        outer.addWidget(self.boxes["clarifications"])
        outer.addLayout(grid)
        outer.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.tick_timer = QTimer(self, interval=1000)
        self.tick_timer.timeout.connect(self._on_tick)
        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.retranslate()

    # -- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Today"))
        titles = {
            "notifications": self.tr("Notifications due or late"),
            "tasks": self.tr("Tasks: overdue and due this week"),
            "register": self.tr("Register entries to review"),
            "absences": self.tr("Absences needing action"),
            "council": self.tr("Next prevention council"),
            "sync": self.tr("Delivery to the server"),
            "clarifications": self.tr("Clarification requested by the receiving side"),
            "trends": self.tr("The last 12 months"),
        }
        for key, title in titles.items():
            self.boxes[key].setTitle(title)
        labels = {
            "server": self.tr("Server:"),
            "queued": self.tr("Waiting to be sent:"),
            "last_delivery": self.tr("Last delivery:"),
            "waiting_since": self.tr("Waiting since:"),
        }
        for key, text in labels.items():
            label = self.sync_form.labelForField(self.sync_values[key])
            if isinstance(label, QLabel):
                label.setText(text)
        self.chart_titles["activity"].setText(self.tr("Incidents and notifications per month"))
        self.chart_titles["register"].setText(
            self.tr("Open register entries at the end of each month")
        )
        if self.data is not None:
            self._show(self.data)
        if self.trends is not None:
            self._show_trends(self.trends)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QListWidget):
            self._fit_height(watched)
        return super().eventFilter(watched, event)

    def _fit_height(self, listing: QListWidget) -> None:
        """As tall as the rows at the current width, up to ``LIST_MAX_HEIGHT``: no tall box
        around one line, no list cut short."""
        listing.doItemsLayout()
        rows = sum(
            listing.visualItemRect(listing.item(row)).height() for row in range(listing.count())
        )
        height = min(rows + 2 * listing.frameWidth(), LIST_MAX_HEIGHT)
        if (listing.minimumHeight(), listing.maximumHeight()) != (height, height):
            listing.setFixedHeight(height)

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload on a worker thread; ``refreshed`` fires when the new data is on screen."""
        if self._task is not None or self.paused:
            return
        now = self._now()
        self._task = run_with_vault(self.vault, lambda view, _report: load_dashboard(view, now))
        self._task.finished.connect(self._on_loaded)
        self._task.failed.connect(self._on_failed)
        self.refresh_timer.start()

    def set_paused(self, paused: bool) -> None:
        """Stop touching the vault while the session is locked."""
        self.paused = paused
        if paused:
            self.refresh_timer.stop()
            self.tick_timer.stop()
        else:
            self.refresh()

    def _on_loaded(self, loaded: Loaded) -> None:
        self._task = None
        self.error.hide()
        data, self.enrollment, self.trends = loaded
        self.data = data
        self._show(data)
        self._show_trends(self.trends)
        self.refreshed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.error.setText(message_for(exc))
        self.error.show()
        self.refreshed.emit()

    # -- showing ---------------------------------------------------------------------------

    def _fill(self, key: str, rows: Sequence[tuple[str, object, bool]], empty_text: str) -> None:
        listing = self.lists[key]
        listing.clear()
        for text, target, alarming in rows:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ROLE_TARGET, target)
            if alarming:
                item.setForeground(brush(Tone.LATE))
            listing.addItem(item)
        listing.setVisible(bool(rows))
        self._fit_height(listing)
        self.empty[key].setVisible(not rows)
        self.empty[key].setText(empty_text)

    def _show(self, data: Dashboard) -> None:
        self._show_clarifications(data)
        self._show_notifications(data)
        overdue = [
            (
                self.tr("Overdue since {0}: {1}").format(format_date(t.due_on), _task_text(t)),
                t.pupil_id,
                True,
            )
            for t in data.tasks_overdue
        ]
        week = [
            (
                self.tr("Due {0}: {1}").format(format_date(t.due_on), _task_text(t)),
                t.pupil_id,
                False,
            )
            for t in data.tasks_due_this_week
        ]
        self._fill(
            "tasks",
            overdue + week,
            self.tr(
                "No tasks are due this week. Tasks come from plans, counselling "
                "sessions and council decisions."
            ),
        )
        self._fill(
            "register",
            [
                (
                    self.tr("{0} — review due {1}").format(r.pupil_name, format_date(r.review_due)),
                    r.pupil_id,
                    r.review_due < data.now.astimezone().date(),
                )
                for r in data.register_reviews_due
            ],
            self.tr("No register entries need a review this week."),
        )
        count = data.absences_needing_action
        self._fill(
            "absences",
            [(self.tr("Unexcused absences without recorded work: {0}").format(count), None, True)]
            if count
            else [],
            self.tr("No unexcused absences are waiting for action."),
        )
        meeting = data.next_council
        self._fill(
            "council",
            [
                (
                    self.tr("{0}: {1}").format(
                        format_date(meeting.held_on), meeting.agenda or self.tr("no agenda yet")
                    ),
                    None,
                    False,
                )
            ]
            if meeting
            else [],
            self.tr("No council meeting is planned. Plan one in “Council”."),
        )
        self._show_sync(data.sync)

    def _show_clarifications(self, data: Dashboard) -> None:
        rows: list[tuple[str, object, bool]] = []
        for n in data.clarifications:
            ask = n.clarification
            rows.append(
                (
                    self.tr("{category}: {officer} ({unit}) asks “{question}” — answer it").format(
                        category=category_name(n.category),
                        officer=(ask.officer if ask and ask.officer else "—"),
                        unit=(ask.unit if ask and ask.unit else "—"),
                        question=(ask.note if ask and ask.note else "—"),
                    ),
                    n.id,
                    True,
                )
            )
        self._fill("clarifications", rows, "")
        self.empty["clarifications"].hide()
        self.boxes["clarifications"].setVisible(bool(rows))

    def _show_notifications(self, data: Dashboard) -> None:
        rows = []
        for due in data.notifications_due:
            n = due.notification
            rows.append(("", n.id, due.seconds_left < 0))
        self._fill(
            "notifications",
            rows,
            self.tr(
                "No notifications are waiting. When you record an incident that "
                "must be reported, its notification and deadline appear here."
            ),
        )
        if data.late_count:
            self.boxes["notifications"].setTitle(
                self.tr("Notifications due or late ({0} late)").format(data.late_count)
            )
        self._loaded_at = 0.0
        self._on_tick()
        if data.notifications_due and not self.paused:
            self.tick_timer.start()
        else:
            self.tick_timer.stop()

    def _on_tick(self) -> None:
        """Rewrite each countdown from the loaded seconds and the time since loading."""
        if self.data is None:
            return
        elapsed = int((self._now() - self.data.now).total_seconds())
        listing = self.lists["notifications"]
        for row, due in enumerate(self.data.notifications_due):
            item = listing.item(row)
            if item is None:
                break
            n = due.notification
            left = due.seconds_left - elapsed
            item.setText(
                self.tr("{0}: {1} → {2}").format(
                    countdown(left), category_name(n.category), recipient_names(n.recipients)
                )
            )
            item.setForeground(brush(Tone.LATE) if left < 0 else QBrush())
        if self.data.notifications_due:
            self._fit_height(listing)  # the countdown texts may wrap differently

    def _show_sync(self, sync: SyncStatus) -> None:
        values = self.sync_values
        enrollment = self.enrollment
        values["server"].setText(
            enrollment.server_url
            if enrollment
            else self.tr("not enrolled: notifications are not sent (Settings → Server enrollment)")
        )
        values["server"].setWordWrap(True)
        values["queued"].setText(str(sync.queued_count))
        values["last_delivery"].setText(
            format_datetime(sync.last_delivery_at) if sync.last_delivery_at else self.tr("never")
        )
        waiting = bool(sync.queued_count and sync.oldest_queued_at)
        values["waiting_since"].setText(format_datetime(sync.oldest_queued_at) if waiting else "")
        self.sync_form.setRowVisible(values["waiting_since"], waiting)

    def _show_trends(self, trends: MonthlyTrends) -> None:
        labels = [month_label(year, month, i == 0) for i, (year, month) in enumerate(trends.months)]
        names = [format_month_year(year, month) for year, month in trends.months]
        self.charts["activity"].set_data(
            labels,
            [
                Series(self.tr("Incidents"), trends.incidents),
                Series(self.tr("Notifications"), trends.notifications),
            ],
            tooltips=names,
        )
        self.charts["register"].set_data(
            labels, [Series(self.tr("Open entries"), trends.open_register)], tooltips=names
        )
        for key, chart in self.charts.items():
            chart.setAccessibleName(self.chart_titles[key].text())

    def _on_activated(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE_TARGET)
        if item.listWidget() is self.lists["clarifications"]:
            self.notification_requested.emit(str(target))
        elif item.listWidget() is self.lists["notifications"]:
            self.notifications_requested.emit()
        elif isinstance(target, int):
            self.pupil_requested.emit(target)


def _task_text(task: Any) -> str:
    return f"{task.title} ({task.pupil_name})" if task.pupil_name else task.title


def month_label(year: int, month: int, first: bool) -> str:
    """A month on the chart's axis; the year under January and under the first month."""
    name = format_month(month)
    return f"{name}\n{year}" if first or month == 1 else name
