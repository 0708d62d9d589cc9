"""The load generator checks the server's receipts after the load, and fails on a bad one;
its clocks measure requests, not its own work for other schools."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.server_load import (
    Prepared,
    School,
    WireConnection,
    _run_all,
    run_ingest,
    verify_first,
)
from sync.protocol import (
    GENESIS_HASH,
    CanonicalNotification,
    canonical_notification,
    sign_receipt,
)
from sync.transport import DeliveryAnswer, ServerClient
from tests.support.devices import notification

SERVER_KEY = Ed25519PrivateKey.generate()


def _school(pinned: Ed25519PrivateKey) -> School:
    client = ServerClient("http://127.0.0.1:9", server_public_key=pinned.public_key())
    wire = WireConnection("http://127.0.0.1:9", "127.1.0.1", client.timeout)
    return School(0, client, wire, [])


def _notification() -> CanonicalNotification:
    return canonical_notification(notification())


def _answer(signer: Ed25519PrivateKey, item: CanonicalNotification, digest: str) -> DeliveryAnswer:
    receipt = sign_receipt(
        signer,
        notification_id=item.id,
        payload_sha256=digest,
        server_received_at="2026-12-06T03:00:00Z",
        school="school-1",
        school_seq=1,
        prev_receipt_hash=GENESIS_HASH,
    )
    raw = {"id": item.id, "status": 200, "receipt": receipt.to_json_dict(), "error": None}
    return DeliveryAnswer((item,), (raw,))


def test_a_valid_first_answer_leaves_the_school_without_error() -> None:
    school = _school(SERVER_KEY)
    item = _notification()
    school.stats.first_answer = _answer(SERVER_KEY, item, item.payload_sha256)
    verify_first(school)
    assert school.stats.error is None


def test_a_receipt_signed_by_another_key_is_the_schools_error() -> None:
    school = _school(SERVER_KEY)
    item = _notification()
    school.stats.first_answer = _answer(Ed25519PrivateKey.generate(), item, item.payload_sha256)
    verify_first(school)
    assert school.stats.error is not None
    assert school.stats.error.startswith("first receipts")


def test_a_receipt_for_another_payload_is_the_schools_error() -> None:
    school = _school(SERVER_KEY)
    item = _notification()
    school.stats.first_answer = _answer(SERVER_KEY, item, "0" * 64)
    verify_first(school)
    assert school.stats.error is not None


def test_every_starting_school_prepares_its_request_before_any_clock_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A school's latency is measured from its ready request: at "go", the generator builds
    and signs every school's request before it sends any (else the first ones' clocks ran
    while it prepared the others, ~0.5 ms each on one event loop)."""
    events: list[tuple[str, int]] = []
    prepare = School.prepare

    def recording_prepare(self: School, method: str, path: str, body: bytes | None) -> Prepared:
        events.append(("prepare", self.index))
        return prepare(self, method, path, body)

    async def answering_exchange(self: School, request: Prepared) -> tuple[dict[str, Any], float]:
        events.append(("send", self.index))
        await asyncio.sleep(0)
        results = [{"id": item.id, "status": 200, "receipt": {"n": 1}} for item in self.items]
        return {"results": results}, 1.0

    monkeypatch.setattr(School, "prepare", recording_prepare)
    monkeypatch.setattr(School, "exchange", answering_exchange)
    key = Ed25519PrivateKey.generate()
    schools = []
    for index in range(5):
        school = _school(SERVER_KEY)
        school.index = index
        school.client.device_id = f"device-{index}"
        school.client.device_key = key
        school.items = [_notification()]
        schools.append(school)
    _run_all(schools, lambda s: run_ingest(s, batch_size=1))
    assert [s.stats.error for s in schools] == [None] * 5
    assert [s.stats.delivered for s in schools] == [1] * 5
    kinds = [kind for kind, _index in events]
    assert kinds == ["prepare"] * 5 + ["send"] * 5, events
