"""The anonymous period report as PDF or CSV, in the user's language.

Only what ``app.services.reports.PeriodReport`` holds appears here: counts, with suppressed
cells written as "fewer than N" and cells hidden to protect those as "not shown". The CSV is
UTF-8 with a BOM (Excel opens it correctly), ``,``-separated like the pupil export, and no
cell can start a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QCoreApplication

from app.domain.reports import Cell, CountRow, PeriodReport
from app.pupil_csv import guard_cell
from ui.documents.pdf import day, esc, render_pdf, table, when
from ui.vocabulary import (
    incident_category_names,
    referral_destinations,
    register_category_names,
    session_kinds,
)


def title() -> str:
    return QCoreApplication.translate("PeriodReport", "Period report")


def period_name(report: PeriodReport) -> str:
    p = report.period
    if p.kind == "quarter":
        return QCoreApplication.translate("PeriodReport", "Quarter {0} of {1}").format(
            p.label[-1], p.first_day.year
        )
    if p.kind == "school_quarter":  # четверть / тоқсан of the school year starting in Sept.
        start = p.first_day.year if p.first_day.month >= 9 else p.first_day.year - 1
        return QCoreApplication.translate(
            "PeriodReport", "School quarter {0} of the school year {1}/{2}"
        ).format(p.label[-1], start, start + 1)
    if p.kind == "month":
        return QCoreApplication.translate("PeriodReport", "Month {0}.{1}").format(
            f"{p.first_day.month:02d}", p.first_day.year
        )
    return QCoreApplication.translate("PeriodReport", "Year {0}").format(p.first_day.year)


def cell_text(cell: Cell) -> str:
    if cell.secondary:
        return QCoreApplication.translate("PeriodReport", "not shown")
    if cell.suppressed:
        return QCoreApplication.translate("PeriodReport", "fewer than {0}").format(cell.threshold)
    return str(cell.value)


def outcome_names() -> dict[str, str]:
    return {
        "on_time": QCoreApplication.translate(
            "PeriodReport", "On time (delivered or phoned before the deadline)"
        ),
        "late": QCoreApplication.translate(
            "PeriodReport", "Late (made after the deadline, or overdue)"
        ),
        "pending": QCoreApplication.translate("PeriodReport", "Not yet due"),
        "phoned": QCoreApplication.translate("PeriodReport", "Reported by telephone (of all)"),
        "accepted_on_time": QCoreApplication.translate(
            "PeriodReport",
            "Accepted by law enforcement on time (accepted, or delivered and phoned, before "
            "the deadline)",
        ),
    }


def report_sections(
    report: PeriodReport,
) -> list[tuple[str, list[str], tuple[CountRow, ...], dict[str, str]]]:
    """(heading, column headings after the first, rows, names of the codes) per table."""
    count = QCoreApplication.translate("PeriodReport", "Count")
    return [
        (
            QCoreApplication.translate("PeriodReport", "Pupils on the register"),
            [
                QCoreApplication.translate("PeriodReport", "At the start"),
                QCoreApplication.translate("PeriodReport", "At the end"),
                QCoreApplication.translate("PeriodReport", "Entries opened"),
                QCoreApplication.translate("PeriodReport", "Entries closed"),
            ],
            report.register,
            register_category_names(),
        ),
        (
            QCoreApplication.translate("PeriodReport", "Incidents by category"),
            [count],
            report.incidents,
            incident_category_names(),
        ),
        (
            QCoreApplication.translate("PeriodReport", "Mandatory notifications"),
            [count],
            report.notifications,
            outcome_names(),
        ),
        (
            QCoreApplication.translate("PeriodReport", "Counselling sessions by kind"),
            [count],
            report.sessions,
            session_kinds(),
        ),
        (
            QCoreApplication.translate("PeriodReport", "Referrals by destination"),
            [count],
            report.referrals,
            referral_destinations(),
        ),
    ]


def report_html(report: PeriodReport) -> str:
    p = report.period
    parts = [
        f"<h1>{esc(title())}</h1>",
        f"<p><b>{esc(report.school)}</b></p>",
        "<p>"
        + esc(
            QCoreApplication.translate("PeriodReport", "{0}: {1} – {2}").format(
                period_name(report), day(p.first_day), day(p.last_day)
            )
        )
        + "</p>",
        '<p class="muted small">'
        + esc(
            QCoreApplication.translate(
                "PeriodReport",
                "Counts only, without names. Counts from 1 to {0} are shown as “fewer than {1}” "
                "so that no child can be recognised.",
            ).format(report.threshold - 1, report.threshold)
        )
        + "</p>",
    ]
    if any(cell.secondary for cell in report.cells()):
        parts.append(
            '<p class="muted small">'
            + esc(
                QCoreApplication.translate(
                    "PeriodReport",
                    "Some other counts are marked “not shown”: with them, a hidden count could "
                    "be worked out from the others.",
                )
            )
            + "</p>"
        )
    for heading, columns, rows, names in report_sections(report):
        parts.append(f"<h2>{esc(heading)}</h2>")
        first = QCoreApplication.translate("PeriodReport", "Category")
        parts.append(
            table(
                [esc(first), *map(esc, columns)],
                [
                    [esc(names.get(row.code, row.code)), *(esc(cell_text(c)) for c in row.cells)]
                    for row in rows
                ],
                numeric=set(range(1, len(columns) + 1)),
            )
        )
    parts.append(
        "<h2>"
        + esc(QCoreApplication.translate("PeriodReport", "Prevention council"))
        + "</h2><p>"
        + esc(
            QCoreApplication.translate("PeriodReport", "Meetings held: {0}").format(
                cell_text(report.council_meetings_held)
            )
        )
        + "</p>"
    )
    parts.append(
        '<p class="muted small">'
        + esc(
            QCoreApplication.translate("PeriodReport", "Prepared with Qorgau on {0}.").format(
                when(report.generated_at)
            )
        )
        + "</p>"
    )
    return "".join(parts)


def report_pdf(report: PeriodReport) -> bytes:
    return render_pdf(report_html(report), title=title(), school=report.school)


def report_csv(report: PeriodReport) -> bytes:
    """One line per count: section, category, measure, count (UTF-8 with BOM, CRLF)."""
    out = io.StringIO()
    raw = csv.writer(out, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)

    def write(cells: list[str]) -> None:
        raw.writerow([guard_cell(cell) for cell in cells])  # a school name may start with "="

    write(
        [
            QCoreApplication.translate("PeriodReport", "School"),
            QCoreApplication.translate("PeriodReport", "Period"),
            QCoreApplication.translate("PeriodReport", "Section"),
            QCoreApplication.translate("PeriodReport", "Category"),
            QCoreApplication.translate("PeriodReport", "Measure"),
            QCoreApplication.translate("PeriodReport", "Count"),
        ]
    )
    lead = [report.school, report.period.label]
    for heading, columns, rows, names in report_sections(report):
        for row in rows:
            for column, cell in zip(columns, row.cells, strict=True):
                write(
                    [
                        *lead,
                        heading,
                        names.get(row.code, row.code),
                        column,
                        cell_text(cell),
                    ]
                )
    council = QCoreApplication.translate("PeriodReport", "Prevention council")
    write(
        [
            *lead,
            council,
            council,
            QCoreApplication.translate("PeriodReport", "Meetings held"),
            cell_text(report.council_meetings_held),
        ]
    )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
