"""The incident dialog: obligations shown before saving, the notification after, phone report."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import clock
from app.domain.cases import RecordedIncident
from app.services import incidents as incident_service
from app.services import notifications as notification_service
from app.storage import device as device_repo
from app.vault import Vault
from ui.dialogs.incident import IncidentDialog
from ui.i18n import Translations

from .helpers import add_pupil


def fill(dialog: IncidentDialog, category: str, description: str = "Драка на перемене") -> None:
    dialog.category.setCurrentIndex(dialog.category.findData(category))
    dialog.description.setPlainText(description)


def recorded_by(dialog: IncidentDialog) -> RecordedIncident:
    """What the dialog recorded, read afresh: a type checker keeps an earlier
    ``dialog.recorded is None`` across the save that sets it."""
    recorded = dialog.recorded
    assert recorded is not None
    return recorded


SERVER = "https://qorgau.example.kz"


def enrolled_with(vault: Vault, url: str = SERVER) -> None:
    """The device row `qorgau enroll` leaves behind (this dialog only reads where it points)."""
    record = device_repo.DeviceRecord(
        url, "device-1", bytes(32), "c2VydmVyLWtleQ==", None, "Школа", clock.now_iso(), 0
    )
    with vault.db.transaction():
        device_repo.save(vault.db, record)


def test_mandatory_category_is_announced_before_saving(qtbot: QtBot, soc: Vault) -> None:
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    assert dialog.obligation.isHidden()
    fill(dialog, "violence")
    text = dialog.obligation.text()
    assert "requires this incident to be reported" in text
    assert "Police (102)" in text and "Guardianship" in text
    assert "must be delivered by" in text
    assert incident_service.list_incidents(soc) == []  # nothing saved yet


def test_optional_category_says_no_notification(qtbot: QtBot, soc: Vault) -> None:
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    fill(dialog, "antisocial_behaviour")
    assert "No mandatory notification" in dialog.obligation.text()
    dialog.on_save()
    assert dialog.recorded is not None and dialog.recorded.notification is None
    assert "No mandatory notification" in dialog.result_text.text()


def test_after_saving_the_notification_and_its_deadline_are_shown(qtbot: QtBot, soc: Vault) -> None:
    enrolled_with(soc)
    pupil = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, pupil_id=pupil.id, online=True)
    qtbot.addWidget(dialog)
    assert dialog.involved.rowCount() == 1
    fill(dialog, "violence")
    dialog.on_save()
    assert dialog.recorded is not None
    notification = dialog.recorded.notification
    assert notification is not None
    assert dialog.pages.currentWidget() is dialog.result_page
    text = dialog.result_text.text()
    assert "was queued" in text
    assert notification.deadline.astimezone().strftime("%d.%m.%Y %H:%M") in text
    assert f"sent to the server {SERVER} automatically" in text
    assert dialog.call_box.isHidden()  # online: no need to phone
    [listed] = notification_service.list_notifications(soc)
    assert listed.id == notification.id
    assert listed.deadline == notification.deadline


def test_offline_near_deadline_offers_numbers_and_phone_report(qtbot: QtBot, soc: Vault) -> None:
    enrolled_with(soc)
    pupil = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, online=False, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    fill(dialog, "offence_by_minor")
    dialog.on_save()
    assert f"no connection to the server {SERVER}" in dialog.result_text.text()
    assert not dialog.call_box.isHidden()
    assert "102" in dialog.call_box.text() and "111" in dialog.call_box.text()
    # "102 — Police", not "102 — Police (102)".
    assert "102 — Police\n" in dialog.call_box.text()
    assert dialog.call_box.text().count("102") == 1
    dialog.phone_button.click()
    phone = dialog.phone_dialog
    assert phone is not None
    phone.on_save()
    assert phone.errors.message_text("answered_by") == "This field is required."
    phone.answered_by.setText("Дежурный Иванов")
    phone.reference.setText("КУИ-123")
    phone.on_save()
    assert phone.result_value.reference == "КУИ-123"
    assert "was recorded" in dialog.call_box.text()
    [listed] = notification_service.list_notifications(soc)
    assert listed.display_state == "phoned"
    assert not listed.late


def test_not_enrolled_says_so_not_no_connection(qtbot: QtBot, soc: Vault) -> None:
    # The truth is "this computer is not enrolled", whatever the network does.
    pupil = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, online=True, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    fill(dialog, "violence")
    dialog.on_save()
    text = dialog.result_text.text()
    assert "not enrolled with a server" in text and "Settings" in text
    assert "no connection" not in text and "automatically" not in text
    assert not dialog.call_box.isHidden()  # nothing will be sent: phone within the hour


def test_enrolled_but_connection_unknown_promises_nothing_false(qtbot: QtBot, soc: Vault) -> None:
    enrolled_with(soc)
    pupil = add_pupil(soc, "Ахметова")
    # Opened from a pupil card: no connection state handed in.
    dialog = IncidentDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    fill(dialog, "violence")
    dialog.on_save()
    text = dialog.result_text.text()
    assert f"sent to the server {SERVER} in the background" in text
    assert "no connection" not in text


def test_far_deadline_offers_no_numbers(qtbot: QtBot, soc: Vault) -> None:
    # Seen hours before the deadline, there is no need to phone yet.
    pupil = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, online=False, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    fill(dialog, "violence")
    dialog.on_save()
    assert not dialog.call_box.isHidden()  # due within the hour
    dialog.call_box.hide()
    assert dialog.recorded is not None and dialog.recorded.notification is not None
    deadline = dialog.recorded.notification.deadline
    dialog.show_result(dialog.recorded, now=deadline - timedelta(hours=5))
    assert dialog.call_box.isHidden()
    assert "due in 5 h 00 min" in dialog.result_text.text()


def test_missing_description_is_named_and_input_kept(qtbot: QtBot, soc: Vault) -> None:
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    fill(dialog, "violence", description="")
    dialog.location.setText("Спортзал")
    dialog.on_save()
    assert dialog.recorded is None
    assert dialog.errors.message_text("description") == "This field is required."
    assert dialog.location.text() == "Спортзал"
    assert dialog.category.currentData() == "violence"


def test_no_category_is_named(qtbot: QtBot, soc: Vault) -> None:
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("Что-то случилось")
    dialog.on_save()
    assert dialog.errors.message_text("category")


def test_future_detection_time_is_named(qtbot: QtBot, soc: Vault) -> None:
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    fill(dialog, "conflict")
    dialog.detected_at.setDateTime(QDateTime.currentDateTime().addDays(2))
    dialog.on_save()
    assert dialog.errors.message_text("detected_at")


def test_pupils_are_searched_and_added_with_roles(qtbot: QtBot, soc: Vault) -> None:
    victim = add_pupil(soc, "Ахметова", serial=1)
    initiator = add_pupil(soc, "Беков", "Ержан", born=date(2011, 3, 3), sex="M", serial=2)
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.search.setText("Ахм")
    dialog.role.setCurrentIndex(dialog.role.findData("victim"))
    # Enter in the search box picks the pupil and does not save the dialog.
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    dialog.picker.search.setText("Бек")
    dialog.role.setCurrentIndex(dialog.role.findData("initiator"))
    dialog.picker.on_search()
    dialog.picker.add_button.click()
    assert dialog.isVisible() and dialog.recorded is None
    assert [(i.pupil.id, i.role) for i in dialog.involved.rows()] == [
        (victim.id, "victim"),
        (initiator.id, "initiator"),
    ]
    dialog.involved_table.selectRow(1)
    dialog.remove_pupil_button.click()
    assert dialog.involved.rowCount() == 1
    fill(dialog, "bullying")
    dialog.on_save()
    assert recorded_by(dialog).incident.participants[0].pupil_id == victim.id


def test_escape_after_recording_reports_the_incident(qtbot: QtBot, soc: Vault) -> None:
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "conflict")
    dialog.on_save()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def no_pupil_question(dialog: IncidentDialog) -> QMessageBox | None:
    boxes = [w for w in dialog.findChildren(QMessageBox) if w.isVisible() and w.parent() is dialog]
    return boxes[0] if boxes else None


def test_mandatory_incident_without_pupil_is_not_recorded_without_asking(
    qtbot: QtBot, soc: Vault
) -> None:
    dialog = IncidentDialog(soc, online=True)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "violence")
    dialog.save_button.click()
    box = no_pupil_question(dialog)
    assert box is not None
    assert box.text() == "No pupil is attached to this incident."
    assert "will say that the child is not identified" in box.informativeText()
    assert "Police (102)" in box.informativeText()
    assert incident_service.list_incidents(soc) == []
    # The safe answer is the default: back to the form, to attach the pupil.
    assert box.defaultButton().text() == "Attach a pupil"
    box.defaultButton().click()
    assert dialog.recorded is None and dialog.focusWidget() is dialog.picker.search
    assert incident_service.list_incidents(soc) == []
    # Recording anyway is an explicit choice.
    dialog.save_button.click()
    box = no_pupil_question(dialog)
    assert box is not None
    [record] = [b for b in box.buttons() if b.text() == "Record without a pupil"]
    record.click()
    assert dialog.recorded is not None and dialog.recorded.notification is not None
    assert dialog.recorded.incident.participants == ()


def test_optional_incident_without_pupil_is_recorded_without_asking(
    qtbot: QtBot, soc: Vault
) -> None:
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "conflict")
    dialog.save_button.click()
    assert no_pupil_question(dialog) is None
    assert dialog.recorded is not None


def test_model_of_involved_pupils(qtmodeltester: ModelTester, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, pupil_id=pupil.id)
    qtmodeltester.check(dialog.involved)


def test_dialog_retranslates_when_the_language_changes(
    qtbot: QtBot, soc: Vault, translations: Translations
) -> None:
    translations.set_language("en")
    pupil = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    fill(dialog, "violence")
    dialog.role.setCurrentIndex(dialog.role.findData("witness"))
    assert dialog.involved_label.text() == "Pupils involved:"
    translations.set_language("ru")
    # Qt posts LanguageChange to every widget: the open dialog retranslates itself.
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Новый случай")
    assert dialog.involved_label.text() == "Участвовавшие обучающиеся:"
    qtbot.waitUntil(lambda: dialog.save_button.text() == "Зарегистрировать случай")
    assert dialog.involved.headerData(2, Qt.Orientation.Horizontal) == "Роль"
    # The choices survive, their names follow the language.
    assert dialog.category.currentData() == "violence"
    assert dialog.role.currentData() == "witness"
    assert "Полиция (102)" in dialog.obligation.text()
    assert dialog.description.toPlainText() == "Драка на перемене"
    translations.set_language("kk")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Жаңа оқиға")


def test_long_labels_do_not_squeeze_the_pupils_table(
    qtbot: QtBot, soc: Vault, translations: Translations
) -> None:
    translations.set_language("ru")
    dialog = IncidentDialog(soc, pupil_id=add_pupil(soc, "Ахметова").id)
    qtbot.addWidget(dialog)
    fill(dialog, "violence")
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.involved_table
    # No horizontal scroll bar: the columns fit, the role is not cut off.
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(3)) <= table.viewport().width()
    # The pupils take the dialog's width, under their label; the obligation is as wide as
    # the fields below it.
    assert table.width() > dialog.description.width()
    assert dialog.obligation.width() == dialog.description.width()
    search = dialog.picker.search
    placeholder = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.width() >= placeholder


def test_bullying_is_announced_as_a_report_to_the_juvenile_inspector(
    qtbot: QtBot, soc: Vault
) -> None:
    dialog = IncidentDialog(soc)
    qtbot.addWidget(dialog)
    fill(dialog, "bullying")
    assert "requires this incident to be reported" in dialog.obligation.text()
    assert "Juvenile affairs inspector" in dialog.obligation.text()
    # The retired category is not offered for a new incident.
    assert dialog.category.findData("witness_of_violence") == -1
    assert dialog.category.findData("neglect") > 0


def test_witness_child_not_on_the_list_and_outside_flag_are_recorded(
    qtbot: QtBot, soc: Vault
) -> None:
    witness = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, pupil_id=witness.id, role="witness", online=True)
    qtbot.addWidget(dialog)
    fill(dialog, "violence", "Ученица видела, как во дворе избили соседского мальчика")
    extras = dialog.extras
    extras.outside.setChecked(True)
    extras.other_name.setText("Серіков Алмас")
    extras.other_age.setText("около 10 лет")
    extras.other_role.setCurrentIndex(extras.other_role.findData("victim"))
    extras.add_other_button.click()
    assert extras.other_list.count() == 1 and extras.other_name.text() == ""
    dialog.on_save()
    recorded = dialog.recorded
    assert recorded is not None and recorded.notification is not None
    body = json.loads(recorded.notification.payload)
    assert body["learned_outside_school"] is True
    assert body["participants_not_pupils"][0]["full_name"] == "Серіков Алмас"
    assert len(body["participants"]["witness"]) == 1
    # The witness's rehabilitation task is created and listed with its due date.
    [rehab] = [t.task for t in recorded.tasks if t.follow_up == "rehabilitation_plan"]
    assert rehab.pupil_id == witness.id
    text = dialog.result_text.text()
    assert "Tasks created" in text
    assert f"Draw up a social rehabilitation plan ({rehab.pupil_name}), due" in text
    assert rehab.due_on is not None and rehab.due_on.strftime("%d.%m.%Y") in text


def test_not_informing_the_representatives_is_recorded(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    fill(dialog, "cruel_treatment", "Следы побоев, ребёнок говорит об отце")
    assert not dialog.extras.not_informed_reason.isEnabled()
    dialog.extras.not_informed.setChecked(True)
    dialog.extras.not_informed_reason.setText("Насилие со стороны отца")
    dialog.on_save()
    recorded = dialog.recorded
    assert recorded is not None
    assert recorded.incident.representatives_not_informed == "Насилие со стороны отца"
    assert "inform_representatives" not in {t.follow_up for t in recorded.tasks}


def test_kazakh_ui_shows_kazakh_legal_text_and_tasks(
    qtbot: QtBot, soc: Vault, translations: Translations
) -> None:
    pupil = add_pupil(soc, "Ахметова")
    translations.set_language("kk")
    dialog = IncidentDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    fill(dialog, "self_harm_risk", "Порезы на руках")
    assert "құқық қорғау" not in dialog.obligation.toolTip()  # not a police matter
    assert "Заңы" in dialog.obligation.toolTip()
    assert "111 байланыс орталығына хабарласу" in dialog.obligation.text()
    dialog.on_save()
    assert dialog.recorded is not None
    titles = {t.task.title for t in dialog.recorded.tasks}
    assert "111 байланыс орталығына хабарласу" in titles


def test_the_incident_view_shows_the_child_not_on_the_list_and_the_flags(
    qtbot: QtBot, soc: Vault
) -> None:
    from PySide6.QtWidgets import QLabel

    from app import clock
    from app.domain.cases import IncidentDraft, OtherParticipant
    from app.services.incidents import get_incident, record_incident
    from ui.dialogs.incident_detail import IncidentDetailDialog

    recorded = record_incident(
        soc,
        IncidentDraft(
            detected_at=clock.utcnow() - timedelta(minutes=5),
            category="offence_against_minor",
            description="Соседский ребёнок рассказал об избиении",
            others=(OtherParticipant("victim", "Серіков Алмас", "около 10 лет"),),
            learned_outside=True,
            representatives_not_informed="Насилие исходит от отчима",
        ),
    )
    dialog = IncidentDetailDialog(get_incident(soc, recorded.incident.id))
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel)
    assert label is not None
    text = label.text()
    assert "Серіков Алмас, около 10 лет, Victim" in text
    assert "Learned of outside the school" in text
    assert "Насилие исходит от отчима" in text
