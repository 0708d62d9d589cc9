"""The fast canonical-JSON paths in sync.protocol against the plain definition.

``canonical_json`` walks containers only and leaves NaN/infinity to the encoder; the delivery
body is spliced together from payload bytes checked once. Both must give exactly the bytes, and
refuse exactly the values, that the straightforward recursive definition does.
"""

from __future__ import annotations

import json
import math
import uuid
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync import protocol as p

pytestmark = pytest.mark.one_backend  # canonical JSON, no storage


def reference_canonical_json(obj: object) -> bytes:
    """The definition, written the obvious way (the implementation before the fast path)."""

    def check(value: object, depth: int) -> None:
        if depth > 64:
            raise p.CanonicalJSONError("too deep")
        if value is None or isinstance(value, bool | str):
            return
        if isinstance(value, int):
            if abs(value) > 2**53 - 1:  # RFC 8785: IEEE doubles hold integers exactly to here
                raise p.CanonicalJSONError("unsafe integer")
            return
        if isinstance(value, float):  # RFC 8785 would print it by ECMAScript rules: refused
            raise p.CanonicalJSONError("float")
        if isinstance(value, Mapping):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise p.CanonicalJSONError("key")
                check(item, depth + 1)
            return
        if isinstance(value, list | tuple):
            for item in value:
                check(item, depth + 1)
            return
        raise p.CanonicalJSONError("type")

    def utf16_sorted(value: object) -> object:  # RFC 8785 orders keys by UTF-16 code units
        if isinstance(value, Mapping):
            keys = sorted(value, key=lambda k: k.encode("utf-16-be", "surrogatepass"))
            return {k: utf16_sorted(value[k]) for k in keys}
        if isinstance(value, list | tuple):
            return [utf16_sorted(v) for v in value]
        return value

    check(obj, 0)
    text = json.dumps(utf16_sorted(obj), separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise p.CanonicalJSONError("surrogate") from exc


def outcome(fn: Any, obj: object) -> bytes | type[BaseException]:
    try:
        result: bytes = fn(obj)
    except Exception as exc:
        return type(exc)
    return result


# Anything JSON-like, including what must be refused: NaN/inf, lone surrogates, int keys,
# tuples, sets, bytes.
keys = st.text(max_size=4) | st.integers(-3, 3)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=6)
)
anything = st.recursive(
    scalars | st.binary(max_size=2),
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(keys, children, max_size=4)
        | st.frozensets(st.integers(0, 3), max_size=2)
    ),
    max_leaves=25,
)
valid_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=8)
valid = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53 - 1), max_value=2**53 - 1)
    | valid_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(valid_text, children),
    max_leaves=25,
)
payloads = st.dictionaries(valid_text, valid, max_size=6)


@given(anything)
def test_canonical_json_matches_the_reference_on_anything(obj: object) -> None:
    assert outcome(p.canonical_json, obj) == outcome(reference_canonical_json, obj)


def nested(levels: int, leaf: object) -> object:
    value = leaf
    for i in range(levels):
        value = [value] if i % 2 else {"k": value}
    return value


@pytest.mark.parametrize("levels", [62, 63, 64, 65, 66])
@pytest.mark.parametrize("leaf", [1, "x", [], {}, math.nan])
def test_depth_limit_matches_the_reference(levels: int, leaf: object) -> None:
    obj = nested(levels, leaf)
    assert outcome(p.canonical_json, obj) == outcome(reference_canonical_json, obj)


def test_refusals_still_hold() -> None:
    for bad in (
        {"x": math.nan},
        {"x": [1, -math.inf]},
        {1: "int key"},
        {"x": {None: 1}},
        {"x": {1, 2}},
        {"x": b"bytes"},
        {"x": "\ud800"},
        {"\udfff": 1},
        nested(65, 1),
    ):
        with pytest.raises(p.CanonicalJSONError):
            p.canonical_json(bad)


def test_mapping_and_subclasses_are_treated_as_before() -> None:
    class Flag(int):
        pass

    ordered = OrderedDict([("b", 1), ("a", Flag(2)), ("c", (True, "1.5"))])
    assert p.canonical_json(ordered) == reference_canonical_json(ordered)
    assert p.canonical_json(ordered) == b'{"a":2,"b":1,"c":[true,"1.5"]}'


def request_items(bodies: list[dict[str, Any]]) -> list[p.WireNotification]:
    return [p.make_wire_notification(str(uuid.uuid4()), body) for body in bodies]


