"""sync_once sends the next batch while it stores the previous receipts; the real server behind
a fault proxy shows what went over the wire.

One request in flight at most, none after a failed one, a cancel stops after what is already on
its way (and keeps its receipts), and the outbox's canonical text goes out byte for byte.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.cases import OutboxItem
from app.progress import Progress
from app.storage import device as device_repo
from app.storage import notifications as outbox
from app.vault import Vault
from benchmarks.sync_figures import queue_notifications
from sync.engine import _wire, sync_once
from sync.enrollment import enroll
from sync.protocol import (
    CanonicalJSONError,
    MalformedMessage,
    canonical_json,
    delivery_request_body,
    public_key_from_b64,
)
from sync.receipts import verify_stored_receipts
from sync.transport import ServerClient
from tests.conftest import VaultSetup
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server_process import ServerProcess, make_enroll_code, run_cli, running_server

NOTIFICATIONS = "/v1/notifications"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server") as running:
        yield running


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", server.port) as running:
        running.fault_paths = (NOTIFICATIONS,)
        yield running


def proxied_client(vault: Vault, proxy: FaultProxy) -> ServerClient:
    record = device_repo.get(vault.db)
    assert record is not None
    return ServerClient(
        proxy.base_url,
        server_public_key=public_key_from_b64(record.server_public_key),
        device_id=record.device_id,
        device_key=Ed25519PrivateKey.from_private_bytes(record.private_key),
    )


def on_server(server: ServerProcess) -> list[str]:
    listed = json.loads(run_cli(server.data_dir, "notifications", "--json").stdout)
    return [n["id"] for n in listed]


def enrolled(vault_setup: VaultSetup, server: ServerProcess, count: int) -> tuple[Vault, list[str]]:
    psy = vault_setup.open("psy")
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    return psy, queue_notifications(psy, count)


def test_no_request_after_a_failed_one_and_earlier_receipts_are_kept(
    vault_setup: VaultSetup, server: ServerProcess, proxy: FaultProxy
) -> None:
    psy, queued = enrolled(vault_setup, server, 50)
    proxy.queue(Fault.passthrough(), Fault.passthrough(), Fault.status(503, retry_after=5))
    with proxied_client(psy, proxy) as client:
        report = sync_once(psy.db, client=client, batch_size=10)
    assert report.retry_after == 5.0 and report.error
    assert len(proxy.seen(NOTIFICATIONS)) == 3
    assert report.delivered == 20
    assert outbox.queued_count(psy.db) == report.remaining == 30
    assert len(on_server(server)) == 20
    assert verify_stored_receipts(psy).problems == []

    report = sync_once(psy.db, batch_size=10)  # straight to the server: the rest goes
    assert report.complete and report.delivered == 30
    assert sorted(on_server(server)) == sorted(queued)
    assert len(outbox.all_receipts(psy.db)) == 50


def test_cancel_stops_after_the_batch_already_on_its_way(
    vault_setup: VaultSetup, server: ServerProcess, proxy: FaultProxy
) -> None:
    psy, _queued = enrolled(vault_setup, server, 60)
    cancel = threading.Event()

    def cancel_after_the_first_batch(progress: Progress) -> None:
        if progress.done > 0:  # "0 of 60" comes before anything is sent
            cancel.set()

    with proxied_client(psy, proxy) as client:
        report = sync_once(
            psy.db,
            client=client,
            batch_size=10,
            cancel=cancel,
            progress=cancel_after_the_first_batch,
        )
    # Batch 2 was sent before batch 1's receipts were stored and progress reported; its
    # receipts are kept, and nothing more is sent.
    assert len(proxy.seen(NOTIFICATIONS)) == 2
    assert report.delivered == 20 and report.error is None
    assert report.remaining == outbox.queued_count(psy.db) == 40
    assert len(on_server(server)) == 20
    assert verify_stored_receipts(psy).problems == []


def test_a_batch_at_a_time_when_everything_passes(
    vault_setup: VaultSetup, server: ServerProcess, proxy: FaultProxy
) -> None:
    psy, queued = enrolled(vault_setup, server, 45)
    seen_progress: list[int] = []
    with proxied_client(psy, proxy) as client:
        report = sync_once(
            psy.db, client=client, batch_size=10, progress=lambda p: seen_progress.append(p.done)
        )
    assert report.complete and report.delivered == 45
    assert seen_progress == [0, 10, 20, 30, 40, 45]  # "0 of 45" first
    assert len(proxy.seen(NOTIFICATIONS)) == 5
    ids = on_server(server)
    assert len(ids) == len(set(ids)) == 45 and set(ids) == set(queued)
    assert verify_stored_receipts(psy).problems == []


def test_outbox_text_goes_out_byte_for_byte(vault_setup: VaultSetup, tmp_path: Path) -> None:
    psy = vault_setup.open("psy")
    queue_notifications(psy, 5)
    items = outbox.queued_batch(psy.db, 10)
    prepared = [_wire(i) for i in items]
    wire = [
        {"id": i.id, "payload": json.loads(i.payload), "payload_sha256": i.payload_sha256}
        for i in items
    ]
    assert delivery_request_body(prepared) == canonical_json({"notifications": wire})
    assert [p.payload_json for p in prepared] == [i.payload.encode() for i in items]


def test_outbox_text_that_is_not_canonical_is_not_sent() -> None:
    good = '{"a":1,"b":"ä"}'
    digest = "0" * 64
    with pytest.raises(MalformedMessage, match="stale"):
        _wire(OutboxItem("n-1", good, digest))
    spaced = '{"a": 1, "b": "ä"}'
    with pytest.raises(CanonicalJSONError):
        _wire(OutboxItem("n-1", spaced, digest))


def test_receipts_that_do_not_verify_mark_nothing(
    vault_setup: VaultSetup, server: ServerProcess, proxy: FaultProxy
) -> None:
    psy, queued = enrolled(vault_setup, server, 30)
    record = device_repo.get(psy.db)
    assert record is not None
    with ServerClient(
        proxy.base_url,
        server_public_key=Ed25519PrivateKey.generate().public_key(),  # not the server's key
        device_id=record.device_id,
        device_key=Ed25519PrivateKey.from_private_bytes(record.private_key),
    ) as client:
        report = sync_once(psy.db, client=client, batch_size=10)
    assert report.error is not None and "not signed by the server key" in report.error
    assert report.delivered == 0
    assert outbox.all_receipts(psy.db) == []
    assert outbox.queued_count(psy.db) == 30
    # The batch after the bad answer may already have been on its way (its answer is dropped
    # unverified); nothing beyond it is sent.
    assert 1 <= len(proxy.seen(NOTIFICATIONS)) <= 2

    report = sync_once(psy.db, batch_size=10)  # with the pinned key: same receipts, all stored
    assert report.complete and report.delivered == 30
    assert sorted(on_server(server)) == sorted(queued)
    assert verify_stored_receipts(psy).problems == []
