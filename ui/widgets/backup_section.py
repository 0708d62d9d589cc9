"""Settings section "Backups": the folder for automatic daily backups, how many to keep,
"Back up now", "Restore…" and the state of the last backup.

Restoring replaces the vault the session is using, so this section does not do it itself: it
checks the chosen file, asks for confirmation and emits ``restore_requested``; the session
then ends (closing the vault), calls ``restore_into`` and shows the sign-in again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import clock
from app.backup import BackupInfo, read_backup, restore_backup
from app.progress import Progress
from app.services.backups import BackupResult
from app.vault import Vault
from ui.background.backup_scheduler import (
    backup_error_sentence,
    last_backup_at,
    local_now,
    record_success,
    start_backup,
)
from ui.background.workers import Report, Task, run_task
from ui.file_dialogs import start_folder
from ui.formatting import format_datetime
from ui.progress_text import backup_text, show_on_bar
from ui.settings_store import BACKUP_FOLDER, BACKUP_KEEP, SettingsStore


def restore_into(source: Path, data_dir: Path) -> BackupInfo:
    """Put the backup in place of the vault in ``data_dir`` (the session must be closed).

    The current files are moved aside into ``replaced-…`` in the data folder, never deleted.
    """
    return restore_backup(source, data_dir, force=True)


class BackupSection(QGroupBox):
    """Signals:
    backup_finished(object): a "Back up now" succeeded (the ``BackupResult``).
    restore_requested(object): the user confirmed restoring this backup file (a ``Path``).
    """

    backup_finished = Signal(object)
    restore_requested = Signal(object)

    def __init__(self, vault: Vault, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.store = store
        self.task: Task | None = None
        self.restore_task: Task | None = None
        self.confirm: QMessageBox | None = None

        self.folder = QLineEdit(store.get(BACKUP_FOLDER), readOnly=True)
        self.folder.setObjectName("folder")
        self.choose_button = QPushButton()
        self.off_button = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.off_button)
        self.keep = QSpinBox(minimum=BACKUP_KEEP.minimum or 1, maximum=BACKUP_KEEP.maximum or 365)
        self.keep.setValue(store.get(BACKUP_KEEP))
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        # Restoring replaces everyone's records: the administrator's decision.
        self.restore_button.setVisible(vault.user.is_admin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("backup_status")
        self.progress = QProgressBar()  # determinate: bytes of the database copied and written
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.note = QLabel(wordWrap=True)

        self._form = QFormLayout(self)
        self._folder_label = QLabel()
        self._keep_label = QLabel()
        self._keep_label.setBuddy(self.keep)
        self._form.addRow(self._folder_label, folder_row)
        self._form.addRow(self._keep_label, self.keep)
        self._form.addRow(buttons)
        self._form.addRow(self.status)
        self._form.addRow(self.progress)
        self._form.addRow(self.note)

        self.choose_button.clicked.connect(self.choose_folder)
        self.off_button.clicked.connect(self.turn_off)
        self.keep.valueChanged.connect(self._on_keep)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.choose_restore)
        self.retranslate()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self._folder_label.setText(self.tr("Backup &folder:"))
        self._folder_label.setBuddy(self.choose_button)
        self._keep_label.setText(self.tr("&Keep the last:"))
        self.keep.setSuffix(self.tr(" backups"))
        self.folder.setPlaceholderText(self.tr("not chosen: automatic backups are off"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.off_button.setText(self.tr("Turn off"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.note.setText(
            self.tr(
                "Once a day, while you are signed in, Qorgau writes an encrypted backup into "
                "this folder, for example on a USB stick. A backup opens only with a "
                "passphrase or the recovery key; keep the stick away from the computer."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the stored state (the scheduler may have backed up since)."""
        folder = self.store.get(BACKUP_FOLDER)
        self.folder.setText(folder)
        self.off_button.setEnabled(bool(folder))
        if self.task is not None:
            return
        last = last_backup_at(self.store)
        if not folder:
            text = self.tr("Automatic backups are off: choose a folder.")
        elif last is None:
            text = self.tr("No backup has been made yet.")
        else:
            text = self.tr("Last backup: {when}.").format(when=format_datetime(last))
        self.status.setText(text)

    # -- settings ----------------------------------------------------------------------------

    def _folder_to_open(self) -> str:
        # The backup folder once chosen; before that the last folder used or Documents, never
        # the working directory (which is where Qt starts for an empty path).
        return self.store.get(BACKUP_FOLDER) or str(start_folder(self.store))

    def choose_folder(self) -> bool:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self._folder_to_open()
        )
        if path:
            self.set_folder(path)
        return bool(path)

    def set_folder(self, path: str) -> None:
        self.store.set(BACKUP_FOLDER, path)
        self.refresh()

    def turn_off(self) -> None:
        self.store.set(BACKUP_FOLDER, "")
        self.refresh()

    def _on_keep(self, value: int) -> None:
        self.store.set(BACKUP_KEEP, value)

    # -- back up now -------------------------------------------------------------------------

    def back_up_now(self) -> Task | None:
        if self.task is not None:
            return None
        if not self.store.get(BACKUP_FOLDER) and not self.choose_folder():
            return None
        now = local_now()
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Writing an encrypted backup…"))
        self.task = start_backup(
            self.vault,
            self.store.get(BACKUP_FOLDER),
            self.store.get(BACKUP_KEEP),
            now,
            lambda result: self._on_backed_up(result, now),
            self._on_backup_failed,
        )
        self.progress.setRange(0, 0)  # busy until the copy has counted its pages
        self.progress.show()
        self.task.progress.connect(self._on_backup_progress)
        return self.task

    def _on_backup_progress(self, value: object) -> None:
        if isinstance(value, Progress) and self.task is not None:
            show_on_bar(self.progress, value)
            self.status.setText(backup_text(value))

    def _on_backed_up(self, result: BackupResult, now: datetime) -> None:
        self.task = None
        self.progress.hide()
        self.backup_button.setEnabled(True)
        record_success(self.store, now)
        self.refresh()
        self.status.setText(
            self.tr("Backup written: {name} ({when}).").format(
                name=result.path.name, when=format_datetime(now)
            )
        )
        self.backup_finished.emit(result)

    def _on_backup_failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.hide()
        self.backup_button.setEnabled(True)
        self.status.setText(
            self.tr("The backup failed: {reason}").format(reason=backup_error_sentence(exc))
        )

    # -- restore -----------------------------------------------------------------------------

    def choose_restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            self._folder_to_open(),
            self.tr("Qorgau backups (*.qbk);;All files (*)"),
        )
        if path:
            self.check_restore(Path(path))

    def check_restore(self, source: Path) -> Task | None:
        """Read and verify the backup on a worker, then ask for confirmation."""
        if self.restore_task is not None:
            return None

        def work(_report: Report) -> dict[str, object]:
            header, _slots, _db = read_backup(source)
            return header

        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Checking the backup file…"))
        self.restore_task = task = run_task(work)
        task.finished.connect(lambda header: self._confirm_restore(source, header))
        task.failed.connect(self._on_restore_check_failed)
        return task

    def _on_restore_check_failed(self, exc: BaseException) -> None:
        self.restore_task = None
        self.restore_button.setEnabled(True)
        self.refresh()
        QMessageBox.warning(self, self.tr("Restore from a backup"), backup_error_sentence(exc))

    def _confirm_restore(self, source: Path, header: dict[str, object]) -> None:
        self.restore_task = None
        self.restore_button.setEnabled(True)
        self.refresh()
        try:
            made = format_datetime(clock.parse_iso(str(header.get("created_at", ""))))
        except ValueError:
            made = "?"
        text = self.tr(
            "Restore the backup made on {when}?\n\n"
            "Every record made after that moment will be gone from the vault. The current "
            "vault is not deleted: it is moved aside into a “replaced-…” folder in the data "
            "folder.\n\n"
            "Qorgau then closes this session; everyone signs in again with the passphrase "
            "that was valid when the backup was made."
        ).format(when=made)
        if header.get("vault_id") != self.vault.vault_id:
            text += "\n\n" + self.tr(
                "Warning: this backup belongs to another vault (another installation)."
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from a backup"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        self.restore_confirm_button = box.addButton(
            self.tr("Restore and sign in again"), QMessageBox.ButtonRole.AcceptRole
        )
        self.restore_confirm_button.clicked.connect(lambda: self.restore_requested.emit(source))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm = box
        box.open()