@given(st.lists(payloads, min_size=1, max_size=5))
def test_request_body_is_byte_identical_to_canonical_json_of_the_request(
    bodies: list[dict[str, Any]],
) -> None:
    items = request_items(bodies)
    expected = p.canonical_json({"notifications": items})
    from_dicts = [p.canonical_notification(item) for item in items]
    assert p.delivery_request_body(from_dicts) == expected
    # The engine's path: the outbox holds canonical text, spliced in after one check.
    from_text = [
        p.canonical_notification_from_text(
            item["id"], p.canonical_json(item["payload"]).decode("utf-8"), item["payload_sha256"]
        )
        for item in items
    ]
    assert p.delivery_request_body(from_text) == expected
    assert from_text == from_dicts


def test_request_body_with_unusual_ids_and_empty_batches() -> None:
    items: list[p.WireNotification] = [
        {"id": 'quote " and \\ backslash\n', "payload": {}, "payload_sha256": ""},
        {"id": "ключ ✓", "payload": {"z": [], "a": {}}, "payload_sha256": ""},
    ]
    for item in items:
        item["payload_sha256"] = p.payload_sha256(item["payload"])
    expected = p.canonical_json({"notifications": items})
    assert p.delivery_request_body([p.canonical_notification(i) for i in items]) == expected
    assert p.delivery_request_body([]) == p.canonical_json({"notifications": []})


def test_app_canonical_payload_text_is_accepted_as_is() -> None:
    from app.canonical import canonical_payload

    payload = {"b": ["ä", None, 15], "a": {"y": 1, "x": "Синтетика"}, "format": 1}
    text, digest = canonical_payload(payload)
    item = p.canonical_notification_from_text("n-1", text, digest)
    assert item.payload_json == text.encode("utf-8") == p.canonical_json(payload)


SOME = {"a": 1, "b": "ä"}


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1,"b":"ä"}',  # whitespace
        '{"b":"ä","a":1}',  # keys out of order
        '{"a":1,"b":"\\u00e4"}',  # an escape where canonical JSON writes the character
        '{"a":1,"a":1,"b":"ä"}',  # duplicate key
        '{"a":1.0e0,"b":"ä"}',  # number not in shortest form
        '{"a":NaN,"b":"ä"}',
        '{"a":Infinity,"b":"ä"}',
        '{"a":1e999,"b":"ä"}',
        '{"a":1,"b":"\\ud800"}',  # escaped lone surrogate
    ],
)
def test_text_that_is_not_canonical_is_refused(text: str) -> None:
    digest = p.sha256_hex(text.encode("utf-8", "surrogatepass"))
    with pytest.raises(p.CanonicalJSONError):
        p.canonical_notification_from_text("n-1", text, digest)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("not json", p.MalformedMessage),
        ("[1,2]", p.MalformedMessage),
        ('"a string"', p.MalformedMessage),
        ('{"a":"\ud800"}', p.CanonicalJSONError),  # a raw lone surrogate has no UTF-8 form
    ],
)
def test_text_that_is_not_a_json_object_is_refused(text: str, error: type[p.ProtocolError]) -> None:
    with pytest.raises(error):
        p.canonical_notification_from_text("n-1", text, "0" * 64)


def test_stale_hash_is_refused_on_both_paths() -> None:
    text = p.canonical_json(SOME).decode("utf-8")
    wrong = p.payload_sha256({"a": 2, "b": "ä"})
    with pytest.raises(p.MalformedMessage, match="stale"):
        p.canonical_notification_from_text("n-1", text, wrong)
    with pytest.raises(p.MalformedMessage, match="stale"):
        p.canonical_notification({"id": "n-1", "payload": SOME, "payload_sha256": wrong})
    with pytest.raises(p.MalformedMessage, match="stale"):
        p.canonical_notification_from_text("n-1", text, wrong.upper())


@pytest.mark.parametrize("levels", [59, 60, 61, 62])
def test_payload_depth_is_limited_as_inside_the_request(levels: int) -> None:
    """A payload sits 3 levels deep in the request: the text path refuses what canonical_json
    of the whole request would refuse, even when the text is full of brackets."""
    payload = {"deep": nested(levels, 1), "noise": "[[[[{{{{" * 20}
    item = p.make_wire_notification("n-1", payload)
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    whole = outcome(p.canonical_json, {"notifications": [item]})
    if isinstance(whole, bytes):
        prepared = p.canonical_notification_from_text("n-1", text, item["payload_sha256"])
        assert p.delivery_request_body([prepared]) == whole
        assert p.delivery_request_body([p.canonical_notification(item)]) == whole
    else:
        with pytest.raises(p.CanonicalJSONError):
            p.canonical_notification_from_text("n-1", text, item["payload_sha256"])
        with pytest.raises(p.CanonicalJSONError):
            p.canonical_notification(item)
