"""Forms: fields filled from the IIN, errors shown on the field they name, contents kept."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.iin import make_iin
from app.services import absences as absence_service
from app.services import council as council_service
from app.services import plans as plan_service
from app.services import referrals as referral_service
from app.services import register as register_service
from app.services import sessions as session_service
from app.vault import Vault
from ui.dialogs.absence import AbsenceDialog, AbsenceWorkDialog
from ui.dialogs.council import MeetingDetailDialog, MeetingDialog
from ui.dialogs.council_decision import DecisionDialog
from ui.dialogs.plan import PlanDialog, PlanReviewDialog, TaskDialog
from ui.dialogs.pupil_form import PupilForm, RepresentativeForm
from ui.dialogs.referral import ReferralDialog
from ui.dialogs.register import CloseEntryDialog, OpenEntryDialog, ReviewEntryDialog
from ui.dialogs.session import SessionDialog
from ui.widgets.date_field import date_of

from .helpers import add_pupil

IIN = make_iin(date(2012, 5, 17), "F", 42)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_iin_fills_birth_date_and_sex(qtbot: QtBot, soc: Vault) -> None:
    form = PupilForm(soc)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.iin, IIN)
    assert date_of(form.birth_date) == date(2012, 5, 17)
    assert form.sex.currentData() == "F"
    assert "IIN" in form.iin_hint.text()


def test_bad_iin_is_shown_on_the_field_while_typing(qtbot: QtBot, soc: Vault) -> None:
    form = PupilForm(soc)
    qtbot.addWidget(form)
    bad = IIN[:-1] + str((int(IIN[-1]) + 1) % 10)
    form.iin.setText(bad)
    assert "check digit" in form.errors.message_text("iin")
    form.iin.setText(IIN)
    assert form.errors.message_text("iin") == ""


def test_clash_with_entered_birth_date_is_shown_on_that_field(qtbot: QtBot, soc: Vault) -> None:
    form = PupilForm(soc)
    qtbot.addWidget(form)
    form.birth_date.setDate(QDate(2011, 1, 1))  # typed by hand before the IIN
    form.iin.setText(IIN)
    assert "17.05.2012" in form.errors.message_text("birth_date")
    # Saving is refused by the service too, on the same field, and nothing typed is lost.
    form.surname.setText("Ахметова")
    form.name.setText("Айгерим")
    form.class_name.setText("7А")
    form.on_save()
    assert form.result_value is None
    assert form.errors.message_text("birth_date")
    assert form.surname.text() == "Ахметова"
    assert form.iin.text() == IIN


def test_required_field_is_named_and_contents_kept(qtbot: QtBot, soc: Vault) -> None:
    form = PupilForm(soc)
    qtbot.addWidget(form)
    form.show()
    form.iin.setText(IIN)
    form.name.setText("Айгерим")
    form.class_name.setText("7А")
    form.on_save()
    assert form.result_value is None
    assert form.errors.message_text("surname") == "This field is required."
    assert "Surname" in form.banner.text()
    assert form.focusWidget() is form.surname
    assert form.name.text() == "Айгерим"


def test_duplicate_iin_is_shown_on_the_iin_field(qtbot: QtBot, soc: Vault) -> None:
    add_pupil(soc, "Первая", serial=42)
    form = PupilForm(soc)
    qtbot.addWidget(form)
    form.iin.setText(IIN)
    form.surname.setText("Вторая")
    form.name.setText("Айгерим")
    form.class_name.setText("7А")
    form.on_save()
    assert "already in the vault" in form.errors.message_text("iin")


def test_edit_pupil(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    form = PupilForm(soc, pupil_id=pupil.id)
    qtbot.addWidget(form)
    assert form.surname.text() == "Ахметова"
    form.class_name.setText("8 б")
    form.on_save()
    assert form.result_value.class_name == "8Б"


def test_representative_consent_needs_a_date(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    form = RepresentativeForm(soc, pupil_id=pupil.id)
    qtbot.addWidget(form)
    form.full_name.setText("Ахметова Гульнара")
    form.phone.setText("+7 701 123 45 67")
    form.consent_processing.setChecked(True)
    assert date_of(form.consent_date) is not None  # filled in when consent is ticked
    form.phone.setText("abc")
    form.on_save()
    assert form.errors.message_text("phone")
    form.phone.setText("+7 701 123 45 67")
    form.on_save()
    assert form.result_value.consent_processing
    assert form.result_value.relation == "mother"


def test_confidential_notes_only_for_psychologists(qtbot: QtBot, psy: Vault, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    for_soc = SessionDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(for_soc)
    assert not for_soc.may_write_confidential
    assert for_soc.errors.widget("confidential_notes") is None
    for_psy = SessionDialog(psy, pupil_id=pupil.id)
    qtbot.addWidget(for_psy)
    assert for_psy.errors.widget("confidential_notes") is for_psy.confidential


def test_session_template_and_next_step_task(qtbot: QtBot, psy: Vault) -> None:
    pupil = add_pupil(psy, "Ахметова")
    dialog = SessionDialog(psy, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("crisis"))
    assert dialog.kind.currentData() == "crisis"
    assert "Оценка риска" in dialog.summary.toPlainText()
    dialog.on_save()  # the untouched skeleton is no summary
    assert dialog.errors.message_text("summary") == "This field is required."
    dialog.summary.setPlainText("Ситуация: конфликт дома.")
    dialog.confidential.setPlainText("Раскрыла подробности.")
    dialog.next_step.setText("Встреча с мамой")
    dialog.next_step_due.setDate(qdate(date.today() + timedelta(days=3)))
    dialog.on_save()
    record = dialog.result_value
    assert record.has_confidential
    assert session_service.get_session(psy, record.id).confidential_notes == "Раскрыла подробности."
    tasks = plan_service.tasks_for_pupil(psy, pupil.id)
    assert [t.title for t in tasks] == ["Встреча с мамой"]


def test_session_duration_error_is_named(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    dialog = SessionDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.duration.setValue(0)
    dialog.summary.setPlainText("Беседа")
    dialog.on_save()
    assert dialog.errors.message_text("duration_min")
    assert dialog.summary.toPlainText() == "Беседа"


def test_plan_task_and_review(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    plan_form = PlanDialog(soc, pupil_id=pupil.id, kind="rehabilitation")
    qtbot.addWidget(plan_form)
    plan_form.on_save()
    assert plan_form.errors.message_text("title")
    plan_form.title.setText("Реабилитация после травли")
    plan_form.on_save()
    plan = plan_form.result_value
    assert plan.kind == "rehabilitation"
    task_form = TaskDialog(soc, plan_id=plan.id)
    qtbot.addWidget(task_form)
    task_form.title.setText("Беседа с классом")
    task_form.on_save()
    assert task_form.result_value.responsible_id == soc.user.id
    review = PlanReviewDialog(soc, plan=plan)
    qtbot.addWidget(review)
    review.note.setPlainText("Ситуация улучшилась")
    review.status.setCurrentIndex(review.status.findData("completed"))
    review.on_save()
    assert plan_service.get_plan(soc, plan.id).status == "completed"


def test_referral(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    dialog = ReferralDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.destination.setCurrentIndex(dialog.destination.findData("pmpk"))
    dialog.reason.setPlainText("Трудности в обучении")
    dialog.on_save()
    [referral] = referral_service.list_referrals(soc, pupil_id=pupil.id)
    assert referral.destination == "pmpk"


def test_absence_dates_in_the_wrong_order_are_named(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    dialog = AbsenceDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(QDate(2026, 10, 5))
    dialog.date_to.setDate(QDate(2026, 10, 1))
    dialog.reason.setText("Без причины")
    dialog.on_save()
    assert dialog.errors.message_text("date_to")
    assert dialog.reason.text() == "Без причины"
    dialog.date_to.setDate(QDate(2026, 10, 7))
    dialog.on_save()
    assert dialog.result_value.days == 3
    work = AbsenceWorkDialog(soc, absence=dialog.result_value)
    qtbot.addWidget(work)
    work.work_done.setPlainText("Звонок маме")
    work.resolved.setChecked(True)
    work.on_save()
    assert absence_service.absences_needing_action(soc) == []


def test_register_open_review_close(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    opener = OpenEntryDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(opener)
    opener.on_save()
    assert opener.errors.message_text("basis")
    opener.basis.setPlainText("Решение совета профилактики")
    opener.on_save()
    entry = opener.result_value
    again = OpenEntryDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(again)
    again.basis.setPlainText("Повторно")
    again.on_save()
    assert "already has an open register entry" in again.errors.message_text("category")
    review = ReviewEntryDialog(soc, entry=entry)
    qtbot.addWidget(review)
    review.note.setPlainText("Без изменений")
    review.on_save()
    assert review.result_value.note == "Без изменений"
    close = CloseEntryDialog(soc, entry=entry)
    qtbot.addWidget(close)
    close.reason.setPlainText("Решение совета")
    close.on_save()
    assert not register_service.get_entry(soc, entry.id).is_open


def test_council_meeting_with_pupils_and_a_decision(qtbot: QtBot, soc: Vault) -> None:
    pupil = add_pupil(soc, "Ахметова")
    dialog = MeetingDialog(soc)
    qtbot.addWidget(dialog)
    dialog.members.setPlainText("Директор Сейтова А. Б.\nПсихолог Иванова В. В.\n")
    dialog.agenda.setPlainText("Пропуски занятий")
    dialog.picker.search.setText("Ахм")
    dialog.picker.on_search()
    dialog.picker.on_pick()
    assert dialog.pupils.rowCount() == 1
    assert dialog.pupils.setData(dialog.pupils.index(0, 2), "Пропуски")
    dialog.on_save()
    meeting = dialog.result_value
    assert meeting.members == ("Директор Сейтова А. Б.", "Психолог Иванова В. В.")
    detail = MeetingDetailDialog(soc, meeting_id=meeting.id)
    qtbot.addWidget(detail)
    assert detail.pupils.rowCount() == 1
    assert detail.pupils.rows()[0].reason == "Пропуски"
    decision = DecisionDialog(soc, meeting_id=meeting.id, pupils=detail.pupils.rows())
    qtbot.addWidget(decision)
    assert decision.pupil.currentData() == pupil.id
    decision.text.setPlainText("Провести беседу с родителями")
    decision.on_save()
    assert decision.result_value.task_id is not None
    detail.on_mark_held()
    assert council_service.get_meeting(soc, meeting.id).meeting.status == "held"
    assert [t.title for t in plan_service.tasks_for_pupil(soc, pupil.id)] == [
        "Провести беседу с родителями"
    ]


def test_escape_cancels_and_enter_saves(qtbot: QtBot, soc: Vault) -> None:
    from PySide6.QtCore import Qt

    pupil = add_pupil(soc, "Ахметова")
    dialog = ReferralDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("Причина")
    dialog.destination.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.destination, Qt.Key.Key_Return)
    other = ReferralDialog(soc, pupil_id=pupil.id)
    qtbot.addWidget(other)
    other.show()
    with qtbot.waitSignal(other.rejected):
        qtbot.keyClick(other, Qt.Key.Key_Escape)
