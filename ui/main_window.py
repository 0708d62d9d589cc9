"""The main window: navigation, pages, menus and shortcuts — and the one place where the
pages' signals are connected to each other."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.progress import Progress
from app.vault import Vault
from ui.background.sync_service import SyncService
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.pupil_card import open_pupil_card
from ui.dialogs.pupil_form import PupilForm
from ui.i18n import Translations
from ui.lock import Guarded, default_guard
from ui.pages.absences import AbsencesPage
from ui.pages.council import CouncilPage
from ui.pages.dashboard import DashboardPage
from ui.pages.incidents import IncidentsPage
from ui.pages.notifications import NotificationsPage
from ui.pages.plans import PlansPage
from ui.pages.pupils import PupilsPage
from ui.pages.reports import ReportsPage
from ui.pages.settings import SettingsPage, role_name
from ui.progress_text import sending_text
from ui.settings_store import SettingsStore
from ui.widgets.validation import FormDialog

log = logging.getLogger(__name__)

P = TypeVar("P", bound=QWidget, covariant=True)
W = TypeVar("W", bound=QWidget)
D = TypeVar("D", bound=FormDialog)


@dataclass(frozen=True, eq=False)
class Entry(Generic[P]):
    """A navigation entry: its key (in the names of its Ctrl+number action) and how its page
    is made, on first use. ``window.page(Nav.PUPILS)`` is a ``PupilsPage`` to mypy, so a
    misspelt entry fails the type check (and the import), not a dictionary lookup at run time."""

    key: str
    make: Callable[[MainWindow], P]


class Nav:
    """The navigation entries; ``PAGES`` gives their order."""

    DASHBOARD = Entry("dashboard", lambda w: DashboardPage(w.vault, w))
    PUPILS = Entry("pupils", lambda w: PupilsPage(w.vault, w))
    INCIDENTS = Entry("incidents", lambda w: IncidentsPage(w.vault, w))
    NOTIFICATIONS = Entry("notifications", lambda w: w.make_notifications_page())
    PLANS = Entry("plans", lambda w: PlansPage(w.vault, w))
    COUNCIL = Entry("council", lambda w: CouncilPage(w.vault, w))
    ABSENCES = Entry("absences", lambda w: AbsencesPage(w.vault, w))
    REPORTS = Entry("reports", lambda w: ReportsPage(w.vault, w))
    SETTINGS = Entry(
        "settings",
        lambda w: SettingsPage(w.vault, w, store=w.store, translations=w.translations),
    )


# The pages, in the order of the navigation list (Ctrl+1 … Ctrl+9).
PAGES: tuple[Entry[QWidget], ...] = (
    Nav.DASHBOARD,
    Nav.PUPILS,
    Nav.INCIDENTS,
    Nav.NOTIFICATIONS,
    Nav.PLANS,
    Nav.COUNCIL,
    Nav.ABSENCES,
    Nav.REPORTS,
    Nav.SETTINGS,
)
# Used where the platform theme defines no binding for a standard key (e.g. Quit on Windows).
FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Preferences: "Ctrl+,",
    QKeySequence.StandardKey.Refresh: "F5",
    QKeySequence.StandardKey.Find: "Ctrl+F",
}


class MainWindow(QMainWindow):
    """Signals:
    lock_requested(): the user asked to lock (Ctrl+L).
    sign_out_requested(): the user asked to sign out.
    autolock_changed(int): the auto-lock minutes were changed in Settings.
    enrolled(object): this computer was enrolled in Settings (its ``EnrollmentStatus``).
    closed(): the user closed the window (the application ends).
    """

    lock_requested = Signal()
    sign_out_requested = Signal()
    autolock_changed = Signal(int)
    enrolled = Signal(object)
    restore_requested = Signal(object)  # Path of a verified backup file
    closed = Signal()

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        store: SettingsStore | None = None,
        translations: Translations | None = None,
        demo: bool = False,
        demo_passphrase: str = "",
    ) -> None:
        super().__init__(parent)
        self.vault: Vault = vault
        self.store: SettingsStore = store or SettingsStore()
        self.translations: Translations | None = translations
        self.demo = demo
        self._school = vault.school  # read once: retranslating must not touch the vault
        self.nav = QListWidget()
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self._pages: dict[Entry[QWidget], QWidget] = {}
        self._placeholders: dict[Entry[QWidget], QWidget] = {}
        for key in PAGES:
            self.nav.addItem(QListWidgetItem())
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._placeholders[key] = holder
            self.stack.addWidget(holder)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.user_label = QLabel()
        # Whether (and where) notifications can be delivered: fed by the background delivery.
        self.delivery_label = QLabel()
        self.delivery_label.setObjectName("delivery")
        self.delivery_state = ""
        self.sync_service: SyncService | None = None
        self.server_url: str | None = None
        self.statusBar().addPermanentWidget(self.delivery_label)
        self.statusBar().addPermanentWidget(self.user_label)
        # A label, not showMessage(): it follows a language switch and no hover tip erases it.
        self._demo_passphrase = demo_passphrase
        self.demo_label = QLabel()
        self.demo_label.setObjectName("demo_note")
        self.demo_label.setVisible(demo)
        if demo:
            self.statusBar().addWidget(self.demo_label, 1)
        # Shadows QWidget.actions(), which nothing calls on this window; tests and the
        # helpers' code address the commands by this name.
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]
        self._build_actions()
        self._connect()
        self.retranslate()
        self.resize(1100, 720)
        self.nav.setCurrentRow(0)
        self.nav.setFocus()

    # -- pages -----------------------------------------------------------------------------

    def page(self, key: Entry[W]) -> W:
        """The page of this navigation entry, created on first use."""
        page = self._pages.get(key)
        if page is None:
            page = key.make(self)
            self._connect_page(page)
            self._pages[key] = page
            holder = self._placeholders[key]
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(page)
        return cast(W, page)  # made by key.make, so a W

    def created(self, key: Entry[W]) -> W | None:
        """The page of this entry if it was made already (nothing is created)."""
        return cast(W | None, self._pages.get(key))

    def show_page(self, key: Entry[QWidget]) -> None:
        row = PAGES.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._on_nav(row)

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row]
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        refresh: Callable[[], None] | None = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def refresh_current(self) -> None:
        self._on_nav(self.nav.currentRow())

    # -- actions ---------------------------------------------------------------------------

    def _action(
        self,
        key: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(self)
        if isinstance(shortcut, QKeySequence.StandardKey) and not QKeySequence.keyBindings(
            shortcut
        ):
            shortcut = QKeySequence(FALLBACK_KEYS.get(shortcut, ""))  # platform has none
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        def fire(_checked: bool = False) -> None:  # slots return nothing to PySide
            slot()

        action.triggered.connect(fire)
        self.actions[key] = action
        return action

    def _build_actions(self) -> None:
        self._action("lock", QKeySequence("Ctrl+L"), lambda: self.lock_requested.emit())
        self._action("sign_out", None, lambda: self.sign_out_requested.emit())
        self._action("quit", QKeySequence.StandardKey.Quit, self.close)
        # Ctrl+N belongs to the visible page ("new record" of that page: pupil, incident,
        # meeting, task); one window-wide Ctrl+N beside it made Qt call both ambiguous.
        self._action("new_pupil", QKeySequence("Ctrl+Shift+N"), self.new_pupil)
        self._action("new_incident", QKeySequence("Ctrl+Shift+I"), self.new_incident)
        self._action("find", QKeySequence.StandardKey.Find, self.focus_search)
        self._action("refresh", QKeySequence.StandardKey.Refresh, self.refresh_current)
        self._action(
            "settings", QKeySequence.StandardKey.Preferences, lambda: self.show_page(Nav.SETTINGS)
        )
        self._action("about", None, self.about)
        for number, key in enumerate(PAGES, start=1):
            self._action(
                f"go_{key.key}", QKeySequence(f"Ctrl+{number}"), partial(self.show_page, key)
            )
        menubar = self.menuBar()
        self.session_menu = menubar.addMenu("")
        for name in ("lock", "sign_out", None, "quit"):
            self.session_menu.addSeparator() if name is None else self.session_menu.addAction(
                self.actions[name]
            )
        self.records_menu = menubar.addMenu("")
        for name in ("new_pupil", "new_incident", None, "find", "refresh"):
            self.records_menu.addSeparator() if name is None else self.records_menu.addAction(
                self.actions[name]
            )
        self.go_menu = menubar.addMenu("")
        for key in PAGES:
            self.go_menu.addAction(self.actions[f"go_{key.key}"])
        self.help_menu = menubar.addMenu("")
        self.help_menu.addAction(self.actions["about"])

    def retranslate(self) -> None:
        school = self._school
        title = self.tr("Qorgau — {0}").format(school)
        if self.demo:
            title += " " + self.tr("(demo data)")
        self.setWindowTitle(title)
        names: dict[Entry[QWidget], str] = {
            Nav.DASHBOARD: self.tr("Dashboard"),
            Nav.PUPILS: self.tr("Pupils"),
            Nav.INCIDENTS: self.tr("Incidents"),
            Nav.NOTIFICATIONS: self.tr("Notifications"),
            Nav.PLANS: self.tr("Plans and tasks"),
            Nav.COUNCIL: self.tr("Council"),
            Nav.ABSENCES: self.tr("Absences"),
            Nav.REPORTS: self.tr("Reports"),
            Nav.SETTINGS: self.tr("Settings"),
        }
        for row, key in enumerate(PAGES):
            self.nav.item(row).setText(names[key])
            self.actions[f"go_{key.key}"].setText(names[key])
        texts = {
            "lock": self.tr("&Lock"),
            "sign_out": self.tr("Sign &out"),
            "quit": self.tr("&Quit"),
            "new_pupil": self.tr("New &pupil…"),
            "new_incident": self.tr("Record &incident…"),
            "find": self.tr("&Find pupil"),
            "refresh": self.tr("&Refresh"),
            "settings": self.tr("&Settings"),
            "about": self.tr("&About Qorgau"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        self.session_menu.setTitle(self.tr("&Session"))
        self.records_menu.setTitle(self.tr("&Records"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.demo:
            self.demo_label.setText(
                self.tr(
                    "Demo: synthetic data in a temporary folder, deleted on exit. "
                    "Passphrase to unlock: {0}"
                ).format(self._demo_passphrase)
            )
        user = self.vault.user
        self.user_label.setText(self.tr("{0} ({1})").format(user.full_name, role_name(user.role)))
        self._show_delivery()

    def set_delivery_state(self, state: str, server_url: str | None) -> None:
        """What the background delivery knows: ``not_enrolled``, ``online``, ``offline`` or
        ``""`` (enrolled, no attempt yet), and the server it delivers to."""
        enrolled_now = server_url is not None and server_url != self.server_url
        self.delivery_state, self.server_url = state, server_url
        self._show_delivery()
        if enrolled_now:
            self._refresh_visible((Nav.DASHBOARD, Nav.NOTIFICATIONS, Nav.SETTINGS))

    def make_notifications_page(self) -> NotificationsPage:
        """The Notifications page, wired to the session's background delivery if it runs."""
        page = NotificationsPage(self.vault, self)
        page.set_sync_service(self.sync_service)
        return page

    def set_sync_service(self, service: SyncService) -> None:
        """The session's background delivery: "Send now" asks it, its rounds show here."""
        self.sync_service = service
        service.progress.connect(self._on_delivery_progress)
        service.sending_changed.connect(lambda _sending: self._show_delivery())
        page = self.created(Nav.NOTIFICATIONS)
        if page is not None:
            page.set_sync_service(service)

    def _on_delivery_progress(self, progress: object) -> None:
        # The status bar follows a round that has something to send.
        if isinstance(progress, Progress) and progress.total and not progress.finished:
            self.delivery_label.setText(sending_text(progress))

    def is_online(self) -> bool | None:
        """For the incident dialog: True/False when known, None before the first attempt."""
        if self.delivery_state == "online":
            return True
        if self.delivery_state in ("offline", "not_enrolled", "stopped"):
            return False
        return None

    def _show_delivery(self) -> None:
        url, state = self.server_url, self.delivery_state
        if state == "not_enrolled":
            text = self.tr("Not enrolled with a server")
        elif state == "stopped":
            text = self.tr("Delivery stopped on an error (see the log); sign out and in again")
        elif url is None:
            text = ""
        elif state == "online":
            text = self.tr("Server {0}: connected").format(url)
        elif state == "offline":
            text = self.tr("Server {0}: no connection").format(url)
        else:
            text = self.tr("Server {0}").format(url)
        self.delivery_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    # -- commands --------------------------------------------------------------------------

    def new_pupil(self) -> PupilForm:
        return self.open_dialog(PupilForm(self.vault, self))

    def new_incident(self) -> IncidentDialog:
        return self.open_dialog(IncidentDialog(self.vault, self, online=self.is_online))

    def open_dialog(self, dialog: D) -> D:
        """A "new record" form of the menu, over the window; the page refreshes after it."""
        if isinstance(dialog, Guarded):
            default_guard().register(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self.refresh_current())
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        self.show_page(Nav.PUPILS)
        self.page(Nav.PUPILS).focus_search()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Qorgau"),
            self.tr(
                "Qorgau {0}\nRecords of pupils who need increased attention and mandatory "
                "notifications, kept encrypted on this computer."
            ).format(__version__),
        )

    def set_locked(self, locked: bool) -> None:
        dashboard = self.created(Nav.DASHBOARD)
        if dashboard is not None:
            dashboard.set_paused(locked)

    # -- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav)

    def _connect_page(self, page: QWidget) -> None:
        """Every connection between pages is made here."""
        if isinstance(page, DashboardPage):
            page.notifications_requested.connect(lambda: self.show_page(Nav.NOTIFICATIONS))
            page.notification_requested.connect(self.open_notification)
            page.pupil_requested.connect(self.open_pupil)
        if isinstance(page, PupilsPage):
            page.pupils_changed.connect(self._on_records_changed)
        if isinstance(page, SettingsPage):
            page.autolock_changed.connect(self._on_autolock_changed)
            page.restore_requested.connect(self.restore_requested)
            page.enrolled.connect(self.enrolled)

    def _on_autolock_changed(self, minutes: int) -> None:
        self.autolock_changed.emit(minutes)

    def _on_records_changed(self) -> None:
        dashboard = self.created(Nav.DASHBOARD)
        if dashboard is not None:
            dashboard.refresh()

    def on_delivery_report(self, report: object) -> None:
        """The background sync delivered or received something: show it where it is listed."""
        if not (getattr(report, "delivered", 0) or getattr(report, "acknowledged", 0)):
            return
        self._refresh_visible((Nav.DASHBOARD, Nav.NOTIFICATIONS))

    def _refresh_visible(self, keys: tuple[Entry[QWidget], ...]) -> None:
        for key in keys:
            page = self.created(key)
            refresh = getattr(page, "refresh", None)
            if page is not None and page.isVisible() and callable(refresh):
                refresh()

    def open_notification(self, notification_id: str) -> None:
        """The Notifications page with this notification selected (its details shown)."""
        self.show_page(Nav.NOTIFICATIONS)
        self.page(Nav.NOTIFICATIONS).select_notification(notification_id)

    def open_pupil(self, pupil_id: int) -> None:
        open_pupil_card(self.vault, self, pupil_id)
