"""Delivery through a fault-injecting proxy in front of the REAL server: delays, resets after the
server processed the request, truncated answers, 500, 503 with Retry-After, stalls past the
client's timeout. Whatever happens, everything arrives, exactly once, with a valid receipt."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.storage import device as device_repo
from app.storage import notifications as outbox
from app.vault import Vault
from benchmarks.sync_figures import queue_notifications
from sync.engine import sync_once
from sync.enrollment import enroll
from sync.protocol import public_key_from_b64
from sync.receipts import verify_stored_receipts
from sync.transport import ServerBusy, ServerClient, ServerError, ServerUnreachable
from tests.conftest import VaultSetup
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server_process import ServerProcess, make_enroll_code, run_cli, running_server

CLIENT_TIMEOUT = (1.0, 1.0)  # connect, read: a stall of 3 s is past it
STALL_S = 3.0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server") as running:
        yield running


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", server.port) as running:
        yield running


def proxied_client(vault: Vault, proxy: FaultProxy) -> ServerClient:
    """The vault's device identity, talking to the proxy with a short timeout."""
    record = device_repo.get(vault.db)
    assert record is not None
    return ServerClient(
        proxy.base_url,
        server_public_key=public_key_from_b64(record.server_public_key),
        device_id=record.device_id,
        device_key=Ed25519PrivateKey.from_private_bytes(record.private_key),
        timeout=CLIENT_TIMEOUT,
    )


def test_each_fault_reaches_the_client_as_the_error_it_is(
    server: ServerProcess, proxy: FaultProxy
) -> None:
    client = ServerClient(proxy.base_url, timeout=CLIENT_TIMEOUT)
    try:
        proxy.queue(Fault.passthrough())
        assert client.health().status == "ok"
        proxy.queue(Fault.delay(0.3))
        start = time.monotonic()
        assert client.health().status == "ok"
        assert time.monotonic() - start >= 0.3
        for fault in (Fault.reset(), Fault.truncate(), Fault.stall(STALL_S)):
            proxy.queue(fault)
            start = time.monotonic()
            with pytest.raises(ServerUnreachable):
                client.health()
            assert time.monotonic() - start < STALL_S, fault
        proxy.queue(Fault.status(500))
        with pytest.raises(ServerError) as failed:
            client.health()
        assert failed.value.status == 500
        proxy.queue(Fault.status(503, retry_after=7))
        with pytest.raises(ServerBusy) as busy:
            client.health()
        assert busy.value.retry_after == 7.0
        assert client.health().status == "ok"  # the queue is used up: pass again
    finally:
        client.close()
    modes = [s.mode for s in proxy.seen("/v1/health")]
    assert modes == ["pass", "delay", "reset", "truncate", "stall", "status", "status", "pass"]


def fault_sequence(rng: random.Random, length: int) -> list[Fault]:
    """Every kind of fault several times, shuffled, with passes in between."""
    faults = [
        Fault.reset(),
        Fault.reset(),
        Fault.reset(),
        Fault.truncate(0.5),
        Fault.truncate(0.0),
        Fault.truncate(0.95),
        Fault.status(500),
        Fault.status(500),
        Fault.status(503, retry_after=1),
        Fault.status(503),
        Fault.stall(STALL_S),
        Fault.stall(STALL_S),
        Fault.delay(0.2),
        Fault.delay(0.4),
    ]
    faults += [Fault.passthrough()] * max(0, length - len(faults))
    rng.shuffle(faults)
    return faults


def test_everything_arrives_exactly_once_through_a_sequence_of_faults(
    vault_setup: VaultSetup, server: ServerProcess, proxy: FaultProxy
) -> None:
    psy = vault_setup.open("psy")
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    queued = queue_notifications(psy, 300)
    # Faults on every path (deliveries and acknowledgement pulls alike), over ~40 requests.
    proxy.queue(*fault_sequence(random.Random(20261125), 40))
    client = proxied_client(psy, proxy)
    rounds, deadline = 0, time.monotonic() + 120
    errors: list[str] = []
    try:
        while rounds < 80 and time.monotonic() < deadline:
            rounds += 1
            report = sync_once(psy.db, client=client, batch_size=10)
            if report.complete and proxy.pending() == 0:
                break
            assert not report.conflicts, report
            if report.error:
                errors.append(report.error)
            if report.retry_after:
                time.sleep(min(report.retry_after, 2.0))
    finally:
        client.close()
    assert report.complete, f"not done after {rounds} rounds: {report}"
    assert proxy.pending() == 0, "the whole fault sequence was exercised"
    assert len(errors) >= 10  # the faults did bite
    listed = json.loads(run_cli(server.data_dir, "notifications", "--json").stdout)
    on_server = [n["id"] for n in listed]
    assert len(on_server) == len(set(on_server)) == len(queued)
    assert set(on_server) == set(queued)
    assert sorted(n["server_seq"] for n in listed) == list(range(1, len(queued) + 1))
    assert outbox.queued_count(psy.db) == 0
    assert len(outbox.all_receipts(psy.db)) == len(queued)
    check = verify_stored_receipts(psy)
    assert check.problems == [], check.problems
