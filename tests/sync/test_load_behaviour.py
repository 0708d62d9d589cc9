"""The sync client under heavy load (issue 12 "The server", issue 9 "Load behaviour"): batches
sized by bytes, an oversized notification reported while the rest flows, a health probe that
backs off, acknowledgements pulled at an interval. Real vault, real server on loopback."""

from __future__ import annotations

import random
import socket
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.canonical import canonical_payload
from app.domain.cases import IncidentDraft, Participant
from app.domain.pupils import PupilDraft
from app.iin import make_iin
from app.rules import load_rules
from app.services import incidents, pupils
from app.services.notifications import notifications_as_json
from app.storage import notifications as outbox
from app.vault import Vault
from benchmarks.sync_figures import queue_notifications
from sync.backoff import Backoff
from sync.engine import sync_once
from sync.enrollment import enroll
from sync.protocol import MAX_BODY_BYTES, PATH_ACKNOWLEDGEMENTS
from tests.conftest import VaultSetup
from tests.support.fault_proxy import FaultProxy
from tests.support.server_process import make_enroll_code, running_server
from tests.sync.test_run_forever import Runner, server_ids

BOUND_S = 15.0


def _long_incidents(vault: Vault, count: int) -> list[str]:
    """Incidents with every text field at the service's maximum (20,000 Cyrillic letters, about
    40 KB each): a few hundred of them are far over the 1 MiB a request may carry."""
    rules = load_rules()
    pupil = pupils.create_pupil(
        vault,
        PupilDraft(
            iin=make_iin(date(2012, 5, 5), "M", random.randrange(10_000)),
            surname="Длиннотекстов",
            name="Тест",
            class_name="7А",
        ),
    )
    text = "синтетика " * 2000
    ids = []
    for _ in range(count):
        recorded = incidents.record_incident(
            vault,
            IncidentDraft(
                detected_at=datetime.now(UTC) - timedelta(minutes=1),
                category="violence",
                description=text,
                source=text,
                location=text,
                measures=text,
                participants=(Participant(pupil.id, "victim"),),
            ),
            rules=rules,
        )
        assert recorded.notification is not None
        ids.append(recorded.notification.id)
    return ids


def test_a_backlog_far_over_the_body_limit_is_delivered_in_batches_by_bytes(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    with running_server(tmp_path / "server") as server:
        enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
        queued = _long_incidents(psy, 40)  # ~6 MB in all, one batch by count
        report = sync_once(psy.db)
        assert report.error is None, report.error
        assert report.delivered == 40
        assert sorted(server_ids(server.data_dir)) == sorted(queued)


def _queue_huge(vault: Vault, size: int) -> str:
    """A queued notification over the body limit, oldest in the outbox (as a notification with
    a long participant list, or one written by a version without a size bound, would be)."""
    incident_id = incidents.record_incident(
        vault,
        IncidentDraft(
            detected_at=datetime.now(UTC) - timedelta(hours=2),
            category="conflict",  # not mandatory: an incident without a notification of its own
            description="синтетический случай",
        ),
    ).incident.id
    notification_id = str(uuid.uuid4())
    created = "2020-01-01T00:00:00.000000Z"
    deadline = "2020-01-02T00:00:00.000000Z"
    payload = {
        "id": notification_id,
        "kind": "offence_against_minor",
        "corrects": None,
        "recipients": ["police"],
        "deadline": deadline,
        "rules_version": "test",
        "created_at": created,
        "description": "х" * (size // 2),  # two bytes each in UTF-8
    }
    text, digest = canonical_payload(payload)
    with vault.db.transaction():
        outbox.insert(
            vault.db,
            notification_id=notification_id,
            incident_id=incident_id,
            corrects=None,
            recipients=["police"],
            deadline=deadline,
            rules_version="test",
            payload=text,
            payload_sha256=digest,
            created_at=created,
            created_by=vault.user.id,
        )
    return notification_id


def test_an_oversized_notification_is_reported_and_a_later_urgent_one_is_delivered(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    with running_server(tmp_path / "server") as server:
        enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
        huge = _queue_huge(psy, MAX_BODY_BYTES + 1000)
        (urgent,) = queue_notifications(psy, 1)
        report = sync_once(psy.db)
        again = sync_once(psy.db)  # and on the next round too: never stuck behind it
        assert server_ids(server.data_dir) == [urgent]
    assert report.delivered == 1
    assert report.oversized == [huge] and again.oversized == [huge]
    assert report.error is None
    listed = {item["id"]: item for item in notifications_as_json(psy)}
    assert listed[urgent]["state"] == "delivered"
    assert listed[huge]["state"] != "delivered"
    error = listed[huge]["last_error"]
    assert error is not None and "too large to send" in error and "phone" in error


class _Ceiling(random.Random):
    """Full jitter that always draws the ceiling, so the schedule is known."""

    def uniform(self, a: float, b: float) -> float:
        return b


class _Refuser:
    """The server's port while the server is down: every connection is accepted and closed at
    once. Counts the connections (deliveries and health probes alike)."""

    def __init__(self, port: int) -> None:
        self.listener = socket.create_server(("127.0.0.1", port))
        self.listener.settimeout(0.1)
        self.connections = 0
        self.accepting = threading.Event()
        self.accepting.set()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while self.accepting.is_set():
            try:
                conn, _addr = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.accepting.clear()
        self.thread.join(timeout=5)
        self.listener.close()


def test_the_health_probe_backs_off_during_an_outage(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    with running_server(tmp_path / "server") as server:
        enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
        server.stop()
        queue_notifications(psy, 1)
        refuser = _Refuser(server.port)
        try:
            runner = Runner(psy, backoff=Backoff(base=1.0, cap=300.0, rng=_Ceiling())).start()
            try:
                time.sleep(6.0)
            finally:
                runner.stop()
            seen = refuser.connections
        finally:
            refuser.close()
    # Deliveries at 0, 1 and 3 s (then 7 s), probes drawn on the same schedule: a handful. The
    # fixed 0.5 s poll made about ten more connections in these six seconds.
    assert 2 <= seen <= 6, f"{seen} connections in 6 s to a server that is down"


def test_acknowledgements_are_pulled_at_an_interval_not_every_round(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    with (
        running_server(tmp_path / "server") as server,
        FaultProxy("127.0.0.1", server.port) as proxy,
    ):
        enroll(psy, proxy.base_url, make_enroll_code(server.data_dir, "Школа"))
        runner = Runner(psy, idle_poll_s=0.2, ack_interval_s=600.0).start()
        try:
            assert runner.wait_for(lambda r: r.complete, timeout=BOUND_S)
            time.sleep(3.0)  # ~15 idle rounds
            rounds = len(runner.reports)
            pulls = len(proxy.seen(PATH_ACKNOWLEDGEMENTS))
            runner.wake.set()  # "send now": the user wants to see news
            assert runner.wait_for(lambda r: r is not None, timeout=BOUND_S)
            deadline = time.monotonic() + BOUND_S
            while len(proxy.seen(PATH_ACKNOWLEDGEMENTS)) == pulls and time.monotonic() < deadline:
                time.sleep(0.05)
            after_wake = len(proxy.seen(PATH_ACKNOWLEDGEMENTS))
        finally:
            runner.stop()
    assert rounds >= 5
    assert pulls == 1, f"{pulls} acknowledgement pulls in {rounds} rounds"
    assert after_wake == 2
