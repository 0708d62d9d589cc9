"""The incidents page, and the small list-page frame the other record pages share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import Incident
from app.errors import QorgauError
from app.services import incidents as incident_service
from app.vault import Vault
from ui.dialogs.incident import IncidentDialog, local_text
from ui.dialogs.pupil_card import make_table, selected_row
from ui.dialogs.validation import error_sentence
from ui.models.simple_list_model import Column, RecordListModel
from ui.vocabulary import (
    incident_category_names,
    notification_states,
    participant_roles,
    recipient_name,
)

WRITE_ROLES = ("psychologist", "social_pedagogue")


# A column sized to its contents takes at most this share of the table: a long text (what
# happened, an agenda) leaves room for the others and is elided, whole in its tooltip.
MAX_COLUMN_SHARE = 0.45


def fit_columns(table: QTableView) -> None:
    """Every column but the last as wide as its title and values (capped); the last one, the
    long text, takes the rest. Interactive, so the user can still drag a border."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None or model.columnCount() == 0:
        return
    header.setStretchLastSection(True)
    limit = max(120, int(table.viewport().width() * MAX_COLUMN_SHARE), 240)
    for column in range(model.columnCount() - 1):
        wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        header.resizeSection(column, min(wanted, limit))


class RecordListPage(QWidget):
    """A title, action buttons, a table and an empty state that says what to do next.

    Subclasses define :meth:`columns`, :meth:`load` and :meth:`empty_text`, and add buttons
    with :meth:`add_action`.

    Signals:
        changed(): the page recorded something (other pages may refresh).
    """

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.dialog: QDialog | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.model: RecordListModel[Any] = RecordListModel(self.columns(), self)
        self.table = make_table(self.model)
        self.table.activated.connect(self.on_activated)
        self.empty = QLabel()
        self.empty.setObjectName("empty_state")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.action_row = QHBoxLayout()  # not ``actions``: that is QWidget.actions()
        self.action_row.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.action_row)
        layout.addWidget(self.stack, 1)

    def add_action(
        self, text: str, slot: Callable[[], None], shortcut: str = "", enabled: bool = True
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        if shortcut:
            QShortcut(QKeySequence(shortcut), self, slot)
            button.setToolTip(f"{text} ({shortcut})")
        self.action_row.addWidget(button)
        return button

    def columns(self) -> Sequence[Column[Any]]:
        raise NotImplementedError

    def load(self) -> Sequence[Any]:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        try:
            rows = self.load()
        except QorgauError as exc:
            rows = []
            self.empty.setText(error_sentence(exc))
        else:
            self.empty.setText(self.empty_text())
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.stack.setCurrentWidget(self.table if rows else self.empty)

    def current(self) -> Any | None:
        row = selected_row(self.table)
        return self.model.record(row) if row is not None else None

    def on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.model.record(index.row()))

    def open_record(self, record: Any) -> None:
        """Enter or double-click on a row; nothing by default."""

    def open_dialog(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.on_recorded)
        dialog.open()
        return dialog

    def on_recorded(self) -> None:
        self.refresh()
        self.changed.emit()

    def warn(self, exc: QorgauError) -> None:
        QMessageBox.warning(self, self.title.text(), error_sentence(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts that depend on the language; the table's columns follow on refresh."""
        self.model = RecordListModel(self.columns(), self)
        self.table.setModel(self.model)
        self.refresh()


class IncidentsPage(RecordListPage):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.title.setText(self.tr("Incidents"))
        self.new_button = self.add_action(
            self.tr("New incident…"),
            self.on_new_incident,
            "Ctrl+N",
            enabled=vault.user.role in WRITE_ROLES,
        )
        self.refresh()

    def columns(self) -> Sequence[Column[Incident]]:
        names = incident_category_names()
        return [
            Column(self.tr("Detected"), lambda i: local_text(i.detected_at)),
            Column(self.tr("Category"), lambda i: names.get(i.category, i.category)),
            Column(self.tr("Pupils"), lambda i: len(i.participants), align_right=True),
            Column(
                self.tr("What happened"),
                lambda i: " ".join(i.description.split())[:160],
                tooltip=lambda i: i.description,
            ),
        ]

    def load(self) -> Sequence[Incident]:
        return incident_service.list_incidents(self.vault, limit=500)

    def empty_text(self) -> str:
        return self.tr(
            "No incident has been recorded. Use “New incident…” when something happens: if the "
            "law requires a notification, it is created for you."
        )

    def on_new_incident(self) -> None:
        if self.new_button.isEnabled():
            self.open_dialog(IncidentDialog(self.vault, self))

    def open_record(self, record: Incident) -> None:
        try:
            detail = incident_service.get_incident(self.vault, record.id)  # audited view
        except QorgauError as exc:
            self.warn(exc)
            return
        self.dialog = IncidentDetailDialog(detail, self)
        self.dialog.open()


class IncidentDetailDialog(QDialog):
    """One incident, read-only, with its notifications."""

    def __init__(self, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        incident: Incident = detail.incident
        names = incident_category_names()
        roles = participant_roles()
        self.setWindowTitle(
            self.tr("Incident of {date}").format(date=local_text(incident.detected_at))
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
                    deadline=local_text(n.deadline),
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
