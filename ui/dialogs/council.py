"""Prevention council meetings: members, pupils discussed, decisions that become tasks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import CouncilDecision, CouncilMeeting, CouncilPupil, MeetingDetail
from app.domain.pupils import PupilListItem
from app.errors import QorgauError
from app.services import council as council_service
from app.vault import Vault
from ui.dialogs.council_decision import DecisionDialog
from ui.formatting import format_date
from ui.models.simple_list_model import Column, RecordListModel
from ui.vocabulary import meeting_statuses
from ui.widgets.date_field import day_of, make_date_edit
from ui.widgets.pupil_picker import PupilPicker
from ui.widgets.validation import FormDialog, error_sentence

REASON_COLUMN = 2  # in the new meeting's table: Pupil, Class, Reason


@dataclass(frozen=True)
class Agenda:
    pupil: PupilListItem
    reason: str


def small_table(model: QAbstractItemModel, *, editable: bool = False) -> QTableView:
    """A compact table; ``editable`` lets the model's editable columns be typed into
    (double-click, F2 or typing on the selected cell)."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    triggers = QAbstractItemView.EditTrigger
    table.setEditTriggers(
        triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        if editable
        else triggers.NoEditTriggers
    )
    return table


def edit_reason_of_last_row(table: QTableView, column: int) -> None:
    """After a pupil is added: the reason is typed next, in the full-width Reason column."""
    model = table.model()
    index = model.index(model.rowCount() - 1, column)
    table.setCurrentIndex(index)
    table.scrollTo(index)
    table.setFocus()
    table.edit(index)


