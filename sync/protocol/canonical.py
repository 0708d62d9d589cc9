"""Canonical JSON and the hashes computed over it, as the protocol's errors.

The single definition of canonical JSON is ``app.canonical`` (the outbox stores its bytes when an
incident is saved, and ``app`` may not import ``sync``); these wrappers only turn its error into
the protocol's, so a server catching ``ProtocolError`` sees it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from app import canonical
from sync.protocol.errors import CanonicalJSONError


def _check_canonical(value: object, depth: int = 0) -> bool:
    """``app.canonical.check_canonical``: True if some key needs RFC 8785's UTF-16 order."""
    try:
        return canonical.check_canonical(value, depth)
    except canonical.CanonicalJSONError as exc:
        raise CanonicalJSONError(str(exc)) from exc


def _encode(obj: object, utf16_keys: bool = False) -> bytes:
    """The encoding half of ``canonical_json``: the caller has run ``_check_canonical``."""
    try:
        return canonical.encode_checked(obj, utf16_keys)
    except canonical.CanonicalJSONError as exc:
        raise CanonicalJSONError(str(exc)) from exc


def _refuse_float(text: str) -> float:
    """``json.loads`` hook: a float in text that is to be canonical JSON is refused at once."""
    raise CanonicalJSONError(canonical.FLOAT_REFUSED)


def _safe_int(text: str) -> int:
    """``json.loads`` hook: integers outside RFC 8785's ±(2**53 - 1) are refused."""
    value = int(text)
    if not -canonical.MAX_SAFE_INTEGER <= value <= canonical.MAX_SAFE_INTEGER:
        raise CanonicalJSONError(f"integer {text} is outside ±(2**53 - 1) (RFC 8785)")
    return value


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
    """Return the canonical JSON (RFC 8785, without floats) of ``obj``, UTF-8 encoded."""
    return _canonical(obj, 0)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def payload_sha256(payload: Mapping[str, Any]) -> str:
    """Hex SHA-256 of the canonical JSON of a notification payload."""
    return sha256_hex(canonical_json(payload))
