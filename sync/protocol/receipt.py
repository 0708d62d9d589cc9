"""The server's signed receipts and the per-school hash chains they form.

Two receipt formats exist, told apart by the ``format`` field:

* **format 2** (current): ``{"format": 2, "notification_id", "payload_sha256",
  "server_received_at", "school", "school_seq", "prev_receipt_hash", "signature"}``. Each school
  has its own chain: ``school_seq`` runs 1, 2, 3, ... without gaps over every receipt the server
  issued to that school, and ``prev_receipt_hash`` is ``receipt_hash()`` of the school's receipt
  with ``school_seq - 1`` (64 zeros for 1). So a school holding receipts 1..n with matching links
  holds every receipt issued to it up to n, and a second receipt with one seq is a fork. Signed
  over ``b"QORGAU-RCPT-2\\n" + canonical_json(every field but the signature)``.
* **format 1** (servers before schema v3; no ``format`` field): ``{"notification_id",
  "payload_sha256", "server_received_at", "server_seq", "prev_receipt_hash", "signature"}`` in
  one national chain ordered by ``server_seq``. A school holds only some links of that chain, so
  only the links between consecutive seqs it holds can be checked. Signed over
  ``b"QORGAU-RCPT-1\\n" + canonical_json(the five fields)``. Still parsed and verified: vaults keep
  them, and a resend of a notification received before the upgrade returns its old receipt.
"""

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
from sync.protocol.wire import NationalReceiptDict, ReceiptDict, is_sha256_hex

GENESIS_HASH: Final = "0" * 64
RECEIPT_FORMAT: Final = 2  # what this server issues
NATIONAL_RECEIPT_FORMAT: Final = 1
RECEIPT_DOMAIN: Final = b"QORGAU-RCPT-2\n"
NATIONAL_RECEIPT_DOMAIN: Final = b"QORGAU-RCPT-1\n"

_FIELDS_V2: Final = frozenset(
    {
        "format",
        "notification_id",
        "payload_sha256",
        "server_received_at",
        "school",
        "school_seq",
        "prev_receipt_hash",
        "signature",
    }
)
_FIELDS_V1: Final = frozenset(
    {
        "notification_id",
        "payload_sha256",
        "server_received_at",
        "server_seq",
        "prev_receipt_hash",
        "signature",
    }
)


@dataclass(frozen=True)
class Receipt:
    """The server's signed statement that it holds a notification.

    ``server_received_at`` comes from the server clock (ISO-8601 UTC). ``seq`` is the position
    in the receipt's chain: ``school_seq`` in ``school``'s chain (format 2), or ``server_seq`` in
    the national chain (format 1, ``school`` is None).
    """

    notification_id: str
    payload_sha256: str
    server_received_at: str
    seq: int
    prev_receipt_hash: str
    signature: str
    school: str | None = None
    format: int = RECEIPT_FORMAT

    @property
    def national(self) -> bool:
        """Issued before per-school chains: one link of the server's national chain."""
        return self.format == NATIONAL_RECEIPT_FORMAT

    def signing_bytes(self) -> bytes:
        unsigned = dict(self.to_json_dict())
        del unsigned["signature"]
        domain = NATIONAL_RECEIPT_DOMAIN if self.national else RECEIPT_DOMAIN
        return domain + canonical_json(unsigned)

    def to_json_dict(self) -> ReceiptDict | NationalReceiptDict:
        if self.national:
            return {
                "notification_id": self.notification_id,
                "payload_sha256": self.payload_sha256,
                "server_received_at": self.server_received_at,
                "server_seq": self.seq,
                "prev_receipt_hash": self.prev_receipt_hash,
                "signature": self.signature,
            }
        assert self.school is not None  # from_json_dict and sign_receipt guarantee it
        return {
            "format": self.format,
            "notification_id": self.notification_id,
            "payload_sha256": self.payload_sha256,
            "server_received_at": self.server_received_at,
            "school": self.school,
            "school_seq": self.seq,
            "prev_receipt_hash": self.prev_receipt_hash,
            "signature": self.signature,
        }

    @classmethod
    def from_json_dict(cls, data: object) -> Receipt:
        """Parse and shape-check a receipt of either format; raises ``ReceiptInvalid``.

        Does not verify it.
        """
        if not isinstance(data, Mapping):
            raise ReceiptInvalid("receipt is not an object")
        version = data.get("format", NATIONAL_RECEIPT_FORMAT)
        if "format" in data and version == NATIONAL_RECEIPT_FORMAT:
            raise ReceiptInvalid("a format 1 receipt has no format field")
        if version == RECEIPT_FORMAT:
            fields, seq_name = _FIELDS_V2, "school_seq"
        elif version == NATIONAL_RECEIPT_FORMAT:
            fields, seq_name = _FIELDS_V1, "server_seq"
        else:
            raise ReceiptInvalid(f"unknown receipt format {version!r}")
        if set(data) != fields:
            raise ReceiptInvalid(f"receipt fields are {sorted(data)}, expected {sorted(fields)}")
        seq = data[seq_name]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ReceiptInvalid(f"{seq_name} must be a positive integer")
        strings = ("notification_id", "server_received_at", "signature")
        for name in (*strings, "school") if version == RECEIPT_FORMAT else strings:
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
            seq=seq,
            prev_receipt_hash=data["prev_receipt_hash"],
            signature=data["signature"],
            school=data["school"] if version == RECEIPT_FORMAT else None,
            format=version,
        )

    def receipt_hash(self) -> str:
        """SHA-256 hex of the canonical JSON of the whole receipt, signature included."""
        return sha256_hex(canonical_json(self.to_json_dict()))


