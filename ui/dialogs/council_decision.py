"""A prevention council decision, and what it does for the pupil it is about (issue 13).

A decision about a pupil on the meeting's agenda can also put the pupil on a register, take
them off one (an open entry), and create the individual plan the council appoints — through
``app.services.council_decisions.decide``, everything or nothing. The rows of each action are
shown only when its box is ticked, so a plain decision stays a short form.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.domain.cases import CouncilDecision, CouncilPupil
from app.services import council as council_service
from app.services import council_decisions
from app.services import register as register_service
from app.vault import Vault
from ui.dialogs.plan import staff_combo
from ui.dialogs.register import DEFAULT_REVIEW_DAYS
from ui.formatting import format_date
from ui.vocabulary import current_language, plan_kinds, register_category_names
from ui.widgets.date_field import date_of, make_date_edit
from ui.widgets.validation import FormDialog


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(70)
    box.setPlaceholderText(placeholder)
    return box


class DecisionDialog(FormDialog):
    """Arguments: ``meeting_id``, ``pupils`` (the meeting's agenda). The decision becomes a task;
    about a pupil, it can also open or close a register entry and create a plan."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        meeting_id: int,
        pupils: Sequence[CouncilPupil] = (),
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("New decision"))
        self.pupil = QComboBox()
        self.pupil.addItem(self.tr("The whole school (no particular pupil)"), None)
        for item in pupils:
            self.pupil.addItem(item.pupil_name, item.pupil_id)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.responsible = staff_combo(vault)
        self.due_on = make_date_edit(optional=True)
        add = self.errors.add_row
        add(self.form, "pupil_id", self.tr("About:"), self.pupil)
        add(self.form, "text", self.tr("Decision:"), self.text)
        add(self.form, "responsible_id", self.tr("Responsible:"), self.responsible)
        add(self.form, "due_on", self.tr("Due:"), self.due_on)
        note = QLabel(self.tr("The decision becomes a task for the person responsible."))
        note.setWordWrap(True)
        self.form.addRow("", note)

        # -- put on the register
        self.open_box = QCheckBox(self.tr("Put the pupil on the register"))
        self.category = QComboBox()
        for code, name in register_category_names().items():
            self.category.addItem(name, code)
        self.basis = _text_box(self.tr("Basis (if empty: the decision)"))
        self.review_due = make_date_edit(optional=True)
        self.review_due.setDate(QDate.currentDate().addDays(DEFAULT_REVIEW_DAYS))
        self.form.addRow("", self.open_box)
        add(self.form, "category", self.tr("Register:"), self.category, aliases=("open_register",))
        add(self.form, "basis", self.tr("Basis:"), self.basis)
        add(self.form, "review_due", self.tr("Next review:"), self.review_due)
        # -- take off the register
        self.close_box = QCheckBox(self.tr("Take the pupil off the register"))
        self.entry = QComboBox()
        self.reason = _text_box(self.tr("Reason (if empty: the decision)"))
        self.form.addRow("", self.close_box)
        add(self.form, "close_entry_id", self.tr("Entry:"), self.entry)
        add(self.form, "reason", self.tr("Reason:"), self.reason)
        # -- create the individual plan
        self.plan_box = QCheckBox(self.tr("Create an individual plan"))
        self.plan_kind = QComboBox()
        for code, name in plan_kinds().items():
            self.plan_kind.addItem(name, code)
        self.plan_title = QLineEdit()
        self.plan_title.setPlaceholderText(self.tr("If empty: the decision"))
        self.goals = _text_box(self.tr("Goals (if empty: the decision)"))
        self.form.addRow("", self.plan_box)
        add(self.form, "kind", self.tr("Plan:"), self.plan_kind, aliases=("plan_kind",))
        add(self.form, "title", self.tr("Title:"), self.plan_title)
        add(self.form, "goals", self.tr("Goals:"), self.goals)
        self.actions_note = QLabel()
        self.actions_note.setWordWrap(True)
        self.form.addRow("", self.actions_note)

        self._rows: dict[QCheckBox, tuple[QWidget, ...]] = {
            self.open_box: (self.category, self.basis, self.review_due),
            self.close_box: (self.entry, self.reason),
            self.plan_box: (self.plan_kind, self.plan_title, self.goals),
        }
        for box in self._rows:
            box.toggled.connect(lambda _on: self._show_rows())
        self.pupil.currentIndexChanged.connect(lambda _i: self._on_pupil())
        if len(pupils) == 1:
            self.pupil.setCurrentIndex(1)
        self._on_pupil()
        self.setMinimumWidth(540)

    # -- what can be done -------------------------------------------------------------------

    def _on_pupil(self) -> None:
        """The actions are for a pupil, and for the specialists who keep the registers."""
        pupil_id = self.pupil.currentData()
        may = self.vault.user.role in register_service.OPEN_ROLES
        self.entry.clear()
        if pupil_id is not None and may:
            names = register_category_names()
            for entry in register_service.entries_for_pupil(self.vault, pupil_id):
                if entry.is_open:
                    self.entry.addItem(
                        self.tr("{register}, since {date}").format(
                            register=names.get(entry.category, entry.category),
                            date=format_date(entry.opened_on),
                        ),
                        entry.id,
                    )
        for box in self._rows:
            box.setEnabled(pupil_id is not None and may)
            if not box.isEnabled():
                box.setChecked(False)
        if pupil_id is not None and may and self.entry.count() == 0:
            self.close_box.setEnabled(False)
            self.close_box.setChecked(False)
        if not may:
            text = self.tr(
                "Registers and plans are changed by the psychologist or social pedagogue."
            )
        elif pupil_id is None:
            text = self.tr("Choose a pupil to put on or take off the register or to plan for.")
        elif self.entry.count() == 0:
            text = self.tr("The pupil is on no register.")
        else:
            text = ""
        self.actions_note.setText(text)
        self.form.setRowVisible(self.actions_note, bool(text))
        self._show_rows()

    def _show_rows(self) -> None:
        for box, widgets in self._rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget, box.isChecked())
        self.adjustSize()

    def has_action(self) -> bool:
        return any(box.isChecked() for box in self._rows)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> CouncilDecision:
        pupil_id = self.pupil.currentData()
        if pupil_id is None or not self.has_action():
            return council_service.record_decision(
                self.vault,
                self.meeting_id,
                pupil_id,
                self.text.toPlainText(),
                self.responsible.currentData(),
                date_of(self.due_on),
            )
        meeting = council_service.get_meeting(self.vault, self.meeting_id).meeting
        outcome = council_decisions.decide(
            self.vault,
            self.meeting_id,
            pupil_id,
            self.text.toPlainText(),
            held_on=meeting.held_on,
            responsible_id=self.responsible.currentData(),
            due_on=date_of(self.due_on),
            open_register=self.category.currentData() if self.open_box.isChecked() else None,
            review_due=date_of(self.review_due),
            open_basis=self.basis.toPlainText(),
            close_entry_id=self.entry.currentData() if self.close_box.isChecked() else None,
            close_reason=self.reason.toPlainText(),
            plan_kind=self.plan_kind.currentData() if self.plan_box.isChecked() else None,
            plan_title=self.plan_title.text(),
            plan_goals=self.goals.toPlainText(),
            language=current_language(),
        )
        return outcome.decision
