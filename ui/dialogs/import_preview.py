"""The preview of a pupil import: which rows will be imported and what is wrong with the others."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.pupil_csv import RowError
from app.services.pupil_import import ImportReport
from ui.models.simple_list_model import Column, RecordListModel
from ui.widgets.validation import reason_sentence


def row_error_sentence(error: RowError) -> str:
    """What is wrong with one row of an import file."""

    specific = {
        "exists": QCoreApplication.translate(
            "ImportPreview", "A pupil with this IIN is already in the vault."
        ),
        "duplicate": QCoreApplication.translate(
            "ImportPreview", "This IIN appears twice in the file."
        ),
        "missing_column": QCoreApplication.translate(
            "ImportPreview", "The file has no column for this field."
        ),
        "duplicate_column": QCoreApplication.translate(
            "ImportPreview", "The file has two columns for this field."
        ),
        "empty": QCoreApplication.translate("ImportPreview", "The file is empty."),
        "csv_syntax": QCoreApplication.translate(
            "ImportPreview", "The file is not a valid CSV file."
        ),
        "too_many_fields": QCoreApplication.translate(
            "ImportPreview", "The row has more cells than the header."
        ),
    }
    return specific.get(error.reason) or reason_sentence(error.reason)


class ImportPreview(QDialog):
    """The rows an import would skip, and a choice to import the valid rows only."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems in the import file"))
        problems = sorted((*report.errors, *report.duplicates_in_vault), key=lambda e: e.line)
        file_error = any(
            e.reason in ("missing_column", "duplicate_column", "empty", "csv_syntax")
            for e in problems
        )
        self.model: RecordListModel[RowError] = RecordListModel(
            [
                Column(self.tr("Line"), lambda e: e.line, align_right=True),
                Column(self.tr("Field"), lambda e: e.field),
                Column(self.tr("Problem"), row_error_sentence),
                Column(self.tr("Value"), lambda e: e.value),
            ],
            self,
        )
        self.model.set_rows(problems)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        summary = QLabel()
        summary.setWordWrap(True)
        if file_error or report.valid == 0:
            summary.setText(
                self.tr("Nothing can be imported from this file. Correct it and try again.")
            )
        else:
            summary.setText(
                self.tr(
                    "{bad} rows have problems and will be skipped. {good} rows are valid."
                ).format(bad=report.skipped, good=report.valid)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import {count} valid rows only").format(count=report.valid),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(not file_error and report.valid > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(720, 420)
