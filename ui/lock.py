"""Auto-lock after idle time and on Ctrl+L.

Locking audits the lock, closes the vault (its keys are dropped) and hides every window
behind the lock screen. Forms with unsaved input register with the ``LockGuard``; their
state is taken before the lock and handed back after unlock — it stays in this process's
memory only and is never written anywhere.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.vault import Vault
from ui.dialogs.signin import SignInDialog

LOCK_KEY = QKeySequence("Ctrl+L")
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


@runtime_checkable
class Guarded(Protocol):
    def save_state(self) -> object: ...

    def restore_state(self, state: object) -> None: ...


class LockGuard:
    """Registry of open forms whose unsaved input must survive a lock.

    A form calls ``default_guard().register(self)`` when it opens; a ``QObject`` form is
    forgotten automatically when destroyed, others call ``unregister``.
    """

    def __init__(self) -> None:
        self._forms: list[Guarded] = []

    def register(self, form: Guarded) -> None:
        if form not in self._forms:
            self._forms.append(form)
            if isinstance(form, QObject):
                form.destroyed.connect(lambda *_a, form=form: self.unregister(form))

    def unregister(self, form: Guarded) -> None:
        with contextlib.suppress(ValueError):
            self._forms.remove(form)

    @property
    def forms(self) -> list[Guarded]:
        return list(self._forms)

    def save_all(self) -> list[tuple[Guarded, object]]:
        return [(form, form.save_state()) for form in self._forms]

    @staticmethod
    def restore_all(states: list[tuple[Guarded, object]]) -> None:
        for form, state in states:
            form.restore_state(state)


_default_guard = LockGuard()


def default_guard() -> LockGuard:
    """The application's guard, for forms that cannot be handed one."""
    return _default_guard


def reopen_in_place(closed: Vault, fresh: Vault) -> Vault:
    """Make ``closed`` usable again with ``fresh``'s connection and keys.

    Every page and open form holds the same ``Vault`` object; unlocking revives that object
    rather than handing out a new one, so nothing has to be rebuilt.
    """
    closed.adopt(fresh)
    return closed


class LockManager(QObject):
    """Watches for inactivity and locks the session.

    Signals:
        locked(): the vault was closed and the windows hidden.
        unlocked(): the same user unlocked; windows and form input are back.
        sign_out_requested(): the user chose to sign out from the lock screen.
    """

    locked = Signal()
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        parent: QObject | None = None,
        *,
        guard: LockGuard | None = None,
        idle_minutes: float = 5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.guard = guard or default_guard()
        self._sleep = sleep
        self._login = vault.user.login
        self._data_dir: Path = vault.data_dir
        self._last_activity = time.monotonic()
        self._idle_seconds = 0.0
        self._hidden: list[QWidget] = []
        self._states: list[tuple[Guarded, object]] = []
        self.screen: SignInDialog | None = None
        self._with_shortcut: set[QObject] = set()
        self._check = QTimer(self)
        self._check.timeout.connect(self._on_check)
        self.set_idle_minutes(idle_minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle_seconds = max(0.01, float(minutes) * 60)
        self._check.start(max(50, min(15_000, int(self._idle_seconds * 250))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and not self.is_locked:
            self._last_activity = time.monotonic()
            # Ctrl+L that no shortcut took (a modal dialog not yet the active window): the
            # key reaches the dialog's widgets, and is taken here.
            if (
                isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and QKeySequence(event.keyCombination()) == LOCK_KEY
                and QApplication.activeModalWidget() is not None
            ):
                self.lock()
                return True
        elif (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isWindow()
            and watched is not self.screen
            and watched not in self._with_shortcut
        ):
            self._add_lock_shortcut(watched)
        return False

    def _add_lock_shortcut(self, dialog: QDialog) -> None:
        """The main window's Ctrl+L cannot fire while a modal form blocks that window: every
        dialog gets its own (Qt's shortcut map, so it works in any keyboard layout)."""
        shortcut = QShortcut(LOCK_KEY, dialog)
        shortcut.activated.connect(self.lock)
        self._with_shortcut.add(dialog)
        dialog.destroyed.connect(lambda *_a, d=dialog: self._with_shortcut.discard(d))

    def _on_check(self) -> None:
        if not self.is_locked and time.monotonic() - self._last_activity >= self._idle_seconds:
            self.lock()

    def lock(self) -> None:
        if self.is_locked:
            return
        self._states = self.guard.save_all()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._hidden = [w for w in app.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        with contextlib.suppress(Exception):  # a damaged connection must not prevent locking
            self.vault.audit("lock", "staff", str(self.vault.user.id))
        self.vault.close()
        self.screen = SignInDialog(self._data_dir, login=self._login, sleep=self._sleep)
        self.screen.signed_in.connect(self._on_unlocked)
        self.screen.sign_out_requested.connect(self._on_sign_out)
        self.screen.show()
        self.screen.activateWindow()
        self.locked.emit()

    def _close_screen(self) -> None:
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None

    def _on_unlocked(self, fresh: Vault) -> None:
        reopen_in_place(self.vault, fresh)
        self._close_screen()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        states, self._states = self._states, []
        self.guard.restore_all(states)
        self._last_activity = time.monotonic()
        self.unlocked.emit()

    def _on_sign_out(self) -> None:
        self._states = []  # unsaved input is dropped, never stored
        self._hidden = []
        self._close_screen()
        self.sign_out_requested.emit()

    def shutdown(self) -> None:
        """Stop watching (the session ends)."""
        self._check.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._close_screen()
