"""Unexcused absences that still need work, oldest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.domain.pupils import AbsenceDue
from app.services import absences as absence_service
from app.vault import Vault
from ui.dialogs.absence import AbsenceWorkDialog
from ui.models.simple_list_model import Column
from ui.pages.absences_register import AbsenceRegisterPanel
from ui.widgets.record_list_page import WRITE_ROLES, RecordListPage


class AbsencesPage(RecordListPage):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.title.setText(self.tr("Absences needing action"))
        self.work_button = self.add_action(
            self.tr("Record work done…"),
            self.on_work,
            "Ctrl+W",
            enabled=vault.user.role in WRITE_ROLES,
        )
        self.card_button = self.add_action(self.tr("Open pupil card"), self.on_card, "")
        # The register persists below the worklist (issue 13); it refreshes with the page.
        self.register_panel = AbsenceRegisterPanel(vault, self)
        self.register_panel.changed.connect(self.changed)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.register_panel)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        self.register_panel.refresh()

    def columns(self) -> Sequence[Column[AbsenceDue]]:
        return [
            Column(self.tr("Pupil"), lambda a: a.pupil.full_name),
            Column(self.tr("Class"), lambda a: a.pupil.class_name),
            Column(self.tr("From"), lambda a: a.absence.date_from),
            Column(self.tr("To"), lambda a: a.absence.date_to),
            Column(self.tr("Days"), lambda a: a.absence.days, align_right=True),
            Column(self.tr("Reason"), lambda a: a.absence.reason),
            Column(
                self.tr("Work done"),
                lambda a: a.absence.work_done.splitlines()[-1] if a.absence.work_done else "",
                tooltip=lambda a: a.absence.work_done,
            ),
        ]

    def load(self) -> Sequence[AbsenceDue]:
        return absence_service.absences_needing_action(self.vault)

    def empty_text(self) -> str:
        return self.tr(
            "No unexcused absence needs action. Record absences on a pupil's card with “New "
            "absence”; unexcused ones appear here until the work with the family is done."
        )

    def on_work(self) -> None:
        due = self.current()
        if due is not None and self.work_button.isEnabled():
            self.open_dialog(AbsenceWorkDialog(self.vault, self, absence=due.absence))

    def open_record(self, record: AbsenceDue) -> None:
        if self.work_button.isEnabled():
            self.open_dialog(AbsenceWorkDialog(self.vault, self, absence=record.absence))

    def on_card(self) -> None:
        due = self.current()
        if due is None:
            return
        from ui.dialogs.pupil_card import open_pupil_card

        self.dialog = open_pupil_card(self.vault, self, due.pupil.id, self.on_recorded)
