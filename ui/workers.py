"""Run work off the GUI thread and bring the result back through signals.

Each task runs on a ``QThreadPool`` thread. Work that needs the vault gets a *thread view*
of it — the same keys and account with a connection opened by (and owned by) the worker
thread — because one ``Database`` is used only by the thread that opened it.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from app.vault import Vault

log = logging.getLogger(__name__)

Report = Callable[[object], None]

_running: set[Task] = set()


class Task(QObject):
    """One piece of background work.

    Signals:
        progress(object): whatever the work passed to its ``report`` callable.
        finished(object): the return value, on the GUI thread.
        failed(object): the exception, on the GUI thread.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done = False
        self.finished.connect(self._on_end)
        self.failed.connect(self._on_end)

    def _on_end(self, _value: object) -> None:
        self.done = True
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[Report], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work

    def run(self) -> None:
        task = self._task
        try:
            result = self._work(task.progress.emit)
        except BaseException as exc:  # everything goes back to the GUI thread
            task.failed.emit(exc)
        else:
            task.finished.emit(result)


def run_task(work: Callable[[Report], Any], *, pool: QThreadPool | None = None) -> Task:
    """Run ``work(report)`` on a pool thread; connect to the returned task's signals.

    The work starts from the event loop, after the caller has returned: a queued signal only
    reaches the slots connected when it is emitted, so a task that finished within
    milliseconds would otherwise lose its result to connections made right after this call.
    """
    task = Task()
    _running.add(task)
    runnable = _Runnable(task, work)
    target = pool or QThreadPool.globalInstance()
    QTimer.singleShot(0, task, lambda: target.start(runnable))
    return task


def thread_view(vault: Vault) -> Vault:
    """A copy of ``vault`` with its own connection, for use on the calling thread only."""
    view = copy.copy(vault)
    view.db = vault.connect()
    return view


def run_with_vault(
    vault: Vault, work: Callable[[Vault, Report], Any], *, pool: QThreadPool | None = None
) -> Task:
    """Run ``work(thread_vault, report)`` with a connection owned by the worker thread."""
    view = copy.copy(vault)  # taken now: a lock closing ``vault`` must not race the copy

    def body(report: Report) -> Any:
        view.db = view.connect()
        try:
            return work(view, report)
        finally:
            view.db.close()

    return run_task(body, pool=pool)


def rebind_to_current_thread(vault: Vault) -> Vault:
    """Give a vault opened on a worker (whose connection was closed there) a connection here."""
    vault.db = vault.connect()
    return vault


def wait_all(pool: QThreadPool | None = None, msecs: int = 10_000) -> bool:
    """Wait for pool threads (used at shutdown and in tests), starting queued ones first."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    return (pool or QThreadPool.globalInstance()).waitForDone(msecs)
