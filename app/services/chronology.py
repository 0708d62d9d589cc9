"""The chronology on a pupil's card: incidents, sessions, referrals, council, absences,
register entries, plans and tasks, merged by date, newest first.

Counselling sessions appear with their shared summary only; confidential notes never leave
the compartment through here.
"""

from __future__ import annotations

from app.domain.pupils import ChronologyEvent
from app.errors import ValidationError
from app.services.pupils import require_pupil
from app.storage import chronology as repo
from app.vault import Vault

__all__ = ["MAX_EVENTS", "chronology"]

MAX_EVENTS = 5000


def chronology(vault: Vault, pupil_id: int, *, limit: int = 500) -> list[ChronologyEvent]:
    if not 0 < limit <= MAX_EVENTS:
        raise ValidationError("limit", "range", f"limit must be 1-{MAX_EVENTS}")
    require_pupil(vault, pupil_id)
    return repo.for_pupil(vault.db, pupil_id, limit=limit)
