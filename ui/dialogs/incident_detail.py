"""An incident as recorded, read-only (opened from the incidents page and the pupil card's chronology)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import Incident, IncidentDetail
from ui.formatting import format_datetime
from ui.vocabulary import (
    incident_category_names,
    notification_states,
    participant_roles,
    recipient_name,
)


class IncidentDetailDialog(QDialog):
    """One incident, read-only, with its notifications."""

    def __init__(self, detail: IncidentDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        incident: Incident = detail.incident
        names = incident_category_names()
        roles = participant_roles()
        self.setWindowTitle(
            self.tr("Incident of {date}").format(date=format_datetime(incident.detected_at))
        )
        lines = [
            self.tr("Category: {name}").format(
                name=names.get(incident.category, incident.category)
            ),
            self.tr("What happened: {text}").format(text=incident.description),
        ]
        if incident.participants:
            counts: dict[str, int] = {}
            for p in incident.participants:
                counts[p.role] = counts.get(p.role, 0) + 1
            lines.append(
                self.tr("Pupils involved: {list}").format(
                    list=", ".join(f"{roles.get(r, r)}: {n}" for r, n in counts.items())
                )
            )
        if incident.others:
            lines.append(
                self.tr("Children who are not pupils of the school: {list}").format(
                    list="; ".join(
                        ", ".join(x for x in (o.full_name, o.age, roles.get(o.role, o.role)) if x)
                        for o in incident.others
                    )
                )
            )
        if incident.learned_outside:
            lines.append(
                self.tr("Learned of outside the school in the course of professional work.")
            )
        if incident.representatives_not_informed:
            lines.append(
                self.tr(
                    "Legal representatives not informed (against the child's interest): {why}"
                ).format(why=incident.representatives_not_informed)
            )
        if incident.measures:
            lines.append(self.tr("Measures taken: {text}").format(text=incident.measures))
        for n in detail.notifications:
            lines.append(
                self.tr(
                    "Notification to {recipients}: deadline {deadline}, state: {state}."
                ).format(
                    recipients=", ".join(recipient_name(c) for c in n.recipients),
                    deadline=format_datetime(n.deadline),
                    state=notification_states().get(n.ack_state or n.state, n.state),
                )
            )
        text = QLabel("\n\n".join(lines))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)
