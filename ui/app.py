"""The composition root: builds the application's objects and wires the session together.

``main()`` opens the desktop app (first-run wizard or sign-in, then the main window);
``run_demo()`` opens it on a throw-away vault of synthetic data in a temporary folder.
"""

from __future__ import annotations

import logging
import logging.handlers
import secrets
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.errors import QorgauError
from app.paths import default_data_dir, is_platform_data_dir
from ui.background.workers import Report, Task, rebind_to_current_thread, run_task, wait_all
from ui.dialogs.signin import SignInDialog
from ui.errors import install_excepthook, show_error, warning_sentence
from ui.i18n import Translations, system_language
from ui.settings_store import AUTOLOCK_MINUTES, LANGUAGE, SettingsStore, settings_for

# Start-up shows the sign-in screen first: the main window (every page, the sync engine with
# ``requests``), the wizard, the lock and the backups are imported when they are first needed.
if TYPE_CHECKING:
    from app.vault import Vault
    from ui.background.backup_scheduler import BackupScheduler
    from ui.background.sync_service import SyncService
    from ui.lock import LockManager
    from ui.main_window import MainWindow

log = logging.getLogger("qorgau.ui")

DEMO_LOGIN = "demo"
DEMO_PASSPHRASE = "qorgau-demo-vault"  # noqa: S105 - shown in the demo window; no real data


def log_folder(data_dir: Path | None) -> Path:
    """``data_dir/logs`` for a data directory given explicitly, else the user log folder."""
    if data_dir is not None and not is_platform_data_dir(data_dir):
        return Path(data_dir) / "logs"
    return Path(platformdirs.user_log_dir("Qorgau", appauthor=False))


