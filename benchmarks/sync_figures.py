"""Figures for delivery: notifications per second, and reconnect-to-first-delivery time.

Everything is real: the reference server runs as a subprocess (``python -m server.cli``) on a
loopback port, the school side is an encrypted vault enrolled with a one-time code, and the
notifications are queued by ``record_incident`` (the transactional outbox) in batches.

* ``sync_rate_per_s``: ``sync_once`` delivering N queued notifications (10,000; 1,000 with
  ``--quick``), beside the rate of bare signed POSTs of one notification each to the same server
  in the same run (``baseline``) — what batching buys.
* ``sync_reconnect_ms``: ``run_forever`` waiting on a thread with queued work while the server
  is down; the server starts; from the first ``/v1/health`` answer to the first delivery stored
  (median of a few runs).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import requests

from app.domain.cases import IncidentDraft, Participant
from app.domain.pupils import PupilDraft
from app.iin import make_iin
from app.rules import load_rules
from app.services import incidents, pupils
from app.storage import notifications as outbox
from app.vault import Vault, create_vault, open_vault
from benchmarks.core_figures import Result, figure
from sync.engine import SyncReport, client_for, run_forever, sync_once
from sync.enrollment import enroll
from sync.protocol import make_wire_notification

REPO_ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark-passphrase"  # noqa: S105 (a throw-away benchmark vault)
START_TIMEOUT_S = 30.0


# -- the server -----------------------------------------------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _server_cli(data_dir: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "--data-dir", str(data_dir), *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


class BenchServer:
    """``qorgau-server serve`` on 127.0.0.1 (quiet log), stoppable and restartable on one port."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        _server_cli(data_dir, "init")
        _server_cli(data_dir, "districts", "add", "bench", "--name", "Bench district")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def enroll_code(self) -> str:
        return _server_cli(
            self.data_dir, "enroll-code", "--school", "Bench", "--district", "bench"
        ).splitlines()[-1]

    def spawn(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        args = ["--data-dir", str(self.data_dir), "serve", "--host", "127.0.0.1"]
        args += ["--port", str(self.port), "--log-level", "warning"]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", *args],
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def wait_healthy(self, interval_s: float = 0.005) -> float:
        """Poll /v1/health; return the monotonic time of the first answer."""
        deadline = time.monotonic() + START_TIMEOUT_S
        with requests.Session() as session:
            session.trust_env = False
            while time.monotonic() < deadline:
                if self.process is not None and self.process.poll() is not None:
                    raise RuntimeError("the reference server exited while starting")
                try:
                    response = session.get(self.url + "/v1/health", timeout=1.0)
                    response.close()
                    if response.status_code == 200:
                        return time.monotonic()
                except requests.RequestException:
                    pass
                time.sleep(interval_s)
        raise RuntimeError("the reference server did not answer /v1/health")

    def start(self) -> None:
        self.spawn()
        self.wait_healthy(0.05)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None


@contextmanager
def bench_server(data_dir: Path) -> Iterator[BenchServer]:
    server = BenchServer(data_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


# -- the school -----------------------------------------------------------------------------------


def make_vault(folder: Path) -> Vault:
    """A fresh vault with a psychologist signed in (fast KDF: the KDF is measured elsewhere)."""
    saved = os.environ.get("QORGAU_KDF_PROFILE")
    os.environ["QORGAU_KDF_PROFILE"] = "fast"
    try:
        admin = create_vault(
            folder,
            school="Bench School (synthetic)",
            login="admin",
            full_name="Bench Admin",
            passphrase=PASSPHRASE,
        ).vault
        admin.add_account(
            "psy", role="psychologist", full_name="Bench Psychologist", passphrase=PASSPHRASE
        )
        admin.close()
        return open_vault(folder, "psy", PASSPHRASE, sleep=lambda _s: None)
    finally:
        if saved is None:
            os.environ.pop("QORGAU_KDF_PROFILE", None)
        else:
            os.environ["QORGAU_KDF_PROFILE"] = saved


def queue_notifications(vault: Vault, count: int, *, per_transaction: int = 500) -> list[str]:
    """Record ``count`` mandatory incidents through the real service, ``per_transaction`` to a
    transaction (the service nests in it), and return their notification ids."""
    rules = load_rules()
    pupil = pupils.create_pupil(
        vault,
        PupilDraft(
            iin=make_iin(date(2013, 3, 3), "F", random.randrange(10_000)),
            surname="Синтетикова",
            name="Тест",
            class_name="6Б",
        ),
    )
    detected = datetime.now(UTC) - timedelta(minutes=1)
    ids: list[str] = []
    while len(ids) < count:
        with vault.db.transaction():
            for _ in range(min(per_transaction, count - len(ids))):
                recorded = incidents.record_incident(
                    vault,
                    IncidentDraft(
                        detected_at=detected,
                        category="violence",
                        description=f"синтетический случай {len(ids)}",
                        participants=(Participant(pupil.id, "victim"),),
                    ),
                    rules=rules,
                )
                assert recorded.notification is not None
                ids.append(recorded.notification.id)
    return ids


def enrolled_vault(work: Path, server: BenchServer) -> Vault:
    vault = make_vault(work / "vault")
    enroll(vault, server.url, server.enroll_code())
    return vault


# -- figures --------------------------------------------------------------------------------------


def _bare_posts_per_s(vault: Vault, count: int) -> float:
    """Signed POSTs of one notification each (fresh ids, payloads like the vault's)."""
    template = json.loads(outbox.queued_batch(vault.db, 1)[0].payload)
    items = []
    for _ in range(count):
        payload = dict(template)
        payload["id"] = str(uuid.uuid4())
        items.append(make_wire_notification(payload["id"], payload))
    client = client_for(vault.db)
    try:
        client.deliver(items[:1])  # connection and first-request costs out of the timing
        start = time.perf_counter()
        for item in items[1:]:
            [result] = client.deliver([item])
            assert result.delivered
        return (count - 1) / (time.perf_counter() - start)
    finally:
        client.close()


def sync_rate_per_s(work: Path, quick: bool) -> list[Result]:
    count = 1_000 if quick else 10_000
    with bench_server(work / "server") as server:
        vault = enrolled_vault(work, server)
        try:
            setup_start = time.perf_counter()
            queue_notifications(vault, count)
            setup_s = time.perf_counter() - setup_start
            baseline = _bare_posts_per_s(vault, 200 if quick else 1_000)
            start = time.perf_counter()
            report = sync_once(vault.db)
            elapsed = time.perf_counter() - start
            if not report.complete or report.delivered != count:
                raise RuntimeError(f"sync did not deliver everything: {report}")
        finally:
            vault.close()
    return [
        figure(
            "sync_rate_per_s",
            count / elapsed,
            "notifications/s",
            baseline=baseline,
            target=">=1000",
            notifications=count,
            seconds=round(elapsed, 3),
            queue_setup_s=round(setup_s, 1),
        )
    ]


def _one_reconnect(vault: Vault, server: BenchServer, rng: random.Random) -> float:
    """Milliseconds from the first health answer to the first delivery stored."""
    server.stop()
    queue_notifications(vault, 3)
    cancel = threading.Event()
    first_error = threading.Event()
    delivered_at: list[float] = []
    delivered = threading.Event()

    def on_report(report: SyncReport) -> None:
        if report.error:
            first_error.set()
        if report.delivered and not delivered_at:
            delivered_at.append(time.monotonic())
            delivered.set()

    def body() -> None:
        db = vault.connect()  # the thread owns its connection
        try:
            run_forever(db, cancel=cancel, on_report=on_report)
        finally:
            db.close()

    thread = threading.Thread(target=body, name="bench-run-forever", daemon=True)
    thread.start()
    try:
        if not first_error.wait(30):
            raise RuntimeError("run_forever never tried while the server was down")
        time.sleep(rng.uniform(0.5, 1.5))  # a random phase of its probe/backoff cycle
        server.spawn()
        healthy_at = server.wait_healthy()
        if not delivered.wait(30):
            raise RuntimeError("nothing was delivered within 30 s of the server coming back")
        return max(0.0, (delivered_at[0] - healthy_at) * 1000)
    finally:
        cancel.set()
        thread.join(timeout=30)


def sync_reconnect_ms(work: Path, quick: bool) -> list[Result]:
    runs = 3 if quick else 5
    rng = random.Random(8)
    with bench_server(work / "server") as server:
        vault = enrolled_vault(work, server)
        try:
            samples = [_one_reconnect(vault, server, rng) for _ in range(runs)]
        finally:
            vault.close()
    return [
        figure(
            "sync_reconnect_ms",
            statistics.median(samples),
            "ms",
            runs=runs,
            samples_ms=[round(s, 1) for s in samples],
        )
    ]


FIGURES: dict[str, Callable[[Path, bool], list[Result]]] = {
    "sync_rate_per_s": sync_rate_per_s,
    "sync_reconnect_ms": sync_reconnect_ms,
}
