"""The case summary dialog: which sections of a pupil's case go into the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.reports import CASE_SUMMARY_SECTIONS
from app.vault import Vault
from ui import documents
from ui.background.workers import Task
from ui.errors import message_for
from ui.style import Tone, set_tone
from ui.widgets.document_export import ask_path, export_document


class CaseSummaryDialog(QDialog):
    """Choose the sections of a pupil's case summary, then save it as PDF.

    Confidential session notes are never part of it, whatever is chosen.

    Signals:
        saved(str): the path written.
    """

    saved = Signal(str)

    def __init__(self, vault: Vault, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        self.task: Task | None = None
        self.checks: dict[str, QCheckBox] = {}
        self.about = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        for section in CASE_SUMMARY_SECTIONS:
            box = QCheckBox()
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.checks[section] = box
            layout.addWidget(box)
        self.message = QLabel(wordWrap=True)
        set_tone(self.message, Tone.LATE)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_save_as)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        from ui.documents.case_summary import section_names

        self.setWindowTitle(self.tr("Case summary"))
        self.about.setText(
            self.tr(
                "Choose what the summary for a referral contains. Confidential notes of "
                "sessions are never included. Making the summary is recorded in the audit log."
            )
        )
        for section, name in section_names().items():
            self.checks[section].setText(name)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save as…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sections(self) -> set[str]:
        return {s for s, box in self.checks.items() if box.isChecked()}

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.sections()))

    def on_save_as(self) -> None:
        path = ask_path(self, self.tr("Save the case summary"), f"case-summary-{self.pupil_id}.pdf")
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> Task:
        sections = self.sections()
        pupil_id = self.pupil_id
        self.message.clear()
        self.buttons.setEnabled(False)
        self.task = export_document(
            self.vault,
            path,
            lambda view, p: documents.export_case_summary(view, pupil_id, sections, p),
        )
        self.task.finished.connect(self._on_saved)
        self.task.failed.connect(self._on_failed)
        return self.task

    def _on_saved(self, path: object) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        self.saved.emit(str(path))
        self.accept()

    def _on_failed(self, exc: object) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        self.message.setText(message_for(exc) if isinstance(exc, BaseException) else str(exc))