def sign_receipt(
    private_key: Ed25519PrivateKey,
    *,
    notification_id: str,
    payload_sha256: str,
    server_received_at: str,
    school: str,
    school_seq: int,
    prev_receipt_hash: str,
) -> Receipt:
    """A format 2 receipt: link ``school_seq`` of ``school``'s chain."""
    unsigned = Receipt(
        notification_id=notification_id,
        payload_sha256=payload_sha256,
        server_received_at=server_received_at,
        seq=school_seq,
        prev_receipt_hash=prev_receipt_hash,
        signature="",
        school=school,
    )
    signature = base64.b64encode(private_key.sign(unsigned.signing_bytes())).decode("ascii")
    return Receipt(
        notification_id=notification_id,
        payload_sha256=payload_sha256,
        server_received_at=server_received_at,
        seq=school_seq,
        prev_receipt_hash=prev_receipt_hash,
        signature=signature,
        school=school,
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
    if receipt.seq == 1 and receipt.prev_receipt_hash != GENESIS_HASH:
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
    """Check the hash links between receipts of one chain with consecutive seqs (both present).

    ``receipts`` must be of one chain, sorted by ``seq`` without repeats. Gaps are not an error
    here (a school holds only its own links of the national chain); ``school_chain_problems``
    judges a per-school chain completely. With ``public_key`` every signature is verified as
    well. Raises ``ReceiptInvalid``.
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
        if receipt.seq == 1 and receipt.prev_receipt_hash != GENESIS_HASH:
            raise ReceiptInvalid("receipt seq 1 does not link to the genesis hash")
        if previous is not None:
            if (receipt.format, receipt.school) != (previous.format, previous.school):
                raise ReceiptInvalid(f"receipt seq {receipt.seq} belongs to another chain")
            if receipt.seq <= previous.seq:
                raise ReceiptInvalid(f"receipts out of order or repeated at seq {receipt.seq}")
            if (
                receipt.seq == previous.seq + 1
                and receipt.prev_receipt_hash != previous.receipt_hash()
            ):
                raise ReceiptInvalid(f"chain broken between seq {previous.seq} and {receipt.seq}")
        previous = receipt


def school_chain_problems(receipts: Sequence[Receipt]) -> list[str]:
    """What keeps one school's format 2 receipts from being its complete, unforked chain 1..n.

    ``receipts`` are all the school's receipts a holder has (any order; signatures verified by
    the caller). Reports ``"gap: receipts k..m missing"`` for seqs below the highest held that
    are absent, and ``"fork at k"`` where two different receipts claim seq k or where receipt k
    does not link to the held receipt k-1 (or, for k = 1, to the genesis hash). Receipts issued
    after the highest one held cannot be missed by this check: nothing names them.
    """
    by_seq: dict[int, list[Receipt]] = {}
    for receipt in receipts:
        by_seq.setdefault(receipt.seq, []).append(receipt)
    problems: list[str] = []
    top = max(by_seq, default=0)
    missing_from: int | None = None
    for seq in range(1, top + 1):
        held = by_seq.get(seq)
        if held is None:
            if missing_from is None:
                missing_from = seq
            continue
        if missing_from is not None:
            problems.append(_gap(missing_from, seq - 1))
            missing_from = None
        distinct = {r.receipt_hash() for r in held}
        before = by_seq.get(seq - 1)
        if len(distinct) > 1:
            problems.append(f"fork at {seq}: {len(distinct)} different receipts")
        elif seq == 1 and held[0].prev_receipt_hash != GENESIS_HASH:
            problems.append("fork at 1: it does not link to the genesis hash")
        elif (
            before is not None
            and len({r.receipt_hash() for r in before}) == 1
            and held[0].prev_receipt_hash != before[0].receipt_hash()
        ):
            problems.append(f"fork at {seq}: it does not link to receipt {seq - 1}")
    return problems


def _gap(first: int, last: int) -> str:
    return (
        f"gap: receipt {first} missing"
        if first == last
        else f"gap: receipts {first}..{last} missing"
    )
