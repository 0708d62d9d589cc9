"""Date fields everywhere: the calendar opens on the field's date or today (it used to open on
January 1900), a typed date is kept, and a typed text that is not a date is refused with a
sentence on the field — never silently dropped (issue 10)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QTableView, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app.services import council as council_service
from app.services import plans as plan_service
from app.services import register as register_service
from app.vault import Vault
from tests.ui.helpers import add_pupil
from tests.ui.keyboard import type_text
from ui.dialogs.absence import AbsenceDialog
from ui.dialogs.council import MeetingDialog
from ui.dialogs.council_decision import DecisionDialog
from ui.dialogs.plan import PlanReviewDialog, TaskDialog
from ui.dialogs.pupil_form import PupilForm, RepresentativeForm
from ui.dialogs.referral import ReferralDialog
from ui.dialogs.register import OpenEntryDialog, ReviewEntryDialog
from ui.dialogs.session import SessionDialog
from ui.widgets.date_field import CalendarPopup, DateFormatError, parse_day


def calendar_button(field: QWidget) -> QToolButton:
    buttons = [b for b in field.findChildren(QToolButton) if b.isVisible()]
    assert len(buttons) == 1, "a date field has one calendar button"
    return buttons[0]


def open_calendar(qtbot: QtBot, field: QWidget) -> CalendarPopup:
    qtbot.mouseClick(calendar_button(field), Qt.MouseButton.LeftButton)
    popups = [w for w in QApplication.topLevelWidgets() if isinstance(w, CalendarPopup)]
    shown = [p for p in popups if p.isVisible()]
    assert len(shown) == 1
    return shown[0]


def every_date_form(vault: Vault) -> list[tuple[QWidget, list[str]]]:
    pupil = add_pupil(vault, "Қасымова")
    entry = register_service.open_entry(
        vault, pupil.id, "increased_attention", "Пропуски", date.today() - timedelta(days=10)
    )
    plan = plan_service.create_plan(vault, pupil.id, "План сопровождения", "Цели", "accompaniment")
    meeting = council_service.plan_meeting(vault, date.today(), ["Директор"], "")
    return [
        (TaskDialog(vault, pupil_id=pupil.id), ["due_on"]),
        (PlanReviewDialog(vault, plan=plan), ["reviewed_on"]),
        (DecisionDialog(vault, meeting_id=meeting.id, pupils=()), ["due_on"]),
        (MeetingDialog(vault), ["held_on"]),
        (OpenEntryDialog(vault, pupil_id=pupil.id), ["opened_on", "review_due"]),
        (ReviewEntryDialog(vault, entry=entry), ["reviewed_on", "next_review"]),
        (ReferralDialog(vault, pupil_id=pupil.id), ["referred_on"]),
        (SessionDialog(vault, pupil_id=pupil.id), ["next_step_due"]),
        (AbsenceDialog(vault, pupil_id=pupil.id), ["date_from", "date_to"]),
        (PupilForm(vault), ["birth_date"]),
        (RepresentativeForm(vault, pupil_id=pupil.id), ["consent_date"]),
    ]


def test_every_calendar_opens_on_the_fields_date_or_today(qtbot: QtBot, psy: Vault) -> None:
    today = date.today()
    for dialog, names in every_date_form(psy):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for name in names:
            field = getattr(dialog, name)
            shown = field.date()
            expected = date(shown.year(), shown.month(), shown.day()) if shown.isValid() else today
            popup = open_calendar(qtbot, field)
            page = (popup.calendar.yearShown(), popup.calendar.monthShown())
            assert page == (expected.year, expected.month), f"{type(dialog).__name__}.{name}"
            assert popup.calendar.selectedDate() == QDate(
                expected.year, expected.month, expected.day
            )
            qtbot.keyClick(popup.calendar, Qt.Key.Key_Escape)
            assert not popup.isVisible()
        dialog.close()


def test_a_typed_due_date_is_saved(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Ахметова")
    dialog = TaskDialog(psy, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.title, "Беседа с классным руководителем")
    dialog.due_on.setFocus()
    type_text(dialog.due_on, "10.12.2026")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)  # leave the field
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    (task,) = plan_service.tasks_for_pupil(psy, pupil.id)
    assert task.due_on == date(2026, 12, 10)


def test_a_text_that_is_not_a_date_is_refused_not_dropped(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Ахметова")
    dialog = TaskDialog(psy, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.title, "Беседа")
    dialog.due_on.setFocus()
    type_text(dialog.due_on, "31.02.2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not saved, nothing thrown away
    assert plan_service.tasks_for_pupil(psy, pupil.id) == []
    assert dialog.due_on.text() == "31.02.2026"
    message = dialog.errors.message_text("due_on")
    assert "DD.MM.YYYY" in message and "10.12.2026" in message
    dialog.due_on.selectAll()
    type_text(dialog.due_on, "28.02.2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (task,) = plan_service.tasks_for_pupil(psy, pupil.id)
    assert task.due_on == date(2027, 2, 28)


def test_a_picked_due_date_is_saved(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Ахметова")
    dialog = TaskDialog(psy, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.title, "Посетить семью")
    popup = open_calendar(qtbot, dialog.due_on)
    days = popup.calendar.findChild(QTableView)  # the grid of days, which has the focus
    qtbot.keyClick(days, Qt.Key.Key_Down)  # a week from today
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not popup.isVisible()
    week = date.today() + timedelta(days=7)
    assert dialog.due_on.text() == week.strftime("%d.%m.%Y")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (task,) = plan_service.tasks_for_pupil(psy, pupil.id)
    assert task.due_on == week


def test_keyboard_opens_the_calendar(qtbot: QtBot, psy: Vault) -> None:
    dialog = TaskDialog(psy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.due_on, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.due_on.popup is not None and dialog.due_on.popup.isVisible()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.12.2026", date(2026, 12, 10)),
        (" 1.2.2026 ", date(2026, 2, 1)),
        ("10/12/2026", date(2026, 12, 10)),
        ("10-12-2026", date(2026, 12, 10)),
        ("10 12 2026", date(2026, 12, 10)),
        ("10122026", date(2026, 12, 10)),
        ("2026-12-10", date(2026, 12, 10)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_day_accepts(text: str, expected: date | None) -> None:
    assert parse_day(text) == expected


@pytest.mark.parametrize(
    "text", ["31.02.2026", "10.12.26", "10.12", "завтра", "2026-13-01", "1.1.1.2026", "ДД.ММ.ГГГГ"]
)
def test_parse_day_refuses(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_day(text)


def test_an_emptied_required_date_is_refused_on_its_field(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Ахметова")
    dialog = AbsenceDialog(psy, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date_from.setFocus()
    dialog.date_from.selectAll()
    qtbot.keyClick(dialog.date_from, Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message_text("date_from") == "This field is required."
