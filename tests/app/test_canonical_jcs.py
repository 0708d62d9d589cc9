"""Canonical JSON is RFC 8785 (JCS): the ``rfc8785`` package is the oracle.

Every payload the app can produce — built by the app's own payload builder from generated text
(Cyrillic and Kazakh letters, escapes, control characters, characters beyond the BMP), nested
participant objects and integers — canonicalises to exactly the JCS bytes, on the app side
(what the outbox stores and hashes) and on the wire side (what is sent and what the server
checks). Floats are refused where a payload is built and wherever it is canonicalised.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from app.canonical import MAX_SAFE_INTEGER, CanonicalJSONError, canonical_json, canonical_payload
from app.domain.cases import PARTICIPANT_ROLES
from app.services.incidents import notification_payload
from sync import protocol as p

KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
TRICKY = '"\\/\b\f\n\r\t\x00\x01\x1f\x7f\u2028\u2029\ufeff\uffff\U0001f600\U00010000'
letters = st.characters(exclude_categories=["Cs"])
text = st.text(
    alphabet=st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАЯ" + KAZAKH + TRICKY + "az09 ")
    | letters,
    max_size=40,
)
safe_ints = st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER) | st.sampled_from(
    [0, -1, 2**31, 2**32 + 1, 10**15, MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER]
)
# What a person's identification can hold: text, and for a payload builder over generated
# inputs also integers, flags, nulls and nested objects.
json_values = st.recursive(
    st.none() | st.booleans() | safe_ints | text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4),
    max_leaves=12,
)
person = st.dictionaries(text, json_values, max_size=6)


@st.composite
def payloads(draw: st.DrawFn) -> dict[str, Any]:
    return notification_payload(
        notification_id=draw(st.uuids()).hex,
        school=draw(text),
        category=draw(text),
        category_name=draw(text),
        detected_at=draw(text),
        description=draw(st.text(alphabet=letters, max_size=300)),
        source=draw(text),
        location=draw(text),
        measures=draw(text),
        participants={role: draw(st.lists(person, max_size=3)) for role in PARTICIPANT_ROLES},
        participants_not_pupils=draw(st.lists(person, max_size=2)),
        learned_outside_school=draw(st.booleans()),
        recipients=draw(st.lists(text, max_size=3)),
        deadline=draw(text),
        rules_version=draw(text),
        legal_basis=draw(text),
        reported_by={"full_name": draw(text), "role": draw(text)},
        created_at=draw(text),
        corrects=draw(st.none() | text),
        correction_reason=draw(st.none() | text),
    )


@given(payloads())
def test_every_payload_the_app_builds_is_its_rfc8785_bytes(payload: dict[str, Any]) -> None:
    expected = rfc8785.dumps(payload)
    stored_text, digest = canonical_payload(payload)  # what the outbox stores and hashes
    assert stored_text.encode("utf-8") == expected
    assert p.canonical_json(payload) == expected
    assert p.payload_sha256(payload) == digest
    # The sync engine sends the stored text after proving it canonical.
    item = p.canonical_notification_from_text("n-1", stored_text, digest)
    assert item.payload_json == expected


# Keys where UTF-16 order and code-point order disagree (beyond the BMP vs U+E000..U+FFFF).
clashing_keys = st.text(
    alphabet=st.sampled_from(["a", "я", "\ue000", "\uffff", "\U00010000", "\U0001f600"]), max_size=3
)


@given(
    st.dictionaries(st.text(alphabet=letters, max_size=6) | clashing_keys, json_values, max_size=8)
)
def test_canonical_json_is_rfc8785_for_any_float_free_value(value: dict[str, Any]) -> None:
    assert canonical_json(value) == rfc8785.dumps(value)


def test_keys_are_ordered_by_utf16_code_units_as_rfc8785_says() -> None:
    # U+1F600 is D83D DE00 in UTF-16, before U+FFFF; code-point order would put it last.
    value: dict[str, int | dict[str, int]] = {
        "\U0001f600": 1,
        "\uffff": 2,
        "a": {"\U00010000": 3, "\ue000": 4},
    }
    expected = rfc8785.dumps(value)
    assert expected.index("\U0001f600".encode()) < expected.index("\uffff".encode())
    assert canonical_json(value) == expected
    assert p.canonical_notification_from_text("n", expected, p.sha256_hex(expected)).payload_json
    code_point_order = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    with pytest.raises(p.CanonicalJSONError, match="not canonical"):
        p.canonical_notification_from_text(
            "n", code_point_order, p.sha256_hex(code_point_order.encode())
        )


@pytest.mark.parametrize("big", [MAX_SAFE_INTEGER + 1, -MAX_SAFE_INTEGER - 1, 2**64])
def test_integers_beyond_rfc8785s_range_are_refused_like_the_oracle(big: int) -> None:
    with pytest.raises(rfc8785.IntegerDomainError):
        rfc8785.dumps({"n": big})
    with pytest.raises(CanonicalJSONError, match="2\\*\\*53"):
        canonical_json({"n": [big]})
    with pytest.raises(p.CanonicalJSONError):
        p.canonical_notification_from_text("n", f'{{"n":{big}}}', "0" * 64)


def _payload_with(age: object) -> dict[str, Any]:
    return notification_payload(
        notification_id="n-1",
        school="Школа №1",
        category="violence",
        category_name="Насилие",
        detected_at="2026-03-02T09:00:00Z",
        description="синтетика",
        source="",
        location="",
        measures="",
        participants={"victim": [{"full_name": "Синтетиков Тест", "age": age}]},
        participants_not_pupils=[],
        learned_outside_school=False,
        recipients=["police_102"],
        deadline="2026-03-02T12:00:00Z",
        rules_version="kz-2026.2",
        legal_basis="",
        reported_by={"full_name": "Психолог", "role": "psychologist"},
        created_at="2026-03-02T09:01:00Z",
        corrects=None,
        correction_reason=None,
    )


def test_payloads_refuse_floats_where_they_are_built_and_canonicalised() -> None:
    assert _payload_with(12)["participants"]["victim"][0]["age"] == 12
    with pytest.raises(CanonicalJSONError, match="notification payload: floating-point"):
        _payload_with(12.0)
    for canonicalise in (canonical_json, p.canonical_json, canonical_payload):
        with pytest.raises(CanonicalJSONError, match="floating-point"):
            canonicalise({"age": [12.5]})
    with pytest.raises(CanonicalJSONError, match="floating-point"):
        canonical_json(1.5)
    # Stored or received text with a float in it is refused, not passed on.
    with pytest.raises(p.CanonicalJSONError, match="floating-point"):
        p.canonical_notification_from_text("n", '{"age":12.5}', "0" * 64)
