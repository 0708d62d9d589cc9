"""The daily automatic backup: while someone is signed in, back up once a day into the chosen
folder on a worker thread, keeping the last N there.

The folder is often a USB stick that is not always plugged in: a failure is reported through
``backup_failed`` and tried again an hour later, never more often, so the user is told without
being nagged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from app import clock
from app.errors import QorgauError
from app.services.backups import BackupResult, backup_due, run_backup
from app.vault import Vault
from ui.background.workers import Report, Task, run_with_vault
from ui.errors import message_for
from ui.settings_store import BACKUP_FOLDER, BACKUP_KEEP, LAST_BACKUP_AT, SettingsStore

CHECK_INTERVAL_MS = 10 * 60 * 1000  # how often "is a backup due?" is asked
FIRST_CHECK_MS = 60 * 1000  # after sign-in: let the user start working first
RETRY_AFTER = timedelta(hours=1)


def local_now() -> datetime:
    return datetime.now().astimezone()


def last_backup_at(store: SettingsStore) -> datetime | None:
    text = store.get(LAST_BACKUP_AT)
    if not text:
        return None
    try:
        return clock.parse_iso(text)
    except ValueError:
        return None


def start_backup(
    vault: Vault,
    folder: str,
    keep: int,
    now: datetime,
    finished: Callable[[Any], None],
    failed: Callable[[Any], None],
    *,
    pool: QThreadPool | None = None,
) -> Task:
    """Back up into ``folder`` and prune to ``keep`` on a worker (its own connection); the
    task's ``progress`` carries ``app.progress.Progress`` (bytes of the database)."""

    def work(view: Vault, report: Report) -> BackupResult:
        return run_backup(view, Path(folder), keep, now=now, progress=report)

    # run_with_vault starts the work from the event loop, after these connections exist.
    task = run_with_vault(vault, work, pool=pool)
    task.finished.connect(finished)
    task.failed.connect(failed)
    return task


def record_success(store: SettingsStore, now: datetime) -> None:
    store.set(LAST_BACKUP_AT, clock.iso(now))


def backup_error_sentence(exc: BaseException) -> str:
    """Why a backup or restore did not happen, in the user's language."""
    code = exc.code if isinstance(exc, QorgauError) else ""
    sentences = {
        "backup_folder_unset": QCoreApplication.translate(
            "Backups", "No backup folder is chosen. Choose one in Settings."
        ),
        "backup_folder_missing": QCoreApplication.translate(
            "Backups",
            "The backup folder is not available. If it is on a USB stick, plug the stick in; "
            "the backup will be tried again.",
        ),
        "backup_folder_not_writable": QCoreApplication.translate(
            "Backups",
            "The backup folder cannot be written to (no permission, or the stick is "
            "write-protected).",
        ),
        "backup_write_failed": QCoreApplication.translate(
            "Backups",
            "The backup could not be written (is the disk or stick full?). "
            "Your records are intact.",
        ),
        "backup_invalid": QCoreApplication.translate(
            "Backups", "This file is not a Qorgau backup, or it is damaged. Nothing was changed."
        ),
    }
    return sentences.get(code) or message_for(exc)


class BackupScheduler(QObject):
    """Runs the daily backup while a session is open and not locked.

    Signals:
        backup_started(): a backup began on a worker.
        backup_finished(object): the ``BackupResult`` of a successful backup.
        backup_failed(object): the exception of a failed one (see ``backup_error_sentence``).
    """

    backup_started = Signal()
    backup_finished = Signal(object)
    backup_failed = Signal(object)

    def __init__(
        self,
        vault: Vault,
        store: SettingsStore,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = local_now,
        interval_ms: int = CHECK_INTERVAL_MS,
        first_check_ms: int = FIRST_CHECK_MS,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.store = store
        self._now = now
        self._pool = pool
        self._first_check_ms = first_check_ms
        self._paused = False
        self._retry_at: datetime | None = None
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        """Begin checking (after sign-in)."""
        self._paused = False
        self.timer.start()
        self._first.start(self._first_check_ms)

    def stop(self) -> None:
        """Stop checking (the session ends); a backup already running finishes."""
        self.timer.stop()
        self._first.stop()

    def set_paused(self, paused: bool) -> None:
        """While locked the vault's keys are gone: no backup starts."""
        self._paused = paused

    def is_due(self) -> bool:
        if self._paused or self.running or not self.store.get(BACKUP_FOLDER):
            return False
        now = self._now()
        if self._retry_at is not None and now < self._retry_at:
            return False
        return backup_due(last_backup_at(self.store), now)

    def check(self) -> Task | None:
        """Start a backup when one is due; returns its task (None when nothing started)."""
        if not self.is_due():
            return None
        now = self._now()
        self.task = start_backup(
            self.vault,
            self.store.get(BACKUP_FOLDER),
            self.store.get(BACKUP_KEEP),
            now,
            lambda result: self._on_finished(result, now),
            lambda exc: self._on_failed(exc, now),
            pool=self._pool,
        )
        self.backup_started.emit()
        return self.task

    def _on_finished(self, result: BackupResult, now: datetime) -> None:
        self.task = None
        self._retry_at = None
        record_success(self.store, now)
        self.backup_finished.emit(result)

    def _on_failed(self, exc: BaseException, now: datetime) -> None:
        self.task = None
        self._retry_at = now + RETRY_AFTER
        self.backup_failed.emit(exc)
