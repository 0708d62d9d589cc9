"""The load generator checks the server's receipts after the load, and fails on a bad one."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.server_load import School, WireConnection, verify_first
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
