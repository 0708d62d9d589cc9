"""A small bar chart drawn with QPainter: trends on the dashboard, the period report's figures.

QtCharts ships in PySide6-Addons, a large download this app does not otherwise need; a bar
chart with axis labels is a page of QPainter.

A value of None is a *hidden* count (a period report cell suppressed because it could point at
a child): it is never drawn as a bar of any height, never scales the axis, and its tooltip and
description carry only the note the report itself prints ("fewer than 3"). The chart never
receives the number, so it cannot leak it.

The numbers are in each bar's tooltip and in the widget's accessible description; ``bars()``
returns what is drawn, for tests and for screen readers' sake of checking.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.formatting import format_number
from ui.style import Tone, color, series_colors

BAR_SHARE = 0.72  # of a category's slot; the rest is the gap between categories
MAX_LABEL_SHARE = 0.42  # of the width, for category names of a horizontal chart


@dataclass(frozen=True)
class Series:
    """One row of values, one per category; None is a hidden count shown as ``notes[i]``."""

    name: str
    values: tuple[int | None, ...]
    notes: tuple[str, ...] = field(default=())

    def note(self, index: int) -> str:
        return self.notes[index] if index < len(self.notes) and self.notes[index] else "—"


@dataclass(frozen=True)
class Bar:
    """A drawn bar: which category and series, its value and where it is."""

    category: int
    series: int
    value: int
    rect: QRectF


def nice_step(top: int, ticks: int = 5) -> int:
    """A step of 1, 2 or 5 times a power of ten giving at most ``ticks`` steps up to ``top``."""
    if top <= ticks:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


class BarChart(QWidget):
    """Grouped bars, vertical (months along the bottom) or horizontal (long category names
    down the left)."""

    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.categories: tuple[str, ...] = ()
        self.tooltips: tuple[str, ...] = ()  # per category, the full name (labels are elided)
        self.series: tuple[Series, ...] = ()
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    # -- data ------------------------------------------------------------------------------

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        *,
        tooltips: Sequence[str] = (),
    ) -> None:
        for s in series:
            if len(s.values) != len(categories):
                raise ValueError(f"series {s.name!r} has {len(s.values)} values")
        self.categories = tuple(categories)
        self.tooltips = tuple(tooltips) or self.categories
        self.series = tuple(series)
        self.setAccessibleDescription(self.description())
        self.updateGeometry()
        self.update()

    def top(self) -> int:
        """The axis maximum: from the shown values only, never from a hidden one."""
        shown = [v for s in self.series for v in s.values if v is not None]
        highest = max(shown, default=0)
        if highest <= 0:
            return 1
        step = nice_step(highest)
        return math.ceil(highest / step) * step

    def value_text(self, series: int, category: int) -> str:
        value = self.series[series].values[category]
        return self.series[series].note(category) if value is None else format_number(value)

    def category_text(self, category: int) -> str:
        """ "Violence: 5" or, with several series, "March 2026: incidents 4, notifications 3"."""
        name = self.tooltips[category]
        if len(self.series) == 1:
            return f"{name}: {self.value_text(0, category)}"
        parts = ", ".join(
            f"{s.name} {self.value_text(i, category)}" for i, s in enumerate(self.series)
        )
        return f"{name}: {parts}"

    def description(self) -> str:
        return "\n".join(self.category_text(i) for i in range(len(self.categories)))

    # -- geometry ------------------------------------------------------------------------------

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 6 if len(self.series) > 1 else 0

    def _slot(self) -> int:
        """A category's height in a horizontal chart: a text line per bar, so that the values
        printed after the bars never overlap."""
        line = self.fontMetrics().height()
        return math.ceil(max(1, len(self.series)) * (line + 1) / BAR_SHARE)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        if self.horizontal:
            height = len(self.categories) * self._slot() + 2 * line + self._legend_height() + 8
            return QSize(480, max(height, 4 * line))
        return QSize(480, 12 * line)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(240, hint.height() if self.horizontal else 8 * self.fontMetrics().height())

    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        line = metrics.height()
        legend = self._legend_height()
        if self.horizontal:
            widest = max((metrics.horizontalAdvance(c) for c in self.categories), default=0)
            left = min(widest, int(self.width() * MAX_LABEL_SHARE)) + 10
            # Room on the right for the value printed after the longest bar.
            right = metrics.horizontalAdvance(format_number(self.top())) + 12
            return QRectF(
                left, legend + 4, self.width() - left - right, self.height() - legend - line - 10
            )
        tick_width = metrics.horizontalAdvance(format_number(self.top())) + 10
        return QRectF(
            tick_width,
            legend + line + 2,
            self.width() - tick_width - 6,
            self.height() - legend - 3 * line - 8,
        )

    def bars(self) -> list[Bar]:
        """Every drawn bar. A hidden value has none."""
        plot = self.plot_rect()
        count = len(self.categories)
        if not count or not self.series:
            return []
        top = self.top()
        result: list[Bar] = []
        along = plot.height() if self.horizontal else plot.width()
        slot = along / count
        group = slot * BAR_SHARE
        thickness = group / len(self.series)
        for c in range(count):
            start = (plot.top() if self.horizontal else plot.left()) + c * slot + (slot - group) / 2
            for s, series in enumerate(self.series):
                value = series.values[c]
                if value is None:
                    continue
                offset = start + s * thickness
                if self.horizontal:
                    length = plot.width() * value / top
                    rect = QRectF(plot.left(), offset, length, thickness - 1)
                else:
                    length = plot.height() * value / top
                    rect = QRectF(offset, plot.bottom() - length, thickness - 1, length)
                result.append(Bar(c, s, value, rect))
        return result

    def _label_every(self, slot: float) -> int:
        """Label every n-th category when the names do not fit their slots side by side."""
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(part) for c in self.categories for part in c.split("\n")),
            default=0,
        )
        return max(1, math.ceil((widest + 4) / slot)) if slot > 0 else 1

    def category_at(self, point: QPointF) -> int | None:
        plot = self.plot_rect()
        count = len(self.categories)
        if not count:
            return None
        if self.horizontal:
            if not plot.top() <= point.y() < plot.bottom():
                return None
            return int((point.y() - plot.top()) / (plot.height() / count))
        if not plot.left() <= point.x() < plot.right():
            return None
        return int((point.x() - plot.left()) / (plot.width() / count))

    # -- events --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.category_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.category_text(index), self)
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = color(Tone.MUTED)
        grid = QColor(muted)
        grid.setAlphaF(0.35)
        metrics = self.fontMetrics()
        plot = self.plot_rect()
        if not self.categories or plot.width() <= 0 or plot.height() <= 0:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        colors = series_colors(len(self.series))
        top = self.top()
        step = nice_step(top)
        # Value axis: grid lines and their numbers.
        for tick in range(0, top + 1, step):
            share = tick / top
            label = format_number(tick)
            if self.horizontal:
                x = plot.left() + plot.width() * share
                painter.setPen(QPen(grid))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                painter.setPen(muted)
                width = metrics.horizontalAdvance(label)
                painter.drawText(
                    QPointF(x - width / 2, plot.bottom() + metrics.ascent() + 4), label
                )
            else:
                y = plot.bottom() - plot.height() * share
                painter.setPen(QPen(grid))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(muted)
                width = metrics.horizontalAdvance(label)
                painter.drawText(
                    QPointF(plot.left() - width - 5, y + metrics.ascent() / 2 - 1), label
                )
        # Bars, and the value at each bar's end (over a bar, when it fits in the bar's share).
        room_per_bar = plot.width() / len(self.categories) / len(self.series)
        for bar in self.bars():
            painter.fillRect(bar.rect, colors[bar.series])
            painter.setPen(text)
            label = format_number(bar.value)
            if self.horizontal:
                painter.drawText(
                    QPointF(bar.rect.right() + 4, bar.rect.center().y() + metrics.ascent() / 2 - 1),
                    label,
                )
            elif bar.value and metrics.horizontalAdvance(label) <= room_per_bar:
                # Zeros go unlabelled under a month: the axis says 0, and twelve "0 0" clutter.
                width = metrics.horizontalAdvance(label)
                painter.drawText(
                    QPointF(bar.rect.center().x() - width / 2, bar.rect.top() - 3), label
                )
        # Hidden values: their note, where a bar would start, and no bar.
        count = len(self.categories)
        slot = (plot.height() if self.horizontal else plot.width()) / count
        painter.setPen(muted)
        for c in range(count):
            for s, series in enumerate(self.series):
                if series.values[c] is not None:
                    continue
                note = series.note(c)
                if self.horizontal:
                    # In the middle of the row its bar would have had.
                    thickness = slot * BAR_SHARE / len(self.series)
                    y = plot.top() + c * slot + slot * (1 - BAR_SHARE) / 2 + thickness * (s + 0.5)
                    painter.drawText(QPointF(plot.left() + 4, y + metrics.ascent() / 2 - 1), note)
                else:
                    x = plot.left() + c * slot
                    painter.drawText(
                        QRectF(x, plot.bottom() - metrics.height() - 2, slot, metrics.height()),
                        Qt.AlignmentFlag.AlignCenter,
                        metrics.elidedText(note, Qt.TextElideMode.ElideRight, int(slot)),
                    )
        # The category axis.
        painter.setPen(text)
        painter.drawLine(
            plot.bottomLeft(), plot.bottomRight() if not self.horizontal else plot.bottomLeft()
        )
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
        label_every = self._label_every(slot)
        for c, name in enumerate(self.categories):
            if self.horizontal:
                y = plot.top() + c * slot
                label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(plot.left() - 10))
                painter.drawText(
                    QRectF(0, y, plot.left() - 8, slot),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
            elif c % label_every == 0 or "\n" in name:
                # A label may spill into its neighbours' slots when those stay unlabelled.
                room = slot * label_every
                x = plot.left() + c * slot + slot / 2 - room / 2
                for row, part in enumerate(name.split("\n")):
                    painter.drawText(
                        QRectF(
                            x, plot.bottom() + 3 + row * metrics.height(), room, metrics.height()
                        ),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                        metrics.elidedText(part, Qt.TextElideMode.ElideRight, int(room)),
                    )
        # Legend, when there are several series.
        if len(self.series) > 1:
            x = float(plot.left())
            for s, series in enumerate(self.series):
                box = QRectF(x, 4, metrics.height() - 4, metrics.height() - 4)
                painter.fillRect(box, colors[s])
                painter.setPen(text)
                painter.drawText(QPointF(box.right() + 4, 4 + metrics.ascent() - 2), series.name)
                x = box.right() + 4 + metrics.horizontalAdvance(series.name) + 16
        painter.end()
