"""Settings: language, auto-lock, passphrase, accounts and roles, server enrollment, backups."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import ROLES, StaffAccount
from app.vault import Vault
from ui.dialogs.signin import NewPassphraseFields
from ui.dialogs.wizard import start_enrollment
from ui.errors import message_for
from ui.file_dialogs import ask_open_path
from ui.formatting import format_iso
from ui.i18n import LANGUAGE_NAMES, Translations
from ui.settings_store import (
    AUTOLOCK_MINUTES,
    LANGUAGE,
    LANGUAGES,
    PENDING_ENROLL_CODE,
    PENDING_SERVER_URL,
    SettingsStore,
)
from ui.style import Tone, set_tone
from ui.widgets.backup_section import BackupSection
from ui.widgets.form_rows import add_row, set_label
from ui.widgets.notes_key_section import NotesKeySection, notes_key_section_visible

if TYPE_CHECKING:
    from sync.enrollment import EnrollmentStatus
from ui.background.workers import Report, Task, run_with_vault


def role_name(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "psychologist": QCoreApplication.translate("Settings", "Psychologist"),
        "social_pedagogue": QCoreApplication.translate("Settings", "Social pedagogue"),
        "admin": QCoreApplication.translate("Settings", "Administrator"),
    }.get(role, role)


class AddAccountDialog(QDialog):
    """An administrator creates an account for a colleague."""

    added = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.login = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.fields = NewPassphraseFields()
        self.note = QLabel(wordWrap=True)
        self.role_note = QLabel(wordWrap=True)
        self.role_note.setObjectName("role_note")
        self.message = QLabel(wordWrap=True)
        set_tone(self.message, Tone.LATE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._form = QFormLayout()
        add_row(self._form, self.full_name)
        add_row(self._form, self.login)
        add_row(self._form, self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        layout.addWidget(self.role_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._show_role_note)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Add account"))
        set_label(self._form, self.full_name, self.tr("&Full name:"))
        set_label(self._form, self.login, self.tr("&Login:"))
        set_label(self._form, self.role, self.tr("&Role:"))
        self.note.setText(
            self.tr(
                "Give the colleague the passphrase in person; they can change "
                "it in Settings after signing in."
            )
        )
        self._show_role_note()

    def _show_role_note(self) -> None:
        # Said before the account is made: a psychologist does not get the notes key with it.
        self.role_note.setText(
            self.tr(
                "A psychologist's account starts without the confidential notes key: a "
                "psychologist who holds it, or the recovery key, gives it in Settings → "
                "Confidential notes key."
            )
            if self.role.currentData() == "psychologist"
            else ""
        )
        self.role_note.setVisible(self.role.currentData() == "psychologist")

    def save(self) -> None:
        if self._task is not None:
            return
        self.fields.set_user_inputs(self.login.text(), self.full_name.text())
        problem = self.fields.problem()
        if problem:
            self.message.setText(problem)
            return
        login, name = self.login.text(), self.full_name.text()
        role, passphrase = self.role.currentData(), self.fields.text()

        def work(view: Vault, _report: Report) -> StaffAccount:
            return view.add_account(login, role=role, full_name=name, passphrase=passphrase)

        self.buttons.setEnabled(False)
        self._task = run_with_vault(self.vault, work)
        self._task.finished.connect(self._on_added)
        self._task.failed.connect(self._on_failed)

    def _on_added(self, account: StaffAccount) -> None:
        self._task = None
        self.fields.clear()
        self.added.emit(account)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        self.message.setText(message_for(exc))


class SettingsPage(QWidget):
    """Signals:
    autolock_changed(int): minutes of inactivity before the session locks.
    passphrase_changed(): the signed-in account's passphrase was changed.
    restore_requested(object): the user confirmed restoring this backup file (a ``Path``).
    enrolled(object): this computer was enrolled with a server (its ``EnrollmentStatus``).
    """

    autolock_changed = Signal(int)
    passphrase_changed = Signal()
    restore_requested = Signal(object)
    enrolled = Signal(object)

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        store: SettingsStore | None = None,
        translations: Translations | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.store = store or SettingsStore()
        self.translations = translations
        self._task: Task | None = None
        self._enrollment_task: Task | None = None
        self._enrollment: EnrollmentStatus | None = None
        self._enrollment_known = False
        self._accounts: list[StaffAccount] = []

        self.general = QGroupBox()
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        current = self.store.get(LANGUAGE) or (translations.language if translations else "")
        if current in LANGUAGES:
            self.language.setCurrentIndex(LANGUAGES.index(current))
        self.autolock = QSpinBox(
            minimum=AUTOLOCK_MINUTES.minimum or 1, maximum=AUTOLOCK_MINUTES.maximum or 240
        )
        self.autolock.setValue(self.store.get(AUTOLOCK_MINUTES))
        self._general_form = QFormLayout(self.general)
        add_row(self._general_form, self.language)
        add_row(self._general_form, self.autolock)

        self.security = QGroupBox()
        self.old_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_passphrase = NewPassphraseFields()
        self.change_button = QPushButton()
        self.passphrase_status = QLabel(wordWrap=True)
        self.passphrase_status.setObjectName("passphrase_status")
        self._security_form = QFormLayout(self.security)
        add_row(self._security_form, self.old_passphrase)
        self._security_form.addRow(self.new_passphrase)
        self._security_form.addRow(self.change_button)
        self._security_form.addRow(self.passphrase_status)

        self.accounts_box = QGroupBox()
        self.accounts = QTableWidget(0, 3)
        self.accounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts.horizontalHeader().setStretchLastSection(True)
        self.accounts.setMinimumHeight(120)
        self.add_button = QPushButton()
        accounts_layout = QVBoxLayout(self.accounts_box)
        accounts_layout.addWidget(self.accounts)
        accounts_layout.addWidget(self.add_button)
        self.accounts_box.setVisible(vault.may_manage_accounts)
        self.notes_key = NotesKeySection(vault)
        self.notes_key.setVisible(notes_key_section_visible(vault))

        self.server_box = QGroupBox()
        self.enrollment = QLabel(wordWrap=True)
        self.enrollment.setObjectName("enrollment")
        self.enrollment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_url = QLineEdit(self.store.get(PENDING_SERVER_URL))
        self.server_code = QLineEdit(self.store.get(PENDING_ENROLL_CODE))
        self.ca_path = QLineEdit()
        self.ca_button = QPushButton()
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_path)
        ca_row.addWidget(self.ca_button)
        self.enroll_button = QPushButton()
        self.server_status = QLabel(wordWrap=True)
        self.server_status.setObjectName("server_status")
        self._server_form = QFormLayout(self.server_box)
        self._server_form.addRow(self.enrollment)
        add_row(self._server_form, self.server_url)
        add_row(self._server_form, self.server_code)
        self._server_form.addRow(QLabel(), ca_row)
        self._server_form.addRow(self.enroll_button)
        self._server_form.addRow(self.server_status)

        self.backups = BackupSection(vault, self.store)
        self.backups.restore_requested.connect(self.restore_requested)

        body = QWidget()
        column = QVBoxLayout(body)
        for box in (
            self.general,
            self.security,
            self.accounts_box,
            self.notes_key,
            self.server_box,
            self.backups,
        ):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.language.currentIndexChanged.connect(self._on_language)
        self.autolock.valueChanged.connect(self._on_autolock)
        self.change_button.clicked.connect(self.change_passphrase)
        self.add_button.clicked.connect(self.open_add_account)
        self.enroll_button.clicked.connect(self.enroll)
        self.ca_button.clicked.connect(self._choose_ca)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.general.setTitle(self.tr("General"))
        set_label(self._general_form, self.language, self.tr("&Language:"))
        set_label(self._general_form, self.autolock, self.tr("&Lock after idle:"))
        self.autolock.setSuffix(self.tr(" min"))
        self.security.setTitle(self.tr("Change your passphrase"))
        set_label(self._security_form, self.old_passphrase, self.tr("&Current passphrase:"))
        self.change_button.setText(self.tr("C&hange passphrase"))
        self.accounts_box.setTitle(self.tr("Accounts and roles"))
        self.accounts.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Full name"), self.tr("Role")]
        )
        self.add_button.setText(self.tr("&Add account…"))
        self.server_box.setTitle(self.tr("Server enrollment"))
        set_label(self._server_form, self.server_url, self.tr("Server &address:"))
        set_label(self._server_form, self.server_code, self.tr("Enrollment &code:"))
        item = self._server_form.itemAt(3, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel)
        label.setText(self.tr("Server certificate (CA):"))
        self.ca_path.setPlaceholderText(self.tr("optional, a .pem file"))
        self.ca_button.setText(self.tr("&Browse…"))
        self.enroll_button.setText(self.tr("&Enroll this computer"))
        self.server_url.setPlaceholderText("https://")
        if not self.server_status.text() and self.store.get(PENDING_SERVER_URL):
            self.server_status.setText(
                self.tr(
                    "Enrollment in the set-up wizard did not succeed. Check the address and "
                    "the code, then enroll again."
                )
            )
        self._show_enrollment()

    def _show_enrollment(self) -> None:
        status = self._enrollment
        if not self._enrollment_known:
            self.enrollment.clear()
        elif status is None:
            self.enrollment.setText(
                self.tr(
                    "This computer is not enrolled with a server: notifications wait in the "
                    "outbox. Enter the address and the one-time code from the education "
                    "department."
                )
            )
        else:
            self.enrollment.setText(
                self.tr("This computer is enrolled with {url} since {when}.").format(
                    url=status.server_url, when=format_iso(status.enrolled_at)
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_accounts()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.backups.refresh()
        self.refresh_enrollment()
        if notes_key_section_visible(self.vault):
            self.notes_key.refresh()
        if not self.vault.may_manage_accounts:
            return
        self._accounts = self.vault.accounts()
        self._show_accounts()

    def _show_accounts(self) -> None:
        self.accounts.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            for column, text in enumerate(
                (account.login, account.full_name, role_name(account.role))
            ):
                self.accounts.setItem(row, column, QTableWidgetItem(text))
        self.accounts.resizeColumnsToContents()

    # -- actions ---------------------------------------------------------------------------

    def _on_language(self, index: int) -> None:
        lang = self.language.itemData(index)
        self.store.set(LANGUAGE, lang)
        if self.translations is not None:
            self.translations.set_language(lang)

    def _on_autolock(self, minutes: int) -> None:
        self.store.set(AUTOLOCK_MINUTES, minutes)
        self.autolock_changed.emit(minutes)

    def change_passphrase(self) -> None:
        if self._task is not None:
            return
        self.new_passphrase.set_user_inputs(self.vault.user.login, self.vault.user.full_name)
        problem = self.new_passphrase.problem()
        if problem:
            self.passphrase_status.setText(problem)
            return
        old, new = self.old_passphrase.text(), self.new_passphrase.text()
        self.change_button.setEnabled(False)
        self.passphrase_status.setText(self.tr("Changing the passphrase…"))
        self._task = run_with_vault(self.vault, lambda view, _r: view.change_passphrase(old, new))
        self._task.finished.connect(self._on_changed)
        self._task.failed.connect(self._on_change_failed)

    def _on_changed(self, _result: object) -> None:
        self._task = None
        self.change_button.setEnabled(True)
        self.old_passphrase.clear()
        self.new_passphrase.clear()
        self.passphrase_status.setText(
            self.tr("The passphrase was changed. Use the new one from the next sign-in.")
        )
        self.passphrase_changed.emit()

    def _on_change_failed(self, exc: BaseException) -> None:
        self._task = None
        self.change_button.setEnabled(True)
        from app.errors import WrongPassphrase

        if isinstance(exc, WrongPassphrase):
            self.passphrase_status.setText(self.tr("The current passphrase is wrong."))
        else:
            self.passphrase_status.setText(message_for(exc))
        self.old_passphrase.setFocus()

    def open_add_account(self) -> None:
        dialog = AddAccountDialog(self.vault, self)
        dialog.added.connect(lambda _account: self.refresh())
        dialog.open()

    def _choose_ca(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Server certificate"),
            self.tr("Certificates (*.pem *.crt)"),
            store=self.store,
        )
        if path is not None:
            self.ca_path.setText(str(path))

    def refresh_enrollment(self) -> None:
        """Read the enrollment on a worker (it may have been made from a terminal meanwhile)."""
        if self._enrollment_task is not None:
            return
        from sync.enrollment import enrollment_status

        self._enrollment_task = run_with_vault(
            self.vault, lambda view, _report: enrollment_status(view.db)
        )
        self._enrollment_task.finished.connect(self._on_enrollment_loaded)
        self._enrollment_task.failed.connect(self._on_enrollment_load_failed)

    def _on_enrollment_loaded(self, status: EnrollmentStatus | None) -> None:
        self._enrollment_task = None
        self._enrollment, self._enrollment_known = status, True
        self._show_enrollment()

    def _on_enrollment_load_failed(self, exc: BaseException) -> None:
        self._enrollment_task = None
        self.enrollment.setText(message_for(exc))

    def enroll(self) -> None:
        url, code = self.server_url.text().strip(), self.server_code.text().strip()
        if self._enrollment is not None:
            self.server_status.setText(
                self.tr("This computer is already enrolled with {0}.").format(
                    self._enrollment.server_url
                )
            )
            return
        if not url or not code:
            self.server_status.setText(self.tr("Fill in both the address and the code."))
            return
        ca_pem = None
        if self.ca_path.text().strip():
            try:
                ca_pem = Path(self.ca_path.text().strip()).read_bytes()
            except OSError as exc:
                self.server_status.setText(message_for(exc))
                return
        self.enroll_button.setEnabled(False)
        self.server_status.setText(self.tr("Enrolling this computer with the server…"))
        self._task = start_enrollment(self.vault, url, code, ca_pem)
        self._task.finished.connect(self._on_enrolled)
        self._task.failed.connect(self._on_enroll_failed)

    def _on_enrolled(self, status: EnrollmentStatus) -> None:
        self._task = None
        self.enroll_button.setEnabled(True)
        self.store.clear(PENDING_SERVER_URL)
        self.store.clear(PENDING_ENROLL_CODE)
        self.server_code.clear()
        self.server_status.clear()
        self._enrollment, self._enrollment_known = status, True
        self._show_enrollment()
        self.enrolled.emit(status)

    def _on_enroll_failed(self, exc: BaseException) -> None:
        self._task = None
        self.enroll_button.setEnabled(True)
        self.server_status.setText(self.tr("Enrollment failed: {0}").format(message_for(exc)))
