"""A document heading never ends a page: it moves to the next page with the text or table it
introduces (issue 10: a report heading was orphaned at a page break)."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtWidgets import QApplication

from ui.documents import pdf

HEADING = "Раздел второй: решения совета"


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_heading_moves_to_the_page_of_what_follows(qapp: QApplication) -> None:
    # Push the heading down line by line across the bottom of the first page: wherever it
    # lands, the table's first row is on the same page as the heading.
    orphans_avoided = 0
    for lines in range(44, 64):
        body = (
            "".join(f"<p>Строка обычного текста номер {i}</p>" for i in range(lines))
            + f"<h2>{HEADING}</h2>"
            + pdf.table(["Решение", "Ответственный"], [["Беседа с родителями", "Психолог"]])
            + "<p>Конец документа</p>"
        )
        pages = page_texts(pdf.render_pdf(body, title="Проверка", school="Школа"))
        (with_heading,) = [p for p in pages if squeezed(HEADING) in squeezed(p)]
        assert squeezed("Беседа с родителями") in squeezed(with_heading), lines
        assert squeezed("Конец документа") in squeezed(pages[-1]), lines  # nothing lost
        if pages.index(with_heading) == 1:
            orphans_avoided += 1
    assert orphans_avoided > 0  # the range does reach the page break


def test_headings_that_fit_stay_where_they_are(qapp: QApplication) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml("<h1>Заголовок</h1><p>Текст</p><h2>Раздел</h2><p>Ещё текст</p>")
    doc.setPageSize(QSizeF(600, 800))
    assert pdf.keep_headings_with_next(doc, 800) == 0
