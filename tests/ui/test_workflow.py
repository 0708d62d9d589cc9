"""End to end through the widgets: new pupil → mandatory incident → its notification."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import clock
from app.iin import make_iin
from app.services import notifications as notification_service
from app.vault import Vault
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.pupil_card import PupilCard
from ui.pages.pupils import PupilsPage

from .helpers import add_pupil


def test_pupil_then_mandatory_incident_then_notification(qtbot: QtBot, soc: Vault) -> None:
    view = PupilsPage(soc)
    qtbot.addWidget(view)
    view.show()

    # A new pupil, through the form; the IIN fills birth date and sex.
    view.new_button.click()
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.iin, make_iin(date(2012, 5, 17), "F", 77))
    form.surname.setText("Ахметова")
    form.name.setText("Айгерим")
    form.class_name.setText("7А")
    with qtbot.waitSignal(view.pupils_changed):
        form.save_button.click()
    assert view.model.rowCount() == 1

    # Open the card from the list with Enter.
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    card = view.card
    assert isinstance(card, PupilCard)

    # Record a mandatory incident from the card.
    card.incident_button.click()
    dialog = card.dialog
    assert isinstance(dialog, IncidentDialog)
    dialog.category.setCurrentIndex(dialog.category.findData("violence"))
    assert "requires this incident to be reported" in dialog.obligation.text()
    dialog.description.setPlainText("Избиение на перемене")
    dialog.save_button.click()
    assert dialog.recorded is not None
    notification = dialog.recorded.notification
    assert notification is not None
    assert notification.deadline.astimezone().strftime("%d.%m.%Y %H:%M") in (
        dialog.result_text.text()
    )
    with qtbot.waitSignal(card.changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Close).click()

    # The notification exists, queued, with its deadline, and is not late yet.
    [listed] = notification_service.list_notifications(soc)
    assert listed.id == notification.id
    assert listed.display_state == "queued"
    assert listed.deadline > clock.utcnow()
    assert not listed.late
    card.close()


def test_the_dashboard_shows_the_new_notification(qtbot: QtBot, soc: Vault) -> None:
    dashboard = pytest.importorskip("ui.pages.dashboard")
    page_class = getattr(dashboard, "DashboardView", None) or getattr(
        dashboard, "DashboardPage", None
    )
    if page_class is None:
        pytest.skip("the dashboard page is not built yet")
    pupil = add_pupil(soc, "Ахметова")
    dialog = IncidentDialog(soc, online=True, pupil_id=pupil.id)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("offence_by_minor"))
    dialog.description.setPlainText("Кража телефона")
    dialog.save_button.click()
    assert dialog.recorded is not None
    assert dialog.recorded.notification is not None

    page = page_class(soc)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    listing = page.lists["notifications"]
    assert listing.count() == 1
    assert "Offence committed by a minor" in listing.item(0).text()
    page.set_paused(True)


def test_list_pages_say_what_to_do_then_list_records(
    qtbot: QtBot, qtmodeltester: ModelTester, soc: Vault
) -> None:
    from app.services import absences as absence_service
    from app.services import council as council_service
    from app.services import plans as plan_service
    from ui.dialogs.absence import AbsenceWorkDialog
    from ui.dialogs.council import MeetingDetailDialog, MeetingDialog
    from ui.dialogs.incident_detail import IncidentDetailDialog
    from ui.pages.absences import AbsencesPage
    from ui.pages.council import CouncilPage
    from ui.pages.incidents import IncidentsPage
    from ui.pages.plans import PlansPage

    from .helpers import add_pupil

    pages = [IncidentsPage(soc), PlansPage(soc), CouncilPage(soc), AbsencesPage(soc)]
    for page in pages:
        qtbot.addWidget(page)
        assert page.stack.currentWidget() is page.empty
        assert page.empty.text().endswith(".")

    pupil = add_pupil(soc, "Ахметова")
    incidents, plans, council, absences = pages
    assert isinstance(incidents, IncidentsPage)
    assert isinstance(plans, PlansPage)
    assert isinstance(council, CouncilPage)
    assert isinstance(absences, AbsencesPage)
    incidents.on_new_incident()
    new_incident = incidents.dialog
    assert isinstance(new_incident, IncidentDialog)
    new_incident.category.setCurrentIndex(new_incident.category.findData("conflict"))
    new_incident.description.setPlainText("Ссора")
    new_incident.on_save()
    new_incident.accept()
    assert incidents.model.rowCount() == 1
    incidents.open_record(incidents.model.record(0))  # read-only detail, audited
    detail = incidents.dialog
    assert isinstance(detail, IncidentDetailDialog)
    detail_title = detail.findChild(type(incidents.title))
    assert detail_title is not None
    assert "Conflict" in detail_title.text()

    plan_service.add_task(soc, title="Позвонить маме", pupil_id=pupil.id, due_on=clock.today())
    plans.refresh()
    assert plans.model.rowCount() == 1
    plans.table.selectRow(0)
    plans.on_done()
    assert plans.model.rowCount() == 0

    council.on_new_meeting()
    new_meeting = council.dialog
    assert isinstance(new_meeting, MeetingDialog)
    new_meeting.agenda.setPlainText("Пропуски")
    new_meeting.on_save()
    assert council.model.rowCount() == 1
    meeting = council.dialog  # the saved meeting opens
    assert isinstance(meeting, MeetingDetailDialog)
    assert meeting.meeting_id == council_service.list_meetings(soc)[0].id

    absence_service.record_absence(soc, pupil.id, date(2026, 10, 1), date(2026, 10, 2), False)
    absences.refresh()
    assert absences.model.rowCount() == 1
    absences.table.selectRow(0)
    absences.on_work()
    work = absences.dialog
    assert isinstance(work, AbsenceWorkDialog)
    work.work_done.setPlainText("Звонок маме")
    work.resolved.setChecked(True)
    work.on_save()
    assert absences.stack.currentWidget() is absences.empty

    for page in pages:
        qtmodeltester.check(page.model)
