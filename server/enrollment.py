"""One-time enrollment codes for a school's PC (issued by the CLI and the admin's web page)."""

from __future__ import annotations

import secrets

from server.storage import SQLStorage, hash_enroll_code
from server.workspace_store import School

# No 0/O, 1/I/L: codes are read aloud over the phone and typed from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_GROUPS = 4
CODE_GROUP_LEN = 4


def generate_enroll_code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LEN))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def issue_code(storage: SQLStorage, school: School, now: float, ttl_hours: float) -> str:
    """Store the hash of a fresh code for ``school``; return the code (shown once)."""
    code = generate_enroll_code()
    storage.add_enroll_code(
        hash_enroll_code(code.replace("-", "")), school.id, now, now + ttl_hours * 3600.0
    )
    return code
