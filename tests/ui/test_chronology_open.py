"""Rows of the pupil card's chronology open their record (issue 10: they could not be opened)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.domain.cases import SessionDraft
from app.services import council as council_service
from app.services import plans as plan_service
from app.services import register as register_service
from app.services import sessions as session_service
from app.vault import Vault
from tests.ui.conftest import add_mandatory_incident
from tests.ui.helpers import add_pupil
from ui.dialogs.council import MeetingDetailDialog
from ui.dialogs.incident_detail import IncidentDetailDialog
from ui.dialogs.pupil_card import PupilCard
from ui.dialogs.session_view import SessionViewDialog
from ui.models.chronology_model import COL_KIND

LONG = "Беседа о конфликте в классе. " * 12  # longer than a chronology row shows


def row_of(card: PupilCard, kind_name: str) -> int:
    model = card.chronology
    rows = [r for r in range(model.rowCount()) if model.index(r, COL_KIND).data() == kind_name]
    assert rows, kind_name
    return rows[0]


def press_enter_on(qtbot: QtBot, card: PupilCard, row: int) -> None:
    card.tabs.setCurrentIndex(3)
    table = card.chronology_table
    table.setFocus()
    table.setCurrentIndex(card.chronology.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)


def dialog_text(dialog: QDialog) -> str:
    """Every text the dialog shows: its labels and its (read-only) text boxes."""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [box.toPlainText() for box in dialog.findChildren(QPlainTextEdit) if box.isVisible()]
    return "\n".join(texts)


def test_chronology_rows_open_their_records(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Қасымова")
    add_mandatory_incident(psy, pupil.id)
    session_service.record_session(
        psy,
        SessionDraft(
            pupil_id=pupil.id,
            kind="individual",
            held_at=datetime.now(UTC) - timedelta(days=1),
            duration_min=40,
            summary=LONG,
        ),
    )
    meeting = council_service.plan_meeting(psy, date.today(), ["Директор"], "")
    council_service.add_pupil_to_meeting(psy, meeting.id, pupil.id, "Пропуски")
    entry = register_service.open_entry(
        psy, pupil.id, "increased_attention", "Решение совета", date.today() - timedelta(days=3)
    )
    plan = plan_service.create_plan(psy, pupil.id, "Сопровождение", "", "accompaniment")
    card = PupilCard(psy, pupil_id=pupil.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    names = card.chronology

    press_enter_on(qtbot, card, row_of(card, names.kind_name("incident")))
    assert isinstance(card.dialog, IncidentDetailDialog) and card.dialog.isVisible()
    card.dialog.close()

    press_enter_on(qtbot, card, row_of(card, names.kind_name("session")))
    assert isinstance(card.dialog, SessionViewDialog) and card.dialog.isVisible()
    # the whole summary, not the 120 characters of the chronology row
    assert " ".join(LONG.split()) in " ".join(dialog_text(card.dialog).split())
    card.dialog.close()

    press_enter_on(qtbot, card, row_of(card, names.kind_name("council")))
    assert isinstance(card.dialog, MeetingDetailDialog) and card.dialog.isVisible()
    card.dialog.close()

    # a double click works too
    register_row = row_of(card, names.kind_name("register_open"))
    card.tabs.setCurrentIndex(3)
    rect = card.chronology_table.visualRect(card.chronology.index(register_row, 0))
    viewport = card.chronology_table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert card.tabs.currentWidget() is card.register_page
    assert card.register.record(card.register_table.currentIndex().row()).id == entry.id

    press_enter_on(qtbot, card, row_of(card, names.kind_name("plan")))
    assert card.tabs.currentWidget() is card.plans_page
    assert card.plans.record(card.plans_table.currentIndex().row()).id == plan.id
