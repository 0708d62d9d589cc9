"""Ed25519 keys on the wire and request signing (the ``X-Qorgau-*`` headers).

Every request except ``GET /v1/health`` and ``POST /v1/enroll`` is signed by the device key; the
message is described in ``sync.protocol``'s docstring (``request_signing_bytes``).
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.protocol.canonical import sha256_hex
from sync.protocol.errors import MalformedMessage, SignatureInvalid
from sync.protocol.wire import (
    ERR_BAD_SIGNATURE,
    ERR_MALFORMED_SIGNATURE,
    ERR_UNSIGNED,
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
)

REQUEST_DOMAIN: Final = b"QORGAU-REQ-1\n"
_NONCE = re.compile(r"[0-9a-f]{32}")


def public_key_to_b64(key: Ed25519PublicKey) -> str:
    """Base64 (standard alphabet, padded) of the raw 32-byte public key."""
    raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_b64(value: str) -> Ed25519PublicKey:
    """Inverse of ``public_key_to_b64``; raises ``MalformedMessage``."""
    raw = _b64decode(value, "public key")
    if len(raw) != 32:
        raise MalformedMessage("an Ed25519 public key is 32 bytes")
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise MalformedMessage("not an Ed25519 public key") from exc


def key_fingerprint(key: Ed25519PublicKey) -> str:
    """Short human-comparable fingerprint: first 16 hex digits of SHA-256 of the raw key."""
    digest = sha256_hex(key.public_bytes(Encoding.Raw, PublicFormat.Raw))
    return ":".join(digest[i : i + 4] for i in range(0, 16, 4))


def _b64decode(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise MalformedMessage(f"{what} must be a base64 string")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise MalformedMessage(f"{what} is not valid base64") from exc


# --------------------------------------------------------------------------- request signing


def request_signing_bytes(method: str, path: str, timestamp: int, nonce: str, body: bytes) -> bytes:
    text = f"{method.upper()}\n{path}\n{timestamp}\n{nonce}\n{sha256_hex(body)}"
    return REQUEST_DOMAIN + text.encode("utf-8")


def sign_request(
    private_key: Ed25519PrivateKey,
    device_id: str,
    method: str,
    path: str,
    body: bytes,
    *,
    now: float | None = None,
) -> dict[str, str]:
    """Return the four ``X-Qorgau-*`` headers for a request.

    ``path`` is the request target including the query string, as it will be sent.
    """
    timestamp = int(time.time() if now is None else now)
    nonce = secrets.token_hex(16)
    signature = private_key.sign(request_signing_bytes(method, path, timestamp, nonce, body))
    return {
        HEADER_DEVICE: device_id,
        HEADER_TIMESTAMP: str(timestamp),
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: base64.b64encode(signature).decode("ascii"),
    }


@dataclass(frozen=True)
class SignedHeaders:
    """The parsed ``X-Qorgau-*`` headers of a request (not yet verified)."""

    device_id: str
    timestamp: int
    nonce: str
    signature: bytes


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    for key, val in headers.items():
        if key.lower() == lowered:
            return val
    return None


def parse_signed_headers(headers: Mapping[str, str]) -> SignedHeaders:
    """Extract the signature headers; raises ``SignatureInvalid`` (unsigned / malformed)."""
    names = (HEADER_DEVICE, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE)
    values = [_header(headers, name) for name in names]
    if all(v is None for v in values):
        raise SignatureInvalid(ERR_UNSIGNED, "request is not signed")
    device_id, ts_text, nonce, sig_text = values
    if device_id is None or ts_text is None or nonce is None or sig_text is None:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "a signature header is missing")
    if not device_id or len(device_id) > 100:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "bad device id header")
    if not ts_text.isdecimal() or len(ts_text) > 12:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "timestamp must be integer unix seconds")
    if _NONCE.fullmatch(nonce) is None:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "nonce must be 32 lowercase hex digits")
    try:
        signature = _b64decode(sig_text, "signature")
    except MalformedMessage as exc:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, str(exc)) from exc
    if len(signature) != 64:
        raise SignatureInvalid(ERR_MALFORMED_SIGNATURE, "an Ed25519 signature is 64 bytes")
    return SignedHeaders(device_id, int(ts_text), nonce, signature)


def verify_request_signature(
    public_key: Ed25519PublicKey,
    headers: Mapping[str, str] | SignedHeaders,
    method: str,
    path: str,
    body: bytes,
) -> None:
    """Check the signature only (freshness and replay are the server's job).

    Raises ``SignatureInvalid``.
    """
    signed = headers if isinstance(headers, SignedHeaders) else parse_signed_headers(headers)
    message = request_signing_bytes(method, path, signed.timestamp, signed.nonce, body)
    try:
        public_key.verify(signed.signature, message)
    except InvalidSignature as exc:
        raise SignatureInvalid(ERR_BAD_SIGNATURE, "signature does not verify") from exc
