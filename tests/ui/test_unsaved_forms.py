"""Closing a filled record form asks "Discard the changes?"; an untouched one closes silently."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.vault import Vault
from ui.dialogs.absence import AbsenceDialog
from ui.dialogs.council import MeetingDialog
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.plan import PlanDialog
from ui.dialogs.pupil_form import PupilForm
from ui.dialogs.referral import ReferralDialog
from ui.dialogs.session import SessionDialog
from ui.widgets.validation import FormDialog

from .helpers import add_pupil

FORMS: dict[str, Callable[[Vault, int], FormDialog]] = {
    "pupil": lambda v, _p: PupilForm(v),
    "incident": lambda v, _p: IncidentDialog(v),
    "session": lambda v, p: SessionDialog(v, pupil_id=p),
    "plan": lambda v, p: PlanDialog(v, pupil_id=p),
    "referral": lambda v, p: ReferralDialog(v, pupil_id=p),
    "council": lambda v, _p: MeetingDialog(v),
    "absence": lambda v, p: AbsenceDialog(v, pupil_id=p),
}


def question() -> QMessageBox | None:
    """The "Discard the changes?" box a person would see, if any is on screen."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


def text_field(form: QWidget) -> QWidget:
    """The first free-text field of a form, as a person would type into it."""
    for widget in form.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QPlainTextEdit):
            return widget
        if isinstance(widget, QLineEdit) and not isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            return widget
    raise AssertionError("the form has no text field")


def button(box: QMessageBox, text: str) -> QAbstractButton:
    found = [b for b in box.buttons() if b.text() == text]
    assert found, [b.text() for b in box.buttons()]
    return found[0]


@pytest.mark.parametrize("kind", list(FORMS))
def test_closing_a_filled_form_asks_before_discarding(qtbot: QtBot, psy: Vault, kind: str) -> None:
    pupil = add_pupil(psy, "Серікбаев")
    form = FORMS[kind](psy, pupil.id)
    qtbot.addWidget(form)
    form.show()
    field = text_field(form)
    field.setFocus()
    qtbot.keyClicks(field, "Sintetika")

    # Escape: the form stays, a question is asked.
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = question()
    assert box is not None and form.isVisible()
    assert box.text() == "Discard the changes?"
    assert sorted(b.text() for b in box.buttons()) == ["Discard", "Keep editing"]
    button(box, "Keep editing").click()
    assert form.isVisible() and question() is None
    typed = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()  # type: ignore[attr-defined]
    assert "Sintetika" in typed

    # The window's close button asks too; Discard closes without saving.
    form.close()
    box = question()
    assert box is not None and form.isVisible()
    button(box, "Discard").click()
    assert not form.isVisible()
    assert form.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("kind", list(FORMS))
def test_untouched_form_closes_without_asking(qtbot: QtBot, psy: Vault, kind: str) -> None:
    pupil = add_pupil(psy, "Омаров")
    form = FORMS[kind](psy, pupil.id)
    qtbot.addWidget(form)
    form.show()
    form.buttons.button(form.buttons.StandardButton.Cancel).click()
    assert question() is None
    assert not form.isVisible()
