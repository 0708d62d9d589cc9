"""Several server processes on one PostgreSQL (issue 9, "Done when").

Two ``qorgau-server serve`` instances on two loopback ports share one database and one signing
key (instance A reads its data dir's key file, instance B the same key through
``--signing-key``). Many schools, each with an enrolled device, deliver concurrently through
the real sync transport (``sync.transport.ServerClient``: signed requests, verified receipts),
spread over both instances; instance A is SIGKILLed mid-way, and every school fails over to B
and resends what was not answered. Afterwards every school's ids are on the server exactly
once, the receipt each school holds is the one the server stored, and every receipt verifies.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.progress import Progress
from app.storage import device as device_repo
from benchmarks.pg_cluster import PostgresCluster
from server.enrollment import issue_code
from sync.engine import sync_once
from sync.enrollment import enroll
from sync.protocol import (
    Receipt,
    WireNotification,
    public_key_to_b64,
    school_chain_problems,
    verify_receipt_chain,
)
from sync.transport import ServerBusy, ServerClient, TransportError
from tests.conftest import VaultSetup
from tests.support.devices import notification
from tests.support.server_process import (
    TEST_DISTRICT,
    ServerProcess,
    bind_database,
    make_enroll_code,
    open_storage,
    run_cli,
)
from tests.sync.test_receipt_chains import _qorgau_check, _school_seq
from tests.sync.test_sync_engine import record_mandatory

# PostgreSQL-specific: runs once, on the session's test cluster.
pytestmark = pytest.mark.one_backend

SCHOOLS = 24
BATCHES = 8
PER_BATCH = 10


@dataclass
class School:
    name: str
    device_id: str
    key: Ed25519PrivateKey
    queue: list[list[WireNotification]]
    receipts: dict[str, Receipt] = field(default_factory=dict)
    failovers: int = 0


@dataclass
class Topology:
    a: ServerProcess
    b: ServerProcess
    server_key: Ed25519PublicKey


@contextmanager
def two_instances(
    tmp_path: Path, postgres_cluster: PostgresCluster, serve_args: tuple[str, ...] = ()
) -> Iterator[Topology]:
    url = postgres_cluster.new_database()
    dir_a, dir_b = tmp_path / "a", tmp_path / "b"
    bind_database(dir_a, url)
    bind_database(dir_b, url)
    run_cli(dir_a, "init")
    key_file = dir_a / "server-signing-key.pem"
    a = ServerProcess(dir_a, serve_args=serve_args)
    b = ServerProcess(dir_b, cli_args=("--signing-key", str(key_file)), serve_args=serve_args)
    try:
        a.start()
        b.start()
        with ServerClient(a.base_url) as probe_a, ServerClient(b.base_url) as probe_b:
            key_a, key_b = probe_a.health(), probe_b.health()
        assert key_a.server_public_key_b64 == key_b.server_public_key_b64
        yield Topology(a, b, key_a.server_public_key)
    finally:
        a.stop()
        b.stop()


@pytest.fixture
def topology(tmp_path: Path, postgres_cluster: PostgresCluster) -> Iterator[Topology]:
    with two_instances(tmp_path, postgres_cluster) as running:
        yield running


def _enroll_schools(topology: Topology, count: int) -> list[School]:
    storage = open_storage(topology.a.data_dir)
    try:
        storage.add_district(TEST_DISTRICT, "Test district", "2026-03-01T00:00:00Z")
        codes = []
        for n in range(count):
            school = storage.add_school(f"School {n}", TEST_DISTRICT, "2026-03-01T00:00:00Z")
            codes.append((school.name, issue_code(storage, school, time.time(), 1.0)))
    finally:
        storage.close()
    schools = []
    for n, (name, code) in enumerate(codes):
        key = Ed25519PrivateKey.generate()
        # Enrollment through both instances: the code and the device live in the database.
        base = (topology.a if n % 2 else topology.b).base_url
        with ServerClient(base) as anonymous:
            result = anonymous.enroll(code, public_key_to_b64(key.public_key()), f"pc-{n}")
        queue = [
            [notification(school=name, n=i, pad=uuid.uuid4().hex) for i in range(PER_BATCH)]
            for _ in range(BATCHES)
        ]
        schools.append(School(name, result.device_id, key, queue))
    return schools


def _deliver(school: School, urls: list[str], server_key: Ed25519PublicKey, start: int) -> None:
    """The school's queue, batch by batch; on a transport failure, the same batch again to the
    next instance (after a short pause), as a client configured with two addresses would."""
    clients = [
        ServerClient(
            url,
            server_public_key=server_key,
            device_id=school.device_id,
            device_key=school.key,
            timeout=(2.0, 20.0),
        )
        for url in urls
    ]
    current = start
    try:
        for batch in school.queue:
            for attempt in range(40):
                try:
                    results = clients[current].deliver(batch)
                    break
                except TransportError:
                    school.failovers += 1
                    current = (current + 1) % len(clients)
                    time.sleep(0.05 * min(attempt + 1, 10))
            else:
                raise AssertionError(f"{school.name}: no instance took a batch")
            for result in results:
                assert result.receipt is not None, (school.name, result)
                school.receipts[result.id] = result.receipt
    finally:
        for client in clients:
            client.close()


def check_receipts(
    topology: Topology, schools: list[School], stored: dict[str, tuple[str, Receipt]]
) -> None:
    """Every id of every school on the server exactly once, with the receipt the school holds."""
    by_name = {}
    storage = open_storage(topology.a.data_dir)
    try:
        by_name = {s.name: s.id for s in storage.schools()}
    finally:
        storage.close()
    for school in schools:
        sent = [item["id"] for batch in school.queue for item in batch]
        assert len(set(sent)) == len(sent)
        assert set(school.receipts) == set(sent), school.name
        for nid in sent:
            school_id, receipt = stored[nid]
            assert school_id == by_name[school.name]
            assert receipt == school.receipts[nid]  # the same receipt on a resend
    assert len(stored) == sum(len(s.receipts) for s in schools)


def check_chains(stored: dict[str, tuple[str, Receipt]], server_key: Ed25519PublicKey) -> None:
    """Every school's receipt chain verifies: signed by the server, seq 1..n with neither fork
    nor gap, each receipt linking to the school's previous one (per-school chains, schema v3)."""
    by_school: dict[str, list[Receipt]] = {}
    for school, receipt in stored.values():
        by_school.setdefault(school, []).append(receipt)
    for school, receipts in by_school.items():
        ordered = sorted(receipts, key=lambda r: r.seq)
        assert [r.seq for r in ordered] == list(range(1, len(ordered) + 1)), school
        assert all(r.school == school for r in ordered)
        assert school_chain_problems(ordered) == [], school
        verify_receipt_chain(ordered, public_key=server_key)


