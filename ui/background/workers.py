"""Run work off the GUI thread and bring the result back through signals.

Each task runs on a ``QThreadPool`` thread. Work that needs the vault gets a *thread view*
of it — the same keys and account with a connection opened by (and owned by) the worker
thread — because one ``Database`` is used only by the thread that opened it.

Lifetime of a :class:`Task`: Qt owns it (it is a child of the application object) and it is
deleted on the GUI thread by ``deleteLater``, requested by the worker *after* ``finished`` or
``failed`` was emitted — so after the queued calls of every connected slot. Python references
only keep the wrapper. It used to be owned by Python, so the C++ object died with its last
Python reference, dropped either by ``_on_end`` (the first slot) on the GUI thread while the
other slots' queued calls were still pending — they were discarded with it, and the council
page's "Saved" box never appeared — or by the pool deleting the runnable on the worker thread
while the GUI thread was delivering the task's signals: a use-after-free, the segfault in
libQt6Core seen after saving a council protocol (issue 10).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMetaObject,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

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
        # A C++ parent makes Qt, not the Python reference count, own the object: a reference
        # dropped on a worker thread (the runnable's) can then never delete it there.
        super().__init__(QCoreApplication.instance())
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
        # Posted by this thread after emit() has posted the call of every slot, so the GUI
        # thread deletes the task only once all of them have run. (Deleting it from the first
        # slot raced with this thread still posting the others.)
        QMetaObject.invokeMethod(task, "deleteLater", Qt.ConnectionType.QueuedConnection)


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
