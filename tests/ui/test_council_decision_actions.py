"""A prevention council decision that puts a pupil on the register, takes them off, and creates
the individual plan (issue 13), through the real decision form; what it did is read back from
the pupil card as a person sees it (register, plans, chronology)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.services import council as council_service
from app.services import register as register_service
from app.vault import Vault
from tests.journeys.app_window import column, table_cells
from tests.ui.helpers import add_pupil
from tests.ui.keyboard import type_text
from ui.dialogs.council_decision import DecisionDialog
from ui.dialogs.pupil_card import PupilCard
from ui.vocabulary import plan_kinds, register_category_names

HELD_ON = date(2026, 11, 20)


def meeting_about(vault: Vault, pupil_id: int, held_on: date = HELD_ON) -> int:
    meeting = council_service.plan_meeting(vault, held_on, ["Директор Сейтова А. Б."], "Учёт")
    council_service.add_pupil_to_meeting(vault, meeting.id, pupil_id, "пропуски")
    return meeting.id


def open_form(qtbot: QtBot, vault: Vault, meeting_id: int) -> DecisionDialog:
    agenda = council_service.get_meeting(vault, meeting_id).pupils
    dialog = DecisionDialog(vault, meeting_id=meeting_id, pupils=agenda)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    assert box.isVisible() and box.isEnabled(), box.text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()


def card_of(qtbot: QtBot, vault: Vault, pupil_id: int) -> PupilCard:
    card = PupilCard(vault, pupil_id=pupil_id)
    qtbot.addWidget(card)
    return card


def test_decision_puts_on_the_register_with_a_plan(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Қасымова", "Ұлжан")
    dialog = open_form(qtbot, psy, meeting_about(psy, pupil.id))
    assert dialog.pupil.currentData() == pupil.id  # the only pupil discussed
    assert not dialog.category.isVisible() and not dialog.goals.isVisible()  # rows folded
    assert not dialog.close_box.isEnabled()  # not on any register yet
    assert dialog.actions_note.text() == dialog.tr("The pupil is on no register.")
    dialog.text.setFocus()
    type_text(dialog.text, "Поставить на внутришкольный учёт, назначить сопровождение")
    tick(qtbot, dialog.open_box)
    assert dialog.category.isVisible() and dialog.basis.isVisible()
    dialog.category.setCurrentIndex(dialog.category.findData("internal_school_register"))
    dialog.basis.setFocus()
    type_text(dialog.basis, "систематические пропуски")
    tick(qtbot, dialog.plan_box)
    dialog.plan_kind.setCurrentIndex(dialog.plan_kind.findData("accompaniment"))
    dialog.goals.setFocus()
    type_text(dialog.goals, "Посещаемость без пропусков")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == DecisionDialog.DialogCode.Accepted, dialog.banner.text()

    card = card_of(qtbot, psy, pupil.id)
    names = register_category_names()
    [entry] = table_cells(card.register_table)
    assert entry[0] == names["internal_school_register"]
    assert "20.11.2026" in " ".join(entry) or "2026-11-20" in " ".join(entry)
    assert column(card.register_table, card.tr("Basis")) == [
        "Решение совета профилактики от 20.11.2026: систематические пропуски"
    ]
    assert column(card.plans_table, card.tr("Plan")) == [
        "Поставить на внутришкольный учёт, назначить сопровождение"
    ]
    assert column(card.plans_table, card.tr("Kind")) == [plan_kinds()["accompaniment"]]
    assert column(card.plans_table, card.tr("Goals")) == ["Посещаемость без пропусков"]
    assert column(card.tasks_table, card.tr("Task")) == [
        "Поставить на внутришкольный учёт, назначить сопровождение"
    ]
    chronology = " | ".join(" ".join(row) for row in table_cells(card.chronology_table))
    assert "Поставить на внутришкольный учёт, назначить сопровождение" in chronology
    assert names["internal_school_register"] in chronology


def test_decision_takes_off_the_register(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Ахметова")
    entry = register_service.open_entry(
        psy, pupil.id, "increased_attention", "основание", HELD_ON - timedelta(days=90)
    )
    dialog = open_form(qtbot, psy, meeting_about(psy, pupil.id))
    names = register_category_names()
    assert dialog.close_box.isEnabled() and dialog.actions_note.isHidden()
    tick(qtbot, dialog.close_box)
    assert [dialog.entry.itemText(i) for i in range(dialog.entry.count())] == [
        dialog.tr("{register}, since {date}").format(
            register=names["increased_attention"], date=entry.opened_on.strftime("%d.%m.%Y")
        )
    ]
    dialog.text.setFocus()
    type_text(dialog.text, "Снять с учёта в связи с исправлением")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == DecisionDialog.DialogCode.Accepted, dialog.banner.text()

    card = card_of(qtbot, psy, pupil.id)
    assert column(card.register_table, card.tr("Reason for closing")) == [
        "Решение совета профилактики от 20.11.2026: Снять с учёта в связи с исправлением"
    ]
    assert column(card.register_table, card.tr("Closed")) != [""]


def test_a_refused_action_saves_nothing_and_says_why(qtbot: QtBot, psy: Vault) -> None:
    """All or nothing: the pupil already has an open entry of the register chosen, so neither
    the decision, nor its task, nor the plan is written; the form says so on the field."""
    pupil = add_pupil(psy, "Омарова")
    register_service.open_entry(psy, pupil.id, "increased_attention", "основание", HELD_ON)
    meeting_id = meeting_about(psy, pupil.id)
    dialog = open_form(qtbot, psy, meeting_id)
    dialog.text.setFocus()
    type_text(dialog.text, "Назначить сопровождение")
    tick(qtbot, dialog.open_box)
    dialog.category.setCurrentIndex(dialog.category.findData("increased_attention"))
    tick(qtbot, dialog.plan_box)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message_text("category")  # shown next to the register chosen
    assert council_service.get_meeting(psy, meeting_id).decisions == ()
    card = card_of(qtbot, psy, pupil.id)
    assert card.plans_table.model().rowCount() == 0
    assert card.tasks_table.model().rowCount() == 0


def test_actions_need_a_pupil_and_a_specialist(qtbot: QtBot, psy: Vault, admin: Vault) -> None:
    pupil = add_pupil(psy, "Сейтова")
    meeting_id = meeting_about(psy, pupil.id)
    dialog = open_form(qtbot, psy, meeting_id)
    dialog.pupil.setCurrentIndex(0)  # the whole school
    assert not any(b.isEnabled() for b in (dialog.open_box, dialog.close_box, dialog.plan_box))
    assert dialog.actions_note.isVisible()
    admin_form = open_form(qtbot, admin, meeting_id)
    assert admin_form.pupil.currentData() == pupil.id
    assert not admin_form.open_box.isEnabled() and not admin_form.plan_box.isEnabled()
    assert admin_form.actions_note.text() == admin_form.tr(
        "Registers and plans are changed by the psychologist or social pedagogue."
    )
    admin_form.text.setFocus()
    type_text(admin_form.text, "Провести общешкольное собрание")
    qtbot.mouseClick(admin_form.save_button, Qt.MouseButton.LeftButton)  # a plain decision
    assert [d.text for d in council_service.get_meeting(psy, meeting_id).decisions] == [
        "Провести общешкольное собрание"
    ]
