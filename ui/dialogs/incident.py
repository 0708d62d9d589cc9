"""Recording an incident, and the phone report that stands in for a delivery.

Before saving, the dialog says what the rules oblige for the chosen category: a mandatory
notification, to whom, and by when. After saving it shows the queued notification with its
deadline. When there is no connection and the deadline is near, it shows the numbers to call
and a button to record the call (``record_phone_report``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.domain.cases import (
    IncidentDraft,
    Participant,
    PhoneReport,
    RecordedIncident,
)
from app.domain.pupils import PupilListItem
from app.rules import CategoryRule
from app.services import incidents as incident_service
from app.services import pupils as pupil_service
from app.vault import Vault
from sync.enrollment import enrollment_status
from ui.dialogs.incident_extras import IncidentExtras
from ui.dialogs.phone_report import PhoneReportDialog, call_line, phone_numbers
from ui.formatting import countdown, format_date, format_datetime
from ui.models.simple_list_model import Column
from ui.style import Tone, set_panel
from ui.vocabulary import (
    current_language,
    follow_up_names,
    participant_roles,
    recipient_name,
    rules,
    selectable_category_names,
)
from ui.widgets.pupil_picker import PupilPicker
from ui.widgets.titled_list_model import TitledListModel
from ui.widgets.validation import FormDialog

# The phone numbers are offered when the deadline is this close (or past) and not delivered.

Online = bool | Callable[[], bool | None] | None
T = TypeVar("T")


def to_datetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


@dataclass(frozen=True)
class Involved:
    pupil: PupilListItem
    role: str


class IncidentDialog(FormDialog):
    """Arguments: ``pupil_id`` (a pupil already involved, as victim), ``role``, ``online``
    (bool or callable: is the server reachable now?)."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        pupil_id: int | None = None,
        role: str = "victim",
        online: Online = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.recorded: RecordedIncident | None = None
        self.phone_dialog: PhoneReportDialog | None = None
        self.phone_report: PhoneReport | None = None
        self.no_pupil_question: QMessageBox | None = None
        self._online = online
        self.server_url: str | None = None  # where the notification goes; None: not enrolled

        self.detected_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.detected_at.setCalendarPopup(True)
        self.detected_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.category = QComboBox()
        self.obligation = QLabel()
        self.obligation.setObjectName("obligation")
        self.obligation.setWordWrap(True)
        self.obligation.setFrameShape(QFrame.Shape.StyledPanel)
        self.obligation.setMargin(6)
        # Expanding: as wide as the fields below it, not as wide as its text prefers.
        self.obligation.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.obligation.hide()

        # Pupils involved: search, pick a role, add.
        self.role = QComboBox()
        self.picker = PupilPicker(vault, self, extra=self.role)
        self.picker.picked.connect(self.on_add_pupil)
        self.involved: TitledListModel[Involved] = TitledListModel(
            [
                Column("", lambda i: i.pupil.full_name),
                Column("", lambda i: i.pupil.class_name),
                Column("", lambda i: participant_roles().get(i.role, i.role)),
            ],
            lambda: (self.tr("Pupil"), self.tr("Class"), self.tr("Role")),
            self,
        )
        self.involved_table = QTableView()
        self.involved_table.setModel(self.involved)
        self.involved_table.verticalHeader().hide()
        # The name takes what the class and the role leave: no horizontal scroll bar.
        header = self.involved_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.involved_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.involved_table.setMaximumHeight(120)
        self.remove_pupil_button = QPushButton()
        self.remove_pupil_button.setAutoDefault(False)
        involved = QVBoxLayout()
        involved.setContentsMargins(0, 0, 0, 0)
        involved.addWidget(self.picker)
        involved.addWidget(self.involved_table)
        involved.addWidget(self.remove_pupil_button, 0, Qt.AlignmentFlag.AlignLeft)
        involved_box = QWidget()
        involved_box.setLayout(involved)

        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(80)
        self.source = QLineEdit()
        self.location = QLineEdit()
        self.measures = QPlainTextEdit()
        self.measures.setTabChangesFocus(True)
        self.measures.setMaximumHeight(70)

        add = self.errors.add_row
        add(self.form, "detected_at", self.tr("Detected at:"), self.detected_at)
        add(self.form, "category", self.tr("Category:"), self.category)
        self.form.addRow("", self.obligation)
        # The pupils take the dialog's full width under their label: a long label ("Участвовавшие
        # обучающиеся:") must not narrow every field, nor the table to a horizontal scroll bar.
        self.involved_label = QLabel()
        self.involved_label.setBuddy(self.picker.search)
        self.form.addRow(self.involved_label)
        self.form.addRow(involved_box)
        involved_message = QLabel()
        involved_message.setObjectName("error_participants")
        self.form.addRow(involved_message)
        self.errors.bind(
            "participants", involved_box, involved_message, self.tr("Pupils involved:")
        )
        # Issue 13: learned outside the school, children not on the list, not informing.
        self.extras = IncidentExtras(self)
        self.form.addRow(self.extras)
        extras_message = QLabel()
        extras_message.setObjectName("error_others")
        self.form.addRow(extras_message)
        self.errors.bind("others", self.extras, extras_message, self.tr("Pupils involved:"))
        add(self.form, "description", self.tr("What happened:"), self.description)
        add(self.form, "source", self.tr("Source:"), self.source)
        add(self.form, "location", self.tr("Place:"), self.location)
        add(self.form, "measures", self.tr("Measures taken:"), self.measures)

        # The result page replaces the form after saving.
        self.result_page = QWidget()
        self.result_text = QLabel()
        self.result_text.setObjectName("result")
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call_box = QLabel()
        self.call_box.setObjectName("call_numbers")
        self.call_box.setWordWrap(True)
        self.call_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.call_box.setMargin(6)
        self.phone_button = QPushButton()
        self.phone_button.clicked.connect(self.on_phone_report)
        result_box = QVBoxLayout(self.result_page)
        result_box.addWidget(self.result_text)
        result_box.addWidget(self.call_box)
        result_box.addWidget(self.phone_button, 0, Qt.AlignmentFlag.AlignLeft)
        result_box.addStretch(1)
        self.call_box.hide()
        self.phone_button.hide()

        self.body.removeWidget(self.form_page)
        # The form scrolls rather than squashing its fields when the screen is low (1366x768
        # laptops; the Kazakh obligation text is longer): every row keeps its height.
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form_page)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form_scroll)
        self.pages.addWidget(self.result_page)
        self.body.insertWidget(1, self.pages, 1)

        self.remove_pupil_button.clicked.connect(self.on_remove_pupil)
        self.category.currentIndexChanged.connect(self.update_obligation)
        self.detected_at.dateTimeChanged.connect(self.update_obligation)

        if pupil_id is not None:
            pupil = pupil_service.get_pupil(vault, pupil_id, audit_view=False)
            item = PupilListItem(
                pupil.id,
                pupil.iin,
                pupil.surname,
                pupil.name,
                pupil.patronymic,
                pupil.class_name,
                pupil.birth_date,
                (),
            )
            self.involved.append(Involved(item, role))
        self.retranslate()
        self.resize(640, 680)

    # -- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language; also while open, after a language switch."""
        self.setWindowTitle(self.tr("New incident"))
        fields = (
            (self.detected_at, self.tr("Detected at:")),
            (self.category, self.tr("Category:")),
            (self.description, self.tr("What happened:")),
            (self.source, self.tr("Source:")),
            (self.location, self.tr("Place:")),
            (self.measures, self.tr("Measures taken:")),
        )
        for field, text in fields:
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        self.involved_label.setText(self.tr("Pupils involved:"))
        self._fill_combo(
            self.category,
            [("", self.tr("Choose a category")), *selectable_category_names().items()],
        )
        self._fill_combo(self.role, list(participant_roles().items()))
        self.involved.retranslate()  # titles and the roles' names
        self.remove_pupil_button.setText(self.tr("Remove"))
        self.description.setPlaceholderText(self.tr("What happened, in plain words"))
        self.source.setPlaceholderText(self.tr("Who told you, or how it was noticed"))
        self.phone_button.setText(self.tr("Record a phone report…"))
        if self.recorded is None:
            self._name_save_button()
            self.update_obligation()
        else:
            self.show_result(self.recorded)
            if self.phone_report is not None:
                self._show_phoned(self.phone_report)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Refill a combo box with (code, name) pairs, keeping the chosen code."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, name in items:
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def _name_save_button(self) -> None:
        if self.recorded is None:
            self.save_button.setText(self.tr("Record incident"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The button box names its standard buttons anew when it gets the same event,
            # after this dialog: name "Save" again once it has.
            QTimer.singleShot(0, self._name_save_button)
        super().changeEvent(event)

    # -- obligations ---------------------------------------------------------------------------

    def rule(self) -> CategoryRule | None:
        code = self.category.currentData()
        return incident_service.preview_obligation(code, rules=rules()) if code else None

    def update_obligation(self) -> None:
        rule = self.rule()
        if rule is None:
            self.obligation.hide()
            return
        if rule.mandatory:
            assert rule.deadline is not None  # the rules validator requires one when mandatory
            deadline = to_datetime(self.detected_at.dateTime()) + rule.deadline
            names = ", ".join(recipient_name(code) for code in rule.recipients)
            text = self.tr(
                "The law requires this incident to be reported. When you save, a notification "
                "to {recipients} is created. It must be delivered by {deadline}."
            ).format(recipients=names, deadline=format_datetime(deadline))
            set_panel(self.obligation, Tone.WARNING)
        else:
            text = self.tr("No mandatory notification is required for this category.")
            set_panel(self.obligation, None)
        follow = [follow_up_names().get(f, f) for f in rule.follow_up]
        if follow:
            text += " " + self.tr("Next steps: {steps}").format(steps="; ".join(follow))
        self.obligation.setText(text)
        self.obligation.setToolTip(rule.legal_basis_in(current_language()))
        self.obligation.show()

    # -- pupils involved -----------------------------------------------------------------------

    def on_add_pupil(self, pupil: PupilListItem) -> None:
        role = self.role.currentData()
        if any(i.pupil.id == pupil.id and i.role == role for i in self.involved.rows()):
            return
        self.involved.append(Involved(pupil, role))
        self.errors.clear("participants")

    def on_remove_pupil(self) -> None:
        index = self.involved_table.currentIndex()
        if index.isValid():
            self.involved.remove(index.row())

    # -- saving --------------------------------------------------------------------------------

    def draft(self) -> IncidentDraft:
        return IncidentDraft(
            detected_at=to_datetime(self.detected_at.dateTime()),
            category=self.category.currentData() or "",
            description=self.description.toPlainText(),
            source=self.source.text(),
            location=self.location.text(),
            measures=self.measures.toPlainText(),
            participants=tuple(Participant(i.pupil.id, i.role) for i in self.involved.rows()),
            others=self.extras.others(),
            learned_outside=self.extras.learned_outside(),
            representatives_not_informed=self.extras.not_informed_text(),
        )

    def save(self) -> RecordedIncident:
        return incident_service.record_incident(
            self.vault, self.draft(), rules=rules(), language=current_language()
        )

    def on_save(self) -> None:
        """A mandatory notification without a pupil reaches the police with no child to look
        for: possible (the child may be unknown), so it is asked, never silently sent."""
        rule = self.rule()
        missing_text = not self.description.toPlainText().strip()  # named by the core first
        if rule is None or not rule.mandatory or self.involved.rowCount() or missing_text:
            super().on_save()
            return
        if self.no_pupil_question is not None and self.no_pupil_question.isVisible():
            return
        names = ", ".join(recipient_name(code) for code in rule.recipients)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            self.tr("No pupil is attached to this incident."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("no_pupil_question")
        box.setInformativeText(
            self.tr(
                "The notification to {recipients} will say that the child is not identified, "
                "and they will have to find out who it is. Attach the pupils involved if you "
                "know them."
            ).format(recipients=names)
        )
        attach = box.addButton(self.tr("Attach a pupil"), QMessageBox.ButtonRole.RejectRole)
        record = box.addButton(self.tr("Record without a pupil"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(attach)
        box.setEscapeButton(attach)

        def on_clicked(button: QAbstractButton) -> None:
            if button is record:
                FormDialog.on_save(self)
            else:
                self.picker.search.setFocus()

        box.buttonClicked.connect(on_clicked)
        self.no_pupil_question = box
        box.open()

    def saved(self) -> None:
        """Stay open to show the notification and what to do next."""
        self.recorded = self.result_value
        # Read now, not when the dialog opened: the computer may have been enrolled meanwhile.
        status = enrollment_status(self.vault.db)
        self.server_url = status.server_url if status is not None else None
        self.show_result(self.recorded)
        self.pages.setCurrentWidget(self.result_page)
        self.buttons.clear()
        close = self.buttons.addButton(self.buttons.StandardButton.Close)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.accept)
        self.banner.hide()

    def reject(self) -> None:
        # Escape after recording still reports the new incident to whoever opened the dialog.
        if self.recorded is not None:
            self.accept()
        else:
            super().reject()

    def is_online(self) -> bool | None:
        """True or False when the caller knows; None when it does not (no ``online``)."""
        online = self._online() if callable(self._online) else self._online
        return None if online is None else bool(online)

    def show_result(self, recorded: RecordedIncident, now: datetime | None = None) -> None:
        now = now or clock.utcnow()
        notification = recorded.notification
        lines: list[str] = [self.tr("The incident was recorded.")]
        if notification is not None:
            names = ", ".join(recipient_name(code) for code in notification.recipients)
            left = (notification.deadline - now).total_seconds()
            lines.append(
                self.tr(
                    "A mandatory notification to {recipients} was queued. Deadline: {deadline} "
                    "({remaining})."
                ).format(
                    recipients=names,
                    deadline=format_datetime(notification.deadline),
                    remaining=countdown(left),
                )
            )
            lines.append(self._delivery_sentence())
            near = notification.deadline - now <= rules().phone_report.near_deadline
            if near and not (self.server_url and self.is_online()):
                numbers = "\n".join(
                    call_line(number, who) for number, who in phone_numbers(notification)
                )
                self.call_box.setText(
                    self.tr(
                        "The deadline is near. Report by phone now:\n{numbers}\nThen record the "
                        "call so that the report counts as made in time."
                    ).format(numbers=numbers)
                )
                set_panel(self.call_box, Tone.LATE)
                self.call_box.show()
                self.phone_button.show()
                self.phone_button.setFocus()
        else:
            lines.append(self.tr("No mandatory notification is required for this category."))
        if recorded.tasks:
            # The follow-ups are tasks now (with due dates, on the dashboard), not advice.
            task_names = follow_up_names()
            tasks = "\n".join(
                "• "
                + self.tr("{task} ({pupil}), due {date}").format(
                    task=task_names.get(t.follow_up, t.task.title),
                    pupil=t.task.pupil_name or self.tr("the incident"),
                    date=format_date(t.task.due_on),
                )
                for t in recorded.tasks
            )
            lines.append(self.tr("Tasks created (shown on the dashboard):") + "\n" + tasks)
        self.result_text.setText("\n\n".join(lines))

    def _delivery_sentence(self) -> str:
        url, online = self.server_url, self.is_online()
        if url is None:
            return self.tr(
                "This computer is not enrolled with a server, so the notification cannot be "
                "sent from here: report it by phone, and enroll the computer in Settings → "
                "Server enrollment."
            )
        if online:
            return self.tr("It will be sent to the server {0} automatically.").format(url)
        if online is None:
            return self.tr(
                "It will be sent to the server {0} in the background as soon as the server "
                "can be reached."
            ).format(url)
        return self.tr(
            "There is no connection to the server {0} now; it will be sent as soon as there is one."
        ).format(url)

    def on_phone_report(self) -> None:
        if self.recorded is None or self.recorded.notification is None:
            return
        dialog = PhoneReportDialog(
            self.vault,
            self,
            notification_id=self.recorded.notification.id,
            numbers=phone_numbers(self.recorded.notification),
        )
        dialog.accepted.connect(lambda: self.on_phoned(dialog))
        self.phone_dialog = dialog
        dialog.open()

    def on_phoned(self, dialog: PhoneReportDialog) -> None:
        self.phone_report = dialog.result_value
        self._show_phoned(self.phone_report)

    def _show_phoned(self, report: PhoneReport) -> None:
        set_panel(self.call_box, None)
        self.call_box.setText(
            self.tr(
                "The phone report was recorded: called {number} at {time}, answered by {who}."
            ).format(
                number=report.phone_number or "—",
                time=format_datetime(report.called_at),
                who=report.answered_by,
            )
        )
        self.phone_button.hide()
