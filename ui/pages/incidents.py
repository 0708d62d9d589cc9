"""The incidents page (its frame is ``ui.widgets.record_list_page``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QWidget,
)

from app.domain.cases import Incident
from app.errors import QorgauError
from app.services import incidents as incident_service
from app.vault import Vault
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.incident_detail import IncidentDetailDialog
from ui.formatting import format_datetime
from ui.models.simple_list_model import Column
from ui.vocabulary import (
    incident_category_names,
)
from ui.widgets.record_list_page import WRITE_ROLES, RecordListPage


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
            Column(self.tr("Detected"), lambda i: format_datetime(i.detected_at)),
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
