"""Pydantic mirrors of the wire shapes in ``sync.protocol``, for validation and the OpenAPI schema.

``sync.protocol`` is the source of truth (the client does not use pydantic); these models must
describe exactly the same JSON, and tests/server/test_wire_models.py fails when a field name, type
or required key drifts apart. The notification payload's schema is generated from
``sync.protocol.NotificationPayload`` itself (``payload_schema``). Class names become the schema
component names.
"""

from __future__ import annotations

from typing import Any, Literal, Required, get_args, get_origin, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from sync.protocol import MAX_BATCH, PROTOCOL_VERSION, UUID_PATTERN, NotificationPayload

_HEX64 = r"^[0-9a-f]{64}$"
_TIME = "ISO-8601 UTC timestamp from the server clock, e.g. 2026-03-02T09:15:00.000000Z"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(_Strict):
    """Every refusal (4xx) carries this body."""

    error: str = Field(
        description="Machine-readable code: unsigned, malformed_signature, unknown_device, "
        "bad_signature, stale_timestamp, replayed, body_too_large, malformed, code_unknown, "
        "code_used, code_expired, key_already_enrolled, not_found, method_not_allowed"
    )
    detail: str | None = Field(None, description="Human-readable explanation (English)")
    server_time: str | None = Field(
        None, description=f"{_TIME}; present on stale_timestamp so a client can see its skew"
    )


class Health(_Strict):
    status: str = Field(description='Always "ok" when the server answers')
    server_public_key: str = Field(
        description="Base64 of the raw 32-byte Ed25519 key that signs receipts"
    )
    server_time: str = Field(description=_TIME)
    protocol: int = Field(description=f"Wire protocol version ({PROTOCOL_VERSION})")


class EnrollRequest(_Strict):
    code: str = Field(
        min_length=1,
        max_length=64,
        description="One-time enrollment code from 'qorgau-server enroll-code' "
        "(XXXX-XXXX-XXXX-XXXX; dashes, spaces and case do not matter)",
    )
    device_public_key: str = Field(
        min_length=1,
        max_length=100,
        description="Base64 of the device's raw 32-byte Ed25519 public key; it signs requests",
    )
    device_name: str = Field(
        min_length=1, max_length=200, description="Label for the administrator, e.g. the PC name"
    )


class EnrollResponse(_Strict):
    device_id: str = Field(description="Goes into the X-Qorgau-Device header of signed requests")
    school: str = Field(description="School the enrollment code was issued for")
    server_public_key: str = Field(
        description="Base64 raw Ed25519 key; pin it and verify every receipt with it"
    )
    server_time: str = Field(description=_TIME)


def payload_schema() -> dict[str, Any]:
    """The JSON schema of ``sync.protocol.NotificationPayload`` for the OpenAPI document: each
    field's type and the description in its ``Annotated``; ``Required`` keys are required, the
    others may be absent (no default is implied), and keys it does not name pass."""
    fields: dict[str, Any] = {}
    required: set[str] = set()
    for name, hint in get_type_hints(NotificationPayload, include_extras=True).items():
        if get_origin(hint) is Required:
            required.add(name)
            hint = get_args(hint)[0]
        kind, description = get_args(hint)[:2]
        fields[name] = (kind, Field(... if name in required else None, description=description))
    model: type[BaseModel] = create_model(
        "NotificationPayload",
        __config__=ConfigDict(extra="allow"),
        __doc__=NotificationPayload.__doc__,
        **fields,
    )
    schema = model.model_json_schema()
    for prop in schema["properties"].values():
        prop.pop("default", None)  # an absent key is absent, not null
    return schema


