"""Referrals to outside services (support centres, child-friendly offices, medical, ПМПК, 111)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.clock import parse_iso
from app.domain.cases import Referral
from app.storage.db import Database, NamedRow

_COLUMNS = "id, pupil_id, destination, referred_on, reason, outcome, created_by, created_at"


def _referral(row: NamedRow) -> Referral:
    return Referral(
        id=int(row["id"]),
        pupil_id=int(row["pupil_id"]),
        destination=str(row["destination"]),
        referred_on=date.fromisoformat(row["referred_on"]),
        reason=str(row["reason"]),
        outcome=str(row["outcome"]),
        created_by=int(row["created_by"]),
        created_at=parse_iso(row["created_at"]),
    )


def insert(
    db: Database,
    *,
    pupil_id: int,
    destination: str,
    referred_on: str,
    reason: str,
    created_by: int,
    created_at: str,
) -> int:
    cur = db.execute(
        "INSERT INTO referrals (pupil_id, destination, referred_on, reason, created_by,"
        " created_at) VALUES (?,?,?,?,?,?)",
        (pupil_id, destination, referred_on, reason, created_by, created_at),
    )
    return int(cur.lastrowid)


def set_outcome(db: Database, referral_id: int, outcome: str) -> None:
    db.execute("UPDATE referrals SET outcome = ? WHERE id = ?", (outcome, referral_id))


def by_id(db: Database, referral_id: int) -> Referral | None:
    row = db.one_named(f"SELECT {_COLUMNS} FROM referrals WHERE id = ?", (referral_id,))
    return _referral(row) if row else None


def listing(
    db: Database, *, pupil_id: int | None = None, open_only: bool = False
) -> list[Referral]:
    """Newest first; ``open_only`` keeps those without a recorded outcome."""
    clauses: list[str] = []
    params: list[Any] = []
    if pupil_id is not None:
        clauses.append("pupil_id = ?")
        params.append(pupil_id)
    if open_only:
        clauses.append("outcome = ''")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.all_named(
        f"SELECT {_COLUMNS} FROM referrals{where} ORDER BY referred_on DESC, id DESC", params
    )
    return [_referral(r) for r in rows]
