"""A pupil's card: profile, legal representatives, register history, chronology, plans.

Opening the card reads the pupil through ``get_pupil``, which writes the ``pupil.view`` audit
entry; refreshing after a change does not count as another view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import Plan, Task
from app.domain.pupils import Pupil, RegisterEntry, Representative
from app.services import chronology as chronology_service
from app.services import plans as plan_service
from app.services import pupils as pupil_service
from app.services import register as register_service
from app.vault import Vault
from ui.forms import (
    chronology_names,
    plan_kinds,
    plan_statuses,
    register_category_names,
)
from ui.forms.absence import AbsenceDialog
from ui.forms.incident import IncidentDialog
from ui.forms.plan import PlanDialog, PlanReviewDialog, TaskDialog, complete_task
from ui.forms.pupil_form import PupilForm, RepresentativeForm, relation_name
from ui.forms.referral import ReferralDialog
from ui.forms.register import CloseEntryDialog, OpenEntryDialog, ReviewEntryDialog
from ui.forms.session import SessionDialog
from ui.models.chronology_model import ChronologyModel
from ui.models.simple_list_model import Column, RecordListModel


def make_table(model: Any) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def selected_row(table: QTableView) -> int | None:
    index = table.currentIndex()
    return index.row() if index.isValid() else None


def yes_no(value: bool) -> str:
    return "✓" if value else "—"


class PupilCard(QDialog):
    """Signals:
    changed(): something about the pupil was recorded or edited.
    """

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None, **context: Any) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id: int = context["pupil_id"]
        self.dialog: QDialog | None = None
        self.pupil: Pupil = pupil_service.get_pupil(vault, self.pupil_id)  # audited view
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.title = QLabel()
        self.title.setObjectName("card_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        actions = QHBoxLayout()
        self.incident_button = self._button(self.tr("New incident"), self.on_new_incident, actions)
        self.session_button = self._button(self.tr("New session"), self.on_new_session, actions)
        self.referral_button = self._button(self.tr("New referral"), self.on_new_referral, actions)
        self.absence_button = self._button(self.tr("New absence"), self.on_new_absence, actions)
        self.summary_button = self._button(self.tr("Case summary…"), self.on_case_summary, actions)
        self.summary_button.setEnabled(vault.user.role in ("psychologist", "social_pedagogue"))
        actions.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.tabs.addTab(self._representatives_tab(), self.tr("Legal representatives"))
        self.tabs.addTab(self._register_tab(), self.tr("Register"))
        self.tabs.addTab(self._chronology_tab(), self.tr("Chronology"))
        self.tabs.addTab(self._plans_tab(), self.tr("Plans and tasks"))

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        QShortcut(QKeySequence("Ctrl+I"), self, self.on_new_incident)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.on_new_session)
        for number in range(self.tabs.count()):
            QShortcut(
                QKeySequence(f"Alt+{number + 1}"),
                self,
                lambda n=number: self.tabs.setCurrentIndex(n),
            )
        self.resize(980, 640)
        self.refresh(reread=False)

    def _button(self, text: str, slot: Callable[[], None], layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- tabs ----------------------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        page = QWidget()
        self.profile = QFormLayout()
        self.profile_fields: dict[str, QLabel] = {}
        for key, label in (
            ("full_name", self.tr("Full name:")),
            ("iin", self.tr("IIN:")),
            ("class_name", self.tr("Class:")),
            ("birth_date", self.tr("Birth date:")),
            ("sex", self.tr("Sex:")),
            ("address", self.tr("Address:")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.profile_fields[key] = value
            self.profile.addRow(label, value)
        edit_row = QHBoxLayout()
        self.edit_button = self._button(self.tr("Edit profile…"), self.on_edit_profile, edit_row)
        edit_row.addStretch(1)
        box = QVBoxLayout(page)
        box.addLayout(self.profile)
        box.addLayout(edit_row)
        box.addStretch(1)
        return page

    def _representatives_tab(self) -> QWidget:
        page = QWidget()
        self.representatives: RecordListModel[Representative] = RecordListModel(
            [
                Column(self.tr("Full name"), lambda r: r.full_name),
                Column(self.tr("Relation"), lambda r: relation_name(r.relation)),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("Data processing consent"), lambda r: yes_no(r.consent_processing)),
                Column(self.tr("Support consent"), lambda r: yes_no(r.consent_support)),
                Column(self.tr("Consent date"), lambda r: r.consent_date),
                Column(self.tr("Address"), lambda r: r.address),
            ],
            self,
        )
        self.representatives_table = make_table(self.representatives)
        self.representatives_table.activated.connect(self.on_edit_representative)
        self.representatives_empty = QLabel(
            self.tr(
                "No legal representative is recorded. Add the parents or guardians with their "
                "phone numbers and consents."
            )
        )
        self.representatives_empty.setWordWrap(True)
        row = QHBoxLayout()
        self._button(self.tr("Add representative…"), self.on_add_representative, row)
        self._button(self.tr("Edit…"), self.on_edit_representative, row)
        row.addStretch(1)
        box = QVBoxLayout(page)
        box.addWidget(self.representatives_empty)
        box.addWidget(self.representatives_table, 1)
        box.addLayout(row)
        return page

    def _register_tab(self) -> QWidget:
        page = QWidget()
        names = register_category_names()
        self.register: RecordListModel[RegisterEntry] = RecordListModel(
            [
                Column(self.tr("Category"), lambda e: names.get(e.category, e.category)),
                Column(self.tr("Opened"), lambda e: e.opened_on),
                Column(self.tr("Next review"), lambda e: e.review_due),
                Column(self.tr("Closed"), lambda e: e.closed_on),
                Column(self.tr("Basis"), lambda e: e.basis, tooltip=lambda e: e.basis),
                Column(self.tr("Reason for closing"), lambda e: e.close_reason or ""),
            ],
            self,
        )
        self.register_table = make_table(self.register)
        self.register_empty = QLabel(
            self.tr(
                "The pupil is not on any register. Use “Put on the register…” when the pupil "
                "needs pedagogical accompaniment."
            )
        )
        self.register_empty.setWordWrap(True)
        row = QHBoxLayout()
        self.open_entry_button = self._button(
            self.tr("Put on the register…"), self.on_open_entry, row
        )
        self.review_entry_button = self._button(self.tr("Review…"), self.on_review_entry, row)
        self.close_entry_button = self._button(
            self.tr("Take off the register…"), self.on_close_entry, row
        )
        row.addStretch(1)
        self.register_table.selectionModel().currentChanged.connect(self._update_buttons)
        box = QVBoxLayout(page)
        box.addWidget(self.register_empty)
        box.addWidget(self.register_table, 1)
        box.addLayout(row)
        return page

    def _chronology_tab(self) -> QWidget:
        page = QWidget()
        self.chronology = ChronologyModel(self)
        self.chronology_table = make_table(self.chronology)
        self.chronology_table.setColumnWidth(0, 130)
        self.chronology_table.setColumnWidth(1, 170)
        self.chronology_table.setColumnWidth(2, 220)
        self.chronology_empty = QLabel(
            self.tr(
                "Nothing has been recorded about this pupil yet. Incidents, sessions, referrals, "
                "absences and council decisions will appear here by date."
            )
        )
        self.chronology_empty.setWordWrap(True)
        box = QVBoxLayout(page)
        box.addWidget(self.chronology_empty)
        box.addWidget(self.chronology_table, 1)
        return page

    def _plans_tab(self) -> QWidget:
        page = QWidget()
        kinds, statuses = plan_kinds(), plan_statuses()
        self.plans: RecordListModel[Plan] = RecordListModel(
            [
                Column(self.tr("Plan"), lambda p: p.title),
                Column(self.tr("Kind"), lambda p: kinds.get(p.kind, p.kind)),
                Column(self.tr("Status"), lambda p: statuses.get(p.status, p.status)),
                Column(self.tr("Goals"), lambda p: p.goals, tooltip=lambda p: p.goals),
            ],
            self,
        )
        self.tasks: RecordListModel[Task] = RecordListModel(
            [
                Column(self.tr("Task"), lambda t: t.title, tooltip=lambda t: t.title),
                Column(self.tr("Due"), lambda t: t.due_on),
                Column(self.tr("Done"), lambda t: t.done_on),
                Column(self.tr("Responsible"), lambda t: t.responsible_name),
            ],
            self,
        )
        self.plans_table = make_table(self.plans)
        self.tasks_table = make_table(self.tasks)
        self.plans_empty = QLabel(
            self.tr(
                "There is no plan yet. Create an accompaniment or rehabilitation plan, then add "
                "its tasks."
            )
        )
        self.plans_empty.setWordWrap(True)
        plan_row = QHBoxLayout()
        self._button(self.tr("New plan…"), self.on_new_plan, plan_row)
        self._button(self.tr("Review plan…"), self.on_review_plan, plan_row)
        plan_row.addStretch(1)
        task_row = QHBoxLayout()
        self._button(self.tr("Add task…"), self.on_add_task, task_row)
        self.done_button = self._button(self.tr("Mark task done"), self.on_task_done, task_row)
        task_row.addStretch(1)
        box = QVBoxLayout(page)
        box.addWidget(self.plans_empty)
        box.addWidget(self.plans_table, 2)
        box.addLayout(plan_row)
        box.addWidget(QLabel(self.tr("Tasks about this pupil:")))
        box.addWidget(self.tasks_table, 3)
        box.addLayout(task_row)
        return page

    # -- data ----------------------------------------------------------------------------------

    def refresh(self, reread: bool = True) -> None:
        vault, pid = self.vault, self.pupil_id
        if reread:
            self.pupil = pupil_service.get_pupil(vault, pid, audit_view=False)
        p = self.pupil
        self.setWindowTitle(self.tr("Pupil card: {name}").format(name=p.full_name))
        self.title.setText(p.full_name)
        entries = register_service.entries_for_pupil(vault, pid)
        names = register_category_names()
        open_names = [names.get(e.category, e.category) for e in entries if e.is_open]
        parts = [
            self.tr("Class {name}").format(name=p.class_name),
            self.tr("IIN {iin}").format(iin=p.iin),
        ]
        if open_names:
            parts.append(self.tr("On the register: {names}").format(names=", ".join(open_names)))
        self.subtitle.setText(" · ".join(parts))
        sexes = {"M": self.tr("Male"), "F": self.tr("Female")}
        values = {
            "full_name": p.full_name,
            "iin": p.iin,
            "class_name": p.class_name,
            "birth_date": p.birth_date.strftime("%d.%m.%Y"),
            "sex": sexes.get(p.sex, p.sex),
            "address": p.address or "—",
        }
        for key, label in self.profile_fields.items():
            label.setText(values[key])

        self.representatives.set_rows(pupil_service.list_representatives(vault, pid))
        self.register.set_rows(entries)
        self.chronology.set_events(chronology_service.chronology(vault, pid), chronology_names())
        self.plans.set_rows(plan_service.list_plans_for_pupil(vault, pid))
        self.tasks.set_rows(plan_service.tasks_for_pupil(vault, pid))
        for empty, model in (
            (self.representatives_empty, self.representatives),
            (self.register_empty, self.register),
            (self.chronology_empty, self.chronology),
            (self.plans_empty, self.plans),
        ):
            empty.setVisible(model.rowCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = selected_row(self.register_table)
        entry = self.register.record(row) if row is not None else None
        is_open = entry is not None and entry.is_open
        self.review_entry_button.setEnabled(is_open)
        self.close_entry_button.setEnabled(is_open)

    # -- dialogs -------------------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Open a form over the card; when it saves, the card refreshes."""
        self.dialog = dialog
        dialog.accepted.connect(self.on_recorded)
        dialog.open()
        return dialog

    def on_recorded(self) -> None:
        self.refresh()
        self.changed.emit()

    def on_edit_profile(self) -> None:
        self.open_dialog(PupilForm(self.vault, self, pupil_id=self.pupil_id))

    def on_add_representative(self) -> None:
        self.open_dialog(RepresentativeForm(self.vault, self, pupil_id=self.pupil_id))

    def on_edit_representative(self) -> None:
        row = selected_row(self.representatives_table)
        if row is None:
            if self.representatives.rowCount() == 0:
                self.on_add_representative()
            return
        self.open_dialog(
            RepresentativeForm(self.vault, self, representative=self.representatives.record(row))
        )

    def on_new_incident(self) -> None:
        self.open_dialog(IncidentDialog(self.vault, self, pupil_id=self.pupil_id))

    def on_new_session(self) -> None:
        self.open_dialog(SessionDialog(self.vault, self, pupil_id=self.pupil_id))

    def on_new_referral(self) -> None:
        self.open_dialog(ReferralDialog(self.vault, self, pupil_id=self.pupil_id))

    def on_new_absence(self) -> None:
        self.open_dialog(AbsenceDialog(self.vault, self, pupil_id=self.pupil_id))

    def on_case_summary(self) -> None:
        from ui.reports_view import CaseSummaryDialog

        self.open_dialog(CaseSummaryDialog(self.vault, self.pupil_id, self))

    def on_open_entry(self) -> None:
        self.open_dialog(OpenEntryDialog(self.vault, self, pupil_id=self.pupil_id))

    def on_review_entry(self) -> None:
        row = selected_row(self.register_table)
        if row is not None:
            self.open_dialog(ReviewEntryDialog(self.vault, self, entry=self.register.record(row)))

    def on_close_entry(self) -> None:
        row = selected_row(self.register_table)
        if row is not None:
            self.open_dialog(CloseEntryDialog(self.vault, self, entry=self.register.record(row)))

    def on_new_plan(self) -> None:
        self.open_dialog(PlanDialog(self.vault, self, pupil_id=self.pupil_id))

    def on_review_plan(self) -> None:
        row = selected_row(self.plans_table)
        if row is not None:
            self.open_dialog(PlanReviewDialog(self.vault, self, plan=self.plans.record(row)))

    def on_add_task(self) -> None:
        row = selected_row(self.plans_table)
        plan = self.plans.record(row) if row is not None else None
        self.open_dialog(
            TaskDialog(self.vault, self, pupil_id=self.pupil_id, plan_id=plan.id if plan else None)
        )

    def on_task_done(self) -> None:
        row = selected_row(self.tasks_table)
        if row is not None and complete_task(self, self.vault, self.tasks.record(row)):
            self.on_recorded()
