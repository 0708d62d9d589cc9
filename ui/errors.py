"""Errors as sentences: ``app.errors`` codes become translated text; the unexpected is caught.

An unexpected exception is logged with its type and stack (file, line, function) but not its
message or local values, which could hold personal data, and shown once in a dialog.
"""

from __future__ import annotations

import logging
import math
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import QorgauError, ValidationError, WrongPassphrase

log = logging.getLogger("qorgau.ui")


def field_label(field: str) -> str:
    labels = {
        "passphrase": QCoreApplication.translate("Errors", "Passphrase"),
        "login": QCoreApplication.translate("Errors", "Login"),
        "school": QCoreApplication.translate("Errors", "School name"),
        "role": QCoreApplication.translate("Errors", "Role"),
        "full_name": QCoreApplication.translate("Errors", "Full name"),
        "recovery_key": QCoreApplication.translate("Errors", "Recovery key"),
        "url": QCoreApplication.translate("Errors", "Server address"),
        "code": QCoreApplication.translate("Errors", "Enrollment code"),
    }
    return labels.get(field, field)


def _validation_sentence(exc: ValidationError) -> str:
    label = field_label(exc.field)
    if exc.reason == "too_short" and exc.field == "passphrase":
        return QCoreApplication.translate(
            "Errors", "The passphrase is too short: use at least 8 characters."
        )
    if exc.reason == "too_weak" and exc.field == "passphrase":
        return QCoreApplication.translate(
            "Errors",
            "The passphrase is easy to guess (a common password, a pattern, or your own login, "
            "name or school). Add another word or two.",
        )
    if exc.reason == "required":
        return QCoreApplication.translate("Errors", "“{0}” must be filled in.").format(label)
    if exc.reason == "invalid" and exc.field == "login":
        return QCoreApplication.translate("Errors", "A login is 1 to 64 characters without spaces.")
    if exc.reason == "encoding":
        return QCoreApplication.translate(
            "Errors",
            "The file's text encoding is unclear: one line does not match the rest. Save the "
            "file again as CSV from Excel; nothing was imported.",
        )
    if exc.reason == "too_large":
        return QCoreApplication.translate(
            "Errors", "The file is too large for a pupil list; nothing was imported."
        )
    if exc.reason == "not_a_file":
        return QCoreApplication.translate("Errors", "This is not a file that can be imported.")
    if exc.reason == "before_detection":
        return QCoreApplication.translate(
            "Errors", "The call time is before the incident was detected. Check the date."
        )
    if exc.reason == "inside_data_dir":
        return QCoreApplication.translate(
            "Errors",
            "This folder belongs to the vault itself. Choose another folder; nothing was written.",
        )
    return QCoreApplication.translate(
        "Errors", "“{0}” has a value that cannot be accepted."
    ).format(label)


def message_for(exc: BaseException) -> str:
    """One sentence (or two) in the current language for an error from the core."""
    if isinstance(exc, ValidationError):
        return _validation_sentence(exc)
    if isinstance(exc, WrongPassphrase):
        if exc.delay_seconds:
            return QCoreApplication.translate(
                "Errors", "Wrong passphrase. Wait {0} s before the next attempt."
            ).format(math.ceil(exc.delay_seconds))
        return QCoreApplication.translate(
            "Errors", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."
        )
    code = exc.code if isinstance(exc, QorgauError) else ""
    sentences = {
        "vault_not_found": QCoreApplication.translate(
            "Errors", "No vault was found in the data folder. Create one with the setup wizard."
        ),
        "vault_exists": QCoreApplication.translate(
            "Errors", "A vault already exists in this folder; nothing was changed."
        ),
        "unknown_account": QCoreApplication.translate(
            "Errors", "There is no account with this login."
        ),
        "invalid_recovery_key": QCoreApplication.translate(
            "Errors", "The recovery key is mistyped. Check each group of characters."
        ),
        "keyslots_damaged": QCoreApplication.translate(
            "Errors",
            "The key file of the vault is missing or damaged. Your records are intact; "
            "ask the administrator to restore the key file from its backup copy.",
        ),
        "vault_corrupted": QCoreApplication.translate(
            "Errors",
            "The vault database is damaged and was left untouched. Restore it from a backup.",
        ),
        "sqlcipher_missing": QCoreApplication.translate(
            "Errors",
            "This installation cannot encrypt data, so it refuses to store any. Reinstall Qorgau.",
        ),
        "permission_denied": QCoreApplication.translate(
            "Errors", "Your role does not allow this action."
        ),
        "not_found": QCoreApplication.translate(
            "Errors", "The record no longer exists. Refresh the view."
        ),
        "not_enrolled": QCoreApplication.translate(
            "Errors",
            "This computer is not enrolled with a server, so nothing can be sent yet. Enroll "
            "it in Settings → Server enrollment; until then, report urgent cases by phone.",
        ),
        "disk_full": QCoreApplication.translate(
            "Errors",
            "The disk is full: this change was not saved, and nothing saved earlier was lost. "
            "Free some space and try again.",
        ),
        "vault_read_only": QCoreApplication.translate(
            "Errors",
            "The vault's folder cannot be written (a read-only disk or no permission). You can "
            "read, back up to another disk and export; nothing can be changed.",
        ),
        "database_busy": QCoreApplication.translate(
            "Errors",
            "Another program kept the vault busy (a large import?). Nothing was changed; "
            "try again when it has finished.",
        ),
        "vault_busy": QCoreApplication.translate(
            "Errors",
            "The vault is open in another program or on another account. Close it there "
            "and try again; nothing was changed.",
        ),
        "backup_invalid": QCoreApplication.translate(
            "Errors",
            "This backup file is damaged or incomplete, so it was not used. The vault was not "
            "touched; choose another backup.",
        ),
        "conflict": QCoreApplication.translate(
            "Errors",
            "The change clashes with existing data (for example, the login or IIN "
            "is already taken).",
        ),
    }
    if code in sentences:
        return sentences[code]
    if code == "enrollment_failed":
        return _enrollment_sentence(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors",
            "A file could not be read or written (disk full or no permission?). Nothing was lost.",
        )
    # Say that the details are in the log only once they are: the traceback is written now.
    log_safely(type(exc), exc.__traceback__)
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. Your data is safe; the details were written "
        "to the log file.",
    )


