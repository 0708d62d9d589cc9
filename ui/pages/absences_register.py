"""The absence register on the absences page (issue 13): who reached the rules' threshold of
"systematic" unexcused absence, and whether they are on the register.

Recording an absence puts its pupil on the register when the threshold is reached; the button
here catches up pupils whose absences were recorded earlier (or before a lower threshold):
``absence_register.open_register_entries``, after a confirmation naming them. The work with
the pupil and the legal representatives is logged on the absences above ("Record work done…")
and in the entry's reviews on the pupil card (Enter or double-click on a row opens it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import QorgauError
from app.rules import load_rules
from app.services import absence_register
from app.services import pupils as pupil_service
from app.services import register as register_service
from app.vault import Vault
from ui.models.simple_list_model import Column, RecordListModel
from ui.widgets.tables import make_table
from ui.widgets.validation import error_sentence

VIEW_ROLES = (*register_service.OPEN_ROLES, "admin")


@dataclass(frozen=True)
class AbsenteeRow:
    pupil_id: int
    name: str
    class_name: str
    days: int
    on_register: bool


class AbsenceRegisterPanel(QGroupBox):
    """Signals: ``changed()`` after entries were opened."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.rows: list[AbsenteeRow] = []
        self.card: QWidget | None = None
        self.question: QMessageBox | None = None
        self.threshold = QLabel()
        self.threshold.setWordWrap(True)
        self.model: RecordListModel[AbsenteeRow] = RecordListModel(self.columns(), self)
        self.table: QTableView = make_table(self.model)
        self.table.setMaximumHeight(180)
        self.table.activated.connect(self.on_activated)  # the card: the entry and its reviews
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.register_button = QPushButton()
        self.register_button.clicked.connect(self.on_register)
        row = QHBoxLayout()
        row.addWidget(self.threshold, 1)
        row.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.none_label)
        self.setVisible(vault.user.role in VIEW_ROLES)
        self.retranslate()

    def columns(self) -> list[Column[AbsenteeRow]]:
        return [
            Column(self.tr("Pupil"), lambda r: r.name),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Unexcused days"), lambda r: r.days, align_right=True),
            Column(
                self.tr("On the register"),
                lambda r: self.tr("yes") if r.on_register else self.tr("no"),
            ),
        ]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Register of unexcused absence"))
        self.register_button.setText(self.tr("Put on the register…"))
        rule = load_rules().absence
        self.threshold.setText(
            self.tr(
                "Systematic absence: {days} or more unexcused days within {window} days "
                "(the school's setting in the rules file)."
            ).format(days=rule.systematic_days, window=rule.window.days)
        )
        self.model = RecordListModel(self.columns(), self)
        self.table.setModel(self.model)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self.vault.user.role not in VIEW_ROLES:
            return  # the panel is hidden: the register is the specialists' and the admin's
        try:
            found = absence_register.absentees(self.vault)
            self.rows = [self._row(a) for a in found]
        except QorgauError as exc:
            self.rows = []
            self.none_label.setText(error_sentence(exc))
        else:
            self.none_label.setText(self.tr("No pupil has reached the threshold."))
        self.model.set_rows(self.rows)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(self.rows))
        self.none_label.setVisible(not self.rows)
        waiting = self.waiting()
        self.register_button.setEnabled(
            bool(waiting) and self.vault.user.role in register_service.OPEN_ROLES
        )

    def _row(self, absentee: absence_register.Absentee) -> AbsenteeRow:
        pupil = pupil_service.get_pupil(self.vault, absentee.pupil_id, audit_view=False)
        return AbsenteeRow(
            pupil.id, pupil.full_name, pupil.class_name, absentee.days, absentee.on_register
        )

    def on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        from ui.dialogs.pupil_card import open_pupil_card

        pupil_id = self.model.record(index.row()).pupil_id
        self.card = open_pupil_card(self.vault, self, pupil_id, self._on_card_changed)

    def _on_card_changed(self) -> None:
        self.changed.emit()
        self.refresh()

    def waiting(self) -> list[AbsenteeRow]:
        """At the threshold and not on the register."""
        return [r for r in self.rows if not r.on_register]

    def on_register(self) -> None:
        waiting = self.waiting()
        if not waiting:
            return
        names = "\n".join(f"• {r.name} ({r.class_name}, {r.days})" for r in waiting)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Register of unexcused absence"),
            self.tr("Put these pupils on the register of unexcused absence?\n\n{names}").format(
                names=names
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.question = box
        box.finished.connect(lambda result: self._confirmed(result))
        box.open()

    def _confirmed(self, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        try:
            absence_register.open_register_entries(self.vault)
        except QorgauError as exc:
            QMessageBox.warning(self, self.title(), error_sentence(exc))
            return
        self.refresh()
        self.changed.emit()
