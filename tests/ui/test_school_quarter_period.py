"""The Reports page offers the school year's quarters (четверть / тоқсан) besides calendar
quarters, months and years (issue 13); the saved report names the school quarter."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot

from app.vault import Vault
from ui.pages.reports import ReportsPage


def page_of(qtbot: QtBot, vault: Vault) -> ReportsPage:
    page = ReportsPage(vault)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown_items(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


def test_the_page_starts_on_the_school_quarter_under_way(qtbot: QtBot, psy: Vault) -> None:
    page = page_of(qtbot, psy)
    page._select_today(date(2026, 12, 4))
    assert page.period() == "2026-S2"
    assert page.kind.currentText() == page.tr("School quarter")
    assert page.part.currentText() == page.tr("{0} quarter").format(2)
    assert page.year.text() == "2026/2027"  # a school quarter belongs to a school year
    page._select_today(date(2027, 2, 1))
    assert page.period() == "2026-S3" and page.year.text() == "2026/2027"
    page._select_today(date(2027, 7, 10))  # the summer is in no school quarter
    assert page.period() == "2027-Q3" and page.year.text() == "2027"


def test_a_school_quarter_chosen_in_the_pickers(qtbot: QtBot, psy: Vault, tmp_path: Path) -> None:
    page = page_of(qtbot, psy)
    assert shown_items(page.kind) == [
        page.tr("School quarter"),
        page.tr("Calendar quarter"),
        page.tr("Month"),
        page.tr("Year"),
    ]
    page.kind.setCurrentIndex(page.kind.findData("quarter"))
    page.year.setValue(2026)
    page.part.setCurrentIndex(2)
    assert page.period() == "2026-Q3" and page.year.text() == "2026"  # still there
    page.kind.setCurrentIndex(page.kind.findData("school_quarter"))
    assert shown_items(page.part) == [page.tr("{0} quarter").format(q) for q in range(1, 5)]
    page.part.setCurrentIndex(0)
    page.year.setFocus()
    page.year.selectAll()
    qtbot.keyClicks(page.year, "2025")
    assert page.year.value() == 2025 and page.year.text() == "2025/2026"
    assert page.period() == "2025-S1"
    page.set_period("2026-S4")
    assert (page.kind.currentData(), page.year.value(), page.part.currentIndex()) == (
        "school_quarter",
        2026,
        3,
    )

    out = tmp_path / "s4.pdf"
    with qtbot.waitSignal(page.document_saved, timeout=20_000):
        page.save_report_to(out)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "School quarter 4 of the school year 2026/2027" in text
    assert "01.04.2027" in text and "31.05.2027" in text
    assert page.format.currentData() == "pdf"
