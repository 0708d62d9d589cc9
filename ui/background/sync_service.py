"""Background delivery while a vault is open: ``sync.engine.run_forever`` on a ``QThread``.

A vault that is not enrolled yet is not an error: the worker says so (``not_enrolled``) and
waits, looking at the vault every ``enroll_poll_s`` (or at once when woken), so an enrollment
made meanwhile — in Settings or with ``qorgau enroll`` from a terminal — starts delivery
without signing out.

The worker thread opens its own database connection (``vault.connect()`` on that thread; one
connection per thread) from a copy of the session taken at ``start()``, so a lock that closes
the session's vault does not pull the keys from under a running delivery; ``stop()`` (wired to
lock and quit) cancels the worker and drops that copy.

The wait between attempts is cut short by a ``wake`` event, set when ``QNetworkInformation``
reports the machine online again (if the platform has a backend; without one the engine's own
health probe and poll still apply) and when an enrollment was made (``wake()``).

"Send now" is the service's job too (``send_now()``): it runs one delivery round at once, or
says that one is under way, so the Notifications page, the dashboard and the status bar all see
one round, one progress (``progress``: notifications sent of those queued, time left) and one
report — never a second engine beside this one.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtNetwork import QNetworkInformation

from app.progress import Progress
from app.storage.db import Database
from app.vault import Vault
from sync.backoff import Backoff
from sync.engine import NotEnrolled, SyncReport, run_forever
from sync.enrollment import EnrollmentStatus, enrollment_status
from ui.errors import log_safely

log = logging.getLogger(__name__)

STATE_ONLINE = "online"
STATE_OFFLINE = "offline"
STATE_NOT_ENROLLED = "not_enrolled"
STATE_STOPPED = "stopped"  # the worker ended on an unexpected error (logged)
# What send_now() did.
SEND_STARTED = "started"
SEND_BUSY = "busy"
SEND_NOT_ENROLLED = "not_enrolled"
SEND_NOT_RUNNING = "not_running"
DEFAULT_STOP_TIMEOUT_S = 10.0
DEFAULT_ENROLL_POLL_S = 5.0
DEFAULT_NEW_WORK_POLL_S = 1.0  # a notification recorded in any window goes out within ~1 s

# Threads that did not finish within stop()'s bound: kept referenced until they do, because
# destroying a running QThread aborts the process.
_stragglers: set[QThread] = set()


class _SyncThread(QThread):
    """Runs ``run_forever`` on its own connection; signals cross to the GUI thread queued.

    Signals:
        cycle_started(int): a delivery round begins; the number of "Send now" requests made
            before it started (``asks()``), which it answers.
        progressed(object): ``app.progress.Progress`` of the round (sent of queued).
        reported(object): a ``SyncReport`` after each attempt.
        not_enrolled(): the vault has no server to deliver to (the worker waits for one).
        enrolled(object): the ``EnrollmentStatus`` delivery starts with.
        crashed(object): the exception that ended the loop unexpectedly.
    """

    cycle_started = Signal(int)
    progressed = Signal(object)
    reported = Signal(object)
    not_enrolled = Signal()
    enrolled = Signal(object)
    crashed = Signal(object)

    def __init__(
        self,
        view: Vault,
        *,
        cancel: threading.Event,
        wake: threading.Event,
        idle_poll_s: float,
        backoff: Backoff | None,
        enroll_poll_s: float = DEFAULT_ENROLL_POLL_S,
        new_work_poll_s: float = DEFAULT_NEW_WORK_POLL_S,
        asks: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__()
        self.view: Vault | None = view
        self.asks = asks
        self.cancel = cancel
        self.wake = wake
        self.idle_poll_s = idle_poll_s
        self.backoff = backoff
        self.enroll_poll_s = enroll_poll_s
        self.new_work_poll_s = new_work_poll_s

    def run(self) -> None:
        view, self.view = self.view, None  # the keys live only as long as this frame
        assert view is not None
        try:
            db = view.connect()
        except Exception as exc:
            log_safely(type(exc), exc.__traceback__)  # where, never the message (data)
            self.crashed.emit(exc)
            return
        try:
            while not self.cancel.is_set():
                status = self._wait_for_enrollment(db)
                if status is None:
                    return  # cancelled while waiting
                self.enrolled.emit(status)
                try:
                    run_forever(
                        db,
                        cancel=self.cancel,
                        idle_poll_s=self.idle_poll_s,
                        backoff=self.backoff,
                        on_report=self.reported.emit,
                        wake=self.wake,
                        new_work_poll_s=self.new_work_poll_s,
                        # Read on this thread as the round starts (after it took the wake).
                        on_cycle=lambda: self.cycle_started.emit(self.asks()),
                        progress=self.progressed.emit,
                    )
                except NotEnrolled:
                    continue  # the enrollment vanished between the two reads: wait again
                return
        except Exception as exc:
            log_safely(type(exc), exc.__traceback__)
            self.crashed.emit(exc)
        finally:
            db.close()

    def _wait_for_enrollment(self, db: Database) -> EnrollmentStatus | None:
        announced = False
        while not self.cancel.is_set():
            status = enrollment_status(db)
            if status is not None:
                return status
            if not announced:
                self.not_enrolled.emit()
                announced = True
            if self.wake.wait(self.enroll_poll_s):
                self.wake.clear()
        return None


class SyncService(QObject):
    """Keeps the outbox moving while a session is open.

    Signals:
        report_ready(object): the ``SyncReport`` of each delivery attempt, on the GUI thread.
        state_changed(str): ``"online"``, ``"offline"``, ``"not_enrolled"`` or ``"stopped"``,
            when it changes.
        enrolled(object): the ``EnrollmentStatus`` delivery (re)starts with, also when the
            vault was enrolled while the session was open.
        failed(object): the worker stopped on an unexpected exception (it is not restarted).
        sending_changed(bool): a delivery round started (True) or ended (False).
        progress(object): ``app.progress.Progress`` of the round under way.
    """

    report_ready = Signal(object)
    state_changed = Signal(str)
    enrolled = Signal(object)
    failed = Signal(object)
    sending_changed = Signal(bool)
    progress = Signal(object)

    def __init__(
        self,
        vault: Vault,
        parent: QObject | None = None,
        *,
        idle_poll_s: float = 30.0,
        backoff: Backoff | None = None,
        network_hint: bool = True,
        enroll_poll_s: float = DEFAULT_ENROLL_POLL_S,
        new_work_poll_s: float = DEFAULT_NEW_WORK_POLL_S,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.idle_poll_s = idle_poll_s
        self.backoff = backoff
        self.network_hint = network_hint
        self.enroll_poll_s = enroll_poll_s
        self.new_work_poll_s = new_work_poll_s
        self.state = ""
        self.enrollment: EnrollmentStatus | None = None
        # A round under way, or one asked for with send_now and not answered yet.
        self.sending = False
        # "Send now" requests made, and the last one a finished round answered: a request is
        # answered by the first round that starts after it (it sets the wake, which each round
        # takes as it starts).
        self._asks = 0
        self._answered = 0
        self._round_answers = 0
        self.last_progress: Progress | None = None
        self._thread: _SyncThread | None = None
        self._cancel = threading.Event()
        self._wake = threading.Event()
        self._network: QNetworkInformation | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> None:
        """Start (or, after ``stop()``, restart with the session's current keys)."""
        if self._thread is not None:
            return
        self._cancel = threading.Event()
        self._wake = threading.Event()
        thread = _SyncThread(
            copy.copy(self.vault),  # taken now: a lock closing ``vault`` must not race it
            cancel=self._cancel,
            wake=self._wake,
            idle_poll_s=self.idle_poll_s,
            backoff=self.backoff,
            enroll_poll_s=self.enroll_poll_s,
            new_work_poll_s=self.new_work_poll_s,
            asks=lambda: self._asks,
        )
        thread.cycle_started.connect(self.on_cycle_started)
        thread.progressed.connect(self.on_progressed)
        thread.reported.connect(self.on_reported)
        thread.not_enrolled.connect(self.on_not_enrolled)
        thread.enrolled.connect(self.on_enrolled)
        thread.crashed.connect(self.on_crashed)
        thread.finished.connect(self.on_thread_finished)
        self._thread = thread
        self._watch_network()
        thread.start()

    def wake(self) -> None:
        """Cut the current wait short (an enrollment just made, the network back)."""
        self._wake.set()

    @property
    def asked(self) -> bool:
        """A "Send now" request waits for its round (under way or about to start)."""
        return self._asks > self._answered

    def send_now(self) -> str:
        """ "Send now": run one delivery round at once. Returns ``SEND_STARTED``, or why not:
        ``SEND_BUSY`` (a requested round is under way: its progress and report follow),
        ``SEND_NOT_ENROLLED`` or ``SEND_NOT_RUNNING`` (locked, or stopped on an error).

        A round the service started by itself (new work, the poll) does not answer the request
        — it may have skipped pulling acknowledgements — the round right after it does.
        """
        if not self.running or self.state == STATE_STOPPED:
            return SEND_NOT_RUNNING
        if self.state == STATE_NOT_ENROLLED:
            return SEND_NOT_ENROLLED
        if self.asked:
            return SEND_BUSY
        self._asks += 1  # before the wake: the round that takes the wake sees this request
        self._set_sending(True)
        self._wake.set()
        return SEND_STARTED

    def stop(self, timeout_s: float = DEFAULT_STOP_TIMEOUT_S) -> bool:
        """Cancel and wait up to ``timeout_s``; True when the worker has ended.

        A request already on the wire can hold the worker up to the client's timeout; if it
        outlives ``timeout_s`` it is left to finish on its own (it is cancelled and will not
        start another attempt).
        """
        self._unwatch_network()
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        self._cancel.set()
        self._wake.set()
        self._forget_requests()
        if thread.wait(int(timeout_s * 1000)):
            return True
        log.warning("background delivery did not stop within %.1f s", timeout_s)
        _stragglers.add(thread)
        thread.finished.connect(lambda: _stragglers.discard(thread))
        return False

    # ------------------------------------------------------------------ slots

    def on_cycle_started(self, asks: int) -> None:
        if not self._from_current_worker():
            return
        self._round_answers = asks
        self.last_progress = None
        self._set_sending(True)

    def on_progressed(self, progress: object) -> None:
        if not self._from_current_worker():
            return
        assert isinstance(progress, Progress)
        self.last_progress = progress
        self.progress.emit(progress)

    def on_reported(self, report: object) -> None:
        if not self._from_current_worker():
            return  # queued before stop(): the session may be locked by now
        assert isinstance(report, SyncReport)
        self._set_state(STATE_OFFLINE if report.error else STATE_ONLINE)
        self._answered = max(self._answered, self._round_answers)  # before report_ready
        self.report_ready.emit(report)
        self._set_sending(self.asked)  # a request made during this round: its round follows

    def on_not_enrolled(self) -> None:
        if not self._from_current_worker():
            return
        self.enrollment = None
        self._set_state(STATE_NOT_ENROLLED)
        self._forget_requests()  # asked for before the worker knew: no round will come

    def on_enrolled(self, status: EnrollmentStatus) -> None:
        if not self._from_current_worker():
            return
        self.enrollment = status
        if self.state == STATE_NOT_ENROLLED:
            self.state = ""  # online or offline follows with the first report
        self.enrolled.emit(status)

    def on_crashed(self, exc: object) -> None:
        if not self._from_current_worker():
            return
        self._unwatch_network()
        self._set_state(STATE_STOPPED)
        self._forget_requests()
        self.failed.emit(exc)

    def on_thread_finished(self) -> None:
        # Dropped only once finished: destroying a running QThread aborts the process.
        if self._thread is not None and self._thread.isFinished():
            self._thread = None

    def on_reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self.wake()

    # ------------------------------------------------------------------ internals

    def _from_current_worker(self) -> bool:
        return self._thread is not None and self.sender() is self._thread

    def _forget_requests(self) -> None:
        self._answered = self._asks
        self._set_sending(False)

    def _set_sending(self, sending: bool) -> None:
        if sending != self.sending:
            self.sending = sending
            self.sending_changed.emit(sending)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _watch_network(self) -> None:
        if not self.network_hint or self._network is not None:
            return
        if QNetworkInformation.instance() is None:
            QNetworkInformation.loadDefaultBackend()
        network = QNetworkInformation.instance()
        if network is None:
            return  # no backend on this platform: the health probe and the poll remain
        network.reachabilityChanged.connect(self.on_reachability_changed)
        self._network = network

    def _unwatch_network(self) -> None:
        if self._network is not None:
            self._network.reachabilityChanged.disconnect(self.on_reachability_changed)
            self._network = None
