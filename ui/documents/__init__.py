"""Documents: the period report (PDF, CSV), notification certificates, council protocols and
case summaries — rendered in memory in the user's language and saved atomically.

Each ``export_*`` function gathers the data through ``app.services.reports`` (which audits the
export), renders bytes in memory, and replaces the target file in one step
(``app.atomic.atomic_write``): no plain-text copy ever reaches a temporary file, and a failure
leaves the previous file, if any, untouched.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.atomic import atomic_write
from app.domain.reports import DEFAULT_SUPPRESS_BELOW
from app.errors import ValidationError
from app.services import reports as report_service
from app.vault import Vault

FORMATS = ("pdf", "csv")


def save(path: Path, data: bytes) -> Path:
    path = Path(path)
    atomic_write(path, data)
    return path


def render_period_report(
    vault: Vault, period: str, fmt: str, *, threshold: int = DEFAULT_SUPPRESS_BELOW
) -> bytes:
    from ui.documents import period_report

    if fmt not in FORMATS:
        raise ValidationError("format", "unknown", "the format is pdf or csv")
    report = report_service.period_report(vault, period, threshold=threshold)
    return period_report.report_pdf(report) if fmt == "pdf" else period_report.report_csv(report)


def export_period_report(
    vault: Vault, period: str, fmt: str, path: Path, *, threshold: int = DEFAULT_SUPPRESS_BELOW
) -> Path:
    return save(path, render_period_report(vault, period, fmt, threshold=threshold))


def export_certificate(vault: Vault, notification_id: str, path: Path) -> Path:
    from ui.documents.certificate import certificate_pdf

    data = report_service.notification_certificate_data(vault, notification_id)
    return save(path, certificate_pdf(data))


def export_protocol(vault: Vault, meeting_id: int, path: Path) -> Path:
    from ui.documents.council_protocol import protocol_pdf

    data = report_service.council_protocol_data(vault, meeting_id)
    return save(path, protocol_pdf(data))


def export_case_summary(vault: Vault, pupil_id: int, sections: Iterable[str], path: Path) -> Path:
    from ui.documents.case_summary import summary_pdf

    data = report_service.case_summary_data(vault, pupil_id, set(sections))
    return save(path, summary_pdf(data))
