"""The exceptions of the wire protocol: everything that violates it is a ``ProtocolError``."""

from __future__ import annotations

from app import canonical


class ProtocolError(Exception):
    """Base class for everything that violates the wire protocol."""


class CanonicalJSONError(ProtocolError, canonical.CanonicalJSONError):
    """The value cannot be canonicalised (NaN, infinity, non-string key, foreign type)."""


class MalformedMessage(ProtocolError, ValueError):
    """A message or a field in it does not have the documented shape."""


class SignatureInvalid(ProtocolError):
    """A request signature is missing, unparseable or does not verify.

    ``code`` is one of ``ERR_UNSIGNED``, ``ERR_MALFORMED_SIGNATURE``, ``ERR_BAD_SIGNATURE``.
    """

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


class ReceiptInvalid(ProtocolError):
    """A receipt is malformed, does not match what was sent, does not verify or breaks the chain."""
