"""The certificate shows the server's receipt **and** the acceptance by law enforcement (officer,
unit, registration number, time), or plainly that nobody has accepted it yet (DESIGN §6a).
Delivered to, and accepted on, the real reference server on loopback; read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services import reports
from app.vault import Vault
from sync.engine import sync_once
from sync.enrollment import enroll
from tests.support.server_process import make_enroll_code, run_cli, running_server
from tests.sync.test_sync_engine import record_mandatory
from tests.ui.test_documents import pdf_text, squeezed, words
from ui import documents
from ui.i18n import Translations

OFFICER = "Капитан полиции Сейткали Ержан"
UNIT = "ИДН ОП Аккольского района"
REGNO = "КУИ 2026-0042"


def tr(text: str) -> str:
    return QCoreApplication.translate("Certificate", text)


def certificate_text(vault: Vault, notification_id: str, out: Path) -> str:
    documents.export_certificate(vault, notification_id, out)
    return pdf_text(out.read_bytes())


def test_certificate_shows_receipt_and_acceptance(
    psy: Vault, tmp_path: Path, translations: Translations
) -> None:
    translations.set_language("ru")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа №1"))
        [nid] = record_mandatory(psy, 1)
        assert sync_once(psy.db).delivered == 1

        # Delivered, not accepted: the receipt is there, and the document says so plainly.
        text = certificate_text(psy, nid, tmp_path / "delivered.pdf")
        receipt = reports.notification_certificate_data(psy, nid).receipt
        assert receipt is not None and receipt.payload_sha256 in squeezed(text)
        not_yet = tr("Not yet accepted: no officer has accepted this notification so far.")
        assert squeezed(not_yet) in squeezed(text)
        assert OFFICER not in words(text)

        run_cli(server_dir, "ack", nid, "--by", OFFICER, "--unit", UNIT, "--reference", REGNO)
        assert sync_once(psy.db).acknowledged == 1

    data = reports.notification_certificate_data(psy, nid)
    assert data.accepted_on_time and len(data.acceptances) == 1
    text = certificate_text(psy, nid, tmp_path / "accepted.pdf")
    flat, spaced = squeezed(text), words(text)
    assert squeezed(not_yet) not in flat
    assert data.receipt is not None and data.receipt.payload_sha256 in flat  # still the receipt
    for value in (OFFICER, UNIT, REGNO):
        assert squeezed(value) in flat, value
    assert squeezed(tr("Accepted by") + OFFICER) in flat
    accepted_at = data.acceptances[0].at.astimezone().strftime("%d.%m.%Y")
    assert accepted_at in spaced
    on_time = tr("Accepted on time (accepted, or delivered and phoned, before the deadline)")
    assert squeezed(on_time + tr("Yes")) in flat


def test_period_report_prints_accepted_by_law_enforcement_on_time(
    psy: Vault, translations: Translations
) -> None:
    from datetime import timedelta

    from app import clock
    from tests.app.test_notifications import acknowledge, deliver, queue
    from ui.documents import period_report

    now = clock.utcnow().replace(microsecond=0)
    made = [queue(psy, now - timedelta(minutes=30)) for _ in range(3)]
    for seq, n in enumerate(made, start=1):
        deliver(psy, n, now - timedelta(minutes=25), seq)
        acknowledge(psy, n, seq, at=now - timedelta(minutes=20), officer="И", reference=str(seq))
    local = now.astimezone()
    report = reports.period_report(psy, f"{local.year}-{local.month:02d}", now=now)
    for lang in ("ru", "kk"):
        translations.set_language(lang)
        label = period_report.outcome_names()["accepted_on_time"]
        assert label != period_report.outcome_names()["on_time"]
        text = words(pdf_text(period_report.report_pdf(report)))
        assert squeezed(label) in squeezed(text)
        csv_text = period_report.report_csv(report).decode("utf-8-sig")
        [line] = [row for row in csv_text.splitlines() if label in row]
        assert line.rstrip().endswith("3"), line
