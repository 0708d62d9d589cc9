"""The Qorgau wire protocol, shared by the desktop client and the reference server.

Plain Python on purpose (no pydantic, no requests): the server imports this module and nothing
else from the client side, and the client must be able to verify what the server signs with
exactly the bytes the server signed.

The package is split by concern and re-exports every public name, so ``from sync.protocol import
X`` is the one way in for both sides: ``errors`` (``ProtocolError`` and its kinds), ``wire``
(limits, paths, headers, error codes, the JSON message shapes), ``canonical`` (canonical JSON and
hashes), ``delivery`` (delivery items held as canonical bytes), ``clock`` (wire timestamps),
``signing`` (keys and request signatures), ``receipt`` (signed receipts and their chain).

Canonical JSON
--------------
``canonical_json`` is the one serialisation that hashes and signatures are computed over. It is
**RFC 8785, the JSON Canonicalization Scheme (JCS)**, for values without floating-point numbers
(``app.canonical`` holds the single implementation; ``rfc8785`` is its test oracle):

* object keys sorted by their UTF-16 code units (RFC 8785 §3.2.3), no whitespace;
* strings emitted as UTF-8, escaping only ``"``, ``\\``, and control characters (``\\b \\t \\n
  \\f \\r``, others as ``\\u00xx``); not normalised (NFC/NFD are *not* applied: the payload
  hashes what the client wrote); strings with lone surrogates are refused (no UTF-8 form);
* integers as decimal, only within ±(2**53 - 1) (JCS numbers are IEEE doubles); **floats are
  refused**, as are NaN and ±Infinity: a payload carries numbers as integers or strings;
* only ``dict``, ``list``/``tuple``, ``str``, ``int``, ``bool`` and ``None``, string keys, at
  most 64 levels deep.

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
For each accepted notification the server signs a ``Receipt`` with its Ed25519 key. Since server
schema v3 receipts have ``"format": 2`` and form one hash chain **per school**: ``school_seq``
(1, 2, 3, ... without gaps over every receipt issued to the school) and ``prev_receipt_hash``
(``receipt_hash()`` of the school's previous receipt, 64 zeros for seq 1), signed over
``b"QORGAU-RCPT-2\\n" + canonical_json(receipt fields without the signature)``. A school holding
1..n with matching links holds every receipt issued to it up to n. Receipts issued before
(format 1, no ``format`` field, one national chain by ``server_seq``, domain ``QORGAU-RCPT-1``)
stay valid; ``sync.protocol.receipt`` describes both formats.

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
listed next to each ``ERR_*`` constant in ``sync.protocol.wire``. Load: ``429``
(``rate_limited``: this device, or an address refused too often) and ``503`` (``overloaded``)
always carry ``Retry-After`` in seconds; wait at least that long. Under overload no other 5xx is answered.
"""

from __future__ import annotations

from sync.protocol.canonical import (
    canonical_json,
    payload_sha256,
    sha256_hex,
)
from sync.protocol.clock import (
    format_time,
    format_unix_time,
    parse_time,
)
from sync.protocol.delivery import (
    CanonicalNotification,
    canonical_notification,
    canonical_notification_from_text,
    delivery_request_body,
    make_wire_notification,
)

