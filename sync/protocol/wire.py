"""The wire shapes: limits, paths, headers, error codes and the JSON messages (``TypedDict``).

Plain data on purpose: the server's pydantic models (``server/models.py``) mirror these for
validation and the OpenAPI schema; the client reads and writes these dicts directly.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Final, Required, TypedDict

PROTOCOL_VERSION: Final = 1

MAX_BATCH: Final = 500
MAX_BODY_BYTES: Final = 1024 * 1024
TIMESTAMP_WINDOW_S: Final = 300
MAX_ACKS_PER_PAGE: Final = 500

PATH_HEALTH: Final = "/v1/health"
PATH_ENROLL: Final = "/v1/enroll"
PATH_NOTIFICATIONS: Final = "/v1/notifications"
PATH_ACKNOWLEDGEMENTS: Final = "/v1/acknowledgements"

HEADER_DEVICE: Final = "X-Qorgau-Device"
HEADER_TIMESTAMP: Final = "X-Qorgau-Timestamp"
HEADER_NONCE: Final = "X-Qorgau-Nonce"
HEADER_SIGNATURE: Final = "X-Qorgau-Signature"


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
UUID_PATTERN: Final = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_UUID = re.compile(UUID_PATTERN)


class EnrollRequest(TypedDict):
    code: str  # one-time enrollment code, e.g. "ABCD-EFGH-JKMN-PQRS" (dashes optional)
    device_public_key: str  # base64 of the raw 32-byte Ed25519 public key
    device_name: str  # shown to the server administrator, 1..200 chars


class EnrollResponse(TypedDict):
    device_id: str
    school: str
    server_public_key: str  # base64 raw Ed25519: pin it, every receipt is signed with it
    server_time: str


class NotificationPayload(TypedDict, total=False):
    """What a school reports (payload format 2, built by ``app.services.incidents``).

    The server stores and forwards the payload as sent and hashes its canonical JSON; it reads
    ``recipients``, ``deadline``, ``category`` and ``corrects`` for routing and the inbox. Each
    field's description is the string in its ``Annotated`` (the server's OpenAPI schema shows it).
    Format 1 payloads lack ``learned_outside_school`` and ``participants_not_pupils``.
    """

    format: Required[Annotated[int, "Payload format: 2 (1 before rules kz-2026.2)"]]
    id: Required[Annotated[str, "The notification's id (the same as the delivery item's id)"]]
    school: Annotated[str, "The school's name as the vault knows it"]
    category: Annotated[str, "Category code of the rules file, e.g. 'violence', 'bullying'"]
    category_name: Annotated[str, "The category's name in the school's language"]
    detected_at: Annotated[str, "When the school learned of it; ISO-8601 with offset"]
    description: Annotated[str, "What happened, as the school wrote it"]
    source: Annotated[str, "How the school learned of it"]
    location: Annotated[str, "Where it happened"]
    measures: Annotated[str, "What the school has done so far"]
    participants: Annotated[
        dict[str, list[dict[str, str]]],
        "Pupils involved by role (victim, offender, witness, ...): surname, name, patronymic, "
        "birth_date, class, iin",
    ]
    participants_not_pupils: Annotated[
        list[dict[str, str]],
        "Children involved who are not pupils of the school: role, full_name, age, note",
    ]
    learned_outside_school: Annotated[bool, "The school learned of it outside the school"]
    recipients: Annotated[list[str], "Recipient codes of the rules file, e.g. 'police_102'"]
    deadline: Annotated[str, "When the law's 'immediately' runs out; ISO-8601 UTC"]
    rules_version: Annotated[str, "Version of the rules file that made it mandatory"]
    legal_basis: Annotated[str, "The legal provision, as the rules file cites it"]
    reported_by: Annotated[dict[str, str], "The staff member who recorded it: full_name, role"]
    created_at: Annotated[str, "When the notification was created; ISO-8601 UTC"]
    corrects: Annotated[str | None, "Id of the notification this one corrects, else null"]
    correction_reason: Annotated[str | None, "Why the correction was made, else null"]


class WireNotification(TypedDict):
    id: str  # lowercase UUID, the idempotency key
    payload: dict[str, Any]  # immutable once queued
    payload_sha256: str  # payload_sha256(payload)


class DeliveryRequest(TypedDict):
    notifications: list[WireNotification]  # at most MAX_BATCH


class ReceiptDict(TypedDict):
    """A receipt of format 2 (per-school chain); see ``sync.protocol.receipt``."""

    format: int  # 2
    notification_id: str
    payload_sha256: str
    server_received_at: str
    school: str  # the school's id on the server
    school_seq: int  # 1, 2, 3, ... over every receipt issued to the school
    prev_receipt_hash: str  # receipt_hash of the school's receipt school_seq - 1
    signature: str


class NationalReceiptDict(TypedDict):
    """A receipt of format 1, issued before per-school chains (no ``format`` field)."""

    notification_id: str
    payload_sha256: str
    server_received_at: str
    server_seq: int
    prev_receipt_hash: str
    signature: str


class DeliveryResultDict(TypedDict):
    id: str
    status: int  # 200, 409 (ERR_CONFLICT) or 422 (ERR_HASH_MISMATCH)
    receipt: ReceiptDict | NationalReceiptDict | None
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
    error: Required[str]  # one of ERR_*
    detail: str
    server_time: str


def ack_etag(last_ack_seq: int) -> str:
    """The ``ETag`` of a school's acknowledgements: its newest ``ack_seq``. A client caught up to
    cursor N sends ``If-None-Match: ack_etag(N)`` and gets 304 while nothing new arrived."""
    return f'"ack-{int(last_ack_seq)}"'


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and _UUID.match(value) is not None


def is_sha256_hex(value: object) -> bool:
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None
