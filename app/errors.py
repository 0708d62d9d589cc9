"""Typed errors raised by the core.

Every error carries a stable ``code``; the UI and the CLI turn codes into sentences in the
user's language. Messages here are English fallbacks for logs and the command line.
"""

from __future__ import annotations


class QorgauError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, message: str = "", *, code: str | None = None) -> None:
        super().__init__(message or self.__class__.__doc__ or self.code)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class VaultNotFound(QorgauError):
    """No vault exists in the data directory."""

    code = "vault_not_found"


class VaultExists(QorgauError):
    """A vault already exists in the data directory."""

    code = "vault_exists"


class WrongPassphrase(QorgauError):
    """The passphrase (or recovery key) does not open this vault."""

    code = "wrong_passphrase"

    def __init__(self, message: str = "", *, delay_seconds: float = 0.0) -> None:
        super().__init__(message)
        self.delay_seconds = delay_seconds


class UnknownAccount(QorgauError):
    """No staff account with this login exists in the key slot file."""

    code = "unknown_account"


class InvalidRecoveryKey(QorgauError):
    """The recovery key is mistyped (its checksum does not match)."""

    code = "invalid_recovery_key"


class KeySlotsDamaged(QorgauError):
    """The key slot file is missing or damaged."""

    code = "keyslots_damaged"

    def __init__(self, message: str = "", *, backup_available: bool = False) -> None:
        super().__init__(message)
        self.backup_available = backup_available


class VaultCorrupted(QorgauError):
    """The database exists but cannot be opened or read as a Qorgau vault."""

    code = "vault_corrupted"


class SQLCipherMissing(QorgauError):
    """The SQLite driver in use has no SQLCipher: refusing to store data unencrypted."""

    code = "sqlcipher_missing"


class ValidationError(QorgauError):
    """A value was rejected; ``field`` names it and ``reason`` says why (a stable code)."""

    code = "validation"

    def __init__(self, field: str, reason: str, message: str = "") -> None:
        super().__init__(message or f"{field}: {reason}")
        self.field = field
        self.reason = reason


class PermissionDenied(QorgauError):
    """The signed-in account's role does not allow this action."""

    code = "permission_denied"


class NotFound(QorgauError):
    """The record does not exist."""

    code = "not_found"


class Conflict(QorgauError):
    """The change clashes with existing data (a duplicate IIN, an immutable record...)."""

    code = "conflict"


class DatabaseBusy(QorgauError):
    """Another process held the vault's write lock for longer than we wait (a big import?)."""

    code = "database_busy"


class DiskFull(QorgauError):
    """The disk is full: the change was not saved (and nothing saved before was lost)."""

    code = "disk_full"


class VaultReadOnly(DiskFull):
    """The vault's folder cannot be written (a read-only medium): nothing was changed."""

    code = "vault_read_only"
