"""`run_forever` (what `qorgau sync` and the desktop run): waits for the server, delivers when it
comes back, stops promptly when cancelled, and never retries earlier than the server asked."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.storage import notifications as outbox
from app.vault import Vault
from benchmarks.sync_figures import queue_notifications
from sync.backoff import Backoff
from sync.engine import SyncReport, run_forever
from sync.enrollment import enroll
from sync.receipts import verify_stored_receipts
from tests.conftest import VaultSetup
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server_process import ServerProcess, make_enroll_code, run_cli, running_server

DELIVERY_BOUND_S = 15.0
CANCEL_BOUND_S = 3.0


class Runner:
    """``run_forever`` on a thread that owns its own connection, as the desktop runs it."""

    def __init__(self, vault: Vault, **options: Any) -> None:
        self.vault = vault
        self.options = options
        self.cancel = threading.Event()
        self.wake = threading.Event()
        self.reports: list[tuple[float, SyncReport]] = []
        self.changed = threading.Condition()
        self.crashed: list[BaseException] = []
        self.thread = threading.Thread(target=self._body, name="run-forever", daemon=True)

    def _body(self) -> None:
        db = self.vault.connect()
        try:
            run_forever(
                db, cancel=self.cancel, wake=self.wake, on_report=self._on_report, **self.options
            )
        except BaseException as exc:
            self.crashed.append(exc)
        finally:
            db.close()

    def _on_report(self, report: SyncReport) -> None:
        with self.changed:
            self.reports.append((time.monotonic(), report))
            self.changed.notify_all()

    def start(self) -> Runner:
        self.thread.start()
        return self

    def wait_for(self, predicate: Any, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(
                lambda: any(predicate(r) for _t, r in self.reports), timeout=timeout
            )

    def delivered(self) -> int:
        with self.changed:
            return sum(r.delivered for _t, r in self.reports)

    def stop(self) -> float:
        """Cancel and join; return how long the join took."""
        start = time.monotonic()
        self.cancel.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive(), "run_forever did not stop"
        assert not self.crashed, self.crashed
        return time.monotonic() - start


def server_ids(data_dir: Path) -> list[str]:
    return [n["id"] for n in json.loads(run_cli(data_dir, "notifications", "--json").stdout)]


def test_waits_for_the_server_then_delivers_and_stops_promptly(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа"))
        server.stop()
        queued = queue_notifications(psy, 20)
        # The probe backs off like deliveries (issue 9): a cap of 4 s bounds the wait here.
        runner = Runner(psy, idle_poll_s=30.0, backoff=Backoff(base=0.5, cap=4.0)).start()
        try:
            assert runner.wait_for(lambda r: r.error is not None, timeout=DELIVERY_BOUND_S)
            time.sleep(1.0)  # it is now backing off with nobody to talk to
            assert runner.delivered() == 0
            server.start()
            back_at = time.monotonic()
            assert runner.wait_for(lambda r: r.complete, timeout=DELIVERY_BOUND_S)
            took = runner.reports[-1][0] - back_at
            assert runner.delivered() == 20
        finally:
            # Now idle (idle_poll_s=30): cancel must not sit that out.
            joined_in = runner.stop()
        assert joined_in < CANCEL_BOUND_S
        assert took < DELIVERY_BOUND_S
        assert sorted(server_ids(server_dir)) == sorted(queued)
    assert verify_stored_receipts(psy).problems == []


def test_cancel_during_a_long_backoff_is_prompt(vault_setup: VaultSetup, tmp_path: Path) -> None:
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа"))
        server.stop()
        queue_notifications(psy, 1)
        runner = Runner(psy, backoff=Backoff(base=600.0, cap=600.0)).start()
        assert runner.wait_for(lambda r: r.error is not None, timeout=DELIVERY_BOUND_S)
        time.sleep(0.3)
        assert runner.stop() < CANCEL_BOUND_S


def test_wake_cuts_the_idle_poll_short(vault_setup: VaultSetup, tmp_path: Path) -> None:
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа"))
        runner = Runner(psy, idle_poll_s=600.0).start()
        try:
            assert runner.wait_for(lambda r: r.complete, timeout=DELIVERY_BOUND_S)
            queue_notifications(psy, 3)  # new work, and the GUI says "send now"
            runner.wake.set()
            assert runner.wait_for(lambda r: r.delivered == 3, timeout=DELIVERY_BOUND_S)
        finally:
            runner.stop()
    assert outbox.queued_count(psy.db) == 0


def _proxied(vault: Vault, server: ServerProcess, proxy: FaultProxy) -> None:
    """Enroll through the proxy, so the device record (and run_forever) talks to it."""
    enroll(vault, proxy.base_url, make_enroll_code(server.data_dir, "Школа"))
    proxy.fault_paths = ("/v1/notifications",)  # health probes and acks pass untouched


def _delivery_attempts(proxy: FaultProxy) -> list[float]:
    return [s.at for s in proxy.seen("/v1/notifications") if s.method == "POST"]


def _attempts_around_one_fault(
    vault_setup: VaultSetup,
    tmp_path: Path,
    fault: Fault,
    backoff: Backoff,
    first_report: Callable[[SyncReport], bool] | None = None,
) -> tuple[float, float]:
    """Deliver 5 notifications through a proxy that answers the first delivery with ``fault``;
    every notification must end up delivered. Returns the times of the first two attempts."""
    psy = vault_setup.open("psy")
    with (
        running_server(tmp_path / "server") as server,
        FaultProxy("127.0.0.1", server.port) as proxy,
    ):
        _proxied(psy, server, proxy)
        queue_notifications(psy, 5)
        proxy.queue(fault)
        runner = Runner(psy, backoff=backoff).start()
        try:
            if first_report is not None:
                assert runner.wait_for(first_report, timeout=DELIVERY_BOUND_S)
            assert runner.wait_for(lambda r: r.complete, timeout=DELIVERY_BOUND_S)
        finally:
            runner.stop()
        first, second, *_ = _delivery_attempts(proxy)
    assert outbox.queued_count(psy.db) == 0
    return first, second


def test_retry_after_is_honoured_even_though_health_answers(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    # Backoff alone would retry almost at once; only Retry-After holds it back.
    first, second = _attempts_around_one_fault(
        vault_setup,
        tmp_path,
        Fault.status(503, retry_after=2),
        Backoff(base=0.01, cap=0.01),
        first_report=lambda r: r.retry_after == 2.0,
    )
    assert second - first >= 2.0, f"retried after {second - first:.2f} s despite Retry-After: 2"


class _Ceiling(random.Random):
    """Full jitter that always draws the ceiling, so the expected wait is known."""

    def uniform(self, a: float, b: float) -> float:
        return b


def test_a_failing_server_is_not_hammered_because_health_answers(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    first, second = _attempts_around_one_fault(
        vault_setup, tmp_path, Fault.status(500), Backoff(base=2.0, cap=2.0, rng=_Ceiling())
    )
    assert second - first >= 2.0, f"retried after {second - first:.2f} s, backoff said 2 s"


def test_a_bad_gateway_is_an_outage_that_a_health_probe_ends(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    """502 from a reverse proxy: the server behind it is down, not failing. The school probes
    and delivers once the server answers, instead of sitting out a delivery backoff (here a
    minute) as after a 500."""
    first, second = _attempts_around_one_fault(
        vault_setup, tmp_path, Fault.status(502), Backoff(base=60.0, cap=60.0, rng=_Ceiling())
    )
    assert second - first < DELIVERY_BOUND_S