# The modules by concern; this package re-exports them, so ``sync.protocol`` stays the one entry
# point the server imports from the client side (DESIGN §2).
from sync.protocol.errors import (
    CanonicalJSONError,
    MalformedMessage,
    ProtocolError,
    ReceiptInvalid,
    SignatureInvalid,
)
from sync.protocol.receipt import (
    GENESIS_HASH,
    NATIONAL_RECEIPT_DOMAIN,
    NATIONAL_RECEIPT_FORMAT,
    RECEIPT_DOMAIN,
    RECEIPT_FORMAT,
    Receipt,
    school_chain_problems,
    sign_receipt,
    verify_receipt,
    verify_receipt_chain,
)
from sync.protocol.signing import (
    REQUEST_DOMAIN,
    SignedHeaders,
    key_fingerprint,
    parse_signed_headers,
    public_key_from_b64,
    public_key_to_b64,
    request_signing_bytes,
    sign_request,
    verify_request_signature,
)
from sync.protocol.wire import (
    ACK_KINDS,
    ERR_BAD_SIGNATURE,
    ERR_BODY_TIMEOUT,
    ERR_BODY_TOO_LARGE,
    ERR_CODE_EXPIRED,
    ERR_CODE_UNKNOWN,
    ERR_CODE_USED,
    ERR_CONFLICT,
    ERR_HASH_MISMATCH,
    ERR_KEY_ENROLLED,
    ERR_MALFORMED,
    ERR_MALFORMED_SIGNATURE,
    ERR_METHOD_NOT_ALLOWED,
    ERR_NOT_FOUND,
    ERR_OVERLOADED,
    ERR_RATE_LIMITED,
    ERR_REPLAYED,
    ERR_STALE_TIMESTAMP,
    ERR_UNKNOWN_DEVICE,
    ERR_UNSIGNED,
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    MAX_ACKS_PER_PAGE,
    MAX_BATCH,
    MAX_BODY_BYTES,
    PATH_ACKNOWLEDGEMENTS,
    PATH_ENROLL,
    PATH_HEALTH,
    PATH_NOTIFICATIONS,
    PROTOCOL_VERSION,
    TIMESTAMP_WINDOW_S,
    UUID_PATTERN,
    AckDict,
    AcknowledgementsResponse,
    DeliveryRequest,
    DeliveryResponse,
    DeliveryResultDict,
    EnrollRequest,
    EnrollResponse,
    ErrorResponse,
    HealthResponse,
    NationalReceiptDict,
    NotificationPayload,
    ReceiptDict,
    WireNotification,
    ack_etag,
    is_sha256_hex,
    is_uuid,
)

__all__ = [
    "ACK_KINDS",
    "ERR_BAD_SIGNATURE",
    "ERR_BODY_TIMEOUT",
    "ERR_BODY_TOO_LARGE",
    "ERR_CODE_EXPIRED",
    "ERR_CODE_UNKNOWN",
    "ERR_CODE_USED",
    "ERR_CONFLICT",
    "ERR_HASH_MISMATCH",
    "ERR_KEY_ENROLLED",
    "ERR_MALFORMED",
    "ERR_MALFORMED_SIGNATURE",
    "ERR_METHOD_NOT_ALLOWED",
    "ERR_NOT_FOUND",
    "ERR_OVERLOADED",
    "ERR_RATE_LIMITED",
    "ERR_REPLAYED",
    "ERR_STALE_TIMESTAMP",
    "ERR_UNKNOWN_DEVICE",
    "ERR_UNSIGNED",
    "GENESIS_HASH",
    "HEADER_DEVICE",
    "HEADER_NONCE",
    "HEADER_SIGNATURE",
    "HEADER_TIMESTAMP",
    "MAX_ACKS_PER_PAGE",
    "MAX_BATCH",
    "MAX_BODY_BYTES",
    "NATIONAL_RECEIPT_DOMAIN",
    "NATIONAL_RECEIPT_FORMAT",
    "PATH_ACKNOWLEDGEMENTS",
    "PATH_ENROLL",
    "PATH_HEALTH",
    "PATH_NOTIFICATIONS",
    "PROTOCOL_VERSION",
    "RECEIPT_DOMAIN",
    "RECEIPT_FORMAT",
    "REQUEST_DOMAIN",
    "TIMESTAMP_WINDOW_S",
    "UUID_PATTERN",
    "AckDict",
    "AcknowledgementsResponse",
    "CanonicalJSONError",
    "CanonicalNotification",
    "DeliveryRequest",
    "DeliveryResponse",
    "DeliveryResultDict",
    "EnrollRequest",
    "EnrollResponse",
    "ErrorResponse",
    "HealthResponse",
    "MalformedMessage",
    "NationalReceiptDict",
    "NotificationPayload",
    "ProtocolError",
    "Receipt",
    "ReceiptDict",
    "ReceiptInvalid",
    "SignatureInvalid",
    "SignedHeaders",
    "WireNotification",
    "ack_etag",
    "canonical_json",
    "canonical_notification",
    "canonical_notification_from_text",
    "delivery_request_body",
    "format_time",
    "format_unix_time",
    "is_sha256_hex",
    "is_uuid",
    "key_fingerprint",
    "make_wire_notification",
    "parse_signed_headers",
    "parse_time",
    "payload_sha256",
    "public_key_from_b64",
    "public_key_to_b64",
    "request_signing_bytes",
    "school_chain_problems",
    "sha256_hex",
    "sign_receipt",
    "sign_request",
    "verify_receipt",
    "verify_receipt_chain",
    "verify_request_signature",
]
