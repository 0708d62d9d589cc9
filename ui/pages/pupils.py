"""The pupil list page: search as you type, filters, the lazily loaded table, import.

Typing restarts a short timer; when it fires the model's filter changes and the first page
is fetched (a few milliseconds on the GUI thread). Enter or a double-click opens the card.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.pupils import PupilFilter
from app.services import pupils as pupil_service
from app.services.pupil_import import ImportReport
from app.vault import Vault
from ui.dialogs.pupil_form import PupilForm
from ui.models.pupils_model import PupilsModel, vault_source
from ui.vocabulary import register_category_names
from ui.widgets.validation import error_sentence

SEARCH_DELAY_MS = 150
# The widest value each column but the last (which stretches) can hold: name, class, birth
# date, IIN.
COLUMN_SAMPLES = ("Александров Александр Александрович", "11 ВВ", "00.00.0000", "000000000000")
SEARCH_PADDING = 48  # the frame, the text margins and the clear button
SEARCH_MAX_MIN_WIDTH = 420
CATEGORY_MIN_CHARS = 18


class PupilsPage(QWidget):
    """Signals:
    pupil_opened(int): a pupil's card was opened.
    pupils_changed(): pupils were added or imported.
    """

    pupil_opened = Signal(int)
    pupils_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.card: QDialog | None = None
        self.form: PupilForm | None = None
        self.import_dialog: QDialog | None = None
        self.last_import: ImportReport | None = None
        fetch, count = vault_source(vault)
        self.model = PupilsModel(
            fetch, count, category_names=register_category_names(), parent=self
        )
        self.model.fetch_failed.connect(self.on_fetch_failed)
        self.model.modelReset.connect(self._update_state)
        self.model.rowsInserted.connect(self._update_state)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.class_filter = QComboBox()
        self.category_filter = QComboBox()
        # Register categories are long: the box may be narrower than the longest (the list it
        # opens shows them whole), which leaves the search box room for its placeholder.
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_filter.setMinimumContentsLength(CATEGORY_MIN_CHARS)
        self.status_filter = QComboBox()
        self.new_button = QPushButton()
        self.import_button = QPushButton()
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self.on_activated)

        self.empty = QLabel()
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.class_filter, 1)
        bar.addWidget(self.category_filter, 2)
        bar.addWidget(self.status_filter, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self.on_search_return)
        self.class_filter.currentIndexChanged.connect(self.apply_filter)
        self.category_filter.currentIndexChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.new_button.clicked.connect(self.on_new_pupil)
        self.import_button.clicked.connect(self.on_import)
        QShortcut(QKeySequence.StandardKey.New, self, self.on_new_pupil)
        # Ctrl+F is the main window's "Find pupil" (it shows this page and focuses the search).
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.focus_table)
        self.setTabOrder(self.search, self.class_filter)
        self.setTabOrder(self.class_filter, self.category_filter)
        self.setTabOrder(self.category_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)
        self.setTabOrder(self.table, self.import_button)
        self.setTabOrder(self.import_button, self.new_button)

        self._retranslate()
        self.refresh()

    # -- texts ---------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by surname, name, IIN or class"))
        self.new_button.setText(self.tr("New pupil"))
        self.new_button.setToolTip(self.tr("Add a pupil (Ctrl+N)"))
        self.import_button.setText(self.tr("Import CSV or Excel…"))
        self.import_button.setToolTip(
            self.tr("Import a class list from a CSV or Excel (.xlsx) file")
        )
        self._fill_filters()
        self._update_state()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Column widths from the (translated) titles and the longest value each column can
        hold, so that neither "Дата рождения" nor a 12-digit IIN is cut off."""
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMN_SAMPLES))
        header = self.table.horizontalHeader()
        cells = self.table.fontMetrics()
        titles = header.fontMetrics()
        padding = 2 * cells.horizontalAdvance("M")
        for column, sample in enumerate(COLUMN_SAMPLES):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(
                cells.horizontalAdvance(sample) + padding,
                titles.horizontalAdvance(title) + 2 * padding,  # room for the sort arrow
                header.sectionSizeHint(column),
            )
            header.resizeSection(column, width)
        # The placeholder says what can be searched; it should be readable in every language.
        placeholder = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(min(placeholder + SEARCH_PADDING, SEARCH_MAX_MIN_WIDTH))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.set_category_names(register_category_names())
            self._retranslate()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        combos = (self.class_filter, self.category_filter, self.status_filter)
        kept = [combo.currentData() for combo in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.class_filter.addItem(self.tr("All classes"), None)
        for name in pupil_service.classes(self.vault):
            self.class_filter.addItem(name, name)
        self.category_filter.addItem(self.tr("Any register category"), None)
        for code, name in register_category_names().items():
            self.category_filter.addItem(name, code)
        self.status_filter.addItem(self.tr("All pupils"), None)
        self.status_filter.addItem(self.tr("On the register"), True)
        self.status_filter.addItem(self.tr("Not on the register"), False)
        for combo, value in zip(combos, kept, strict=True):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- filtering -----------------------------------------------------------------------------

    def current_filter(self) -> PupilFilter:
        return PupilFilter(
            query=self.search.text().strip(),
            class_name=self.class_filter.currentData(),
            register_category=self.category_filter.currentData(),
            on_register=self.status_filter.currentData(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self.timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_state()

    @Slot()
    def refresh(self) -> None:
        """Reload the classes and the list (after pupils were added elsewhere)."""
        self._fill_filters()
        self.model.set_category_names(register_category_names())
        self.model.set_filter(self.current_filter(), force=True)
        self._update_state()

    def _update_state(self) -> None:
        flt = self.model.filter
        loaded = self.model.rowCount()
        filtered = bool(
            flt.query or flt.class_name or flt.register_category or flt.on_register is not None
        )
        if loaded:
            total = self.model.total()
            self.count_label.setText(self.tr("Pupils found: {count}").format(count=total))
            self.stack.setCurrentWidget(self.table)
        else:
            self.count_label.setText("")
            if filtered:
                self.empty.setText(
                    self.tr("No pupil matches the search. Check the spelling or clear the filters.")
                )
            else:
                self.empty.setText(
                    self.tr(
                        "There are no pupils yet. Add one with “New pupil” or import a class list "
                        "with “Import CSV or Excel…”."
                    )
                )
            self.stack.setCurrentWidget(self.empty)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def on_search_return(self) -> None:
        self.apply_filter()
        if self.model.rowCount() == 1:
            self.open_pupil(self.model.item(0).id)
        else:
            self.focus_table()

    def on_fetch_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            QMessageBox.warning(self, self.tr("Pupils"), error_sentence(exc))

    # -- actions -------------------------------------------------------------------------------

    def on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_pupil(self.model.item(index.row()).id)

    def open_pupil(self, pupil_id: int) -> None:
        # The card imports the forms; keep start-up light.
        from ui.dialogs.pupil_card import open_pupil_card

        card = open_pupil_card(self.vault, self, pupil_id, self.on_card_changed)
        if card is not None:
            self.card = card
            self.pupil_opened.emit(pupil_id)

    def on_card_changed(self) -> None:
        self.model.reload()
        self.pupils_changed.emit()

    def on_new_pupil(self) -> None:
        form = PupilForm(self.vault, self)
        form.accepted.connect(lambda: self.on_pupil_created(form))
        self.form = form
        form.open()

    def on_pupil_created(self, form: PupilForm) -> None:
        self.refresh()
        self.pupils_changed.emit()
        if form.result_value is not None:
            row = self.model.row_of(form.result_value.id)
            if row is not None:
                self.table.selectRow(row)

    def on_import(self) -> None:
        from ui.dialogs.import_table import ImportDialog, choose_import_file  # loaded on first use

        path = choose_import_file(self)
        if path is not None:
            dialog = ImportDialog(self.vault, self, path=path)
            dialog.imported.connect(self._after_import)
            self.import_dialog = dialog
            dialog.open()

    def _after_import(self, done: ImportReport) -> None:
        self.last_import = done
        self.refresh()
        self.pupils_changed.emit()
        self.count_label.setText(
            self.tr("Imported pupils: {count}. Pupils found: {total}").format(
                count=done.imported, total=self.model.total()
            )
        )
