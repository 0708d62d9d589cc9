"""Receipts as servers before schema v3 issued them (format 1: one national chain).

Written out here from the old rules on purpose, not with ``sync.protocol``: a vault keeps such
receipts for years, so the code's format 1 branch must keep accepting exactly these bytes. The
old server signed ``b"QORGAU-RCPT-1\\n"`` + canonical JSON (sorted keys, no whitespace, UTF-8) of
the five fields, and chained ``prev_receipt_hash`` = SHA-256 of the canonical JSON of the whole
previous receipt (signature included) in ``server_seq`` order over all schools.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

GENESIS = "0" * 64


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def national_receipt(
    key: Ed25519PrivateKey,
    *,
    notification_id: str,
    payload_sha256: str,
    server_seq: int,
    prev_receipt_hash: str,
    server_received_at: str = "2026-03-02T09:20:00.000000Z",
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "notification_id": notification_id,
        "payload_sha256": payload_sha256,
        "server_received_at": server_received_at,
        "server_seq": server_seq,
        "prev_receipt_hash": prev_receipt_hash,
    }
    signature = key.sign(b"QORGAU-RCPT-1\n" + _canonical(fields))
    return {**fields, "signature": base64.b64encode(signature).decode("ascii")}


def receipt_hash(receipt: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(receipt)).hexdigest()
