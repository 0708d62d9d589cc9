"""Canonical JSON: the one serialisation that payload hashes and signatures are computed over.

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
    "MAX_JSON_DEPTH",
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


def check_canonical(value: object, depth: int = 0) -> None:
    """Refuse non-string keys, foreign types and nesting deeper than ``MAX_JSON_DEPTH``.

    ``depth`` is the nesting level of ``value`` itself. Non-finite floats are refused by the
    encoder (``allow_nan=False``) and lone surrogates by the UTF-8 encoding, both in
    ``encode_checked``. The walk visits containers only; plain dicts and lists are recognised by
    their exact type before the slower ABC checks.
    """
    if type(value) in _SCALAR_TYPES:
        if depth > MAX_JSON_DEPTH:
            raise CanonicalJSONError(f"nesting deeper than {MAX_JSON_DEPTH} levels")
        return
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
            children = mapping.values()
        elif kind is list or kind is tuple or isinstance(node, list | tuple):
            children = cast("list[object] | tuple[object, ...]", node)
        elif isinstance(node, bool | int | float | str):
            continue  # a subclass of a scalar type: encoded as its base type
        else:
            raise CanonicalJSONError(f"{type(node).__name__} is not a JSON type")
        if not children:
            continue
        if level == MAX_JSON_DEPTH:
            raise CanonicalJSONError(f"nesting deeper than {MAX_JSON_DEPTH} levels")
        for child in children:
            if type(child) not in _SCALAR_TYPES:
                pending.append((child, level + 1))


# Exactly json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
# allow_nan=False), without building an encoder per call (encode() keeps no state).
_ENCODER: Final = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def encode_checked(obj: object) -> bytes:
    """The encoding half of ``canonical_json``: the caller has run ``check_canonical``."""
    try:
        text = _ENCODER.encode(obj)
    except ValueError as exc:  # allow_nan=False: a NaN or an infinity somewhere
        raise CanonicalJSONError("NaN and infinity have no canonical JSON form") from exc
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise CanonicalJSONError("string contains a lone surrogate (not valid UTF-8)") from exc


def canonical_json(obj: object, depth: int = 0) -> bytes:
    """The canonical UTF-8 JSON encoding of ``obj``, which sits ``depth`` levels deep."""
    check_canonical(obj, depth)
    return encode_checked(obj)


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
