"""The server SIGKILLed mid-batch while the client delivers, restarted, and the client carries
on: afterwards the server holds exactly the queued ids, each once, and every receipt verifies
and chains."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from app.storage import notifications as outbox
from app.storage.db import Database
from benchmarks.sync_figures import queue_notifications
from sync.engine import client_for, sync_once
from sync.enrollment import enroll
from sync.protocol import MAX_BATCH, CanonicalNotification, WireNotification
from sync.receipts import verify_stored_receipts
from sync.transport import DeliveryAnswer, ServerClient
from tests.conftest import VaultSetup
from tests.support.server_process import ServerProcess, make_enroll_code, run_cli, running_server

QUEUED = 3000
KILLS = 4


def _kill_while_sending(server: ServerProcess, sending: threading.Event, delay: float) -> None:
    if sending.wait(timeout=60):
        time.sleep(delay)  # the server is still working on a 500-item batch
        server.kill()


def _signalling_client(db: Database, sending: threading.Event, after: int) -> ServerClient:
    """The real client; ``sending`` is set as its ``after``-th delivery request starts.

    sync_once sends the next batch while it stores the previous receipts, so "progress was
    reported" no longer says when a request is on the wire; this does.
    """
    client = client_for(db)
    post = client.post_notifications
    started = 0

    def signalling_post(
        items: Sequence[WireNotification | CanonicalNotification],
    ) -> DeliveryAnswer:
        nonlocal started
        started += 1
        if started >= after:
            sending.set()
        return post(items)

    client.post_notifications = signalling_post  # type: ignore[method-assign]
    return client


@pytest.mark.slow
def test_server_killed_and_restarted_mid_batch(vault_setup: VaultSetup, tmp_path: Path) -> None:
    psy = vault_setup.open("psy")
    server_dir = tmp_path / "server"
    rng = random.Random(4242)
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа"))
        queued = queue_notifications(psy, QUEUED)
        mid_request = 0
        for _ in range(KILLS):
            sending = threading.Event()
            killer = threading.Thread(
                target=_kill_while_sending,
                args=(server, sending, rng.uniform(0.01, 0.08)),
                daemon=True,
            )
            killer.start()
            with _signalling_client(psy.db, sending, after=2) as client:
                report = sync_once(psy.db, client=client, batch_size=MAX_BATCH)
            sending.set()  # in case it finished before a second request: let the killer go
            killer.join(timeout=60)
            assert not killer.is_alive()
            if report.error and "refused" not in report.error.lower():
                mid_request += 1  # the connection broke with the batch in flight
            server.start()  # same port, same data: a restart after a crash
        deadline, rounds = time.monotonic() + 120, 0
        while outbox.queued_count(psy.db) and rounds < 20 and time.monotonic() < deadline:
            rounds += 1
            report = sync_once(psy.db, batch_size=MAX_BATCH)
        assert report.complete, report
        listed = json.loads(run_cli(server_dir, "notifications", "--json").stdout)
    assert mid_request >= 1, "no kill landed while a batch was in flight"
    on_server = [n["id"] for n in listed]
    assert len(on_server) == len(set(on_server)) == QUEUED
    assert set(on_server) == set(queued)
    assert sorted(n["server_seq"] for n in listed) == list(range(1, QUEUED + 1))
    assert outbox.queued_count(psy.db) == 0
    assert len(outbox.all_receipts(psy.db)) == QUEUED
    check = verify_stored_receipts(psy)
    assert check.problems == [], check.problems
