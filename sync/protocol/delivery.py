"""Delivery items: payloads held as checked canonical bytes, spliced into request bodies."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from app.canonical import MAX_JSON_DEPTH
from sync.protocol.canonical import (
    _canonical,
    _check_canonical,
    _encode,
    _json_string,
    _refuse_float,
    _safe_int,
    payload_sha256,
    sha256_hex,
)
from sync.protocol.errors import CanonicalJSONError, MalformedMessage
from sync.protocol.wire import WireNotification

# Where a payload sits inside a DeliveryRequest: root object, "notifications" list, the item.
_PAYLOAD_DEPTH: Final = 3
_ASTRAL: Final = re.compile(rb"[\xf0-\xf4]")


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
        payload = json.loads(data, parse_float=_refuse_float, parse_int=_safe_int)
    except CanonicalJSONError:
        raise
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise MalformedMessage(f"notification {notification_id}: payload is not JSON") from exc
    if not isinstance(payload, dict):
        raise MalformedMessage(f"notification {notification_id}: payload is not a JSON object")
    # Parsed JSON has only JSON types, string keys and (by the hooks) no floats or unsafe
    # integers, so depth and key order are all _check_canonical could object to: no value can
    # sit deeper than one level per bracket in the text, and only a character beyond the BMP (4
    # UTF-8 bytes, lead byte F0..F4) can make RFC 8785's UTF-16 key order differ.
    utf16_keys = False
    if (
        data.count(b"{") + data.count(b"[") > MAX_JSON_DEPTH - _PAYLOAD_DEPTH
        or _ASTRAL.search(data) is not None
    ):
        utf16_keys = _check_canonical(payload, _PAYLOAD_DEPTH)
    if _encode(payload, utf16_keys) != data:
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
