"""Prevention council meetings, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.domain.cases import CouncilMeeting
from app.services import council as council_service
from app.vault import Vault
from ui.dialogs.council import MeetingDetailDialog, MeetingDialog
from ui.models.simple_list_model import Column
from ui.vocabulary import meeting_statuses
from ui.widgets.record_list_page import RecordListPage


class CouncilPage(RecordListPage):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.title.setText(self.tr("Prevention council"))
        self.open_button = self.add_action(self.tr("Open meeting"), self.on_open, "")
        self.new_button = self.add_action(self.tr("New meeting…"), self.on_new_meeting, "Ctrl+N")
        self.protocol_button = self.add_action(self.tr("Protocol…"), self.on_protocol, "")
        self.refresh()

    def columns(self) -> Sequence[Column[CouncilMeeting]]:
        statuses = meeting_statuses()
        return [
            Column(self.tr("Date"), lambda m: m.held_on),
            Column(self.tr("Status"), lambda m: statuses.get(m.status, m.status)),
            Column(self.tr("Members"), lambda m: len(m.members), align_right=True),
            Column(
                self.tr("Agenda"),
                lambda m: " ".join(m.agenda.split())[:160],
                tooltip=lambda m: m.agenda,
            ),
        ]

    def load(self) -> Sequence[CouncilMeeting]:
        return council_service.list_meetings(self.vault)

    def empty_text(self) -> str:
        return self.tr(
            "No prevention council meeting is planned. Use “New meeting…” to plan one, list the "
            "pupils to discuss, and record its decisions — each decision becomes a task."
        )

    def on_new_meeting(self) -> None:
        dialog = MeetingDialog(self.vault, self)
        dialog.accepted.connect(lambda: self.open_record(dialog.result_value))
        self.open_dialog(dialog)

    def on_open(self) -> None:
        meeting = self.current()
        if meeting is not None:
            self.open_record(meeting)

    def open_record(self, record: CouncilMeeting) -> None:
        dialog = MeetingDetailDialog(self.vault, self, meeting_id=record.id)
        dialog.finished.connect(lambda _r: self._on_detail_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_detail_closed(self, dialog: MeetingDetailDialog) -> None:
        if dialog.changed:
            self.on_recorded()

    def on_protocol(self) -> None:
        from ui.widgets.document_export import save_protocol

        meeting = self.current()
        if meeting is not None:
            save_protocol(self, self.vault, meeting.id)