class MeetingDialog(FormDialog):
    """A new meeting: date, members (one per line), agenda, pupils to discuss."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("New prevention council meeting"))
        self.held_on = make_date_edit()
        self.members = QPlainTextEdit()
        self.members.setTabChangesFocus(True)
        self.members.setPlaceholderText(
            self.tr("One member per line, with the position: for example, Director A. B. Seitova")
        )
        self.members.setMaximumHeight(100)
        self.agenda = QPlainTextEdit()
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMaximumHeight(80)
        self.picker = PupilPicker(vault, self)
        self.picker.picked.connect(self.on_pick)
        self.pupils: RecordListModel[Agenda] = RecordListModel(
            [
                Column(self.tr("Pupil"), lambda a: a.pupil.full_name),
                Column(self.tr("Class"), lambda a: a.pupil.class_name),
                Column(
                    self.tr("Reason"),
                    lambda a: a.reason,
                    edit=lambda a, text: Agenda(a.pupil, text.strip()),
                ),
            ],
            self,
        )
        self.pupils_table = small_table(self.pupils, editable=True)
        self.pupils_table.setMinimumHeight(120)
        hint = QLabel(
            self.tr("Add a pupil, then type why they are discussed in the “Reason” column.")
        )
        hint.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.pupils_table, 1)
        layout.addWidget(hint)
        add = self.errors.add_row
        add(self.form, "held_on", self.tr("Date:"), self.held_on)
        add(self.form, "members", self.tr("Members:"), self.members)
        add(self.form, "agenda", self.tr("Agenda:"), self.agenda)
        add(self.form, "pupils", self.tr("Pupils to discuss:"), box, aliases=("reason",))
        self.resize(620, 640)

    def on_pick(self, pupil: PupilListItem) -> None:
        rows = self.pupils.rows()
        if all(a.pupil.id != pupil.id for a in rows):
            self.pupils.append(Agenda(pupil, ""))
            edit_reason_of_last_row(self.pupils_table, REASON_COLUMN)

    def save(self) -> CouncilMeeting:
        members = [line for line in self.members.toPlainText().splitlines() if line.strip()]
        meeting = council_service.plan_meeting(
            self.vault, day_of(self.held_on), members, self.agenda.toPlainText()
        )
        for item in self.pupils.rows():
            council_service.add_pupil_to_meeting(self.vault, meeting.id, item.pupil.id, item.reason)
        return meeting


class MeetingDetailDialog(QDialog):
    """One meeting: members, pupils discussed, decisions; add pupils and decisions.

    Arguments: ``meeting_id``.
    """

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, meeting_id: int) -> None:
        super().__init__(parent)
        self.vault = vault
        self.meeting_id = meeting_id
        self.dialog: QDialog | None = None
        self.changed = False
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pupils: RecordListModel[CouncilPupil] = RecordListModel(
            [
                Column(self.tr("Pupil"), lambda p: p.pupil_name),
                Column(self.tr("Reason"), lambda p: p.reason, edit=self._set_reason),
            ],
            self,
        )
        self.decisions: RecordListModel[CouncilDecision] = RecordListModel(
            [
                Column(self.tr("Decision"), lambda d: d.text, tooltip=lambda d: d.text),
                Column(self.tr("About"), self._pupil_name),
            ],
            self,
        )
        self.picker = PupilPicker(vault, self)
        self.picker.picked.connect(self.on_add_pupil)
        self.decision_button = QPushButton(self.tr("Add decision…"))
        self.decision_button.clicked.connect(self.on_add_decision)
        self.held_button = QPushButton(self.tr("Mark as held"))
        self.held_button.clicked.connect(self.on_mark_held)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.decision_button)
        row.addWidget(self.held_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(QLabel(self.tr("Pupils discussed:")))
        layout.addWidget(self.picker)
        self.pupils_table = small_table(self.pupils, editable=True)
        layout.addWidget(self.pupils_table, 1)
        hint = QLabel(
            self.tr("Add a pupil, then type why they are discussed in the “Reason” column.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Decisions:")))
        self.decisions_table = small_table(self.decisions)
        layout.addWidget(self.decisions_table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(700, 600)
        self.refresh()

    def _pupil_name(self, decision: CouncilDecision) -> str:
        for p in self.pupils.rows():
            if p.pupil_id == decision.pupil_id:
                return p.pupil_name
        return self.tr("The whole school") if decision.pupil_id is None else ""

    def refresh(self) -> None:
        detail: MeetingDetail = council_service.get_meeting(self.vault, self.meeting_id)
        meeting = detail.meeting
        status = meeting_statuses().get(meeting.status, meeting.status)
        self.setWindowTitle(
            self.tr("Prevention council of {date}").format(date=format_date(meeting.held_on))
        )
        members = ", ".join(meeting.members) or self.tr("not recorded")
        self.header.setText(
            self.tr("Status: {status}. Members: {members}. Agenda: {agenda}").format(
                status=status, members=members, agenda=meeting.agenda or "—"
            )
        )
        self.pupils.set_rows(detail.pupils)
        self.decisions.set_rows(detail.decisions)
        self.held_button.setEnabled(meeting.status != "held")

    def _warn(self, exc: QorgauError) -> None:
        QMessageBox.warning(self, self.tr("Prevention council"), error_sentence(exc))

    def on_add_pupil(self, pupil: PupilListItem) -> None:
        if any(p.pupil_id == pupil.id for p in self.pupils.rows()):
            return  # already on the agenda: adding again must not wipe its reason
        try:
            council_service.add_pupil_to_meeting(self.vault, self.meeting_id, pupil.id, "")
        except QorgauError as exc:
            self._warn(exc)
            return
        self.changed = True
        self.refresh()
        row = next(i for i, p in enumerate(self.pupils.rows()) if p.pupil_id == pupil.id)
        index = self.pupils.index(row, 1)
        self.pupils_table.setCurrentIndex(index)
        self.pupils_table.setFocus()
        self.pupils_table.edit(index)

    def _set_reason(self, item: CouncilPupil, text: str) -> CouncilPupil | None:
        """The Reason cell was edited: store it (the service updates a pupil on the agenda)."""
        try:
            updated = council_service.add_pupil_to_meeting(
                self.vault, self.meeting_id, item.pupil_id, text
            )
        except QorgauError as exc:
            self._warn(exc)
            return None
        self.changed = True
        return updated

    def on_add_decision(self) -> None:
        dialog = DecisionDialog(
            self.vault, self, meeting_id=self.meeting_id, pupils=self.pupils.rows()
        )
        dialog.accepted.connect(self._after_change)
        self.dialog = dialog
        dialog.open()

    def _after_change(self) -> None:
        self.changed = True
        self.refresh()

    def on_mark_held(self) -> None:
        try:
            council_service.mark_held(self.vault, self.meeting_id)
        except QorgauError as exc:
            self._warn(exc)
            return
        self._after_change()
