"""The documents as files: their PDF text in ru, kk and en (read back with pypdf), Kazakh
letters, no names or confidential notes in the anonymous report, receipts from a real server
on the certificate, no plain text in the temporary directory, and the Reports page."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app import suppression
from app.domain.cases import IncidentDraft, Participant, SessionDraft
from app.domain.pupils import PupilDraft
from app.domain.reports import Cell, PeriodReport
from app.iin import make_iin
from app.rules import load_rules
from app.services import council, incidents, pupils, referrals, register, reports, sessions
from app.vault import Vault
from tests.conftest import VaultSetup, build_vault
from tests.support.server_process import make_enroll_code, running_server
from ui import documents
from ui.dialogs.case_summary import CaseSummaryDialog
from ui.documents import case_summary, certificate, council_protocol, pdf, period_report
from ui.i18n import Translations
from ui.pages.reports import ReportsPage

SURNAME = "Жұмабекқызы"
NOTE = "ТАЙНА-ПСИХОЛОГА-5531"
SCHOOL = "Қорғау мектебі №7 (әліпби: ә ғ қ ң ө ұ ү һ і)"
KAZAKH = "әғқңөұүһі"
LANGUAGES = ("ru", "kk", "en")


def pdf_text(data: bytes) -> str:
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def words(text: str) -> str:
    """Text with every run of whitespace made one space (PDF extraction splits words)."""
    return re.sub(r"\s+", " ", text)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


class Case:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        today = date.today()
        pupil = pupils.create_pupil(
            vault,
            PupilDraft(
                iin=make_iin(date(2012, 5, 17), "F", 4242),
                surname=SURNAME,
                name="Әйгерім",
                class_name="7А",
                address="ауыл Ақжар",
            ),
        )
        self.pupil_id = pupil.id
        self.iin = pupil.iin
        register.open_entry(vault, pupil.id, "increased_attention", "основание", today)
        detected = datetime.now(UTC) - timedelta(minutes=20)
        recorded = incidents.record_incident(
            vault,
            IncidentDraft(
                detected_at=detected,
                category="violence",
                description="синтетический случай",
                participants=(Participant(pupil.id, "victim"),),
            ),
        )
        assert recorded.notification is not None
        self.notification_id = recorded.notification.id
        sessions.record_session(
            vault,
            SessionDraft(
                pupil_id=pupil.id,
                kind="crisis",
                held_at=detected,
                duration_min=45,
                summary="Общий итог встречи",
                confidential_notes=NOTE,
            ),
        )
        referrals.create_referral(vault, pupil.id, "child_friendly_office", today, "поддержка")
        meeting = council.plan_meeting(vault, today, ["Директор (председатель)"], "учёт")
        council.add_pupil_to_meeting(vault, meeting.id, pupil.id, "пропуски")
        council.record_decision(
            vault, meeting.id, pupil.id, "Провести беседу с семьёй", vault.user.id, today
        )
        council.mark_held(vault, meeting.id)
        self.meeting_id = meeting.id
        now = datetime.now(UTC).astimezone()
        self.period = f"{now.year}-Q{(now.month - 1) // 3 + 1}"


@pytest.fixture
def school_setup(tmp_path: Path) -> Iterator[VaultSetup]:
    setup = build_vault(tmp_path / "vault", school=SCHOOL)
    yield setup
    setup.close_all()


@pytest.fixture
def case(school_setup: VaultSetup) -> Case:
    return Case(school_setup.open("psy"))


class TempWatch:
    """Watch the temporary directory while a block runs: any new file holding a marker fails.

    Polls every few milliseconds, so a file created and deleted within the block is seen too.
    """

    def __init__(self, directory: Path, markers: list[str]) -> None:
        self.directory = directory
        self.needles = [
            m.encode(enc) for m in markers for enc in ("utf-8", "utf-16-le", "utf-16-be")
        ]
        self.before = set(directory.rglob("*"))
        self.seen: set[Path] = set()
        self.leaks: list[Path] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _scan(self) -> None:
        for path in self.directory.rglob("*"):
            if path in self.before or not path.is_file():
                continue
            self.seen.add(path)
            try:
                content = path.read_bytes()
            except OSError:
                continue
            if any(needle in content for needle in self.needles):
                self.leaks.append(path)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._scan()
            time.sleep(0.002)

    def __enter__(self) -> TempWatch:
        self._thread.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
        self._scan()


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    watched = tmp_path / "tmp"
    watched.mkdir()
    monkeypatch.setenv("TMPDIR", str(watched))
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    assert tempfile.gettempdir() == str(watched)
    return watched


# -- fonts ------------------------------------------------------------------------------------


def test_document_font_has_kazakh_letters(qapp: object) -> None:
    family = pdf.document_family()
    assert pdf.has_letters(family, KAZAKH + KAZAKH.upper())


def test_kazakh_and_cyrillic_letters_survive_in_the_pdf(qapp: object) -> None:
    data = pdf.render_pdf(
        f"<h1>{pdf.esc(SCHOOL)}</h1><p>Қазақстан Республикасы. Ёлка, щука, объём.</p>",
        title="Тест",
        school=SCHOOL,
    )
    text = words(pdf_text(data))
    for letter in KAZAKH + "ЁёщъҚ":
        assert letter in text
    assert "Қазақстан Республикасы" in text
    assert pdf.page_text(1, 1) in text


def test_long_documents_get_numbered_pages(qapp: object, translations: Translations) -> None:
    translations.set_language("en")
    body = "".join(f"<p>Строка {n} — қатар {n}</p>" for n in range(400))
    reader = pypdf.PdfReader(io.BytesIO(pdf.render_pdf(body, title="T", school=SCHOOL)))
    pages = len(reader.pages)
    assert pages > 3
    for number, page in enumerate(reader.pages, start=1):
        text = words(page.extract_text())
        assert f"Page {number} of {pages}" in text
        assert "Қорғау мектебі №7" in text  # the header on every page


# -- the anonymous period report -----------------------------------------------------------------


def test_period_report_pdf_and_csv_leak_nothing(
    case: Case, qapp: object, temp_dir: Path, tmp_path: Path
) -> None:
    markers = [SURNAME, "Әйгерім", case.iin, NOTE]
    out_pdf, out_csv = tmp_path / "out" / "r.pdf", tmp_path / "out" / "r.csv"
    with TempWatch(temp_dir, markers) as watch:
        documents.export_period_report(case.vault, case.period, "pdf", out_pdf)
        documents.export_period_report(case.vault, case.period, "csv", out_csv)
    assert watch.leaks == []
    text = pdf_text(out_pdf.read_bytes())
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    csv_text = raw.decode("utf-8-sig")
    for marker in markers:
        assert marker not in text and marker not in squeezed(text)
        assert marker not in csv_text
    assert "Қорғау мектебі" in words(text)
    assert sorted(p.name for p in out_pdf.parent.iterdir()) == ["r.csv", "r.pdf"]


def test_period_report_shows_suppressed_cells(case: Case, qapp: object) -> None:
    report = reports.period_report(case.vault, case.period)
    csv_text = period_report.report_csv(report).decode("utf-8-sig")
    fewer = period_report.cell_text(suppression.suppress(1, 3))
    assert fewer == "fewer than 3"
    lines = [line for line in csv_text.splitlines() if "," in line]
    violence = [line for line in lines if ",Violence," in line]
    assert violence and violence[0].endswith(",fewer than 3")
    assert any(line.endswith(",0") for line in lines)
    text = words(pdf_text(period_report.report_pdf(report)))
    assert "fewer than 3" in text
    assert "Meetings held: 1" in text  # never suppressed


def test_period_report_marks_cells_hidden_to_protect_others(qapp: object) -> None:
    # start 5 + opened 2 - closed 3 = end 4: with "opened" alone hidden it would be 4 - 5 + 3.
    tables = suppression.protect_tables({"register": [("increased_attention", (5, 4, 2, 3))]}, 3)
    report = PeriodReport(
        school=SCHOOL,
        period=reports.parse_period("2025-Q3"),
        generated_at=datetime(2025, 10, 1, 9, tzinfo=UTC),
        threshold=3,
        register=tables["register"],
        incidents=(),
        notifications=(),
        sessions=(),
        referrals=(),
        council_meetings_held=Cell(2),
    )
    assert period_report.cell_text(Cell(None, 3, secondary=True)) == "not shown"
    rows = [row[-2:] for row in report_rows(report)]
    assert rows[:4] == [
        ["At the start", "5"],
        ["At the end", "not shown"],
        ["Entries opened", "fewer than 3"],
        ["Entries closed", "3"],
    ]
    text = words(pdf_text(period_report.report_pdf(report)))
    assert "not shown" in text and "fewer than 3" in text
    assert "Some other counts are marked “not shown”" in text
    # Without a secondary cell the note is left out.
    plain = dataclasses.replace(report, register=())
    assert "Some other counts" not in words(pdf_text(period_report.report_pdf(plain)))


def report_rows(report: PeriodReport) -> list[list[str]]:
    text = period_report.report_csv(report).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))[1:]


def test_csv_cells_cannot_start_a_formula(tmp_path: Path, qapp: object) -> None:
    setup = build_vault(tmp_path / "v", school='=HYPERLINK("http://x";"y")')
    try:
        vault = setup.open("psy")
        data = documents.render_period_report(vault, "2026", "csv")
    finally:
        setup.close_all()

    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][0].startswith("'=")
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


# -- every document in every language -------------------------------------------------------------


def _expected(lang: str) -> dict[str, list[str]]:
    rules = load_rules()
    violence = rules.categories["violence"].names[lang]
    inspector = rules.recipients["juvenile_inspector"].names[lang]
    attention = rules.register_categories["increased_attention"][lang]
    translate = QCoreApplication.translate
    return {
        "report": [translate("PeriodReport", "Period report"), attention, violence],
        "certificate": [translate("Certificate", "Notification certificate"), violence, inspector],
        "protocol": [
            translate("CouncilProtocol", "Members present"),
            translate("CouncilProtocol", "Decisions"),
        ],
        "summary": [
            translate("CaseSummary", "Counselling sessions"),
            translate("Vocabulary", "Crisis"),
            attention,
            violence,
        ],
    }


ENGLISH = {
    "report": "Period report",
    "certificate": "Notification certificate",
    "protocol": "Members present",
    "summary": "Counselling sessions",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_document_in_the_users_language(
    case: Case, qapp: object, translations: Translations, lang: str, tmp_path: Path
) -> None:
    assert translations.set_language(lang)
    vault = case.vault
    texts = {
        "report": pdf_text(documents.render_period_report(vault, case.period, "pdf")),
        "certificate": pdf_text(
            certificate.certificate_pdf(
                reports.notification_certificate_data(vault, case.notification_id)
            )
        ),
        "protocol": pdf_text(
            council_protocol.protocol_pdf(reports.council_protocol_data(vault, case.meeting_id))
        ),
        "summary": pdf_text(
            case_summary.summary_pdf(
                reports.case_summary_data(
                    vault, case.pupil_id, {"sessions", "register", "incidents"}
                )
            )
        ),
    }
    for kind, expected in _expected(lang).items():
        text = words(texts[kind])
        for phrase in expected:
            assert phrase in text, f"{lang} {kind}: {phrase!r} missing"
        if lang != "en":  # translated, not the English source
            assert ENGLISH[kind] not in text, f"{lang} {kind} is in English"
        assert "Қорғау мектебі" in text
    if lang == "kk":
        assert set(KAZAKH) <= set("".join(texts.values()))
    assert NOTE not in texts["summary"] and "Общий итог встречи" in words(texts["summary"])
    assert SURNAME in texts["protocol"] and SURNAME in texts["summary"]


# -- the certificate of a notification delivered to the real reference server ---------------------


def test_certificate_of_a_delivered_notification(
    case: Case, qapp: object, translations: Translations, tmp_path: Path, temp_dir: Path
) -> None:
    from sync.engine import sync_once
    from sync.enrollment import enroll

    vault = case.vault
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(vault, server.base_url, make_enroll_code(server_dir, SCHOOL))
        result = sync_once(vault.db)
    assert result.delivered == 1
    data = reports.notification_certificate_data(vault, case.notification_id)
    assert data.receipt is not None and data.delivered_before_deadline
    translations.set_language("ru")
    out = tmp_path / "certificate.pdf"
    with TempWatch(temp_dir, [SURNAME, case.iin]) as watch:
        documents.export_certificate(vault, case.notification_id, out)
    assert watch.leaks == []
    text = pdf_text(out.read_bytes())
    flat = squeezed(text)
    assert data.receipt.payload_sha256 in flat
    assert data.receipt.server_time in flat
    number = QCoreApplication.translate("Certificate", "Receipt number")
    assert f"{number} {data.receipt.number}" in words(text)
    yes = QCoreApplication.translate("Certificate", "Yes")
    delivered = QCoreApplication.translate("Certificate", "Delivered before the deadline")
    assert squeezed(delivered + yes) in flat
    assert SURNAME not in text and case.iin not in flat
    assert len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages) == 1


# -- the Reports page and the other pages' buttons ------------------------------------------------


def test_reports_page_saves_on_a_worker(
    case: Case, qtbot: QtBot, tmp_path: Path, temp_dir: Path
) -> None:
    page = ReportsPage(case.vault)
    qtbot.addWidget(page)
    page.refresh()
    assert page.notifications.count() == 1 and page.meetings.count() == 1
    page.set_period("2025-09")
    assert page.period() == "2025-09"
    page.set_period(case.period)
    assert page.period() == case.period
    page.format.setCurrentIndex(page.format.findData("csv"))
    out = tmp_path / "page" / "report.csv"
    with TempWatch(temp_dir, [SURNAME, case.iin, NOTE]) as watch:
        with qtbot.waitSignal(page.document_saved, timeout=20_000) as saved:
            page.save_report_to(out)
            assert not page.progress.isHidden() and not page.save_button.isEnabled()
        page.notifications.setCurrentRow(0)
        with qtbot.waitSignal(page.document_saved, timeout=20_000):
            page.save_certificate_to(case.notification_id, tmp_path / "page" / "c.pdf")
        page.meetings.setCurrentRow(0)
        with qtbot.waitSignal(page.document_saved, timeout=20_000):
            page.save_protocol_to(case.meeting_id, tmp_path / "page" / "p.pdf")
    assert watch.leaks == []
    assert saved.args == [str(out)]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert SURNAME in pdf_text((tmp_path / "page" / "p.pdf").read_bytes())
    assert page.progress.isHidden() and page.save_button.isEnabled()


def test_reports_page_reports_failure(case: Case, qtbot: QtBot, tmp_path: Path) -> None:
    page = ReportsPage(case.vault)
    qtbot.addWidget(page)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with qtbot.waitSignal(page.document_failed, timeout=20_000):
        page.save_report_to(blocker / "inside" / "report.pdf")  # a file is not a folder
    assert page.save_button.isEnabled()


def test_case_summary_dialog(case: Case, qtbot: QtBot, tmp_path: Path, temp_dir: Path) -> None:
    dialog = CaseSummaryDialog(case.vault, case.pupil_id)
    qtbot.addWidget(dialog)
    dialog.checks["representatives"].setChecked(False)
    out = tmp_path / "summary.pdf"
    with TempWatch(temp_dir, [SURNAME, case.iin, NOTE]) as watch:
        with qtbot.waitSignal(dialog.saved, timeout=20_000):
            dialog.save_to(out)
    assert watch.leaks == []
    text = pdf_text(out.read_bytes())
    assert SURNAME in text and NOTE not in text
    for box in dialog.checks.values():
        box.setChecked(False)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_pages_offer_the_documents(case: Case, qtbot: QtBot) -> None:
    from ui.dialogs.pupil_card import PupilCard
    from ui.pages.council import CouncilPage
    from ui.pages.notifications import NotificationsPage

    notifications = NotificationsPage(case.vault)
    qtbot.addWidget(notifications)
    assert not notifications.certificate_button.isEnabled()
    with qtbot.waitSignal(notifications.refreshed, timeout=10_000):
        notifications.refresh()
    notifications.table.selectRow(0)
    assert notifications.certificate_button.isEnabled()
    view = CouncilPage(case.vault)
    qtbot.addWidget(view)
    assert view.protocol_button.text()
    card = PupilCard(case.vault, pupil_id=case.pupil_id)
    qtbot.addWidget(card)
    assert card.summary_button.isEnabled()
