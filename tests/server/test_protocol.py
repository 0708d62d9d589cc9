"""sync.protocol on its own: canonical JSON, request signatures, receipts and their chain."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from sync import protocol as p
from tests.support.legacy_receipts import GENESIS, national_receipt
from tests.support.legacy_receipts import receipt_hash as legacy_receipt_hash

pytestmark = pytest.mark.one_backend  # wire format, no storage

text = st.text(alphabet=st.characters(exclude_categories=["Cs"]))
json_scalars = (
    st.none() | st.booleans() | st.integers(min_value=-(2**53 - 1), max_value=2**53 - 1) | text
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.text(st.characters(exclude_categories=["Cs"]), max_size=8), children, max_size=5
        )
    ),
    max_leaves=30,
)
json_objects = st.dictionaries(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=8), json_values, max_size=8
)


@given(json_objects)
def test_canonical_json_round_trips(obj: dict[str, object]) -> None:
    encoded = p.canonical_json(obj)
    assert json.loads(encoded.decode("utf-8")) == obj
    assert p.canonical_json(json.loads(encoded)) == encoded


@given(json_objects, st.randoms(use_true_random=False))
def test_canonical_json_ignores_key_order(obj: dict[str, object], rnd: object) -> None:
    items = list(obj.items())
    rnd.shuffle(items)  # type: ignore[attr-defined]
    assert p.canonical_json(dict(items)) == p.canonical_json(obj)
    assert p.payload_sha256(dict(items)) == p.payload_sha256(obj)


def test_canonical_json_known_bytes() -> None:
    assert p.canonical_json({"b": 1, "a": ["ä", None, True, 15]}) == (
        '{"a":["ä",null,true,15],"b":1}'.encode()
    )


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_canonical_json_rejects_non_finite(bad: float) -> None:
    with pytest.raises(p.CanonicalJSONError):
        p.canonical_json({"x": [bad]})


@pytest.mark.parametrize("bad", [{1: "a"}, {"x": {1, 2}}, {"x": b"bytes"}, {"x": "\ud800"}])
def test_canonical_json_rejects_what_would_not_round_trip(bad: object) -> None:
    with pytest.raises(p.CanonicalJSONError):
        p.canonical_json(bad)


def test_request_signature_round_trip_and_tampering() -> None:
    key = Ed25519PrivateKey.generate()
    body = b'{"notifications":[]}'
    headers = p.sign_request(key, "dev-1", "POST", "/v1/notifications", body, now=1_700_000_000)
    assert headers[p.HEADER_TIMESTAMP] == "1700000000"
    assert len(headers[p.HEADER_NONCE]) == 32
    lowered = {k.lower(): v for k, v in headers.items()}
    p.verify_request_signature(key.public_key(), lowered, "post", "/v1/notifications", body)
    for method, path, data in [
        ("GET", "/v1/notifications", body),
        ("POST", "/v1/notifications?x=1", body),
        ("POST", "/v1/notifications", body + b" "),
    ]:
        with pytest.raises(p.SignatureInvalid) as info:
            p.verify_request_signature(key.public_key(), headers, method, path, data)
        assert info.value.code == p.ERR_BAD_SIGNATURE
    other = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(p.SignatureInvalid):
        p.verify_request_signature(other, headers, "POST", "/v1/notifications", body)


def test_signed_header_parsing_errors() -> None:
    with pytest.raises(p.SignatureInvalid) as info:
        p.parse_signed_headers({})
    assert info.value.code == p.ERR_UNSIGNED
    key = Ed25519PrivateKey.generate()
    headers = p.sign_request(key, "dev", "GET", "/", b"")
    for name, value in [
        (p.HEADER_TIMESTAMP, "12.5"),
        (p.HEADER_NONCE, "xyz"),
        (p.HEADER_SIGNATURE, "not base64!"),
    ]:
        with pytest.raises(p.SignatureInvalid) as info:
            p.parse_signed_headers({**headers, name: value})
        assert info.value.code == p.ERR_MALFORMED_SIGNATURE


def _chain(key: Ed25519PrivateKey, count: int) -> list[p.Receipt]:
    receipts: list[p.Receipt] = []
    prev = p.GENESIS_HASH
    for seq in range(1, count + 1):
        receipt = p.sign_receipt(
            key,
            notification_id=f"00000000-0000-4000-8000-{seq:012d}",
            payload_sha256=p.payload_sha256({"n": seq}),
            server_received_at="2026-03-02T09:15:00.000000Z",
            school="7a1c0d7e-school",
            school_seq=seq,
            prev_receipt_hash=prev,
        )
        prev = receipt.receipt_hash()
        receipts.append(receipt)
    return receipts


def test_receipt_sign_verify_and_json_round_trip() -> None:
    key = Ed25519PrivateKey.generate()
    receipt = _chain(key, 1)[0]
    again = p.Receipt.from_json_dict(json.loads(json.dumps(receipt.to_json_dict())))
    assert again == receipt
    assert again.receipt_hash() == receipt.receipt_hash()
    p.verify_receipt(
        key.public_key(),
        receipt,
        expected_id=receipt.notification_id,
        expected_hash=receipt.payload_sha256,
    )
    with pytest.raises(p.ReceiptInvalid):
        p.verify_receipt(
            key.public_key(), receipt, expected_id="other", expected_hash=receipt.payload_sha256
        )
    with pytest.raises(p.ReceiptInvalid):
        p.verify_receipt(
            key.public_key(),
            receipt,
            expected_id=receipt.notification_id,
            expected_hash="0" * 64,
        )
    with pytest.raises(p.ReceiptInvalid):
        p.verify_receipt(
            Ed25519PrivateKey.generate().public_key(),
            receipt,
            expected_id=receipt.notification_id,
            expected_hash=receipt.payload_sha256,
        )
    forged = dataclasses.replace(receipt, server_received_at="2026-03-03T00:00:00Z")
    with pytest.raises(p.ReceiptInvalid):
        p.verify_receipt(
            key.public_key(),
            forged,
            expected_id=receipt.notification_id,
            expected_hash=receipt.payload_sha256,
        )


@pytest.mark.parametrize(
    "change",
    [
        {"school_seq": "1"},
        {"school_seq": True},
        {"school_seq": 0},
        {"school": None},
        {"format": 3},
        {"format": 1},
        {"server_seq": 1},
        {"payload_sha256": "ABC"},
        {"server_received_at": "yesterday"},
        {"extra": 1},
    ],
)
def test_receipt_from_json_rejects_bad_shapes(change: dict[str, object]) -> None:
    data = dict(_chain(Ed25519PrivateKey.generate(), 1)[0].to_json_dict())
    data.update(change)
    with pytest.raises(p.ReceiptInvalid):
        p.Receipt.from_json_dict(data)


def test_receipt_chain_links_only_consecutive_seqs() -> None:
    key = Ed25519PrivateKey.generate()
    chain = _chain(key, 6)
    p.verify_receipt_chain(chain, public_key=key.public_key())
    p.verify_receipt_chain([chain[0], chain[2], chain[3], chain[5]])  # gaps are fine
    broken = dataclasses.replace(chain[3], prev_receipt_hash="1" * 64)
    with pytest.raises(p.ReceiptInvalid):
        p.verify_receipt_chain([chain[2], broken])
    p.verify_receipt_chain([chain[1], broken])  # seq 2 and 4: not consecutive, not checked
    with pytest.raises(p.ReceiptInvalid):
        p.verify_receipt_chain([chain[2], chain[1]])


def test_public_key_b64_round_trip() -> None:
    public = Ed25519PrivateKey.generate().public_key()
    text = p.public_key_to_b64(public)
    assert p.public_key_to_b64(p.public_key_from_b64(text)) == text
    for bad in ["", "!!!", "AAAA"]:
        with pytest.raises(p.MalformedMessage):
            p.public_key_from_b64(bad)


def test_school_chain_problems_names_gaps_and_forks() -> None:
    key = Ed25519PrivateKey.generate()
    chain = _chain(key, 7)
    assert p.school_chain_problems(list(reversed(chain))) == []
    assert p.school_chain_problems([chain[0], chain[3], chain[4], chain[6]]) == [
        "gap: receipts 2..3 missing",
        "gap: receipt 6 missing",
    ]
    assert p.school_chain_problems(chain[2:]) == ["gap: receipts 1..2 missing"]
    # another receipt claiming seq 3 (a server restored from an old backup, or a forgery)
    other = p.sign_receipt(
        key,
        notification_id="00000000-0000-4000-8000-999999999999",
        payload_sha256=p.payload_sha256({"n": "other"}),
        server_received_at="2026-03-02T10:00:00.000000Z",
        school=chain[2].school or "",
        school_seq=3,
        prev_receipt_hash=chain[1].receipt_hash(),
    )
    assert p.school_chain_problems([*chain, other]) == ["fork at 3: 2 different receipts"]
    assert p.school_chain_problems([*chain[:2], other, *chain[3:]]) == [
        "fork at 4: it does not link to receipt 3"
    ]
    relinked = dataclasses.replace(chain[0], prev_receipt_hash="1" * 64)
    assert p.school_chain_problems([relinked, *chain[1:]]) == [
        "fork at 1: it does not link to the genesis hash",
        "fork at 2: it does not link to receipt 1",
    ]


def test_a_national_receipt_of_the_old_server_still_parses_and_verifies() -> None:
    key = Ed25519PrivateKey.generate()
    first = national_receipt(
        key, notification_id="n1", payload_sha256="a" * 64, server_seq=1, prev_receipt_hash=GENESIS
    )
    second = national_receipt(
        key,
        notification_id="n2",
        payload_sha256="b" * 64,
        server_seq=2,
        prev_receipt_hash=legacy_receipt_hash(first),
    )
    parsed = [p.Receipt.from_json_dict(r) for r in (first, second)]
    assert [r.national for r in parsed] == [True, True]
    assert [r.to_json_dict() for r in parsed] == [first, second]
    assert parsed[0].receipt_hash() == legacy_receipt_hash(first)
    p.verify_receipt_chain(parsed, public_key=key.public_key())
    # the old domain only: the same fields signed as format 2 are a different message
    as_new = dataclasses.replace(parsed[1], format=p.RECEIPT_FORMAT, school="s")
    with pytest.raises(p.ReceiptInvalid, match="not signed"):
        p.verify_receipt(key.public_key(), as_new, expected_id="n2", expected_hash="b" * 64)
