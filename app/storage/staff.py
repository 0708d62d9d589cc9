"""Staff accounts and the vault's meta table."""

from __future__ import annotations

from app.models import StaffAccount
from app.storage.db import Database, NamedRow

_COLUMNS = "id, login, full_name, role, active"


def _account(row: NamedRow) -> StaffAccount:
    return StaffAccount(
        id=int(row["id"]),
        login=str(row["login"]),
        full_name=str(row["full_name"]),
        role=str(row["role"]),
        active=bool(row["active"]),
    )


def insert(db: Database, *, login: str, full_name: str, role: str, created_at: str) -> int:
    cur = db.execute(
        "INSERT INTO staff (login, full_name, role, created_at) VALUES (?,?,?,?)",
        (login, full_name, role, created_at),
    )
    return int(cur.lastrowid)


def by_login(db: Database, login: str) -> StaffAccount | None:
    row = db.one_named(f"SELECT {_COLUMNS} FROM staff WHERE login = ?", (login,))
    return _account(row) if row else None


def by_id(db: Database, staff_id: int) -> StaffAccount | None:
    row = db.one_named(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", (staff_id,))
    return _account(row) if row else None


def all_accounts(db: Database) -> list[StaffAccount]:
    return [
        _account(r) for r in db.all_named(f"SELECT {_COLUMNS} FROM staff ORDER BY full_name, login")
    ]


def set_active(db: Database, staff_id: int, active: bool) -> None:
    db.execute("UPDATE staff SET active = ? WHERE id = ?", (int(active), staff_id))


def get_meta(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    return None if value is None else str(value)


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def creation_info(db: Database) -> dict[int, tuple[str, str, str]]:
    """Per account id: (created_at, who created it, the role it was created with).

    From the audit log, because the staff row alone cannot show a role changed afterwards
    (a data-key holder can rewrite a role column; the audit chain records the creation).
    """
    info: dict[int, tuple[str, str, str]] = {}
    for staff_id, created_at, role in db.all("SELECT id, created_at, role FROM staff"):
        info[int(staff_id)] = (str(created_at), "", str(role))
    for actor, object_id, detail in db.all(
        "SELECT actor, object_id, detail FROM audit_log"
        " WHERE object_type = 'staff' AND action IN ('vault.create', 'staff.create')"
        " ORDER BY seq"
    ):
        try:
            staff_id = int(object_id)
        except ValueError:
            continue
        if staff_id not in info:
            continue
        created_at, _by, role = info[staff_id]
        created_role = role
        for part in str(detail).split(";"):
            if part.startswith("role="):
                created_role = part[len("role=") :]
        info[staff_id] = (created_at, str(actor), created_role)
    return info
