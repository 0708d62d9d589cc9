"""A pupil's card: profile, legal representatives, register history, chronology, plans.

Opening the card reads the pupil through ``get_pupil``, which writes the ``pupil.view`` audit
entry; refreshing after a change does not count as another view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import Plan, Task
from app.domain.pupils import Pupil, RegisterEntry, Representative
from app.errors import QorgauError
from app.services import chronology as chronology_service
from app.services import plans as plan_service
from app.services import pupils as pupil_service
from app.services import register as register_service
from app.vault import Vault
from ui.dialogs.absence import AbsenceDialog
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.plan import PlanDialog, PlanReviewDialog, TaskDialog, complete_task
from ui.dialogs.pupil_form import PupilForm, RepresentativeForm
from ui.dialogs.referral import ReferralDialog
from ui.dialogs.register import CloseEntryDialog, OpenEntryDialog, ReviewEntryDialog
from ui.dialogs.session import SessionDialog
from ui.formatting import format_date
from ui.models.chronology_model import COL_DETAIL, COL_KIND, COL_TITLE, COL_WHEN, ChronologyModel
from ui.models.simple_list_model import Column
from ui.vocabulary import (
    chronology_names,
    plan_kinds,
    plan_statuses,
    register_category_names,
    relation_name,
)
from ui.widgets.tables import make_table, selected_row
from ui.widgets.titled_list_model import TitledListModel
from ui.widgets.validation import error_sentence

# The chronology's subject column grows with its contents up to this width; longer subjects
# are elided and shown whole in the tooltip, and the details column takes the rest.
SUBJECT_MAX_WIDTH = 320


def open_pupil_card(
    vault: Vault,
    parent: QWidget,
    pupil_id: int,
    on_changed: Callable[[], object] | None = None,
) -> PupilCard | None:
    """The one way a pupil's card is opened (the window, the pupils' search and list, the
    plans and absences pages): reads the pupil (the audited view), or says in one message why
    it cannot; the card is deleted when it closes; ``on_changed`` is called whenever something
    about the pupil was recorded from the card."""
    try:
        card = PupilCard(vault, parent, pupil_id=pupil_id)
    except QorgauError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PupilCard", "Pupil card"), error_sentence(exc)
        )
        return None
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_changed is not None:
        card.changed.connect(on_changed)
    card.open()
    return card


def yes_no(value: bool) -> str:
    return "✓" if value else "—"


class PupilCard(QDialog):
    """Signals:
    changed(): something about the pupil was recorded or edited.
    """

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, pupil_id: int) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        self.dialog: QDialog | None = None
        self.pupil: Pupil = pupil_service.get_pupil(vault, self.pupil_id)  # audited view
        self.entries: list[RegisterEntry] = []
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.title = QLabel()
        self.title.setObjectName("card_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        # Codes shown as names in the tables; re-read when the language changes.
        self.category_names = register_category_names()
        self.kind_names = plan_kinds()
        self.status_names = plan_statuses()

        actions = QHBoxLayout()
        self.incident_button = self._button(self.on_new_incident, actions)
        self.session_button = self._button(self.on_new_session, actions)
        self.referral_button = self._button(self.on_new_referral, actions)
        self.absence_button = self._button(self.on_new_absence, actions)
        self.summary_button = self._button(self.on_case_summary, actions)
        self.summary_button.setEnabled(vault.user.role in ("psychologist", "social_pedagogue"))
        actions.addStretch(1)

        self.tabs = QTabWidget()
        self.register_page = self._register_tab()
        self.plans_page = self._plans_tab()
        for tab in (
            self._profile_tab(),
            self._representatives_tab(),
            self.register_page,
            self._chronology_tab(),
            self.plans_page,
        ):
            self.tabs.addTab(tab, "")

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
        self.retranslate(show=False)
        self.refresh(reread=False)

    def _button(self, slot: Callable[[], None], layout: QHBoxLayout) -> QPushButton:
        button = QPushButton()
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- tabs ----------------------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        page = QWidget()
        self.profile = QFormLayout()
        self.profile_fields: dict[str, QLabel] = {}
        for key in ("full_name", "iin", "class_name", "birth_date", "sex", "address"):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.profile_fields[key] = value
            self.profile.addRow(" ", value)
        edit_row = QHBoxLayout()
        self.edit_button = self._button(self.on_edit_profile, edit_row)
        edit_row.addStretch(1)
        box = QVBoxLayout(page)
        box.addLayout(self.profile)
        box.addLayout(edit_row)
        box.addStretch(1)
        return page

    def _representatives_tab(self) -> QWidget:
        page = QWidget()
        self.representatives: TitledListModel[Representative] = TitledListModel(
            [
                Column("", lambda r: r.full_name),
                Column("", lambda r: relation_name(r.relation)),
                Column("", lambda r: r.phone),
                Column("", lambda r: yes_no(r.consent_processing)),
                Column("", lambda r: yes_no(r.consent_support)),
                Column("", lambda r: r.consent_date),
                Column("", lambda r: r.address),
            ],
            lambda: (
                self.tr("Full name"),
                self.tr("Relation"),
                self.tr("Phone"),
                self.tr("Data processing consent"),
                self.tr("Support consent"),
                self.tr("Consent date"),
                self.tr("Address"),
            ),
            self,
        )
        self.representatives_table = make_table(self.representatives)
        self.representatives_table.activated.connect(self.on_edit_representative)
        self.representatives_empty = QLabel()
        self.representatives_empty.setWordWrap(True)
        row = QHBoxLayout()
        self.add_representative_button = self._button(self.on_add_representative, row)
        self.edit_representative_button = self._button(self.on_edit_representative, row)
        row.addStretch(1)
        box = QVBoxLayout(page)
        box.addWidget(self.representatives_empty)
        box.addWidget(self.representatives_table, 1)
        box.addLayout(row)
        return page

    def _register_tab(self) -> QWidget:
        page = QWidget()
        self.register: TitledListModel[RegisterEntry] = TitledListModel(
            [
                Column("", lambda e: self.category_names.get(e.category, e.category)),
                Column("", lambda e: e.opened_on),
                Column("", lambda e: e.review_due),
                Column("", lambda e: e.closed_on),
                Column("", lambda e: e.basis, tooltip=lambda e: e.basis),
                Column("", lambda e: e.close_reason or ""),
            ],
            lambda: (
                self.tr("Category"),
                self.tr("Opened"),
                self.tr("Next review"),
                self.tr("Closed"),
                self.tr("Basis"),
                self.tr("Reason for closing"),
            ),
            self,
        )
        self.register_table = make_table(self.register)
        self.register_empty = QLabel()
        self.register_empty.setWordWrap(True)
        row = QHBoxLayout()
        self.open_entry_button = self._button(self.on_open_entry, row)
        self.review_entry_button = self._button(self.on_review_entry, row)
        self.close_entry_button = self._button(self.on_close_entry, row)
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
        header = self.chronology_table.horizontalHeader()
        # Date and record kind are short: as wide as their contents. The subject grows with
        # its contents up to a limit (see fit_chronology); the details take the rest.
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.chronology_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.chronology_table.activated.connect(self.on_chronology_activated)  # double-click
        # Enter is taken here: the view would pass the key on to the card, whose default
        # button logic then "pressed" Close in the record dialog that had just opened.
        self.chronology_table.installEventFilter(self)
        self.chronology_empty = QLabel()
        self.chronology_empty.setWordWrap(True)
        box = QVBoxLayout(page)
        box.addWidget(self.chronology_empty)
        box.addWidget(self.chronology_table, 1)
        return page

    def _plans_tab(self) -> QWidget:
        page = QWidget()
        self.plans: TitledListModel[Plan] = TitledListModel(
            [
                Column("", lambda p: p.title, tooltip=lambda p: p.title),
                Column("", lambda p: self.kind_names.get(p.kind, p.kind)),
                Column("", lambda p: self.status_names.get(p.status, p.status)),
                Column("", lambda p: p.goals, tooltip=lambda p: p.goals),
            ],
            lambda: (self.tr("Plan"), self.tr("Kind"), self.tr("Status"), self.tr("Goals")),
            self,
        )
        self.tasks: TitledListModel[Task] = TitledListModel(
            [
                Column("", lambda t: t.title, tooltip=lambda t: t.title),
                Column("", lambda t: t.due_on),
                Column("", lambda t: t.done_on),
                Column("", lambda t: t.responsible_name),
            ],
            lambda: (self.tr("Task"), self.tr("Due"), self.tr("Done"), self.tr("Responsible")),
            self,
        )
        self.plans_table = make_table(self.plans)
        self.tasks_table = make_table(self.tasks)
        self.plans_empty = QLabel()
        self.plans_empty.setWordWrap(True)
        plan_row = QHBoxLayout()
        self.new_plan_button = self._button(self.on_new_plan, plan_row)
        self.review_plan_button = self._button(self.on_review_plan, plan_row)
        plan_row.addStretch(1)
        task_row = QHBoxLayout()
        self.add_task_button = self._button(self.on_add_task, task_row)
        self.done_button = self._button(self.on_task_done, task_row)
        task_row.addStretch(1)
        self.tasks_label = QLabel()
        box = QVBoxLayout(page)
        box.addWidget(self.plans_empty)
        box.addWidget(self.plans_table, 2)
        box.addLayout(plan_row)
        box.addWidget(self.tasks_label)
        box.addWidget(self.tasks_table, 3)
        box.addLayout(task_row)
        return page

    # -- text ----------------------------------------------------------------------------------

    def retranslate(self, show: bool = True) -> None:
        """Every text of the card in the current language (also after a language switch)."""
        self.category_names = register_category_names()
        self.kind_names = plan_kinds()
        self.status_names = plan_statuses()
        for button, text in (
            (self.incident_button, self.tr("New incident")),
            (self.session_button, self.tr("New session")),
            (self.referral_button, self.tr("New referral")),
            (self.absence_button, self.tr("New absence")),
            (self.summary_button, self.tr("Case summary…")),
            (self.edit_button, self.tr("Edit profile…")),
            (self.add_representative_button, self.tr("Add representative…")),
            (self.edit_representative_button, self.tr("Edit…")),
            (self.open_entry_button, self.tr("Put on the register…")),
            (self.review_entry_button, self.tr("Review…")),
            (self.close_entry_button, self.tr("Take off the register…")),
            (self.new_plan_button, self.tr("New plan…")),
            (self.review_plan_button, self.tr("Review plan…")),
            (self.add_task_button, self.tr("Add task…")),
            (self.done_button, self.tr("Mark task done")),
        ):
            button.setText(text)
        tabs = (
            self.tr("Profile"),
            self.tr("Legal representatives"),
            self.tr("Register"),
            self.tr("Chronology"),
            self.tr("Plans and tasks"),
        )
        for index, title in enumerate(tabs):
            self.tabs.setTabText(index, title)
        labels = {
            "full_name": self.tr("Full name:"),
            "iin": self.tr("IIN:"),
            "class_name": self.tr("Class:"),
            "birth_date": self.tr("Birth date:"),
            "sex": self.tr("Sex:"),
            "address": self.tr("Address:"),
        }
        for key, value in self.profile_fields.items():
            label = self.profile.labelForField(value)
            if isinstance(label, QLabel):
                label.setText(labels[key])
        self.representatives_empty.setText(
            self.tr(
                "No legal representative is recorded. Add the parents or guardians with their "
                "phone numbers and consents."
            )
        )
        self.register_empty.setText(
            self.tr(
                "The pupil is not on any register. Use “Put on the register…” when the pupil "
                "needs pedagogical accompaniment."
            )
        )
        self.chronology_empty.setText(
            self.tr(
                "Nothing has been recorded about this pupil yet. Incidents, sessions, referrals, "
                "absences and council decisions will appear here by date."
            )
        )
        self.plans_empty.setText(
            self.tr(
                "There is no plan yet. Create an accompaniment or rehabilitation plan, then add "
                "its tasks."
            )
        )
        self.tasks_label.setText(self.tr("Tasks about this pupil:"))
        # Names of codes in the rows, the title and the subtitle: from what is loaded, without
        # reading the vault (which may be locked or closed when the language changes).
        for model in (self.representatives, self.register, self.plans, self.tasks):
            model.retranslate()
        self.chronology.set_title_names(chronology_names())
        if show:
            self._show_pupil()
            self.fit_chronology()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------

    def refresh(self, reread: bool = True) -> None:
        vault, pid = self.vault, self.pupil_id
        if reread:
            self.pupil = pupil_service.get_pupil(vault, pid, audit_view=False)
        entries = register_service.entries_for_pupil(vault, pid)
        self.entries = entries
        self._show_pupil()
        self.representatives.set_rows(pupil_service.list_representatives(vault, pid))
        self.register.set_rows(entries)
        self.chronology.set_events(chronology_service.chronology(vault, pid), chronology_names())
        self.fit_chronology()
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

    def _show_pupil(self) -> None:
        """Title, subtitle and profile from the loaded pupil, in the current language."""
        p = self.pupil
        self.setWindowTitle(self.tr("Pupil card: {name}").format(name=p.full_name))
        self.title.setText(p.full_name)
        names = self.category_names
        open_names = [names.get(e.category, e.category) for e in self.entries if e.is_open]
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
            "birth_date": format_date(p.birth_date),
            "sex": sexes.get(p.sex, p.sex),
            "address": p.address or "—",
        }
        for key, label in self.profile_fields.items():
            label.setText(values[key])

    def fit_chronology(self) -> None:
        """The subject as wide as its longest text, within limits; the rest elides (the
        tooltip has the full text)."""
        table = self.chronology_table
        title = table.horizontalHeader().sectionSizeHint(COL_TITLE)
        contents = table.sizeHintForColumn(COL_TITLE) if self.chronology.rowCount() else 0
        table.setColumnWidth(COL_TITLE, max(title, min(contents, SUBJECT_MAX_WIDTH)))

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

    def show_dialog(self, dialog: QDialog) -> QDialog:
        """A read-only dialog over the card (nothing to refresh when it closes)."""
        self.dialog = dialog
        dialog.open()
        return dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.chronology_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.on_chronology_activated(self.chronology_table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def on_chronology_activated(self, index: QModelIndex) -> None:
        from ui.dialogs.chronology_open import open_event

        if index.isValid():
            open_event(self, index)

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
        from ui.dialogs.case_summary import CaseSummaryDialog

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
