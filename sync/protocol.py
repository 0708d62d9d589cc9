"""The Qorgau wire protocol, shared by the desktop client and the reference server.

Plain Python on purpose (no pydantic, no requests): the server imports this module and nothing
else from the client side, and the client must be able to verify what the server signs with
exactly the bytes the server signed.

Canonical JSON
--------------
``canonical_json`` is the one serialisation that hashes and signatures are computed over:

* object keys sorted by code point, no whitespace (separators ``,`` and ``:``);
* strings emitted as UTF-8 (``ensure_ascii=False``), not normalised (NFC/NFD are *not* applied:
  the payload hashes what the client wrote);
* integers as decimal; floats as Python's shortest round-trip ``repr``; NaN and ±Infinity are
  refused, as are non-string object keys (they would not survive a round trip);
* only ``dict``, ``list``/``tuple``, ``str``, ``int``, ``float``, ``bool`` and ``None``; strings
  with lone surrogates are refused (they have no UTF-8 form).

Request signing
---------------
Every request except ``GET /v1/health`` and ``POST /v1/enroll`` carries four headers::

    X-Qorgau-Device     device id returned by enrollment
    X-Qorgau-Timestamp  unix seconds (integer) from the client clock, ±300 s of the server clock
    X-Qorgau-Nonce      16 random bytes, hex; the server refuses a nonce seen before
    X-Qorgau-Signature  base64 Ed25519 signature by the device key over

        b"QORGAU-REQ-1\\n" + METHOD + "\\n" + PATH_WITH_QUERY + "\\n" + TIMESTAMP + "\\n"
        + NONCE + "\\n" + sha256_hex(body)

``PATH_WITH_QUERY`` is the request target exactly as sent (``/v1/acknowledgements?after=3``).

Receipts
--------
For each accepted notification the server signs a ``Receipt`` with its Ed25519 key over
``b"QORGAU-RCPT-1\\n" + canonical_json(receipt fields without the signature)``. Receipts form one
hash chain ordered by ``server_seq`` (1, 2, 3, ...): ``prev_receipt_hash`` holds
``receipt_hash()`` of the receipt with the previous seq, or 64 zeros for seq 1.

Endpoints (all JSON, UTF-8)
---------------------------
``GET /v1/health`` (unsigned) -> ``HealthResponse``
``POST /v1/enroll`` (unsigned, one-time code) ``EnrollRequest`` -> ``EnrollResponse``
``POST /v1/notifications`` (signed) ``DeliveryRequest`` -> ``DeliveryResponse``; at most
``MAX_BATCH`` items; per item: same id + same hash -> status 200 with the *same* receipt as
before; same id + different hash -> status 409 and no receipt; declared hash that does not match
the payload -> status 422 and no receipt.
``GET /v1/acknowledgements?after=N`` (signed) -> ``AcknowledgementsResponse``: acknowledgements
for the device's school with ``ack_seq > N``, ascending, at most ``MAX_ACKS_PER_PAGE``; call
again with the last ``ack_seq`` until the list is empty.

The acknowledgements answer carries ``ETag: ack_etag(N)`` (N = the school's newest ack_seq); a
request with ``If-None-Match: ack_etag(after)`` is answered ``304`` without a body when nothing
newer exists.

A delivery request body is at most ``MAX_BODY_BYTES`` (else 413 for the whole batch): clients
size batches by bytes, and a single notification over the limit cannot be delivered at all.

Refusals are ``ErrorResponse`` bodies (``{"error": code, "detail": text}``) with the HTTP status
listed next to each ``ERR_*`` constant below. Load: ``429`` (``rate_limited``: this device, or an
address refused too often) and ``503`` (``overloaded``) always carry ``Retry-After`` in seconds;
wait at least that long. Under overload no other 5xx is answered.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Required, TypedDict

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app import canonical
from app.canonical import MAX_JSON_DEPTH

PROTOCOL_VERSION: Final = 1

MAX_BATCH: Final = 500
MAX_BODY_BYTES: Final = 1024 * 1024
TIMESTAMP_WINDOW_S: Final = 300
MAX_ACKS_PER_PAGE: Final = 500
GENESIS_HASH: Final = "0" * 64

PATH_HEALTH: Final = "/v1/health"
PATH_ENROLL: Final = "/v1/enroll"
PATH_NOTIFICATIONS: Final = "/v1/notifications"
PATH_ACKNOWLEDGEMENTS: Final = "/v1/acknowledgements"

HEADER_DEVICE: Final = "X-Qorgau-Device"
HEADER_TIMESTAMP: Final = "X-Qorgau-Timestamp"
HEADER_NONCE: Final = "X-Qorgau-Nonce"
HEADER_SIGNATURE: Final = "X-Qorgau-Signature"

REQUEST_DOMAIN: Final = b"QORGAU-REQ-1\n"
RECEIPT_DOMAIN: Final = b"QORGAU-RCPT-1\n"

# Error codes in ErrorResponse.error (HTTP status in the comment).
ERR_UNSIGNED: Final = "unsigned"  # 401: signature headers missing
ERR_MALFORMED_SIGNATURE: Final = "malformed_signature"  # 401: headers present but unparseable
ERR_UNKNOWN_DEVICE: Final = "unknown_device"  # 401
ERR_BAD_SIGNATURE: Final = "bad_signature"  # 401
ERR_STALE_TIMESTAMP: Final = "stale_timestamp"  # 401; body also carries server_time
ERR_REPLAYED: Final = "replayed"  # 401: nonce already used
ERR_BODY_TOO_LARGE: Final = "body_too_large"  # 413
ERR_MALFORMED: Final = "malformed"  # 400/422: not JSON, or JSON of the wrong shape
ERR_CODE_UNKNOWN: Final = "code_unknown"  # 403: enrollment code never issued
ERR_CODE_USED: Final = "code_used"  # 403: enrollment code already redeemed
ERR_CODE_EXPIRED: Final = "code_expired"  # 403
ERR_KEY_ENROLLED: Final = "key_already_enrolled"  # 409: this device key is already registered
ERR_NOT_FOUND: Final = "not_found"  # 404
ERR_METHOD_NOT_ALLOWED: Final = "method_not_allowed"  # 405
ERR_RATE_LIMITED: Final = "rate_limited"  # 429 + Retry-After: this device or address, slow down
ERR_OVERLOADED: Final = "overloaded"  # 503 + Retry-After: the server sheds load, come back later
ERR_BODY_TIMEOUT: Final = "body_timeout"  # 408: the body did not arrive in time
# Per-item errors in DeliveryResult.error:
ERR_CONFLICT: Final = "conflict"  # 409: id already received with a different payload hash
ERR_HASH_MISMATCH: Final = "hash_mismatch"  # 422: payload_sha256 does not match the payload

_HEX64 = re.compile(r"[0-9a-f]{64}")
_NONCE = re.compile(r"[0-9a-f]{32}")
UUID_PATTERN: Final = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_UUID = re.compile(UUID_PATTERN)


# --------------------------------------------------------------------------- errors


class ProtocolError(Exception):
    """Base class for everything that violates the wire protocol."""


class CanonicalJSONError(ProtocolError, canonical.CanonicalJSONError):
    """The value cannot be canonicalised (NaN, infinity, non-string key, foreign type)."""


class MalformedMessage(ProtocolError, ValueError):
    """A message or a field in it does not have the documented shape."""


class SignatureInvalid(ProtocolError):
    """A request signature is missing, unparseable or does not verify.

    ``code`` is one of ``ERR_UNSIGNED``, ``ERR_MALFORMED_SIGNATURE``, ``ERR_BAD_SIGNATURE``.
    """

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


class ReceiptInvalid(ProtocolError):
    """A receipt is malformed, does not match what was sent, does not verify or breaks the chain."""


# --------------------------------------------------------------------------- wire shapes


class EnrollRequest(TypedDict):
    code: str  # one-time enrollment code, e.g. "ABCD-EFGH-JKMN-PQRS" (dashes optional)
    device_public_key: str  # base64 of the raw 32-byte Ed25519 public key
    device_name: str  # shown to the server administrator, 1..200 chars


class EnrollResponse(TypedDict):
    device_id: str
    school: str
    server_public_key: str  # base64 raw Ed25519: pin it, every receipt is signed with it
    server_time: str


class WireNotification(TypedDict):
    id: str  # lowercase UUID, the idempotency key
    payload: dict[str, Any]  # immutable once queued
    payload_sha256: str  # payload_sha256(payload)


class DeliveryRequest(TypedDict):
    notifications: list[WireNotification]  # at most MAX_BATCH


class ReceiptDict(TypedDict):
    notification_id: str
    payload_sha256: str
    server_received_at: str
    server_seq: int
    prev_receipt_hash: str
    signature: str


class DeliveryResultDict(TypedDict):
    id: str
    status: int  # 200, 409 (ERR_CONFLICT) or 422 (ERR_HASH_MISMATCH)
    receipt: ReceiptDict | None
    error: str | None


class DeliveryResponse(TypedDict):
    results: list[DeliveryResultDict]  # one per request item, same order
    server_time: str


class AckDict(TypedDict, total=False):
    """One act of the receiving side (DESIGN §6a). ``id``, ``ack_seq`` and ``acknowledged_at``
    are always present; servers before the web workspace sent only those and ``note``, and a
    client reads a missing ``kind`` as "accepted" with officer, unit and reference null."""

    id: Required[str]
    ack_seq: Required[int]
    acknowledged_at: Required[str]  # server time of the act
    kind: str  # ACK_KINDS
    officer: str | None  # the officer's full name, from their account
    unit: str | None  # e.g. "ИДН ОП Аккольского района"
    reference: str | None  # police registration number (КУИ / ЕРДР); set for "accepted"
    note: str | None  # optional note; for a clarification request, the question


ACK_KINDS: Final = ("accepted", "clarification_requested")


class AcknowledgementsResponse(TypedDict):
    acknowledgements: list[AckDict]
    server_time: str


class HealthResponse(TypedDict):
    status: str  # "ok"
    server_public_key: str
    server_time: str
    protocol: int  # PROTOCOL_VERSION


class ErrorResponse(TypedDict, total=False):
    error: str  # one of ERR_*
    detail: str
    server_time: str


# --------------------------------------------------------------------------- canonical JSON


# Where a payload sits inside a DeliveryRequest: root object, "notifications" list, the item.
_PAYLOAD_DEPTH: Final = 3

# The single definition of canonical JSON is app.canonical (the outbox stores its bytes); these
# wrappers only turn its error into the protocol's, so a server catching ProtocolError sees it.


def _check_canonical(value: object, depth: int = 0) -> None:
    try:
        canonical.check_canonical(value, depth)
    except canonical.CanonicalJSONError as exc:
        raise CanonicalJSONError(str(exc)) from exc


def _encode(obj: object) -> bytes:
    """The encoding half of ``canonical_json``: the caller has run ``_check_canonical``."""
    try:
        return canonical.encode_checked(obj)
    except canonical.CanonicalJSONError as exc:
        raise CanonicalJSONError(str(exc)) from exc


def _canonical(obj: object, depth: int) -> bytes:
    try:
        return canonical.canonical_json(obj, depth)
    except canonical.CanonicalJSONError as exc:
        raise CanonicalJSONError(str(exc)) from exc


def _json_string(value: str) -> bytes:
    """``canonical_json`` of a single string."""
    try:
        return canonical.json_string(value)
    except canonical.CanonicalJSONError as exc:
        raise CanonicalJSONError(str(exc)) from exc


def canonical_json(obj: object) -> bytes:
    """Return the canonical UTF-8 JSON encoding of ``obj`` (see the module docstring)."""
    return _canonical(obj, 0)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def payload_sha256(payload: Mapping[str, Any]) -> str:
    """Hex SHA-256 of the canonical JSON of a notification payload."""
    return sha256_hex(canonical_json(payload))


def make_wire_notification(notification_id: str, payload: Mapping[str, Any]) -> WireNotification:
    """Build a delivery item, computing its payload hash."""
    body = dict(payload)
    return {"id": notification_id, "payload": body, "payload_sha256": payload_sha256(body)}


@dataclass(frozen=True, slots=True)
class CanonicalNotification:
    """A delivery item with its payload held as checked canonical JSON bytes.

    Build it with ``canonical_notification`` (from a ``WireNotification``) or
    ``canonical_notification_from_text`` (from stored canonical text); both prove that
    ``payload_json`` is the canonical JSON of the payload as it would sit in a
    ``DeliveryRequest`` and that ``payload_sha256`` is its hash, so ``delivery_request_body`` can
    splice the bytes in without serialising the payload again.
    """

    id: str
    payload_json: bytes
    payload_sha256: str


def _checked_item(notification_id: object, payload: bytes, digest: object) -> CanonicalNotification:
    if not isinstance(notification_id, str):
        raise MalformedMessage("notification id must be a string")
    if not isinstance(digest, str) or sha256_hex(payload) != digest:
        raise MalformedMessage(f"notification {notification_id}: payload_sha256 is stale")
    return CanonicalNotification(notification_id, payload, digest)


def canonical_notification(item: WireNotification) -> CanonicalNotification:
    """Serialise a wire item's payload once and check its declared hash against it.

    Raises ``CanonicalJSONError`` or ``MalformedMessage`` (stale hash).
    """
    return _checked_item(
        item["id"], _canonical(item["payload"], _PAYLOAD_DEPTH), item["payload_sha256"]
    )


def canonical_notification_from_text(
    notification_id: str, payload_text: str | bytes, payload_sha256_hex: str
) -> CanonicalNotification:
    """Take a payload that is already canonical JSON text (as the outbox stores it) and prove it.

    The text is parsed and encoded once; it must come back byte for byte (so NaN, infinity,
    duplicate keys, escaped lone surrogates, whitespace or unsorted keys are refused), and it must
    be a JSON object hashing to ``payload_sha256_hex``. Raises ``CanonicalJSONError`` or
    ``MalformedMessage``.
    """
    if isinstance(payload_text, str):
        try:
            data = payload_text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise CanonicalJSONError("payload contains a lone surrogate (not valid UTF-8)") from exc
    else:
        data = payload_text
    try:
        payload = json.loads(data)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise MalformedMessage(f"notification {notification_id}: payload is not JSON") from exc
    if not isinstance(payload, dict):
        raise MalformedMessage(f"notification {notification_id}: payload is not a JSON object")
    # Parsed JSON has only JSON types and string keys, so depth is all _check_canonical could
    # object to; no value can sit deeper than one level per bracket in the text.
    if data.count(b"{") + data.count(b"[") > MAX_JSON_DEPTH - _PAYLOAD_DEPTH:
        _check_canonical(payload, _PAYLOAD_DEPTH)
    if _encode(payload) != data:
        raise CanonicalJSONError(f"notification {notification_id}: payload is not canonical JSON")
    return _checked_item(notification_id, data, payload_sha256_hex)


def delivery_request_body(items: Sequence[CanonicalNotification]) -> bytes:
    """``canonical_json`` of the ``DeliveryRequest`` for ``items``, built from the held bytes.

    Keys inside an item are already in code-point order (id, payload, payload_sha256).
    """
    parts: list[bytes] = []
    for item in items:
        parts += (
            b'{"id":',
            _json_string(item.id),
            b',"payload":',
            item.payload_json,
            b',"payload_sha256":',
            _json_string(item.payload_sha256),
            b"},",
        )
    if parts:
        parts[-1] = b"}"  # no separator after the last item
    return b'{"notifications":[' + b"".join(parts) + b"]}"


def ack_etag(last_ack_seq: int) -> str:
    """The ``ETag`` of a school's acknowledgements: its newest ``ack_seq``. A client caught up to
    cursor N sends ``If-None-Match: ack_etag(N)`` and gets 304 while nothing new arrived."""
    return f'"ack-{int(last_ack_seq)}"'


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and _UUID.match(value) is not None


def is_sha256_hex(value: object) -> bool:
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None


# --------------------------------------------------------------------------- time


def format_time(dt: datetime) -> str:
    """ISO-8601 UTC with microseconds and a ``Z`` suffix."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def format_unix_time(ts: float) -> str:
    return format_time(datetime.fromtimestamp(ts, UTC))


