"""Concurrent delivery and a server killed mid-batch must leave each school one gap-free, valid
receipt chain."""

from __future__ import annotations

import json
import threading
import time

from sync.protocol import Receipt, WireNotification, school_chain_problems, verify_receipt_chain
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


def test_schools_delivering_concurrently_each_get_a_gap_free_chain(
    fresh_server: ServerProcess,
) -> None:
    devices = [enroll_device(fresh_server, f"School {n}") for n in (1, 2, 3)]
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
    # Every school's receipts: its own chain 1..320, whatever the interleaving on the server.
    schools = set()
    for receipts in out:
        assert len({r.school for r in receipts}) == 1
        schools |= {r.school for r in receipts}
        chain = sorted(receipts, key=lambda r: r.seq)
        assert [r.seq for r in chain] == list(range(1, 8 * 40 + 1))
        verify_receipt_chain(chain, public_key=devices[0].server_key)
        assert school_chain_problems(receipts) == []
    assert len(schools) == len(devices)
    # The workspace's global order still numbers every notification once.
    listing = json.loads(run_cli(fresh_server.data_dir, "notifications", "--json").stdout)
    assert sorted(r["server_seq"] for r in listing) == list(range(1, 3 * 320 + 1))


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
