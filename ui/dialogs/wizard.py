"""First run: language, who sets it up, school and account, the recovery key, the server.

The vault is created (on a worker thread: two Argon2 derivations) when the passphrase page is
committed; from then on the wizard cannot go back, and it cannot be left before the user
confirms that the recovery key — shown only here — was written down.

The wizard offers two other ways out: a throw-away demo, and restoring a backup file (after a
dead disk or a new computer): the file is verified on a worker thread, described and
confirmed, then put in place of the (missing) vault, and the session shows the sign-in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import clock
from app.backup import BackupInfo, read_backup
from app.vault import CreatedVault, Vault, create_vault
from ui.background.backup_scheduler import backup_error_sentence
from ui.background.workers import Report, Task, rebind_to_current_thread, run_task, run_with_vault
from ui.dialogs.signin import NewPassphraseFields
from ui.dialogs.wizard_role import DEFAULT_LOGINS, RolePage
from ui.errors import message_for
from ui.file_dialogs import ask_open_path
from ui.formatting import format_datetime
from ui.i18n import LANGUAGE_NAMES, Translations, system_language
from ui.settings_store import (
    LANGUAGE,
    LANGUAGES,
    PENDING_ENROLL_CODE,
    PENDING_SERVER_URL,
    SettingsStore,
)
from ui.widgets.backup_section import restore_into
from ui.widgets.form_rows import add_row, set_label

if TYPE_CHECKING:
    from sync.enrollment import EnrollmentStatus

PAGE_LANGUAGE, PAGE_ROLE, PAGE_SCHOOL, PAGE_PASSPHRASE, PAGE_KEY, PAGE_SERVER = range(6)


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass


class LanguagePage(_Page):
    def __init__(self, store: SettingsStore, translations: Translations | None) -> None:
        super().__init__()
        self._store = store
        self._translations = translations
        self.intro = QLabel(wordWrap=True)
        self.buttons: dict[str, QRadioButton] = {}
        self.restore_hint = QLabel(wordWrap=True)
        self.restore_hint.setObjectName("restore_hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        current = (
            store.get(LANGUAGE)
            or (translations.language if translations else "")
            or system_language()
        )
        for lang in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[lang])
            button.setChecked(lang == current)
            button.toggled.connect(lambda on, lang=lang: self._on_toggled(lang, on))
            self.buttons[lang] = button
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.restore_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Qorgau"))
        self.setSubTitle(
            self.tr("Choose the language of the program. You can change it later in Settings.")
        )
        self.intro.setText(
            self.tr(
                "Qorgau keeps the records of pupils who need increased "
                "attention encrypted on this computer and delivers mandatory "
                "notifications as soon as a connection exists. This wizard "
                "sets up the vault in a few steps."
            )
        )
        self.restore_hint.setText(
            self.tr(
                "Reinstalling after a broken disk or on a new computer? Do not create a new "
                "vault: choose “Restore from a backup…” below and pick the backup file (.qbk)."
            )
        )

    def _on_toggled(self, lang: str, on: bool) -> None:
        if on:
            self.choose(lang)

    def choose(self, lang: str) -> None:
        self._store.set(LANGUAGE, lang)
        if self._translations is not None:
            self._translations.set_language(lang)


class SchoolPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.school = QLineEdit()
        self.login = QLineEdit(text="admin")
        self.full_name = QLineEdit()
        self.note = QLabel(wordWrap=True)
        self._form = QFormLayout(self)
        add_row(self._form, self.school)
        add_row(self._form, self.full_name)
        add_row(self._form, self.login)
        self._form.addRow(self.note)
        self.registerField("school*", self.school)
        self.registerField("login*", self.login)
        self.registerField("full_name", self.full_name)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("School and your account"))
        self.setSubTitle(
            self.tr("You sign in with this account; it can add colleagues' accounts later.")
        )
        set_label(self._form, self.school, self.tr("&School name:"))
        set_label(self._form, self.full_name, self.tr("&Your full name:"))
        set_label(self._form, self.login, self.tr("&Login:"))
        self.school.setPlaceholderText(self.tr("for example, Secondary school No. 7"))
        self.note.setText(self.tr("The login is what you choose at sign-in; no spaces."))

    def initializePage(self) -> None:
        # Suggest a login matching the chosen role, unless the person typed her own.
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard) and self.login.text() in DEFAULT_LOGINS.values():
            self.login.setText(DEFAULT_LOGINS[wizard.role_page.role()])

    def validatePage(self) -> bool:
        login = self.login.text().strip()
        if not login or any(c.isspace() for c in login):
            self.note.setText(self.tr("A login is 1 to 64 characters without spaces."))
            return False
        return True


class PassphrasePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setCommitPage(True)
        self.intro = QLabel(wordWrap=True)
        self.fields = NewPassphraseFields()
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.fields.changed.connect(self.completeChanged)
        self.created: CreatedVault | None = None
        self._task: Task | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase unlocks the vault. Nobody can recover it for "
                "you — only the recovery key on the next page can."
            )
        )
        self.intro.setText(self.tr("Use a long passphrase that you do not use anywhere else."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))

    def initializePage(self) -> None:
        # What the previous page asked for counts as easy guesses, as in the core's check.
        self.fields.set_user_inputs(
            *(str(self.field(name) or "") for name in ("login", "full_name", "school"))
        )

    def isComplete(self) -> bool:
        return self.fields.is_acceptable() and self._task is None

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if self._task is not None:
            return False
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        data_dir = wizard.data_dir
        school, login = self.field("school"), self.field("login")
        full_name, passphrase = self.field("full_name"), self.fields.text()
        role = wizard.role_page.role()

        def work(_report: Report) -> CreatedVault:
            created = create_vault(
                data_dir,
                school=str(school),
                login=str(login).strip(),
                full_name=str(full_name),
                passphrase=passphrase,
                role=role,
            )
            created.vault.db.close()
            return created

        self.status.setText(self.tr("Creating the encrypted vault…"))
        self._task = run_task(work)
        self._task.finished.connect(self._on_created)
        self._task.failed.connect(self._on_failed)
        self.completeChanged.emit()
        return False

    def _on_created(self, created: CreatedVault) -> None:
        self._task = None
        rebind_to_current_thread(created.vault)
        self.created = created
        self.fields.clear()
        self.status.clear()
        wizard = self.wizard()
        wizard.next()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.status.setText(message_for(exc))
        self.completeChanged.emit()


class RecoveryKeyPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel(wordWrap=True)
        self.key = QLabel()
        self.key.setObjectName("recovery_key")
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setWordWrap(True)
        self.print_button = QPushButton()
        self.confirmed = QCheckBox()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)
        self.confirmed.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(
            self.tr(
                "This key is shown only once. Print it or write it down and "
                "keep it locked away from the computer."
            )
        )
        self.intro.setText(
            self.tr(
                "If every passphrase is forgotten, this key is the only way "
                "to open the vault. Anyone who holds it can read the records."
            )
        )
        self.print_button.setText(self.tr("&Print…"))
        self.confirmed.setText(self.tr("I have &written it down or printed it"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        created = wizard.created
        self.key.setText(created.recovery_key if created else "")
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.print_button.setFocus()

    def isComplete(self) -> bool:
        return self.confirmed.isChecked()

    def document(self) -> QTextDocument:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard) and wizard.created is not None
        doc = QTextDocument(self)
        doc.setPlainText(
            "\n".join(
                [
                    self.tr("Qorgau recovery key"),
                    "",
                    self.tr("School: {0}").format(wizard.created.vault.school),
                    "",
                    wizard.created.recovery_key,
                    "",
                    self.tr("Keep this sheet locked away. Anyone who holds it can open the vault."),
                ]
            )
        )
        return doc

    def print_to(self, printer: QPrinter) -> None:
        self.document().print_(printer)

    def open_print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)


class ServerPage(_Page):
    def __init__(self, store: SettingsStore) -> None:
        super().__init__()
        self._store = store
        self.intro = QLabel(wordWrap=True)
        self.url = QLineEdit()
        self.code = QLineEdit()
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self._form = QFormLayout(self)
        self._form.addRow(self.intro)
        add_row(self._form, self.url)
        add_row(self._form, self.code)
        self._form.addRow(self.status)
        self._task: Task | None = None
        self._done = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Server (optional)"))
        self.setSubTitle(
            self.tr(
                "Notifications are delivered to the server of the education "
                "department. You can also do this later in Settings."
            )
        )
        self.intro.setText(
            self.tr(
                "Enter the address and the one-time enrollment code you "
                "received. Leave both empty to work offline for now."
            )
        )
        set_label(self._form, self.url, self.tr("Server &address:"))
        set_label(self._form, self.code, self.tr("Enrollment &code:"))
        self.url.setPlaceholderText("https://")

    def validatePage(self) -> bool:
        url, code = self.url.text().strip(), self.code.text().strip()
        if self._done or (not url and not code):
            return True
        if not url or not code:
            self.status.setText(self.tr("Fill in both the address and the code, or neither."))
            return False
        if self._task is not None:
            return False
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard) and wizard.created is not None
        self.status.setText(self.tr("Enrolling this computer with the server…"))
        self._task = start_enrollment(wizard.created.vault, url, code, None)
        self._task.finished.connect(self._on_enrolled)
        self._task.failed.connect(self._on_failed)
        return False

    def _on_enrolled(self, result: EnrollmentStatus) -> None:
        self._task = None
        self._done = True
        self.status.setText(
            self.tr("This computer is enrolled with {0}.").format(result.server_url)
        )
        self.wizard().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.status.setText(
            self.tr("Enrollment failed: {0} You can retry later in Settings.").format(
                message_for(exc)
            )
        )
        self._store.set(PENDING_SERVER_URL, self.url.text().strip())
        self._store.set(PENDING_ENROLL_CODE, self.code.text().strip())
        self._done = True


def start_enrollment(vault: Vault, url: str, code: str, ca_pem: bytes | None) -> Task:
    """Enroll on a worker thread; ``finished`` carries the ``EnrollmentStatus``."""
    # Imported here, not at the top: it brings in ``requests``, which the sign-in screen
    # does not need (start-up time).
    from sync.enrollment import EnrollmentStatus, enroll

    def work(view: Vault, _report: Report) -> EnrollmentStatus:
        record = enroll(view, url, code, ca_pem=ca_pem)
        return EnrollmentStatus(record.server_url, record.school, record.enrolled_at)

    return run_with_vault(vault, work)


class SetupWizard(QWizard):
    """The first-run wizard.

    Signals:
        vault_created(object): the finished set-up's ``Vault`` (GUI thread), on accept.
        demo_requested(): the user chose to try the program with demo data instead.
        restored(object): a backup was put in place (its ``BackupInfo``); the wizard is
            closed and the vault waits for a sign-in.
    """

    vault_created = Signal(object)
    demo_requested = Signal()
    restored = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        store: SettingsStore | None = None,
        translations: Translations | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.store = store or SettingsStore()
        self.restore_task: Task | None = None
        self._announced = False  # vault_created was emitted
        self.restored_info: BackupInfo | None = None
        self.message: QMessageBox | None = None  # why a file was refused
        self.confirm: QMessageBox | None = None
        self.restore_confirm_button: QPushButton | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.language_page = LanguagePage(self.store, translations)
        self.role_page = RolePage()
        self.school_page = SchoolPage()
        self.passphrase_page = PassphrasePage()
        self.key_page = RecoveryKeyPage()
        self.server_page = ServerPage(self.store)
        for page_id, page in enumerate(
            (
                self.language_page,
                self.role_page,
                self.school_page,
                self.passphrase_page,
                self.key_page,
                self.server_page,
            )
        ):
            self.setPage(page_id, page)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.customButtonClicked.connect(self._on_custom_button)
        self.currentIdChanged.connect(self._on_page_changed)
        self.setMinimumSize(640, 480)
        self.retranslate()

    @property
    def created(self) -> CreatedVault | None:
        return self.passphrase_page.created

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qorgau — first start"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Try with &demo data"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Restore from a backup…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_page_changed(self, page_id: int) -> None:
        before_vault = page_id in (PAGE_LANGUAGE, PAGE_ROLE, PAGE_SCHOOL)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, before_vault)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, before_vault)

    def _on_custom_button(self, which: int) -> None:
        if self.created is not None or self.restore_task is not None:
            return
        if which == QWizard.WizardButton.CustomButton1.value:
            self.demo_requested.emit()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.choose_restore()

    # -- restoring a backup ------------------------------------------------------------------

    def choose_restore(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Restore from a backup"),
            self.tr("Qorgau backups (*.qbk);;All files (*)"),
            store=self.store,
        )
        if path is not None:
            self.check_restore(path)

    def _set_busy(self, busy: bool) -> None:
        for which in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2):
            self.button(which).setEnabled(not busy)
        self.button(QWizard.WizardButton.NextButton).setEnabled(
            not busy and bool(self.currentPage() and self.currentPage().isComplete())
        )
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def check_restore(self, source: Path) -> Task | None:
        """Read and verify the backup on a worker (nothing is written), then ask."""
        if self.restore_task is not None or self.created is not None:
            return None

        def work(_report: Report) -> tuple[dict[str, object], int]:
            header, _slots, _db = read_backup(source)
            return header, source.stat().st_size

        self._set_busy(True)
        self.restore_task = task = run_task(work)
        task.finished.connect(lambda result: self._confirm_restore(source, *result))
        task.failed.connect(self._on_restore_failed)
        return task

    def _on_restore_failed(self, exc: BaseException) -> None:
        self.restore_task = None
        self._set_busy(False)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from a backup"),
            backup_error_sentence(exc),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.message = box
        box.open()

    def _confirm_restore(self, source: Path, header: dict[str, object], size: int) -> None:
        self.restore_task = None
        self._set_busy(False)
        try:
            made = format_datetime(clock.parse_iso(str(header.get("created_at", ""))))
        except ValueError:
            made = "?"
        text = self.tr(
            "Restore this backup?\n\n"
            "File: {name}\n"
            "Made on: {when}\n"
            "Size: {size}\n\n"
            "The vault is put back as it was when the backup was made: its accounts and "
            "records. Everyone signs in with the passphrase that was valid then, or with the "
            "recovery key."
        ).format(name=source.name, when=made, size=QLocale().formattedDataSize(size))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from a backup"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        self.restore_confirm_button = box.addButton(
            self.tr("Restore and sign in"), QMessageBox.ButtonRole.AcceptRole
        )
        self.restore_confirm_button.clicked.connect(lambda: self.restore(source))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm = box
        box.open()

    def restore(self, source: Path) -> Task | None:
        """Put the (confirmed) backup in place in the data folder, on a worker."""
        if self.restore_task is not None or self.created is not None:
            return None
        data_dir = self.data_dir

        def work(_report: Report) -> BackupInfo:
            return restore_into(source, data_dir)

        self._set_busy(True)
        self.restore_task = task = run_task(work)
        task.finished.connect(self._on_restored)
        task.failed.connect(self._on_restore_failed)
        return task

    def _on_restored(self, info: BackupInfo) -> None:
        self.restore_task = None
        self._set_busy(False)
        self.restored_info = info
        QWizard.accept(self)  # closes the wizard; ``accept`` below is for a created vault
        self.restored.emit(info)

    def accept(self) -> None:
        if self.created is None or self._announced:
            return
        # QWizard.accept() refuses while the current page does not validate (the server page
        # is still enrolling): announce the vault only once the wizard really closed.
        super().accept()
        if self.result() == QDialog.DialogCode.Accepted:
            self._announced = True
            self.vault_created.emit(self.created.vault)

    def reject(self) -> None:
        if self.restore_task is not None:
            return  # a backup is being checked or written: let it finish
        # Once the vault exists the recovery key must be confirmed; closing then is finishing.
        if self.created is None:
            super().reject()
        elif self.key_page.isComplete():
            self.accept()
