"""The recovery key: 160 random bits written as Crockford base32 groups with a checksum.

It is shown once at set-up for printing and typed back on recovery. Crockford's alphabet
has no I, L, O or U, and reading treats them as the digits people mean; the last group is a
checksum, so a typo is reported as a typo rather than as a wrong key.
"""

from __future__ import annotations

import hashlib
import secrets

from app.errors import InvalidRecoveryKey

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1", "U": "V"}
_KEY_BYTES = 20
_BODY_CHARS = 32  # 160 bits / 5
_CHECK_CHARS = 4


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = (number << 5) | _ALPHABET.index(char)
    return number.to_bytes(len(text) * 5 // 8, "big")


def _checksum(body: str) -> str:
    digest = hashlib.sha256(b"qorgau-recovery:" + body.encode()).digest()
    value = int.from_bytes(digest[:3], "big") >> 4  # 20 bits
    out = []
    for _ in range(_CHECK_CHARS):
        out.append(_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def generate_recovery_key() -> str:
    body = _encode(secrets.token_bytes(_KEY_BYTES))
    full = body + _checksum(body)
    return "-".join(full[i : i + 4] for i in range(0, len(full), 4))


def normalize_recovery_key(text: str) -> str:
    """Canonical form (no separators, upper case), or InvalidRecoveryKey on a typo."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    if len(cleaned) != _BODY_CHARS + _CHECK_CHARS or any(ch not in _ALPHABET for ch in cleaned):
        raise InvalidRecoveryKey(
            "a recovery key has 36 characters in 9 groups of 4 (letters and digits)"
        )
    body, check = cleaned[:_BODY_CHARS], cleaned[_BODY_CHARS:]
    if _checksum(body) != check:
        raise InvalidRecoveryKey("the recovery key has a typo: its checksum does not match")
    return body


def recovery_secret(text: str) -> bytes:
    """The bytes a recovery slot is derived from."""
    return _decode(normalize_recovery_key(text))
