"""The bar chart: bars match the data, a hidden count never becomes a bar, it renders; the
dashboard's trends and the period report's figures use it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.domain.cases import IncidentDraft
from app.services.incidents import record_incident
from app.vault import Vault
from ui.pages.dashboard import DashboardPage
from ui.pages.reports import ReportsPage
from ui.style import series_colors
from ui.vocabulary import incident_category_names
from ui.widgets.bar_chart import BarChart, Series, nice_step


def chart(qtbot: QtBot, *, horizontal: bool = False) -> BarChart:
    widget = BarChart(horizontal=horizontal)
    qtbot.addWidget(widget)
    widget.resize(480, 260)
    return widget


def test_bars_match_the_data(qtbot: QtBot) -> None:
    widget = chart(qtbot)
    widget.set_data(
        ["янв.", "февр.", "март"],
        [Series("Incidents", (2, 4, 0)), Series("Notifications", (1, 0, 3))],
    )
    bars = widget.bars()
    assert [(b.category, b.series, b.value) for b in bars] == [
        (0, 0, 2),
        (0, 1, 1),
        (1, 0, 4),
        (1, 1, 0),
        (2, 0, 0),
        (2, 1, 3),
    ]
    height = {(b.category, b.series): b.rect.height() for b in bars}
    assert height[(1, 0)] == 2 * height[(0, 0)] > 0
    assert height[(2, 0)] == 0
    # Left to right in category order, the series side by side within a category.
    lefts = [b.rect.left() for b in bars]
    assert lefts == sorted(lefts)
    assert widget.accessibleDescription().splitlines()[1] == "февр.: Incidents 4, Notifications 0"


def test_a_hidden_count_has_no_bar_and_no_number(qtbot: QtBot) -> None:
    widget = chart(qtbot, horizontal=True)
    widget.set_data(
        ["Conflict", "Other", "Bullying"],
        [Series("Count", (5, None, 2), ("", "fewer than 3", ""))],
    )
    assert [b.category for b in widget.bars()] == [0, 2]
    assert widget.top() == 5  # from the shown counts only
    assert widget.category_text(1) == "Other: fewer than 3"
    assert "fewer than 3" in widget.accessibleDescription()


def test_the_chart_renders_its_bars(qtbot: QtBot) -> None:
    widget = chart(qtbot)
    widget.set_data(["a", "b", "c"], [Series("Count", (3, None, 6), ("", "fewer than 3", ""))])
    widget.show()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    fill = series_colors(1)[0]
    for bar in widget.bars():
        centre = bar.rect.center().toPoint()
        assert QColor(image.pixel(centre)) == fill, bar
    # Nothing of the bar colour in the hidden count's column.
    slot = widget.plot_rect().width() / 3
    x0 = int(widget.plot_rect().left() + slot)
    column = [
        QColor(image.pixel(x, y))
        for x in range(x0 + 2, int(x0 + slot) - 2)
        for y in range(int(widget.plot_rect().top()), int(widget.plot_rect().bottom()))
    ]
    assert fill not in column


def test_nice_steps() -> None:
    assert [nice_step(n) for n in (1, 5, 6, 12, 40, 99, 480)] == [1, 1, 2, 5, 10, 20, 100]


def _incident(vault: Vault, category: str, minutes_ago: int) -> None:
    record_incident(
        vault,
        IncidentDraft(
            detected_at=datetime.now(UTC) - timedelta(minutes=minutes_ago),
            category=category,
            description="Синтетический случай для теста",
        ),
    )


def test_dashboard_charts_this_years_records(qtbot: QtBot, psy: Vault) -> None:
    for minutes in (5, 6, 7):
        _incident(psy, "conflict", minutes)
    _incident(psy, "violence", 8)  # mandatory: one notification
    page = DashboardPage(psy)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=5_000):
        page.refresh()
    activity = page.charts["activity"]
    assert len(activity.categories) == 12
    this_month = {(b.series, b.value) for b in activity.bars() if b.category == 11}
    assert this_month == {(0, 4), (1, 1)}
    assert all(b.value == 0 for b in activity.bars() if b.category < 11)
    assert "4" in activity.accessibleDescription().splitlines()[-1]


def test_report_figures_never_chart_a_suppressed_count(qtbot: QtBot, psy: Vault) -> None:
    for minutes in (5, 6, 7, 8):
        _incident(psy, "conflict", minutes)
    _incident(psy, "other", 9)  # one: suppressed below the threshold of 3
    page = ReportsPage(psy)
    qtbot.addWidget(page)
    page.show()
    page.kind.setCurrentIndex(page.kind.findData("month"))
    page.year.setValue(datetime.now().year)
    page.part.setCurrentIndex(datetime.now().month - 1)
    page.threshold.setValue(3)
    with qtbot.waitSignal(page.show_button.clicked, timeout=1_000):
        page.show_button.click()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    incidents = next(
        i
        for i in range(page.section.count())
        if page.section.itemText(i) == "Incidents by category"
    )
    page.section.setCurrentIndex(incidents)
    chart = page.chart
    names = list(chart.categories)
    words = incident_category_names()
    conflict, other = names.index(words["conflict"]), names.index(words["other"])
    by_category = {b.category: b.value for b in chart.bars()}
    assert by_category[conflict] == 4
    assert other not in by_category  # no bar of any height
    assert chart.category_text(other) == f"{words['other']}: fewer than 3"
    assert chart.top() >= 4