def setup_logging(folder: Path) -> logging.Handler:
    """Send the app's log to ``folder/qorgau.log`` (rotated); returns the handler."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "qorgau.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return handler


def make_demo_vault(folder: Path, report: Report = lambda _v: None) -> Vault:
    """A vault full of synthetic data, signed in as a psychologist (runs on a worker)."""
    from app.services.demo import seed_demo
    from app.vault import create_vault, open_vault

    report("vault")
    created = create_vault(
        folder,
        school="Демо-школа №1 (синтетические данные)",
        login="admin",
        full_name="Администратор (демо)",
        passphrase=secrets.token_urlsafe(16),
    )
    admin = created.vault
    try:
        admin.add_account(
            DEMO_LOGIN, role="psychologist", full_name="Психолог (демо)", passphrase=DEMO_PASSPHRASE
        )
        admin.grant_compartment(DEMO_LOGIN, recovery_key=created.recovery_key)
    finally:
        admin.close()
    vault = open_vault(folder, DEMO_LOGIN, DEMO_PASSPHRASE)
    report("records")
    seed_demo(vault, pupils=300, incidents=40)
    vault.db.close()  # this thread's connection; the GUI thread opens its own
    return vault


class Session(QObject):
    """Which window is up: the wizard, the sign-in, or the main window with its lock.

    Signals:
        main_window_shown(object): a ``MainWindow`` is on screen for a signed-in vault.
    """

    main_window_shown = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        store: SettingsStore,
        translations: Translations,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.store = store
        self.translations = translations
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.lock: LockManager | None = None
        self.sync: SyncService | None = None
        self.backups: BackupScheduler | None = None
        self.front: QWidget | None = None  # wizard, sign-in or progress dialog
        self.demo_dir: Path | None = None
        self._task: Task | None = None

    def start(self) -> None:
        from app.vault import vault_exists

        if vault_exists(self.data_dir):
            self.show_sign_in()
        else:
            self.show_wizard()

    def _replace_front(self, widget: QWidget | None) -> None:
        if self.front is not None:
            self.front.hide()
            self.front.deleteLater()
        self.front = widget
        if widget is not None:
            widget.show()
            widget.raise_()
            widget.activateWindow()

    def show_wizard(self) -> None:
        from ui.dialogs.wizard import SetupWizard

        wizard = SetupWizard(self.data_dir, store=self.store, translations=self.translations)
        wizard.vault_created.connect(self.open_main)
        wizard.demo_requested.connect(self.start_demo)
        wizard.restored.connect(lambda _info: self.show_sign_in())  # a backup was put in place
        wizard.rejected.connect(QApplication.quit)
        self._replace_front(wizard)

    def show_sign_in(self) -> None:
        dialog = SignInDialog(self.data_dir)
        dialog.signed_in.connect(self.open_main)
        dialog.rejected.connect(QApplication.quit)
        self._replace_front(dialog)

    def start_demo(self) -> None:
        self.demo_dir = demo_dir = Path(tempfile.mkdtemp(prefix="qorgau-demo-"))
        progress = QProgressDialog()
        progress.setWindowTitle(self.tr("Qorgau"))
        progress.setLabelText(self.tr("Preparing demo data…"))
        progress.setCancelButton(None)
        progress.setRange(0, 0)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._replace_front(progress)
        self._task = run_task(lambda report: make_demo_vault(demo_dir / "vault", report))
        self._task.finished.connect(
            lambda vault: self.open_main(rebind_to_current_thread(vault), demo=True)
        )
        self._task.failed.connect(self._on_demo_failed)

    def _on_demo_failed(self, exc: BaseException) -> None:
        self._task = None
        show_error(None, exc)
        QApplication.quit()

    def open_main(self, vault: Vault, demo: bool = False) -> None:
        from ui.background.backup_scheduler import BackupScheduler
        from ui.background.sync_service import SyncService
        from ui.lock import LockManager
        from ui.main_window import MainWindow

        self._task = None
        self._replace_front(None)
        self.vault = vault
        self.window = MainWindow(
            vault,
            store=self.store,
            translations=self.translations,
            demo=demo,
            demo_passphrase=DEMO_PASSPHRASE if demo else "",
        )
        self.lock = LockManager(vault, self, idle_minutes=self.store.get(AUTOLOCK_MINUTES))
        # Session-level wiring: the window asks, the lock manager acts.
        self.window.lock_requested.connect(self.lock.lock)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.autolock_changed.connect(self.lock.set_idle_minutes)
        self.lock.locked.connect(self._on_locked)
        self.lock.unlocked.connect(self._on_unlocked)
        self.lock.sign_out_requested.connect(self.sign_out)
        # Background delivery of the outbox on its own thread and connection; it holds a copy
        # of the keys, so it stops while the session is locked.
        self.sync = SyncService(vault, self)
        self.lock.locked.connect(self.sync.stop)
        self.lock.unlocked.connect(self.sync.start)
        self.sync.report_ready.connect(self.window.on_delivery_report)
        self.sync.state_changed.connect(self._on_delivery_changed)
        self.sync.enrolled.connect(self._on_delivery_changed)
        self.window.set_sync_service(self.sync)  # "Send now" asks this service
        # Enrolled in Settings: the waiting worker looks at the vault again at once.
        self.window.enrolled.connect(self._on_enrolled_in_settings)
        self.sync.start()
        if not demo:  # a throw-away demo vault is not worth a USB stick
            self.backups = BackupScheduler(vault, self.store, self)
            self.lock.locked.connect(lambda: self._pause_backups(True))
            self.lock.unlocked.connect(lambda: self._pause_backups(False))
            self.backups.backup_failed.connect(self._on_backup_failed)
            self.backups.start()
        self.window.restore_requested.connect(self.restore_from)
        self.window.show()
        self.main_window_shown.emit(self.window)
        self._tell_vault_warnings(vault)

    def _tell_vault_warnings(self, vault: Vault) -> None:
        """A lost audit tail or a full disk is said once, at sign-in, without blocking."""
        for warning in vault.warnings:
            log.warning("vault warning at sign-in: %s", warning.code)
            sentence = warning_sentence(warning.code, warning.args)
            if sentence is None or self.window is None:
                continue
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Qorgau"), sentence, parent=self.window
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        vault.warnings.clear()

    def _on_delivery_changed(self, _what: object = None) -> None:
        if self.window is None or self.sync is None:
            return
        enrollment = self.sync.enrollment
        self.window.set_delivery_state(
            self.sync.state, enrollment.server_url if enrollment is not None else None
        )

    def _on_enrolled_in_settings(self, _status: object) -> None:
        if self.sync is not None:
            self.sync.wake()

    def _on_locked(self) -> None:
        if self.window is not None:
            self.window.set_locked(True)

    def _on_unlocked(self) -> None:
        if self.window is not None:
            self.window.set_locked(False)

    def _pause_backups(self, paused: bool) -> None:
        if self.backups is not None:
            self.backups.set_paused(paused)

    def _on_backup_failed(self, exc: object) -> None:
        from ui.background.backup_scheduler import backup_error_sentence

        if self.window is not None and isinstance(exc, BaseException):
            self.window.statusBar().showMessage(backup_error_sentence(exc))

    def restore_from(self, source: Path) -> None:
        """Replace the vault with a backup (already verified and confirmed in Settings)."""
        from ui.widgets.backup_section import restore_into

        self.end_session()  # the files must be closed before they are moved aside
        try:
            restore_into(source, self.data_dir)
        except (OSError, QorgauError) as exc:
            show_error(None, exc)
        self.start()

    def end_session(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if self.backups is not None:
            self.backups.stop()
            self.backups.deleteLater()
            self.backups = None
        if self.lock is not None:
            self.lock.shutdown()
            self.lock = None
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        wait_all()
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    def sign_out(self) -> None:
        self.end_session()
        if self.demo_dir is not None:
            QApplication.quit()
        else:
            self.show_sign_in()

    def cleanup(self) -> None:
        self.end_session()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def _application(
    argv: Sequence[str] | None, data_dir: Path | None = None
) -> tuple[QApplication, SettingsStore, Translations]:
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName("Qorgau")
    app.setApplicationName("Qorgau")
    app.setDesktopFileName("qorgau")  # matches packaging/linux/qorgau.desktop
    icon = Path(__file__).resolve().parent.parent / "resources" / "icons" / "qorgau.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setQuitOnLastWindowClosed(False)  # windows are hidden while locked
    store = settings_for(data_dir) if data_dir is not None else SettingsStore()
    translations = Translations(app)
    translations.set_language(store.get(LANGUAGE) or system_language())
    setup_logging(log_folder(data_dir))
    install_excepthook(lambda: QApplication.activeWindow())
    return app, store, translations


def _run(session: Session, app: QApplication) -> int:
    def on_window(window: MainWindow) -> None:
        window.closed.connect(app.quit)

    session.main_window_shown.connect(on_window)
    try:
        code = app.exec()
    finally:
        session.cleanup()
    return code


def main(argv: Sequence[str] | None = None, *, data_dir: Path | None = None) -> int:
    """Open the desktop app on ``data_dir`` (default: the user's data folder)."""
    data_dir = data_dir or default_data_dir()
    app, store, translations = _application(argv, data_dir)
    session = Session(data_dir, store, translations)
    session.start()
    return _run(session, app)


def run_demo(argv: Sequence[str] | None = None) -> int:
    """``qorgau demo``: the app on a throw-away vault of synthetic data."""
    app, store, translations = _application(argv)
    session = Session(Path(tempfile.gettempdir()) / "qorgau-unused", store, translations)
    session.start_demo()
    return _run(session, app)
