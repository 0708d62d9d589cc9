"""Workspace account passwords: Argon2id (cryptography's), self-describing PHC-like strings.

``argon2id$m=19456,t=2,p=1$<salt b64>$<hash b64>``: the parameters travel with each hash, so
raising them later leaves existing accounts able to sign in. 19 MiB / 2 passes is OWASP's
minimum for Argon2id and keeps a sign-in near 50 ms on an old server.
"""

from __future__ import annotations

import base64
import hmac
import os

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MEMORY_KIB = 19456
ITERATIONS = 2
LANES = 1
_LENGTH = 32
MIN_PASSWORD_LENGTH = 10
# Bounds on parameters read back from the database: a tampered row must not hang the server.
_MAX_MEMORY_KIB = 1 << 20
_MAX_ITERATIONS = 20


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = Argon2id(
        salt=salt, length=_LENGTH, iterations=ITERATIONS, lanes=LANES, memory_cost=MEMORY_KIB
    ).derive(password.encode("utf-8"))
    return f"argon2id$m={MEMORY_KIB},t={ITERATIONS},p={LANES}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, params, salt_b64, digest_b64 = stored.split("$")
        values = dict(part.split("=", 1) for part in params.split(","))
        memory, iterations, lanes = int(values["m"]), int(values["t"]), int(values["p"])
        salt, expected = _unb64(salt_b64), _unb64(digest_b64)
    except (ValueError, KeyError):
        return False
    if scheme != "argon2id" or not (8 <= memory <= _MAX_MEMORY_KIB):
        return False
    if not (1 <= iterations <= _MAX_ITERATIONS) or not (1 <= lanes <= 16) or len(salt) < 8:
        return False
    digest = Argon2id(
        salt=salt, length=len(expected), iterations=iterations, lanes=lanes, memory_cost=memory
    ).derive(password.encode("utf-8"))
    return hmac.compare_digest(digest, expected)


def password_problem(password: str) -> str | None:
    """Why a new password is refused (English; the web page translates), or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"at least {MIN_PASSWORD_LENGTH} characters"
    return None
