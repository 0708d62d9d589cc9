"""The account that signed in last on this vault, offered first at the next sign-in.

Kept beside the vault (not in the settings, which hold no logins): the key-slot file there
already lists every login, so this file discloses nothing new. Never a passphrase.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.atomic import atomic_write

FILE_NAME = "last-login.txt"
MAX_LOGIN = 200


def last_login(data_dir: Path) -> str:
    try:
        text = (Path(data_dir) / FILE_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    return text.strip()[:MAX_LOGIN]


def remember_login(data_dir: Path, login: str) -> None:
    # Best effort: a read-only or full disk must not prevent signing in.
    with contextlib.suppress(OSError):
        atomic_write(Path(data_dir) / FILE_NAME, login.encode("utf-8"))