class WireNotification(_Strict):
    id: str = Field(
        pattern=UUID_PATTERN,
        description="Lowercase UUID of the notification: the idempotency key, kept forever",
    )
    # Validated as any JSON object (the hash covers it as sent); the OpenAPI schema documents it
    # as NotificationPayload (server.app's openapi()).
    payload: dict[str, Any] = Field(
        description="The notification content (NotificationPayload); immutable once queued"
    )
    payload_sha256: str = Field(
        pattern=_HEX64,
        description="Hex SHA-256 of the canonical JSON of payload (RFC 8785 JCS; floats are "
        "refused, integers must lie within ±(2**53 - 1))",
    )


class DeliveryRequest(_Strict):
    notifications: list[WireNotification] = Field(
        max_length=MAX_BATCH, description=f"At most {MAX_BATCH} notifications per request"
    )


class Receipt(_Strict):
    """A receipt of the school's own chain (format 2, issued since server schema v3)."""

    format: Literal[2] = Field(description="Receipt format; absent in format 1 receipts")
    notification_id: str = Field(description="The notification's id")
    payload_sha256: str = Field(description="Hash of the payload the server holds")
    server_received_at: str = Field(description=f"When the server first stored it; {_TIME}")
    school: str = Field(description="The delivering school's id on the server")
    school_seq: int = Field(
        description="Position in the school's receipt chain: 1, 2, 3, ... without gaps over "
        "every receipt issued to the school"
    )
    prev_receipt_hash: str = Field(
        description="receipt_hash of the school's receipt with school_seq - 1 (64 zeros for 1): "
        "SHA-256 hex of the canonical JSON of that whole receipt, signature included"
    )
    signature: str = Field(
        description='Base64 Ed25519 over b"QORGAU-RCPT-2\\n" + canonical JSON of the '
        "other seven fields"
    )


class NationalReceipt(_Strict):
    """A receipt issued before per-school chains (format 1): a resend of a notification
    received back then gets it again, unchanged."""

    notification_id: str = Field(description="The notification's id")
    payload_sha256: str = Field(description="Hash of the payload the server holds")
    server_received_at: str = Field(description=f"When the server first stored it; {_TIME}")
    server_seq: int = Field(description="Position in the server's national receipt chain")
    prev_receipt_hash: str = Field(
        description="receipt_hash of the receipt with server_seq - 1 (64 zeros for seq 1)"
    )
    signature: str = Field(
        description='Base64 Ed25519 over b"QORGAU-RCPT-1\\n" + canonical JSON of the '
        "other five fields"
    )


class DeliveryResult(_Strict):
    id: str = Field(description="The notification's id (results keep the request order)")
    status: int = Field(
        description="200 stored (also for a repeat with the same hash: the same receipt again); "
        "409 the id is known with a different payload hash; 422 payload_sha256 does not match "
        "the payload"
    )
    receipt: Receipt | NationalReceipt | None = Field(
        description="Signed receipt when status is 200"
    )
    error: str | None = Field(description="conflict or hash_mismatch when status is not 200")


class DeliveryResponse(_Strict):
    results: list[DeliveryResult]
    server_time: str = Field(description=_TIME)


class Acknowledgement(_Strict):
    id: str = Field(description="Notification id")
    ack_seq: int = Field(description="Ascending sequence; pass the last one seen as ?after=")
    acknowledged_at: str = Field(description=f"Server time of the act; {_TIME}")
    kind: Literal["accepted", "clarification_requested"] = Field(
        description="accepted: a unit registered it; clarification_requested: the unit asks "
        "the school a question (note), answered by a correction notification (payload "
        "'corrects'). A notification can get several items (one per routed unit)."
    )
    officer: str | None = Field(description="Full name of the officer from their account")
    unit: str | None = Field(description="The receiving unit, e.g. 'ИДН ОП Аккольского района'")
    reference: str | None = Field(
        description="Police registration number (КУИ / ЕРДР); always present when accepted "
        "in the workspace"
    )
    note: str | None = Field(description="Optional note, or the clarification question")


class AcknowledgementsResponse(_Strict):
    acknowledgements: list[Acknowledgement]
    server_time: str = Field(description=_TIME)
