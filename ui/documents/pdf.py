"""Shared rendering: HTML in a QTextDocument, laid out on A4 pages of a QPdfWriter writing
into memory (QBuffer), with the school's name in the header and page numbers in the footer.

Nothing is written to disk here: callers get bytes and save them with ``atomic_write``, so no
personal data ever sits in a temporary file in plain text.

Fonts: the document font must hold the Kazakh letters of the Cyrillic alphabet (ә ғ қ ң ө ұ ү
һ і), which some common fonts lack. ``document_font()`` takes the first installed family that
has every one of them — DejaVu Sans on Linux, Arial or Segoe UI on Windows — and falls back to
any family of the Cyrillic writing system that has them.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ui.formatting import format_date, format_datetime

DPI = 300
# Letters a font must have for Russian and Kazakh text (the Kazakh ones are the rare part).
REQUIRED_LETTERS = "АаЁёЖжЩщЪъӘәҒғҚқҢңӨөҰұҮүҺһІі№"
PREFERRED_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans",
    "Segoe UI",
    "Arial",
    "Liberation Sans",
    "PT Sans",
    "Tahoma",
    "Verdana",
)
BODY_POINT_SIZE = 10
HEADER_POINT_SIZE = 8
STYLE = """
h1 { font-size: 15pt; font-weight: 600; margin-bottom: 4px; }
h2 { font-size: 11.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 2px; }
.muted { color: #555555; }
.small { font-size: 8pt; }
.mono { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 8pt; }
.yes { color: #1a5e1a; font-weight: 600; }
.no { color: #a40000; font-weight: 600; }
th { background-color: #eeeeee; font-weight: 600; text-align: left; }
td.num, th.num { text-align: right; }
"""


def has_letters(family: str, letters: str = REQUIRED_LETTERS) -> bool:
    metrics = QFontMetrics(QFont(family, BODY_POINT_SIZE))
    return all(metrics.inFontUcs4(ord(ch)) for ch in letters)


@cache
def document_family() -> str:
    """The font family of every document (see the module docstring)."""
    installed = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in installed and has_letters(family):
            return family
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic):
        if has_letters(family):
            return family
    return QFont().family()  # nothing better: Qt's own fallback chain has to do


def document_font(point_size: int = BODY_POINT_SIZE) -> QFont:
    font = QFont(document_family(), point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # No "ﬁ"/"ﬂ" ligatures: the PDF's text must be searchable and copyable as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


# -- small helpers for the HTML of the documents ---------------------------------------------------


def esc(value: object) -> str:
    """Escape text for HTML; newlines become line breaks."""
    return html.escape("" if value is None else str(value)).replace("\n", "<br>")


def day(value: date | None) -> str:
    return format_date(value)


def when(moment: datetime | None, *, seconds: bool = False, zone: bool = False) -> str:
    """A moment in this computer's time zone (the school's), e.g. 25.11.2026 10:30."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    text = format_datetime(local, seconds=seconds)
    if zone:
        # The numeric UTC offset reads the same in every language: no locale is involved.
        offset = local.strftime("%z")
        text += f" (UTC{offset[:3]}:{offset[3:]})"
    return text


def table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """An HTML table; ``rows`` hold already escaped HTML; columns in ``numeric`` align right."""
    numeric = numeric or set()

    def cls(index: int) -> str:
        return ' class="num"' if index in numeric else ""

    head = "".join(f"<th{cls(i)}>{h}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="4" width="100%" '
        'style="border-collapse: collapse; border-color: #999999;">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def page_text(page: int, pages: int) -> str:
    return QCoreApplication.translate("Documents", "Page {0} of {1}").format(page, pages)


# -- layout -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Geometry:
    width: float
    header: float
    body: float
    footer: float


def _layout(
    device: QPaintDevice, body_html: str, width: float, height: float
) -> tuple[QTextDocument, _Geometry]:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(document_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(body_html)
    dpi = device.logicalDpiY()
    header = dpi * 0.45  # ~11 mm: school name, a rule
    footer = dpi * 0.35
    geometry = _Geometry(width, header, height - header - footer, footer)
    doc.setPageSize(QSizeF(width, geometry.body))
    keep_headings_with_next(doc, geometry.body)
    return doc, geometry


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> int:
    """Move to the next page every heading that would end a page, so that it stands with the
    text or table it introduces (Qt's rich text has no "keep with next"). Returns how many
    headings were moved. Each move changes the layout after it, so the check starts over.
    """
    layout = doc.documentLayout()
    moved = 0
    for _ in range(200):  # each pass moves one heading; a document has far fewer
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and _ends_page(layout, block, page_height):
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(fmt)
                moved += 1
                break
            block = block.next()
        else:
            break
    if moved:
        # The layout after an edit is finished lazily; setting the page size lays out the
        # whole document again, so the page count and drawing see every page.
        doc.setPageSize(doc.pageSize())
    return moved


def _ends_page(layout: QAbstractTextDocumentLayout, heading: QTextBlock, height: float) -> bool:
    """The heading is on one page and what follows it starts on a later one."""
    following = heading.next()
    while following.isValid() and not following.text().strip():
        following = following.next()
    if not following.isValid():
        return False
    top = layout.blockBoundingRect(heading).top()
    if top % height < 1:  # already at the top of a page: moving it would not help
        return False
    return int(layout.blockBoundingRect(following).top() // height) > int(top // height)


def _draw_page(
    painter: QPainter,
    doc: QTextDocument,
    geometry: _Geometry,
    index: int,
    pages: int,
    school: str,
    title: str,
) -> None:
    small = document_font(HEADER_POINT_SIZE)
    painter.setFont(small)
    painter.setPen(QPen(QColor("#333333")))
    line = QFontMetrics(small, painter.device()).height()
    top = QRectF(0, 0, geometry.width, line)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), school)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), title)
    rule_y = line * 1.3
    painter.drawLine(0, int(rule_y), int(geometry.width), int(rule_y))

    painter.save()
    painter.translate(0, geometry.header - index * geometry.body)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, index * geometry.body, geometry.width, geometry.body)
    painter.setClipRect(context.clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()

    painter.setFont(small)
    painter.setPen(QPen(QColor("#333333")))
    bottom = QRectF(0, geometry.header + geometry.body, geometry.width, geometry.footer)
    painter.drawText(
        bottom,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        page_text(index + 1, pages),
    )


def render_pdf(body_html: str, *, title: str, school: str) -> bytes:
    """The document as PDF bytes (A4, portrait), rendered entirely in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Qorgau")
    paint = writer.pageLayout().paintRectPixels(DPI)
    doc, geometry = _layout(writer, body_html, paint.width(), paint.height())
    pages = max(1, doc.pageCount())
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            _draw_page(painter, doc, geometry, index, pages, school, title)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def render_page_image(
    body_html: str, *, title: str, school: str, page: int = 0, dpi: int = 110
) -> QImage:
    """One page drawn to an image exactly as the PDF lays it out (for previews and checks)."""
    width_mm, height_mm = 210 - 20 - 12, 297 - 12 - 12
    per_mm = dpi / 25.4
    image = QImage(
        int(width_mm * per_mm), int(height_mm * per_mm), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(QColor("white"))
    doc, geometry = _layout(image, body_html, image.width(), image.height())
    pages = max(1, doc.pageCount())
    painter = QPainter(image)
    try:
        _draw_page(painter, doc, geometry, min(page, pages - 1), pages, school, title)
    finally:
        painter.end()
    return image
