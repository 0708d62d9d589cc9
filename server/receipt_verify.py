"""`qorgau-server verify-receipt`: check a receipt from a certificate's QR code, offline.

A school's notification certificate carries the server's signed receipt as a QR code (the
receipt's canonical JSON). An officer, or anyone who doubts the paper, scans it with any QR
reader, saves the text, and checks it here with the server's public key: no network, no
database, no access to the school's data. The check itself is the client's
(``sync.protocol.verify_receipt``), so the server's command and the school's app can never
disagree about what a valid receipt is.

This lives on the server's side because that is the side officers belong to: their
organisation runs the server, knows its public key (printed by ``qorgau-server init``, served
by ``GET /v1/health``), and installs ``qorgau[server]``; the desktop app is the school's and
would ask an officer to set up a vault.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sync.protocol import (
    ProtocolError,
    Receipt,
    key_fingerprint,
    public_key_from_b64,
    verify_receipt,
)


class ReceiptRefused(Exception):
    """The receipt is not a valid receipt signed by the given key (the message says why)."""


@dataclass(frozen=True)
class VerifiedReceipt:
    receipt: Receipt
    key_fingerprint: str


def read_public_key(value: str) -> str:
    """The key as base64 text, given either directly or as a file holding it."""
    candidate = Path(value)
    if candidate.is_file():
        return candidate.read_text(encoding="ascii").strip()
    return value.strip()


def verify_receipt_text(
    text: str,
    public_key_b64: str,
    *,
    notification_id: str | None = None,
    payload_sha256: str | None = None,
) -> VerifiedReceipt:
    """Parse the receipt JSON and check its signature; optionally that it is for this
    notification and this payload hash (as printed on the certificate).

    Raises ``ReceiptRefused``.
    """
    try:
        key = public_key_from_b64(public_key_b64)
    except ProtocolError as exc:
        raise ReceiptRefused(f"the public key is not an Ed25519 key in base64: {exc}") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ReceiptRefused(f"not JSON: {exc}") from exc
    try:
        receipt = Receipt.from_json_dict(data)
        verify_receipt(
            key,
            receipt,
            expected_id=notification_id or receipt.notification_id,
            expected_hash=payload_sha256 or receipt.payload_sha256,
        )
    except ProtocolError as exc:
        raise ReceiptRefused(str(exc)) from exc
    return VerifiedReceipt(receipt, key_fingerprint(key))