def test_two_instances_on_one_postgresql_survive_a_kill(topology: Topology) -> None:
    schools = _enroll_schools(topology, SCHOOLS)
    urls = [topology.a.base_url, topology.b.base_url]
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            _deliver(schools[index], urls, topology.server_key, index % 2)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(schools))]
    total = SCHOOLS * BATCHES * PER_BATCH
    started = time.monotonic()
    for thread in threads:
        thread.start()
    # Kill A once a part of the load went through (and with requests of it in flight).
    deadline = time.monotonic() + 120
    while sum(len(s.receipts) for s in schools) < total // 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    delivered_before_kill = sum(len(s.receipts) for s in schools)
    topology.a.kill()
    for thread in threads:
        thread.join(timeout=300)
    elapsed = time.monotonic() - started
    assert not errors, errors[:3]
    assert 0 < delivered_before_kill < total
    assert sum(s.failovers for s in schools) > 0  # somebody really failed over

    storage = open_storage(topology.b.data_dir)
    try:
        stored = {r.id: (r.school, r.receipt) for r in storage.list_notifications()}
    finally:
        storage.close()
    check_receipts(topology, schools, stored)
    check_chains(stored, topology.server_key)
    print(
        f"\ntopology: {total} notifications from {SCHOOLS} schools in {elapsed:.1f} s "
        f"({total / elapsed:.0f}/s), A killed after {delivered_before_kill}, "
        f"{sum(s.failovers for s in schools)} failovers"
    )


