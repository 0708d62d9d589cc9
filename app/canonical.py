"""Canonical JSON: the one serialisation that payload hashes and signatures are computed over.

It is the JSON Canonicalization Scheme, **RFC 8785 (JCS)**, restricted to values without
floating-point numbers: object keys sorted by their UTF-16 code units, no whitespace, strings as
UTF-8 with only the escapes JCS prescribes, integers in decimal. Floats are refused (JCS prints
numbers by ECMAScript rules, not Python's ``repr``, and a payload has no business with them: send
a string or an integer), and so are integers outside ±(2**53 - 1), which JCS numbers (IEEE
doubles) cannot hold exactly. So every accepted value's bytes are exactly its JCS bytes
(``tests/app/test_canonical_jcs.py`` checks this against the ``rfc8785`` package).

It lives in the core because the outbox stores a payload as exactly these bytes when an incident
is saved; ``sync.protocol`` sends and signs the same bytes by using this module (``app`` may not
import ``sync``, so the single definition sits here). The rules are spelled out in
``sync.protocol``'s docstring, the wire contract.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from json.encoder import encode_basestring
from typing import Any, Final, cast

__all__ = [
    "FLOAT_REFUSED",
    "MAX_JSON_DEPTH",
    "MAX_SAFE_INTEGER",
    "CanonicalJSONError",
    "canonical_json",
    "canonical_payload",
    "check_canonical",
    "encode_checked",
    "json_string",
]


class CanonicalJSONError(ValueError):
    """The value cannot be canonicalised (NaN, infinity, non-string key, foreign type)."""


_SCALAR_TYPES: Final = frozenset({str, int, float, bool, type(None)})
MAX_JSON_DEPTH: Final = 64
# RFC 8785 numbers are IEEE doubles: integers beyond this do not survive a round trip (I-JSON).
MAX_SAFE_INTEGER: Final = 2**53 - 1
FLOAT_REFUSED: Final = (
    "floating-point numbers are not allowed in canonical JSON (RFC 8785 prints them differently); "
    "use a string or an integer"
)


def _check_number(value: object) -> None:
    """Refuse floats and integers outside the RFC 8785 safe range (bool is not a number)."""
    if isinstance(value, float):
        raise CanonicalJSONError(FLOAT_REFUSED)
    if isinstance(value, int) and not isinstance(value, bool):
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise CanonicalJSONError(
                f"integer {value} is outside ±(2**53 - 1), which RFC 8785 cannot represent"
            )


def _utf16_order_differs(key: str) -> bool:
    """True if sorting ``key`` by code points could differ from RFC 8785's UTF-16 order: only
    characters beyond the Basic Multilingual Plane (surrogate pairs in UTF-16) sort differently."""
    return not key.isascii() and any(ord(ch) > 0xFFFF for ch in key)


def check_canonical(value: object, depth: int = 0) -> bool:
    """Refuse non-string keys, foreign types, floats, unsafe integers and nesting deeper than
    ``MAX_JSON_DEPTH``; return whether some object key needs RFC 8785's UTF-16 key order (a
    character beyond the BMP), which ``encode_checked`` must then be told.

    ``depth`` is the nesting level of ``value`` itself. Non-finite floats are refused with all
    floats, lone surrogates by the UTF-8 encoding in ``encode_checked``. The walk visits
    containers (and numbers in them) only; plain dicts and lists are recognised by their exact
    type before the slower ABC checks.
    """
    if type(value) in _SCALAR_TYPES:
        if depth > MAX_JSON_DEPTH:
            raise CanonicalJSONError(f"nesting deeper than {MAX_JSON_DEPTH} levels")
        _check_number(value)
        return False
    utf16_keys = False
    pending: list[tuple[object, int]] = [(value, depth)]
    while pending:
        node, level = pending.pop()
        if level > MAX_JSON_DEPTH:
            raise CanonicalJSONError(f"nesting deeper than {MAX_JSON_DEPTH} levels")
        kind = type(node)
        children: Collection[object]
        if kind is dict or (kind is not list and kind is not tuple and isinstance(node, Mapping)):
            mapping = cast("Mapping[object, object]", node)
            for key in mapping:
                if type(key) is not str and not isinstance(key, str):
                    raise CanonicalJSONError(f"object key {key!r} is not a string")
                if not utf16_keys and _utf16_order_differs(key):
                    utf16_keys = True
            children = mapping.values()
        elif kind is list or kind is tuple or isinstance(node, list | tuple):
            children = cast("list[object] | tuple[object, ...]", node)
        elif isinstance(node, bool | int | float | str):
            _check_number(node)  # a subclass of a scalar type: encoded as its base type
            continue
        else:
            raise CanonicalJSONError(f"{type(node).__name__} is not a JSON type")
        if not children:
            continue
        if level == MAX_JSON_DEPTH:
            raise CanonicalJSONError(f"nesting deeper than {MAX_JSON_DEPTH} levels")
        for child in children:
            child_kind = type(child)
            if child_kind is int:
                if not -MAX_SAFE_INTEGER <= cast(int, child) <= MAX_SAFE_INTEGER:
                    _check_number(child)
            elif child_kind is float:
                raise CanonicalJSONError(FLOAT_REFUSED)
            elif child_kind not in _SCALAR_TYPES:
                pending.append((child, level + 1))
    return utf16_keys


def _utf16_ordered(value: object) -> object:
    """``value`` with every object's keys in RFC 8785 order (UTF-16 code units), as plain dicts
    and lists, for the encoder without ``sort_keys``. Only used when some key needs it."""
    if isinstance(value, Mapping):
        mapping = cast("Mapping[str, object]", value)
        ordered = sorted(mapping, key=lambda k: k.encode("utf-16-be", "surrogatepass"))
        return {key: _utf16_ordered(mapping[key]) for key in ordered}
    if isinstance(value, list | tuple):
        return [_utf16_ordered(item) for item in value]
    return value


# Exactly json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
# allow_nan=False), without building an encoder per call (encode() keeps no state). Its string
# escapes are RFC 8785's: \b \t \n \f \r \" \\ and \u00xx (lowercase) for other controls.
_ENCODER: Final = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
_UNSORTED_ENCODER: Final = json.JSONEncoder(
    sort_keys=False, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def encode_checked(obj: object, utf16_keys: bool = False) -> bytes:
    """The encoding half of ``canonical_json``: the caller has run ``check_canonical`` and passes
    what it returned as ``utf16_keys``."""
    try:
        if utf16_keys:
            text = _UNSORTED_ENCODER.encode(_utf16_ordered(obj))
        else:
            text = _ENCODER.encode(obj)
    except ValueError as exc:  # allow_nan=False: a NaN or an infinity somewhere
        raise CanonicalJSONError("NaN and infinity have no canonical JSON form") from exc
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise CanonicalJSONError("string contains a lone surrogate (not valid UTF-8)") from exc


def canonical_json(obj: object, depth: int = 0) -> bytes:
    """The canonical (RFC 8785) UTF-8 JSON encoding of ``obj``, which sits ``depth`` levels deep."""
    return encode_checked(obj, check_canonical(obj, depth))


def json_string(value: str) -> bytes:
    """``canonical_json`` of a single string."""
    try:
        return encode_basestring(value).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise CanonicalJSONError("string contains a lone surrogate (not valid UTF-8)") from exc


def canonical_payload(payload: Mapping[str, Any]) -> tuple[str, str]:
    """The canonical JSON text of a notification payload and the SHA-256 hex of its bytes.

    The outbox stores this text and sync sends it as is, so the hash recorded at saving time is
    the hash the server receives.
    """
    data = canonical_json(payload)
    return data.decode("utf-8"), hashlib.sha256(data).hexdigest()
