"""The parts of the incident form that issue 13 added, kept apart from the dialog's layout:

- "learned of outside the school through professional work" (the law names this case);
- children involved who are not pupils of the school (name, approximate age or birth date, a
  note), in a role like the pupils;
- informing the legal representatives would be against the child's interest (the counsellor
  records why; then no task to inform them is created).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import OtherParticipant
from ui.vocabulary import participant_roles

MAX_NAME = 300


class IncidentExtras(QWidget):
    """Three small inputs under the pupils involved; read by ``IncidentDialog.draft``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._others: list[OtherParticipant] = []

        self.outside = QCheckBox()
        self.outside.setObjectName("learned_outside")

        self.other_label = QLabel()
        self.other_name = QLineEdit()
        self.other_name.setMaxLength(MAX_NAME)
        self.other_age = QLineEdit()
        self.other_age.setMaxLength(MAX_NAME)
        self.other_note = QLineEdit()
        self.other_role = QComboBox()
        self.add_other_button = QPushButton()
        self.add_other_button.setAutoDefault(False)
        self.add_other_button.clicked.connect(self.on_add_other)
        self.other_name.returnPressed.connect(self.on_add_other)
        self.other_list = QListWidget()
        self.other_list.setMaximumHeight(60)
        self.other_list.hide()
        self.remove_other_button = QPushButton()
        self.remove_other_button.setAutoDefault(False)
        self.remove_other_button.clicked.connect(self.on_remove_other)
        self.remove_other_button.hide()

        self.not_informed = QCheckBox()
        self.not_informed.setObjectName("representatives_not_informed")
        self.not_informed_reason = QLineEdit()
        self.not_informed_reason.setEnabled(False)
        self.not_informed.toggled.connect(self.not_informed_reason.setEnabled)

        row = QGridLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.other_name, 0, 0)
        row.addWidget(self.other_age, 0, 1)
        row.addWidget(self.other_role, 0, 2)
        row.addWidget(self.other_note, 1, 0, 1, 2)
        row.addWidget(self.add_other_button, 1, 2)
        row.setColumnStretch(0, 3)
        row.setColumnStretch(1, 2)
        listed = QHBoxLayout()
        listed.addWidget(self.other_list, 1)
        listed.addWidget(self.remove_other_button, 0, Qt.AlignmentFlag.AlignTop)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.outside)
        box.addWidget(self.other_label)
        box.addLayout(row)
        box.addLayout(listed)
        box.addWidget(self.not_informed)
        box.addWidget(self.not_informed_reason)
        self.retranslate()

    # -- what the dialog reads -------------------------------------------------------------------

    def others(self) -> tuple[OtherParticipant, ...]:
        return tuple(self._others)

    def learned_outside(self) -> bool:
        return self.outside.isChecked()

    def not_informed_text(self) -> str:
        """The recorded reason, or "" when informing is not against the child's interest."""
        return self.not_informed_reason.text().strip() if self.not_informed.isChecked() else ""

    # -- editing ---------------------------------------------------------------------------------

    def on_add_other(self) -> None:
        name = self.other_name.text().strip()
        if not name:
            self.other_name.setFocus()
            return
        other = OtherParticipant(
            self.other_role.currentData() or "victim",
            name,
            self.other_age.text().strip(),
            self.other_note.text().strip(),
        )
        if other in self._others:
            return
        self._others.append(other)
        for field in (self.other_name, self.other_age, self.other_note):
            field.clear()
        self._refresh()

    def on_remove_other(self) -> None:
        row = self.other_list.currentRow()
        if 0 <= row < len(self._others):
            del self._others[row]
            self._refresh()

    def _refresh(self) -> None:
        roles = participant_roles()
        self.other_list.clear()
        for other in self._others:
            parts = [other.full_name, other.age, roles.get(other.role, other.role), other.note]
            self.other_list.addItem(QListWidgetItem(" · ".join(p for p in parts if p)))
        self.other_list.setVisible(bool(self._others))
        self.remove_other_button.setVisible(bool(self._others))

    # -- text ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.outside.setText(
            self.tr("Learned of outside the school in the course of professional work")
        )
        self.other_label.setText(self.tr("A child who is not a pupil of the school:"))
        self.other_name.setPlaceholderText(self.tr("Surname and name"))
        self.other_age.setPlaceholderText(self.tr("Age or birth date (approximate)"))
        self.other_note.setPlaceholderText(self.tr("Who it is, how to reach them"))
        chosen = self.other_role.currentData()
        self.other_role.clear()
        for code, name in participant_roles().items():
            self.other_role.addItem(name, code)
        self.other_role.setCurrentIndex(max(self.other_role.findData(chosen), 0))
        self.add_other_button.setText(self.tr("Add the child"))
        self.remove_other_button.setText(self.tr("Remove"))
        self.not_informed.setText(
            self.tr("Informing the legal representatives would be against the child's interest")
        )
        self.not_informed_reason.setPlaceholderText(self.tr("Why (recorded with the incident)"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