def test_workers_share_one_postgresql(tmp_path: Path, postgres_cluster: PostgresCluster) -> None:
    """``serve --workers 2``: two worker processes behind one port, one database."""
    data = tmp_path / "w"
    bind_database(data, postgres_cluster.new_database())
    run_cli(data, "init")
    with ServerProcess(data, serve_args=("--workers", "2")) as server:
        topology = Topology(
            server, server, ServerClient(server.base_url).health().server_public_key
        )
        schools = _enroll_schools(topology, 6)
        threads = [
            threading.Thread(
                target=_deliver, args=(school, [server.base_url], topology.server_key, 0)
            )
            for school in schools
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        storage = open_storage(data)
        try:
            stored = {r.id: (r.school, r.receipt) for r in storage.list_notifications()}
        finally:
            storage.close()
        log = server.log_text()
    check_receipts(topology, schools, stored)
    check_chains(stored, topology.server_key)
    assert log.count("Started server process") >= 2, log[-2000:]


def test_instances_on_one_database_share_each_devices_rate(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    # A proxy spreads one device's requests over the instances: each instance's own bucket
    # would let it send N times its rate. --device-rate 0.2: a burst of 2, then one per 5 s.
    with two_instances(tmp_path, postgres_cluster, ("--device-rate", "0.2")) as topology:
        [school] = _enroll_schools(topology, 1)
        clients = [
            ServerClient(
                url,
                server_public_key=topology.server_key,
                device_id=school.device_id,
                device_key=school.key,
            )
            for url in (topology.a.base_url, topology.b.base_url)
        ]
        delivered, refused = 0, []
        try:
            for n in range(6):  # a, b, a, b, a, b within about a second
                try:
                    clients[n % 2].deliver([notification(school=school.name)])
                    delivered += 1
                except ServerBusy as exc:
                    refused.append(exc)
        finally:
            for client in clients:
                client.close()
    assert delivered == 2, f"{delivered} of 6 delivered with a shared burst of 2"
    assert {exc.status for exc in refused} == {429}
    assert all(exc.retry_after is not None and exc.retry_after >= 1 for exc in refused)


def test_a_school_whose_instance_is_killed_mid_sync_holds_its_whole_chain(
    tmp_path: Path, postgres_cluster: PostgresCluster, vault_setup: VaultSetup
) -> None:
    """The school's side of the kill: a real vault syncs through instance A, A is SIGKILLed
    with a batch in flight, the school goes on through B (as behind the reverse proxy), and
    ``qorgau check`` on the vault shows every receipt the server issued to it, chain complete."""
    psy = vault_setup.open("psy")
    with two_instances(tmp_path / "servers", postgres_cluster) as topology:
        enroll(psy, topology.a.base_url, make_enroll_code(topology.a.data_dir, "Школа №7"))
        ids = record_mandatory(psy, 60)
        killed_after: list[int] = []

        def kill_a_after_the_second_batch(progress: Progress) -> None:
            # Called once a batch's receipts are stored; the next batch is already on its way.
            if progress.done >= 20 and not killed_after:
                killed_after.append(progress.done)
                topology.a.kill()

        first = sync_once(psy.db, batch_size=10, progress=kill_a_after_the_second_batch)
        assert killed_after and not first.complete and first.error is not None, first
        # The school's address now leads to B (behind a proxy, the proxy does this).
        device = device_repo.get(psy.db)
        assert device is not None
        device_repo.save(psy.db, dataclasses.replace(device, server_url=topology.b.base_url))
        rest = sync_once(psy.db, batch_size=10)
        assert rest.complete, rest
        assert first.delivered + rest.delivered == len(ids)
        storage = open_storage(topology.b.data_dir)
        try:
            on_server = [r.id for r in storage.list_notifications()]
        finally:
            storage.close()
    assert sorted(on_server) == sorted(ids)  # each id once, the one in flight included
    assert [_school_seq(psy, nid) for nid in ids] == list(range(1, len(ids) + 1))
    vault_setup.close_all()
    check = _qorgau_check(vault_setup, tmp_path)
    assert check.returncode == 0, check.stderr
    assert "school chain 1..60 complete" in check.stdout