def parse_time(value: str) -> datetime:
    """Parse a timestamp written by ``format_time`` (any ISO-8601 with an offset is accepted)."""
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError) as exc:
        raise MalformedMessage(f"not an ISO-8601 timestamp: {value!r}") from exc
    if dt.tzinfo is None:
        raise MalformedMessage(f"timestamp without a UTC offset: {value!r}")
    return dt.astimezone(UTC)


# --------------------------------------------------------------------------- keys


def public_key_to_b64(key: Ed25519PublicKey) -> str:
    """Base64 (standard alphabet, padded) of the raw 32-byte public key."""
    raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_b64(value: str) -> Ed25519PublicKey:
    """Inverse of ``public_key_to_b64``; raises ``MalformedMessage``."""
    raw = _b64decode(value, "public key")
    if len(raw) != 32:
        raise MalformedMessage("an Ed25519 public key is 32 bytes")
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise MalformedMessage("not an Ed25519 public key") from exc


def key_fingerprint(key: Ed25519PublicKey) -> str:
    """Short human-comparable fingerprint: first 16 hex digits of SHA-256 of the raw key."""
    digest = sha256_hex(key.public_bytes(Encoding.Raw, PublicFormat.Raw))
    return ":".join(digest[i : i + 4] for i in range(0, 16, 4))


