"""The server's signed receipts and the hash chain they form."""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.protocol.canonical import canonical_json, sha256_hex
from sync.protocol.clock import parse_time
from sync.protocol.errors import MalformedMessage, ReceiptInvalid
from sync.protocol.signing import _b64decode
from sync.protocol.wire import ReceiptDict, is_sha256_hex

GENESIS_HASH: Final = "0" * 64
RECEIPT_DOMAIN: Final = b"QORGAU-RCPT-1\n"


@dataclass(frozen=True)
class Receipt:
    """The server's signed statement that it holds a notification.

    ``server_received_at`` comes from the server clock (ISO-8601 UTC); ``server_seq`` orders all
    receipts of the server in one chain.
    """

    notification_id: str
    payload_sha256: str
    server_received_at: str
    server_seq: int
    prev_receipt_hash: str
    signature: str

    def signing_bytes(self) -> bytes:
        return receipt_signing_bytes(
            self.notification_id,
            self.payload_sha256,
            self.server_received_at,
            self.server_seq,
            self.prev_receipt_hash,
        )

    def to_json_dict(self) -> ReceiptDict:
        return {
            "notification_id": self.notification_id,
            "payload_sha256": self.payload_sha256,
            "server_received_at": self.server_received_at,
            "server_seq": self.server_seq,
            "prev_receipt_hash": self.prev_receipt_hash,
            "signature": self.signature,
        }

    @classmethod
    def from_json_dict(cls, data: object) -> Receipt:
        """Parse and shape-check a receipt; raises ``ReceiptInvalid``. Does not verify it."""
        if not isinstance(data, Mapping):
            raise ReceiptInvalid("receipt is not an object")
        fields = (
            "notification_id",
            "payload_sha256",
            "server_received_at",
            "server_seq",
            "prev_receipt_hash",
            "signature",
        )
        if set(data) != set(fields):
            raise ReceiptInvalid(f"receipt fields are {sorted(data)}, expected {sorted(fields)}")
        seq = data["server_seq"]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ReceiptInvalid("server_seq must be a positive integer")
        for name in ("notification_id", "server_received_at", "signature"):
            if not isinstance(data[name], str):
                raise ReceiptInvalid(f"{name} must be a string")
        for name in ("payload_sha256", "prev_receipt_hash"):
            if not is_sha256_hex(data[name]):
                raise ReceiptInvalid(f"{name} must be 64 lowercase hex digits")
        try:
            parse_time(data["server_received_at"])
        except MalformedMessage as exc:
            raise ReceiptInvalid(str(exc)) from exc
        return cls(
            notification_id=data["notification_id"],
            payload_sha256=data["payload_sha256"],
            server_received_at=data["server_received_at"],
            server_seq=seq,
            prev_receipt_hash=data["prev_receipt_hash"],
            signature=data["signature"],
        )

    def receipt_hash(self) -> str:
        """SHA-256 hex of the canonical JSON of the whole receipt, signature included."""
        return sha256_hex(canonical_json(self.to_json_dict()))


def receipt_signing_bytes(
    notification_id: str,
    payload_hash: str,
    server_received_at: str,
    server_seq: int,
    prev_receipt_hash: str,
) -> bytes:
    fields = {
        "notification_id": notification_id,
        "payload_sha256": payload_hash,
        "server_received_at": server_received_at,
        "server_seq": server_seq,
        "prev_receipt_hash": prev_receipt_hash,
    }
    return RECEIPT_DOMAIN + canonical_json(fields)


def sign_receipt(
    private_key: Ed25519PrivateKey,
    *,
    notification_id: str,
    payload_sha256: str,
    server_received_at: str,
    server_seq: int,
    prev_receipt_hash: str,
) -> Receipt:
    message = receipt_signing_bytes(
        notification_id, payload_sha256, server_received_at, server_seq, prev_receipt_hash
    )
    signature = base64.b64encode(private_key.sign(message)).decode("ascii")
    return Receipt(
        notification_id=notification_id,
        payload_sha256=payload_sha256,
        server_received_at=server_received_at,
        server_seq=server_seq,
        prev_receipt_hash=prev_receipt_hash,
        signature=signature,
    )


def verify_receipt(
    public_key: Ed25519PublicKey, receipt: Receipt, *, expected_id: str, expected_hash: str
) -> None:
    """Check that ``receipt`` is the server's signature over what the client sent.

    Raises ``ReceiptInvalid``.
    """
    if receipt.notification_id != expected_id:
        raise ReceiptInvalid(
            f"receipt is for {receipt.notification_id!r}, expected {expected_id!r}"
        )
    if receipt.payload_sha256 != expected_hash:
        raise ReceiptInvalid(f"receipt for {expected_id} covers a different payload hash")
    if receipt.server_seq == 1 and receipt.prev_receipt_hash != GENESIS_HASH:
        raise ReceiptInvalid("the first receipt must link to the genesis hash")
    try:
        signature = _b64decode(receipt.signature, "receipt signature")
    except MalformedMessage as exc:
        raise ReceiptInvalid(str(exc)) from exc
    try:
        public_key.verify(signature, receipt.signing_bytes())
    except InvalidSignature as exc:
        raise ReceiptInvalid(f"receipt for {expected_id} is not signed by the server key") from exc


def verify_receipt_chain(
    receipts: Sequence[Receipt], *, public_key: Ed25519PublicKey | None = None
) -> None:
    """Check the hash links between receipts with consecutive seqs (both present).

    ``receipts`` must be sorted by ``server_seq`` without repeats. A client holds only its own
    receipts, so gaps (other devices' receipts) are expected and not an error. With
    ``public_key`` every signature is verified as well. Raises ``ReceiptInvalid``.
    """
    previous: Receipt | None = None
    for receipt in receipts:
        if public_key is not None:
            verify_receipt(
                public_key,
                receipt,
                expected_id=receipt.notification_id,
                expected_hash=receipt.payload_sha256,
            )
        if receipt.server_seq == 1 and receipt.prev_receipt_hash != GENESIS_HASH:
            raise ReceiptInvalid("receipt seq 1 does not link to the genesis hash")
        if previous is not None:
            if receipt.server_seq <= previous.server_seq:
                raise ReceiptInvalid(
                    f"receipts out of order or repeated at seq {receipt.server_seq}"
                )
            if (
                receipt.server_seq == previous.server_seq + 1
                and receipt.prev_receipt_hash != previous.receipt_hash()
            ):
                raise ReceiptInvalid(
                    f"chain broken between seq {previous.server_seq} and {receipt.server_seq}"
                )
        previous = receipt
