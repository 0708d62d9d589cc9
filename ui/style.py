"""Colours that carry meaning — late, warning, ok, muted — derived from the palette in use.

Hard-coded colours (a dark red ``#a40000`` on the assumption of a white window) vanish on a
dark or high-contrast system theme. Here each meaning has a hue, and the shade actually used is
chosen against the palette's background so that text keeps a contrast ratio of at least 4.5:1
(WCAG AA for normal text): a dark red on a light window, a light red on a dark one. Widgets get
their tone through ``set_tone``/``set_panel``; both follow a later change of the application's
palette (the system switching to a dark theme while the app runs).

Documents (``ui.documents``) print on white paper and keep their own fixed greys.
"""

from __future__ import annotations

import functools
from enum import Enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MIN_CONTRAST = 4.5


class Tone(Enum):
    LATE = "late"  # a deadline passed; also errors that stop the user
    WARNING = "warning"  # something to act on soon
    OK = "ok"
    MUTED = "muted"  # hints and empty states


_HUES = {
    Tone.LATE: QColor("#c62828"),
    Tone.WARNING: QColor("#b26a00"),
    Tone.OK: QColor("#2e7d32"),
}
_TONE_PROPERTY = "qorgau_tone"
_PANEL_PROPERTY = "qorgau_tone_panel"


# -- contrast ------------------------------------------------------------------------------------


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(background: QColor) -> bool:
    return luminance(background) < 0.2


def readable(color: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``color``'s hue, darkened on a light background or lightened on a dark one until it
    reaches ``minimum`` contrast (black or white in the end, which always do)."""
    toward = QColor("#ffffff") if is_dark(background) else QColor("#000000")
    best = QColor(color)
    for step in range(21):
        share = step / 20
        candidate = QColor.fromRgbF(
            color.redF() + (toward.redF() - color.redF()) * share,
            color.greenF() + (toward.greenF() - color.greenF()) * share,
            color.blueF() + (toward.blueF() - color.blueF()) * share,
        )
        best = candidate
        if contrast(candidate, background) >= minimum:
            break
    return best


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share_of_b,
        a.greenF() + (b.greenF() - a.greenF()) * share_of_b,
        a.blueF() + (b.blueF() - a.blueF()) * share_of_b,
    )


# -- colours for a meaning -------------------------------------------------------------------------


def palette() -> QPalette:
    return QApplication.palette()


def _hue(tone: Tone, pal: QPalette) -> QColor:
    if tone is Tone.MUTED:
        # Half way between the text and the background: quieter than the text, still readable.
        return blend(
            pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.45
        )
    return _HUES[tone]


def color(tone: Tone, background: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The colour of text in ``tone`` on the palette's ``background`` (Window for labels, Base
    for the rows of lists and tables)."""
    pal = palette()
    return _readable_cached(_hue(tone, pal).rgba(), pal.color(background).rgba())


@functools.lru_cache(maxsize=64)
def _readable_cached(hue: int, background: int) -> QColor:
    # Models ask for a row's brush on every paint; the search above need not run each time.
    return readable(QColor.fromRgba(hue), QColor.fromRgba(background))


def brush(tone: Tone, background: QPalette.ColorRole = QPalette.ColorRole.Base) -> QBrush:
    """A foreground brush for list and table rows (drawn on the palette's Base)."""
    return QBrush(color(tone, background))


def tint(tone: Tone, background: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """A background that marks a row or a panel as ``tone`` without hiding its text: the
    palette's background with a little of the hue."""
    pal = palette()
    share = 0.28 if is_dark(pal.color(background)) else 0.14
    return blend(pal.color(background), _hue(tone, pal), share)


# Bars and other marks need 3:1 against their background (WCAG 1.4.11), text 4.5:1.
GRAPHIC_CONTRAST = 3.0
_SERIES_HUES = ("#1565c0", "#e65100", "#2e7d32", "#6a1b9a", "#00838f")


def series_colors(count: int) -> list[QColor]:
    """Distinct colours for a chart's series, each visible on the palette's window: the
    palette's highlight first (the theme's own accent), then fixed hues."""
    pal = palette()
    background = pal.color(QPalette.ColorRole.Window)
    hues = [pal.color(QPalette.ColorRole.Highlight), *(QColor(h) for h in _SERIES_HUES[1:])]
    hues += [QColor(h) for h in _SERIES_HUES[:1]]
    return [readable(hues[i % len(hues)], background, GRAPHIC_CONTRAST) for i in range(count)]


def text_css(tone: Tone) -> str:
    return f"color: {color(tone).name()};"


def panel_css(tone: Tone) -> str:
    """A tinted box with readable text in ``tone`` (the deadline-near call box)."""
    background = tint(tone, QPalette.ColorRole.Window)
    text = readable(_hue(tone, palette()), background)
    return f"background: {background.name()}; color: {text.name()}; padding: 4px;"


def invalid_frame_css() -> str:
    return f"border: 1px solid {color(Tone.LATE, QPalette.ColorRole.Base).name()};"


# -- applying them ----------------------------------------------------------------------------------


class _PaletteFollower(QObject):
    """Re-applies the tone of the widgets it watches when the application palette changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            _apply(watched)
        return False


_follower: _PaletteFollower | None = None


def _watch(widget: QWidget) -> None:
    global _follower
    if _follower is None:
        _follower = _PaletteFollower(QApplication.instance())
    widget.removeEventFilter(_follower)
    widget.installEventFilter(_follower)


def _apply(widget: QWidget) -> None:
    value = widget.property(_TONE_PROPERTY)
    if not value:
        css = ""
    else:
        tone = Tone(value)
        if widget.property(_PANEL_PROPERTY):
            css = panel_css(tone)
        elif widget.inherits("QGroupBox"):
            css = f"QGroupBox {{ {text_css(tone)} }}"  # the title, not every child
        else:
            css = text_css(tone)
    # Setting the same sheet again would re-polish the widget for nothing.
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Text of ``widget`` in ``tone`` (None: the palette's own text colour)."""
    widget.setProperty(_TONE_PROPERTY, tone.value if tone else "")
    widget.setProperty(_PANEL_PROPERTY, False)
    _watch(widget)
    _apply(widget)


def set_panel(widget: QWidget, tone: Tone | None) -> None:
    """``widget`` as a tinted panel in ``tone`` (None: plain again)."""
    widget.setProperty(_TONE_PROPERTY, tone.value if tone else "")
    widget.setProperty(_PANEL_PROPERTY, tone is not None)
    _watch(widget)
    _apply(widget)


def set_heading(widget: QWidget, point_size: float = 15, weight: int = 600) -> None:
    """A page or dialog title: larger and heavier than the text around it."""
    font = QFont(widget.font())
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight(weight))
    widget.setFont(font)
