"""Domain records returned by the storage layer and the services (frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("psychologist", "social_pedagogue", "admin")


@dataclass(frozen=True)
class StaffAccount:
    id: int
    login: str
    full_name: str
    role: str
    active: bool = True

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_psychologist(self) -> bool:
        return self.role == "psychologist"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str
    detail: str
    prev_hash: str
    hash: str