def _enrollment_sentence(exc: BaseException) -> str:
    # Imported here: ``sync.transport`` brings in ``requests`` (start-up time).
    from sync.transport import InsecureURL, ServerUnreachable, TLSFailure

    cause = exc.__cause__
    if isinstance(cause, InsecureURL):
        return QCoreApplication.translate(
            "Errors",
            "The server address must start with {secure} (plain {plain} only for a server "
            "on this computer).",
        ).format(secure="https://", plain="http://")
    if isinstance(cause, TLSFailure):
        return QCoreApplication.translate(
            "Errors",
            "The server's certificate could not be verified. Choose the certificate file you "
            "received with the code.",
        )
    if isinstance(cause, ServerUnreachable):
        return QCoreApplication.translate(
            "Errors",
            "The server could not be reached at this address. Check the address and the "
            "connection, then try again.",
        )
    return QCoreApplication.translate(
        "Errors",
        "The server did not accept the enrollment. Check the one-time code (it can be used "
        "only once and expires) and try again.",
    )


def warning_sentence(code: str, args: tuple[str, ...]) -> str | None:
    """What the user is told at sign-in about the vault (``app.vault.VaultWarning``)."""
    if code == "audit_tail_lost":
        return QCoreApplication.translate(
            "Errors",
            "The vault lost its last {0} recorded action(s), made up to {1}, probably in "
            "a power cut. A backup made after that time still holds them: restore it.",
        ).format(*args)
    if code == "audit_tail_rewritten":
        return QCoreApplication.translate(
            "Errors",
            "The vault's history up to {1} was altered or cut short. Compare with a "
            "backup made after that time.",
        ).format(*args)
    if code == "vault_read_only":
        return QCoreApplication.translate(
            "Errors",
            "The vault's folder cannot be written (a read-only disk or no permission). You can "
            "read, back up to another disk and export; nothing can be changed.",
        )
    if code == "disk_full_read_only":
        return QCoreApplication.translate(
            "Errors",
            "The disk holding the vault is full. You can read, back up to another disk and "
            "export; free some space before changing anything.",
        )
    return None


def log_safely(exc_type: type[BaseException], tb: TracebackType | None) -> None:
    """Log the type and the traceback (file, line, function, source line) — never the
    exception's message or local values, which could hold personal data."""
    stack = "".join(traceback.format_list(traceback.extract_tb(tb))).rstrip()
    log.error(
        "unexpected %s.%s\nTraceback (most recent call last):\n%s",
        exc_type.__module__,
        exc_type.__qualname__,
        stack or "  (no frames)",
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Qorgau"), message_for(exc))


class ExceptHook:
    """``sys.excepthook`` for the GUI: one dialog per kind of failure, never a traceback."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent
        self._shown: set[str] = set()
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        key = f"{exc_type.__qualname__}@{traceback.extract_tb(tb)[-1:]!s}"
        if self._showing or key in self._shown or QApplication.instance() is None:
            if not isinstance(exc, QorgauError):
                log_safely(exc_type, tb)
            return
        self._shown.add(key)
        self._showing = True
        try:
            show_error(self._parent(), exc)  # ``message_for`` logs what was unexpected
        finally:
            self._showing = False


def install_excepthook(parent: Callable[[], QWidget | None] = lambda: None) -> ExceptHook:
    hook = ExceptHook(parent)
    sys.excepthook = hook
    return hook
