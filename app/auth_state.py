"""Failed sign-ins kept outside the database (which a wrong passphrase cannot open).

The file records, per login, how many attempts failed in a row and when, so the delay grows
across program restarts; and the failures themselves, which are moved into the audit log at
the next successful sign-in. It holds logins and times only — never a passphrase.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import atomic_write

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt: 0 for the first three, then 1, 2, 4... ≤ 60."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS)))


@dataclass
class AuthState:
    path: Path
    failures: dict[str, int]
    pending: list[dict[str, str]]

    @classmethod
    def load(cls, path: Path) -> AuthState:
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            failures = {str(k): int(v) for k, v in data.get("failures", {}).items()}
            pending = [dict(p) for p in data.get("pending", [])][-1000:]
        except (OSError, ValueError, TypeError, AttributeError):
            # A lost or damaged counter only resets the delay; it never blocks sign-in.
            failures, pending = {}, []
        return cls(path, failures, pending)

    def delay_for(self, login: str) -> float:
        return delay_after(self.failures.get(login, 0))

    def record_failure(self, login: str, at: str, reason: str) -> float:
        self.failures[login] = self.failures.get(login, 0) + 1
        self.pending.append({"login": login, "at": at, "reason": reason})
        self._save()
        return self.delay_for(login)

    def take_pending(self) -> list[dict[str, str]]:
        pending, self.pending = self.pending, []
        return pending

    def reset(self, login: str) -> None:
        self.failures.pop(login, None)
        self._save()

    def _save(self) -> None:
        body = {"failures": self.failures, "pending": self.pending}
        try:
            atomic_write(self.path, json.dumps(body, ensure_ascii=False).encode("utf-8"))
        except OSError:
            # A full or read-only disk must not lock everyone out: signing in is how the data
            # gets rescued. Only the delay across restarts is lost.
            log.warning(
                "cannot save %s; failed sign-ins are not counted across restarts", self.path
            )
