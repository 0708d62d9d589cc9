"""Concurrent delivery and a server killed mid-batch must leave each school one gap-free, valid
receipt chain."""

from __future__ import annotations

import json
import threading
import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.protocol import (
    Receipt,
    WireNotification,
    public_key_to_b64,
    school_chain_problems,
    verify_receipt_chain,
)
from sync.transport import ServerClient, TransportError
from tests.support.devices import EnrolledDevice, enroll_device, notification
from tests.support.server_process import ServerProcess, run_cli


def _deliver_all(device: EnrolledDevice, batches: list[list[WireNotification]]) -> list[Receipt]:
    receipts: list[Receipt] = []
    with ServerClient(
        device.client.base_url,
        server_public_key=device.server_key,
        device_id=device.device_id,
        device_key=device.key,
    ) as client:
        for batch in batches:
            receipts += [r.receipt for r in client.deliver(batch) if r.receipt is not None]
    return receipts


def _second_device(server: ServerProcess, school_id: str) -> EnrolledDevice:
    """Another PC enrolled for an existing school (``enroll-code --school-id``)."""
    issued = run_cli(server.data_dir, "enroll-code", "--school-id", school_id)
    code = issued.stdout.rstrip("\n").splitlines()[-1]
    key = Ed25519PrivateKey.generate()
    with ServerClient(server.base_url) as anonymous:
        result = anonymous.enroll(code, public_key_to_b64(key.public_key()), "second-pc")
    client = ServerClient(
        server.base_url,
        server_public_key=result.server_public_key,
        device_id=result.device_id,
        device_key=key,
    )
    return EnrolledDevice(client, result.device_id, key, result.school, result.server_public_key)


def test_schools_delivering_concurrently_each_get_a_gap_free_chain(
    fresh_server: ServerProcess,
) -> None:
    devices = [enroll_device(fresh_server, f"School {n}") for n in (1, 2, 3)]
    # School 1 has a second PC: two devices feed one chain at the same time.
    [first] = devices[0].client.deliver([notification(n=-1)])
    assert first.receipt is not None and first.receipt.school is not None
    devices.append(_second_device(fresh_server, first.receipt.school))
    work = [[[notification(n=i) for i in range(40)] for _ in range(8)] for _ in devices]
    out: list[list[Receipt]] = [[] for _ in devices]
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            out[index] = _deliver_all(devices[index], work[index])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(devices))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for device in devices:
        device.client.close()
    assert not errors, errors
    # Every school's receipts: its own chain 1..n, whatever the interleaving on the server.
    by_school: dict[str | None, list[Receipt]] = {}
    for receipt in [first.receipt, *(r for receipts in out for r in receipts)]:
        by_school.setdefault(receipt.school, []).append(receipt)
    assert sorted(len(receipts) for receipts in by_school.values()) == [320, 320, 641]
    for receipts in by_school.values():
        chain = sorted(receipts, key=lambda r: r.seq)
        assert [r.seq for r in chain] == list(range(1, len(chain) + 1))
        verify_receipt_chain(chain, public_key=devices[0].server_key)
        assert school_chain_problems(receipts) == []
    # The workspace's global order still numbers every notification once.
    listing = json.loads(run_cli(fresh_server.data_dir, "notifications", "--json").stdout)
    assert sorted(r["server_seq"] for r in listing) == list(range(1, 4 * 320 + 2))


def test_kill_mid_delivery_loses_nothing_and_forks_nothing(fresh_server: ServerProcess) -> None:
    device = enroll_device(fresh_server)
    device.client.close()
    batches = [[notification(n=i, pad="x" * 200) for i in range(200)] for _ in range(20)]
    got: dict[str, Receipt] = {}
    stop = threading.Event()

    def deliver_until_killed() -> None:
        with ServerClient(
            fresh_server.base_url,
            server_public_key=device.server_key,
            device_id=device.device_id,
            device_key=device.key,
        ) as client:
            for batch in batches:
                if stop.is_set():
                    return
                try:
                    results = client.deliver(batch)
                except TransportError:
                    return  # the server died under us: like a real crash, resend later
                got.update({r.id: r.receipt for r in results if r.receipt is not None})

    worker = threading.Thread(target=deliver_until_killed)
    worker.start()
    deadline = time.monotonic() + 10
    while len(got) < 400 and time.monotonic() < deadline:
        time.sleep(0.01)
    fresh_server.kill()  # SIGKILL, most likely in the middle of a batch
    stop.set()
    worker.join(timeout=30)
    assert got, "nothing was delivered before the kill"
    fresh_server.restart()

    with ServerClient(
        fresh_server.base_url,
        server_public_key=device.server_key,
        device_id=device.device_id,
        device_key=device.key,
    ) as client:
        final: dict[str, Receipt] = {}
        for batch in batches:
            for result in client.deliver(batch):
                assert result.receipt is not None, result
                final[result.id] = result.receipt
    for notification_id, receipt in got.items():
        assert final[notification_id] == receipt  # what the client held is still the truth
    chain = sorted(final.values(), key=lambda r: r.seq)
    assert [r.seq for r in chain] == list(range(1, len(batches) * 200 + 1))
    verify_receipt_chain(chain, public_key=device.server_key)
    assert school_chain_problems(chain) == []
