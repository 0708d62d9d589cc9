"""`qorgau-server verify-receipt`'s check (server/receipt_verify.py) on receipts signed here; the
journey through a real certificate is tests/ui/test_certificate_qr.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.canonical import canonical_json
from server.receipt_verify import ReceiptRefused, read_public_key, verify_receipt_text
from sync.protocol import GENESIS_HASH, public_key_to_b64, sign_receipt

KEY = Ed25519PrivateKey.generate()
PUBLIC = public_key_to_b64(KEY.public_key())
NID = "0f8c5e1a-2b3c-4d5e-8f90-123456789abc"


def receipt_text() -> str:
    receipt = sign_receipt(
        KEY,
        notification_id=NID,
        payload_sha256="a" * 64,
        server_received_at="2026-03-02T09:15:00.123456Z",
        school="5b1f0c3e-7a2d-4e1b-9c8d-0a1b2c3d4e5f",
        school_seq=1,
        prev_receipt_hash=GENESIS_HASH,
    )
    return canonical_json(receipt.to_json_dict()).decode()


def test_a_signed_receipt_verifies_and_reports_the_key() -> None:
    verified = verify_receipt_text(receipt_text(), PUBLIC, notification_id=NID)
    assert verified.receipt.notification_id == NID
    assert verified.key_fingerprint.count(":") == 3


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        ("{not json", PUBLIC, "not JSON"),
        ('{"notification_id": 1}', PUBLIC, "receipt fields"),
        (None, "not-base64!", "public key"),
        (None, public_key_to_b64(Ed25519PrivateKey.generate().public_key()), "not signed"),
    ],
)
def test_what_is_refused_says_why(text: str | None, key: str, reason: str) -> None:
    with pytest.raises(ReceiptRefused, match=reason):
        verify_receipt_text(text or receipt_text(), key)


def test_each_signed_field_is_covered() -> None:
    for field, value in [
        ("payload_sha256", "b" * 64),
        ("server_received_at", "2026-03-01T00:00:00Z"),
        ("school_seq", 2),
        ("school", "another-school"),
    ]:
        tampered = json.dumps(dict(json.loads(receipt_text()), **{field: value}))
        with pytest.raises(ReceiptRefused, match="not signed"):
            verify_receipt_text(tampered, PUBLIC)
    with pytest.raises(ReceiptRefused, match="different payload"):
        verify_receipt_text(receipt_text(), PUBLIC, payload_sha256="c" * 64)


def test_the_key_may_be_given_as_a_file(tmp_path: Path) -> None:
    key_file = tmp_path / "server-key.b64"
    key_file.write_text(PUBLIC + "\n", encoding="ascii")
    assert read_public_key(str(key_file)) == PUBLIC
    assert read_public_key(PUBLIC) == PUBLIC
