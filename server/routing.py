"""Which unit of a district receives which recipient of the rules file (DESIGN.md §6a).

The rules file (resources/rules/kz-2026.toml) names recipients by code; the server knows units
of three kinds per district. This table is the whole routing policy: a recipient that maps to no
kind, or to a kind the school's district has no unit of, is *unrouted* and shown to the
administrator (never dropped).
"""

from __future__ import annotations

from typing import Final, Literal

UnitKind = Literal["police", "guardianship", "education"]
UNIT_KINDS: Final[tuple[UnitKind, ...]] = ("police", "guardianship", "education")

RECIPIENT_UNIT: Final[dict[str, UnitKind]] = {
    "police_102": "police",
    "juvenile_inspector": "police",
    "guardianship_authority": "guardianship",
    "education_department": "education",
}

# The workspace role whose officers work a unit kind's inbox. Analysts and admins see counts or
# configuration, never a unit's inbox.
ROLE_UNIT: Final[dict[str, UnitKind]] = {
    "inspector": "police",
    "guardianship": "guardianship",
}

ROLES: Final[tuple[str, ...]] = ("inspector", "guardianship", "analyst", "admin")


def unit_kind(recipient: str) -> UnitKind | None:
    return RECIPIENT_UNIT.get(recipient)
