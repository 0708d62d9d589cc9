"""Import pupils from a CSV or XLSX file: map the columns, see every invalid row, import.

The file is read into a table in memory (``app.pupil_table``), the columns are guessed with the
CSV import's own header matching and can be changed with one combo box per field; every change
re-runs a dry run of the real import on a worker, so the problems listed (line and reason) are
exactly what the command line would report. "Import all" is offered only for a file without
problems, "Import valid rows only" otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import QorgauError, ValidationError
from app.progress import Progress
from app.pupil_csv import FIELDS, REQUIRED_FIELDS, RowError
from app.pupil_table import Table, guess_mapping, map_columns, read_table
from app.services.pupil_import import MAX_IMPORT_BYTES, ImportReport, import_pupils
from app.vault import Vault
from ui.background.workers import Report, Task, run_task, run_with_vault
from ui.errors import message_for
from ui.file_dialogs import ask_open_path
from ui.models.simple_list_model import Column, RecordListModel
from ui.progress_text import import_text, show_on_bar
from ui.style import Tone, tint
from ui.widgets.validation import reason_sentence

PREVIEW_ROWS = 30
CHECK_DELAY_MS = 150
_FILE_REASONS = frozenset({"missing_column", "duplicate_column", "empty", "csv_syntax"})


def field_names() -> dict[str, str]:
    return {
        "iin": QCoreApplication.translate("ImportDialog", "IIN"),
        "surname": QCoreApplication.translate("ImportDialog", "Surname"),
        "name": QCoreApplication.translate("ImportDialog", "Name"),
        "patronymic": QCoreApplication.translate("ImportDialog", "Patronymic"),
        "class": QCoreApplication.translate("ImportDialog", "Class"),
        "birth_date": QCoreApplication.translate("ImportDialog", "Birth date"),
        "sex": QCoreApplication.translate("ImportDialog", "Sex"),
        "address": QCoreApplication.translate("ImportDialog", "Address"),
        "representative": QCoreApplication.translate("ImportDialog", "Legal representative"),
        "phone": QCoreApplication.translate("ImportDialog", "Phone"),
    }


def row_error_sentence(error: RowError) -> str:
    """What is wrong with one row of an import file (or with the file, for its first line)."""
    specific = {
        "exists": QCoreApplication.translate(
            "ImportDialog", "A pupil with this IIN is already in the vault."
        ),
        "duplicate": QCoreApplication.translate(
            "ImportDialog", "This IIN appears twice in the file."
        ),
        "missing_column": QCoreApplication.translate(
            "ImportDialog", "The file has no column for this field."
        ),
        "duplicate_column": QCoreApplication.translate(
            "ImportDialog", "The file has two columns for this field."
        ),
        "empty": QCoreApplication.translate("ImportDialog", "The file is empty."),
        "csv_syntax": QCoreApplication.translate(
            "ImportDialog", "The file is not a valid CSV file."
        ),
        "too_many_fields": QCoreApplication.translate(
            "ImportDialog", "The row has more cells than the header."
        ),
    }
    return specific.get(error.reason) or reason_sentence(error.reason)


def table_error_sentence(exc: BaseException) -> str:
    """Why a file could not be read as a table."""
    if isinstance(exc, ValidationError) and exc.field == "file":
        sentences = {
            "xls_unsupported": QCoreApplication.translate(
                "ImportDialog",
                "Old Excel files (.xls) cannot be read. Save the file as .xlsx or .csv "
                "and choose it again.",
            ),
            "unreadable": QCoreApplication.translate(
                "ImportDialog", "The file is not a readable Excel (.xlsx) workbook."
            ),
            "empty": QCoreApplication.translate("ImportDialog", "The file is empty."),
            "csv_syntax": QCoreApplication.translate(
                "ImportDialog", "The file is not a valid CSV file."
            ),
            "too_large": QCoreApplication.translate(
                "ImportDialog", "The file is too large for a list of pupils."
            ),
        }
        if exc.reason in sentences:
            return sentences[exc.reason]
    return message_for(exc)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names the column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def choose_import_file(parent: QWidget | None) -> Path | None:
    return ask_open_path(
        parent,
        QCoreApplication.translate("ImportDialog", "Import pupils"),
        QCoreApplication.translate(
            "ImportDialog",
            "Class lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;"
            "All files (*)",
        ),
    )


class ImportDialog(QDialog):
    """Signals:
    checked(object): a dry run finished for the current mapping (its ``ImportReport``).
    imported(object): the import finished (its ``ImportReport``).
    """

    checked = Signal(object)
    imported = Signal(object)

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.table: Table | None = None
        self.report: ImportReport | None = None
        self.task: Task | None = None  # the import
        # Workers' tasks must stay referenced until they report, or their signals are lost.
        self.read_task: Task | None = None
        self.check_task: Task | None = None
        self._data: bytes | None = None  # the canonical CSV the last dry run checked
        self._generation = 0

        self.path = QLineEdit(readOnly=True)
        self.choose_button = QPushButton()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)

        self.mapping_box = QGroupBox()
        grid = QGridLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        self._labels: dict[str, QLabel] = {}
        for n, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            label = QLabel()
            label.setBuddy(combo)
            row, col = divmod(n, 2)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.combos[field] = combo
            self._labels[field] = label

        self.preview = QTableWidget(0, len(FIELDS))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)

        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("summary")
        self.problems_model: RecordListModel[RowError] = RecordListModel(
            [
                Column(self.tr("Line"), lambda e: e.line, align_right=True),
                Column(self.tr("Field"), lambda e: field_names().get(e.field, e.field)),
                Column(self.tr("Problem"), row_error_sentence),
                Column(self.tr("Value"), lambda e: e.value),
            ],
            self,
        )
        self.problems = QTableView()
        self.problems.setModel(self.problems_model)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy while reading and checking; importing is counted
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_all_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_valid_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole
        )

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.mapping_box)
        self._preview_label = QLabel()
        layout.addWidget(self._preview_label)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)
        self.choose_button.clicked.connect(self.choose_file)
        self.import_all_button.clicked.connect(lambda: self.start_import(skip_invalid=False))
        self.import_valid_button.clicked.connect(lambda: self.start_import(skip_invalid=True))
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update_buttons()
        self.resize(900, 640)
        if path is not None:
            self.load_file(path)

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import pupils"))
        self.choose_button.setText(self.tr("&Choose file…"))
        self.path.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file with a class list"))
        self.mapping_box.setTitle(self.tr("Which column holds what (* required)"))
        names = field_names()
        for field, label in self._labels.items():
            star = " *" if field in REQUIRED_FIELDS else ""
            label.setText(f"{names[field]}{star}:")
        self.preview.setHorizontalHeaderLabels([names[f] for f in FIELDS])
        self._preview_label.setText(self.tr("The first rows as they will be imported:"))
        self._fill_combos()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_report()
        super().changeEvent(event)

    # -- the file ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = choose_import_file(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> Task | None:
        """Read ``path`` into a table on a worker; the columns are guessed when it is done."""
        self.path.setText(str(path))
        self.table = None
        self.report = None
        self._data = None
        self._generation += 1
        generation = self._generation
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise ValidationError("file", "too_large", "the file is larger than 64 MB")
            data = path.read_bytes()
        except (OSError, QorgauError) as exc:
            self._show_failure(table_error_sentence(exc))
            return None
        self.summary.setText(self.tr("Reading the file…"))
        self._busy(True)
        self.read_task = task = run_task(lambda _report: read_table(data))
        task.finished.connect(lambda table: self._on_table(table, generation))
        task.failed.connect(lambda exc: self._on_table_failed(exc, generation))
        return task

    def _on_table(self, table: Table, generation: int) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self.table = table
        self._fill_combos(guess_mapping(table.header))
        self.check()

    def _on_table_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self._show_failure(table_error_sentence(exc))

    def _show_failure(self, sentence: str) -> None:
        self.table = None
        self.report = None
        self._fill_combos()
        self._show_preview()
        self.problems_model.set_rows([])
        self.summary.setText(sentence)
        self._update_buttons()

    # -- mapping -----------------------------------------------------------------------------

    def _fill_combos(self, mapping: dict[str, int | None] | None = None) -> None:
        if mapping is None:
            mapping = self.mapping()
        header = self.table.header if self.table is not None else ()
        width = self.table.width if self.table is not None else 0
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), None)
            for index in range(width):
                title = header[index] if index < len(header) else ""
                combo.addItem(f"{column_letter(index)}: {title}".rstrip(": "), index)
            chosen = mapping.get(field)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.setEnabled(self.table is not None)
            combo.blockSignals(False)

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def set_mapping(self, field: str, column: int | None) -> None:
        """Map ``field`` to the column with index ``column`` (None: not imported)."""
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(column) if column is not None else 0)

    def _on_mapping_changed(self, _index: int) -> None:
        self._generation += 1
        self.report = None
        self._data = None
        self._update_buttons()
        self.summary.setText(self.tr("Checking…"))
        self.timer.start()

    # -- the dry run -------------------------------------------------------------------------

    def check(self) -> Task | None:
        """Run the import as a dry run for the current mapping on a worker."""
        self.timer.stop()
        if self.table is None:
            return None
        self._generation += 1
        generation = self._generation
        data = map_columns(self.table, self.mapping())
        self._show_preview()
        self.summary.setText(self.tr("Checking…"))
        self._busy(True)

        def work(view: Vault, _report: Report) -> ImportReport:
            return import_pupils(view, data, dry_run=True)

        self.check_task = task = run_with_vault(self.vault, work)
        task.finished.connect(lambda report: self._on_checked(report, data, generation))
        task.failed.connect(lambda exc: self._on_check_failed(exc, generation))
        return task

    def _on_checked(self, report: ImportReport, data: bytes, generation: int) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self.report = report
        self._data = data
        self._show_report()
        self.checked.emit(report)

    def _on_check_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self.summary.setText(message_for(exc))
        self._update_buttons()

    def problem_rows(self) -> list[RowError]:
        if self.report is None:
            return []
        return sorted((*self.report.errors, *self.report.duplicates_in_vault), key=lambda e: e.line)

    def _file_error(self) -> bool:
        return any(e.reason in _FILE_REASONS for e in self.problem_rows())

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        problems = self.problem_rows()
        self.problems_model.set_rows(problems)
        self.problems.resizeColumnsToContents()
        if self._file_error():
            text = self.tr(
                "Nothing can be imported yet: choose a column for every field marked * "
                "(the problems are listed below)."
            )
        elif report.ok:
            text = self.tr("All {count} rows are valid.").format(count=report.valid)
        elif report.valid == 0:
            text = self.tr("No row is valid. Correct the file and choose it again.")
        else:
            text = self.tr(
                "{bad} rows have problems and would be skipped. {good} rows are valid."
            ).format(bad=report.skipped, good=report.valid)
        self.summary.setText(text)
        self._mark_preview(problems)
        self._update_buttons()

    # -- preview -----------------------------------------------------------------------------

    def _show_preview(self) -> None:
        table = self.table
        rows = table.rows[:PREVIEW_ROWS] if table is not None else ()
        mapping = self.mapping()
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(r.line) for r in rows])
        for row_index, row in enumerate(rows):
            for col, field in enumerate(FIELDS):
                source = mapping.get(field)
                text = row.cell(source) if source is not None else ""
                self.preview.setItem(row_index, col, QTableWidgetItem(text))

    def _mark_preview(self, problems: list[RowError]) -> None:
        if self.table is None:
            return
        by_line: dict[int, list[str]] = {}
        for error in problems:
            by_line.setdefault(error.line, []).append(row_error_sentence(error))
        for row_index, row in enumerate(self.table.rows[:PREVIEW_ROWS]):
            reasons = by_line.get(row.line)
            for col in range(self.preview.columnCount()):
                item = self.preview.item(row_index, col)
                if item is None:
                    continue
                item.setBackground(QBrush(tint(Tone.LATE)) if reasons else QBrush())
                item.setToolTip("\n".join(reasons) if reasons else "")

    # -- importing ---------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(self.task is None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        report = self.report
        idle = self.task is None and not self.progress.isVisible()
        usable = report is not None and self._data is not None and not self._file_error()
        self.import_all_button.setText(
            self.tr("Import all {count}").format(count=report.valid if report else 0)
            if report is not None and report.ok
            else self.tr("Import all")
        )
        self.import_valid_button.setText(
            self.tr("Import {count} valid rows only").format(count=report.valid)
            if report is not None
            else self.tr("Import valid rows only")
        )
        self.import_all_button.setEnabled(
            idle and usable and report is not None and report.ok and report.valid > 0
        )
        self.import_valid_button.setEnabled(
            idle and usable and report is not None and not report.ok and report.valid > 0
        )
        for combo in self.combos.values():
            combo.setEnabled(self.table is not None and self.task is None)

    def start_import(self, *, skip_invalid: bool) -> Task | None:
        """Import the checked rows on a worker (all of them, or the valid ones only)."""
        data = self._data
        if data is None or self.task is not None:
            return None

        def work(view: Vault, report: Report) -> ImportReport:
            return import_pupils(view, data, skip_invalid=skip_invalid, progress=report)

        def counted(value: object) -> None:  # rows written of those to write, time left
            if isinstance(value, Progress) and self.task is not None:
                show_on_bar(self.progress, value)
                self.summary.setText(import_text(value))

        self.summary.setText(self.tr("Importing…"))
        self.task = task = run_with_vault(self.vault, work)
        task.progress.connect(counted)
        task.finished.connect(self._on_imported)
        task.failed.connect(self._on_import_failed)
        self.progress.setRange(0, 0)  # busy until the rows are counted (checking goes first)
        self._busy(True)
        return self.task

    def _on_imported(self, report: ImportReport) -> None:
        self.task = None
        self._busy(False)
        self.summary.setText(self.tr("Imported pupils: {count}.").format(count=report.imported))
        self.imported.emit(report)
        self.accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        self.task = None
        self._busy(False)
        self.summary.setText(
            self.tr("Nothing was imported: {reason}").format(reason=message_for(exc))
        )
        # The vault may have changed meanwhile (another import): check again.
        self.check()

    def reject(self) -> None:
        if self.task is not None:  # the transaction runs to its end either way
            return
        super().reject()