def _b64decode(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise MalformedMessage(f"{what} must be a base64 string")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise MalformedMessage(f"{what} is not valid base64") from exc


# --------------------------------------------------------------------------- request signing


def request_signing_bytes(method: str, path: str, timestamp: int, nonce: str, body: bytes) -> bytes:
    text = f"{method.upper()}\n{path}\n{timestamp}\n{nonce}\n{sha256_hex(body)}"
    return REQUEST_DOMAIN + text.encode("utf-8")


def sign_request(
    private_key: Ed25519PrivateKey,
    device_id: str,
    method: str,
    path: str,
    body: bytes,
    *,
    now: float | None = None,
) -> dict[str, str]:
    """Return the four ``X-Qorgau-*`` headers for a request.

    ``path`` is the request target including the query string, as it will be sent.
    """
    timestamp = int(time.time() if now is None else now)
    nonce = secrets.token_hex(16)
    signature = private_key.sign(request_signing_bytes(method, path, timestamp, nonce, body))
    return {
        HEADER_DEVICE: device_id,
        HEADER_TIMESTAMP: str(timestamp),
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: base64.b64encode(signature).decode("ascii"),
    }


@dataclass(frozen=True)
class SignedHeaders:
    """The parsed ``X-Qorgau-*`` headers of a request (not yet verified)."""

    device_id: str
    timestamp: int
    nonce: str
    signature: bytes


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    for key, val in headers.items():
        if key.lower() == lowered:
            return val
    return None


def parse_signed_headers(headers: Mapping[str, str]) -> SignedHeaders:
    """Extract the signature headers; raises ``SignatureInvalid`` (unsigned / malformed)."""
    names = (HEADER_DEVICE, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE)
    values = [_header(headers, name) for name in names]
    if all(v is None for v in values):
        raise SignatureInvalid(ERR_UNSIGNED, "request is not signed")
    device_id, ts_text, nonce, sig_text = values
    if device_id is None or ts_text is None or nonce is None or sig_text is None:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "a signature header is missing")
    if not device_id or len(device_id) > 100:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "bad device id header")
    if not ts_text.isdecimal() or len(ts_text) > 12:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "timestamp must be integer unix seconds")
    if _NONCE.fullmatch(nonce) is None:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "nonce must be 32 lowercase hex digits")
    try:
        signature = _b64decode(sig_text, "signature")
    except MalformedMessage as exc:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, str(exc)) from exc
    if len(signature) != 64:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "an Ed25519 signature is 64 bytes")
    return SignedHeaders(device_id, int(ts_text), nonce, signature)


def verify_request_signature(
    public_key: Ed25519PublicKey,
    headers: Mapping[str, str] | SignedHeaders,
    method: str,
    path: str,
    body: bytes,
) -> None:
    """Check the signature only (freshness and replay are the server's job).

    Raises ``SignatureInvalid``.
    """
    signed = headers if isinstance(headers, SignedHeaders) else parse_signed_headers(headers)
    message = request_signing_bytes(method, path, signed.timestamp, signed.nonce, body)
    try:
        public_key.verify(signed.signature, message)
    except InvalidSignature as exc:
        raise SignatureInvalid(ERR_BAD_SIGNATURE, "signature does not verify") from exc


# --------------------------------------------------------------------------- receipts


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
