"""A date field that takes a typed date and has a calendar that opens on today.

It replaces ``QDateEdit``, whose optional fields (a "no date" value of 1 January 1900 shown as
a blank) opened their calendar on January 1900 and silently dropped a date typed over the
blank, so a task was saved without its due date (issue 10).

The field is a line edit: what is typed stays as typed until it is read. A date in the
locale's day-first form is accepted — 10.12.2026, 1.2.2026, 10/12/2026, 10-12-2026,
10122026 — and so is ISO 2026-12-10; anything else is refused on saving with a sentence on
the field (``date_of`` raises ``ValidationError(field, "date_format")``), never dropped.
The calendar button (or Alt+Down, F4) opens a calendar on the field's date, or today.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from ui.formatting import format_date
from ui.style import Tone, color

FIELD_PROPERTY = "qorgau_field"  # set by FieldErrors.add_row: the field name errors refer to

_DAY_FIRST = re.compile(r"(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")


Day = date  # inside DateField, ``date`` is the QDateEdit-like method


class DateFormatError(ValueError):
    """The text is not a date this field understands."""


def parse_day(text: str) -> date | None:
    """The date typed in ``text``; None when empty. Raises DateFormatError otherwise."""
    text = text.strip()
    if not text:
        return None
    for pattern, order in ((_DAY_FIRST, "dmy"), (_ISO, "ymd"), (_DIGITS, "dmy")):
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError as exc:  # 31.02.2026
                raise DateFormatError(text) from exc
    raise DateFormatError(text)


def _calendar_icon() -> QIcon:
    """A small calendar drawn here: no icon theme is needed on Windows or in a bare desktop."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = color(Tone.MUTED)  # the palette's, so it shows on a dark theme too
    painter.setPen(QPen(ink, 2))
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    painter.fillRect(QRectF(5, 7, 22, 6), ink)
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRectF(8 + col * 6, 16 + row * 5, 3, 3), ink)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar under a date field; a click or Enter on a day chooses it.

    Signals:
        chosen(QDate): the day picked.
    """

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def show_at(self, where: QPoint, day: QDate) -> None:
        self.calendar.setSelectedDate(day)
        self.calendar.setCurrentPage(day.year(), day.month())
        self.adjustSize()
        self.move(where)
        self.show()
        self.calendar.setFocus()

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(day)


class DateField(QLineEdit):
    """A typed or picked date; ``optional`` fields may stay empty.

    Signals:
        dateChanged(QDate): the date read from the text changed (an invalid QDate while the
            field is empty or does not hold a date yet).
    """

    dateChanged = Signal(QDate)

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._last = QDate()
        self.popup: CalendarPopup | None = None
        self.calendar_action = QAction(_calendar_icon(), "", self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._tidy)
        self.retranslate()
        width = self.fontMetrics().horizontalAdvance("00.00.00000") + 48
        self.setMinimumWidth(width)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.calendar_action.setToolTip(self.tr("Choose a date in the calendar"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- QDateEdit-like access --------------------------------------------------------------

    def date(self) -> QDate:
        """The date in the field; an invalid QDate when it is empty or not a date."""
        day = self.parsed()
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDate(self, day: QDate) -> None:
        self.setText(format_date(Day(day.year(), day.month(), day.day())) if day.isValid() else "")

    def parsed(self) -> Day | None:
        """The date, or None when empty or not (yet) a date: for checks while typing."""
        try:
            return parse_day(self.text())
        except DateFormatError:
            return None

    def value(self) -> Day | None:
        """The date to save: None when empty; a ValidationError on the field otherwise."""
        try:
            return parse_day(self.text())
        except DateFormatError as exc:
            field = str(self.property(FIELD_PROPERTY) or "date")
            raise ValidationError(
                field, "date_format", f"{self.text()!r} is not a date (DD.MM.YYYY)"
            ) from exc

    # -- the calendar ------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.chosen.connect(self._picked)
        current = self.date()
        self.popup.show_at(
            self.mapToGlobal(self.rect().bottomLeft()),
            current if current.isValid() else QDate.currentDate(),
        )

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    # -- keeping the text tidy ---------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        current = self.date()
        if current != self._last:
            self._last = current
            self.dateChanged.emit(current)

    def _tidy(self) -> None:
        """Show an accepted date the one way dates are shown everywhere (10.12.2026)."""
        day = self.parsed()
        if day is not None and self.text() != format_date(day):
            self.setText(format_date(day))


def make_date_field(optional: bool = False, value: date | None = None) -> DateField:
    """A date field; a required one starts on today, an optional one empty."""
    field = DateField(optional=optional)
    if value is not None:
        field.setDate(QDate(value.year, value.month, value.day))
    elif not optional:
        field.setDate(QDate.currentDate())
    return field


def make_date_edit(optional: bool = False, value: date | None = None) -> DateField:
    """A day-first date field with a calendar; ``optional`` ones may stay empty."""
    return make_date_field(optional, value)


def date_of(edit: DateField) -> date | None:
    """The date in a field, None for an empty one; a typed text that is not a date raises
    ``ValidationError`` on the field, so it is refused on saving, never dropped."""
    return edit.value()


def day_of(edit: DateField) -> date:
    """The date in a required field. A person can empty any field, so an empty one is refused
    on the field ("required") like a text that is not a date — never an assertion."""
    value = edit.value()
    if value is None:
        field = str(edit.property(FIELD_PROPERTY) or "date")
        raise ValidationError(field, "required", "a date is required")
    return value
