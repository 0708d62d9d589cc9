"""The pupil card: audited view, representatives, register, chronology, plans and tasks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.storage import audit
from app.vault import Vault
from ui.dialogs.absence import AbsenceDialog
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.plan import PlanDialog, TaskDialog
from ui.dialogs.pupil_card import SUBJECT_MAX_WIDTH, PupilCard
from ui.dialogs.pupil_form import RepresentativeForm
from ui.dialogs.register import CloseEntryDialog, OpenEntryDialog
from ui.dialogs.session import SessionDialog
from ui.i18n import Translations
from ui.settings_store import SettingsStore

from .helpers import add_pupil


def views_of(vault: Vault, pupil_id: int) -> int:
    return sum(
        1
        for e in audit.entries(vault.db, object_type="pupil", object_id=str(pupil_id))
        if e.action == "pupil.view"
    )


def test_opening_the_card_is_audited_once(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    card = PupilCard(soc, pupil_id=pupil.id)
    qtbot.addWidget(card)
    assert views_of(soc, pupil.id) == 1
    card.refresh()  # refreshing after a change is not another view
    assert views_of(soc, pupil.id) == 1
    assert card.title.text() == "Ахметова Айгерим"
    assert card.profile_fields["birth_date"].text() == "17.05.2012"
    assert "7А" in card.subtitle.text()


def test_empty_tabs_say_what_to_do(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    card = PupilCard(soc, pupil_id=pupil.id)
    qtbot.addWidget(card)
    assert not card.chronology_empty.isHidden()
    assert "Nothing has been recorded" in card.chronology_empty.text()
    assert not card.representatives_empty.isHidden()
    assert not card.review_entry_button.isEnabled()


def test_representative_register_and_chronology(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    card = PupilCard(soc, pupil_id=pupil.id)
    qtbot.addWidget(card)
    card.on_add_representative()
    form = card.dialog
    assert isinstance(form, RepresentativeForm)
    with qtbot.waitSignal(card.changed):
        form.full_name.setText("Ахметова Гульнара")
        form.phone.setText("+7 701 000 00 00")
        form.on_save()
    assert card.representatives.rowCount() == 1
    assert card.representatives_empty.isHidden()

    card.on_open_entry()
    opener = card.dialog
    assert isinstance(opener, OpenEntryDialog)
    opener.basis.setPlainText("Решение совета профилактики")
    opener.on_save()
    assert card.register.rowCount() == 1
    assert "On the register" in card.subtitle.text()
    card.register_table.selectRow(0)
    assert card.review_entry_button.isEnabled()
    card.on_close_entry()
    closer = card.dialog
    assert isinstance(closer, CloseEntryDialog)
    closer.reason.setPlainText("Исправление поведения")
    closer.on_save()
    assert not card.register.record(0).is_open
    kinds = [card.chronology.event_at(r).kind for r in range(card.chronology.rowCount())]
    assert set(kinds) == {"register_open", "register_close"}


def test_incident_from_the_card_appears_in_the_chronology(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    card = PupilCard(soc, pupil_id=pupil.id)
    qtbot.addWidget(card)
    card.on_new_incident()
    dialog = card.dialog
    assert isinstance(dialog, IncidentDialog)
    assert dialog.involved.rowCount() == 1
    dialog.category.setCurrentIndex(dialog.category.findData("violence"))
    dialog.description.setPlainText("Избиение")
    dialog.on_save()
    with qtbot.waitSignal(card.changed):
        dialog.accept()
    rows = range(card.chronology.rowCount())
    # The follow-up tasks of the rules (due later) come first; then the incident.
    [row] = [r for r in rows if card.chronology.event_at(r).kind == "incident"]
    assert card.chronology.data(card.chronology.index(row, 2)) == "Violence"
    assert card.chronology.data(card.chronology.index(row, 3)) == "Victim"
    tasks = [r for r in rows if card.chronology.event_at(r).kind.startswith("task")]
    assert len(tasks) >= 3  # rehabilitation plan, informing, child-help office, council


def test_plan_tasks_and_done(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    card = PupilCard(soc, pupil_id=pupil.id)
    qtbot.addWidget(card)
    card.on_new_plan()
    plan_form = card.dialog
    assert isinstance(plan_form, PlanDialog)
    plan_form.title.setText("Сопровождение")
    plan_form.on_save()
    assert card.plans.rowCount() == 1
    card.plans_table.selectRow(0)
    card.on_add_task()
    task_form = card.dialog
    assert isinstance(task_form, TaskDialog)
    task_form.title.setText("Беседа с мамой")
    task_form.on_save()
    assert card.tasks.rowCount() == 1
    card.tasks_table.selectRow(0)
    card.on_task_done()
    assert card.tasks.record(0).done


def test_session_and_absence_from_the_card(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Ахметова")
    card = PupilCard(psy, pupil_id=pupil.id)
    qtbot.addWidget(card)
    card.on_new_session()
    session_form = card.dialog
    assert isinstance(session_form, SessionDialog)
    session_form.summary.setPlainText("Первичная беседа")
    session_form.confidential.setPlainText("Тайна")
    session_form.on_save()
    card.on_new_absence()
    absence_form = card.dialog
    assert isinstance(absence_form, AbsenceDialog)
    absence_form.on_save()
    details = [
        card.chronology.data(card.chronology.index(r, 3)) for r in range(card.chronology.rowCount())
    ]
    assert "Первичная беседа" in details
    assert all("Тайна" not in d for d in details)


def test_card_models_pass_the_model_tester(qtmodeltester: ModelTester, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    card = PupilCard(soc, pupil_id=pupil.id)
    for model in (card.representatives, card.register, card.chronology, card.plans, card.tasks):
        qtmodeltester.check(model)


def test_tabs_are_reachable_by_keyboard(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    card = PupilCard(soc, pupil_id=pupil.id)
    qtbot.addWidget(card)
    with qtbot.waitActive(card):
        card.show()
        card.activateWindow()
    qtbot.keyClick(card.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert card.tabs.currentIndex() == 3


def test_card_retranslates_when_the_language_changes(
    qtbot: QtBot, soc: Vault, translations: Translations
) -> None:
    translations.set_language("en")
    pupil = add_pupil(soc, "Ахметова")
    card = PupilCard(soc, pupil_id=pupil.id)
    qtbot.addWidget(card)
    assert card.tabs.tabText(3) == "Chronology"
    assert card.incident_button.text() == "New incident"
    translations.set_language("ru")
    # Qt posts LanguageChange to every widget: the open card retranslates itself.
    qtbot.waitUntil(lambda: card.incident_button.text() == "Новый случай")
    assert card.tabs.tabText(3) == "Хронология"
    assert card.done_button.text() == "Отметить задачу выполненной"
    label = card.profile.labelForField(card.profile_fields["full_name"])
    assert isinstance(label, QLabel)
    assert label.text() == "ФИО:"
    assert card.chronology.headerData(0, Qt.Orientation.Horizontal) == "Дата"
    assert card.windowTitle().endswith("Ахметова Айгерим")
    translations.set_language("kk")
    qtbot.waitUntil(lambda: card.incident_button.text() == "Жаңа оқиға")


def test_chronology_columns_fit_and_long_subjects_have_tooltips(qtbot: QtBot, soc: Vault) -> None:
    from datetime import date

    from app.services import plans as plan_service

    pupil = add_pupil(soc, "Ахметова")
    long_title = " ".join(["Восстановить доброжелательные отношения с одноклассниками"] * 2)
    plan = plan_service.create_plan(soc, pupil.id, "План", "Цели")
    plan_service.add_task(soc, title=long_title, plan_id=plan.id, due_on=date.today())
    card = PupilCard(soc, pupil_id=pupil.id)
    qtbot.addWidget(card)
    card.resize(1100, 660)
    card.show()
    table = card.chronology_table
    header = table.horizontalHeader()
    # Date and kind are as wide as their contents, the details stretch to the edge.
    for column in (0, 1):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.Stretch
    assert header.sectionSizeHint(2) <= table.columnWidth(2) <= SUBJECT_MAX_WIDTH
    rows = range(card.chronology.rowCount())
    row = next(r for r in rows if card.chronology.event_at(r).kind == "task")
    assert card.chronology.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == long_title


def _deleted_after_close(qtbot: QtBot, card: PupilCard) -> bool:
    """Close the card; True once Qt has deleted it (no card piles up under its opener)."""
    gone: list[bool] = []
    card.destroyed.connect(lambda *_: gone.append(True))
    card.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return bool(gone)


def test_the_window_and_the_pupil_list_open_the_card_one_way(
    qtbot: QtBot, soc: Vault, store: SettingsStore
) -> None:
    from ui.main_window import MainWindow, Nav

    pupil = add_pupil(soc, "Ахметова")
    window = MainWindow(soc, store=store)
    qtbot.addWidget(window)
    window.open_pupil(pupil.id)  # the dashboard's rows come this way
    card = next(c for c in window.findChildren(PupilCard) if c.isVisible())
    assert card.pupil_id == pupil.id and views_of(soc, pupil.id) == 1
    assert _deleted_after_close(qtbot, card)

    page = window.page(Nav.PUPILS)  # search and the list
    page.open_pupil(pupil.id)
    listed_card = page.card
    assert isinstance(listed_card, PupilCard) and listed_card.isVisible()
    assert views_of(soc, pupil.id) == 2
    assert _deleted_after_close(qtbot, listed_card)


def test_a_pupil_that_cannot_be_read_is_one_message_not_an_exception(
    qtbot: QtBot, soc: Vault, store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    window = MainWindow(soc, store=store)
    qtbot.addWidget(window)
    window.open_pupil(999_999)  # e.g. a dashboard row about a pupil deleted meanwhile
    assert len(shown) == 1 and shown[0]
    assert not [c for c in window.findChildren(PupilCard) if c.isVisible()]
