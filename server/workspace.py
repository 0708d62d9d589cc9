"""Policy of the web workspace: sign-in with lockout, TOTP, sessions, who sees what, counts.

The web layer (server/web.py) turns requests into calls here and results into pages; the rows
live in server/workspace_store.py. Times are Unix seconds from an injectable clock.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

import pyotp

from server.passwords import hash_password, verify_password
from server.routing import ROLE_UNIT
from server.storage import SQLStorage
from server.workspace_store import CountRow, Session, StoredNotification, User
from sync.protocol import ProtocolError, format_unix_time, parse_time

SESSION_COOKIE = "qorgau_session"
IDLE_TIMEOUT_S = 30 * 60
ABSOLUTE_TIMEOUT_S = 12 * 3600
TOTP_STAGE_TIMEOUT_S = 5 * 60
# Lockout: from the 3rd wrong password on, each one locks the account for 5 s, 10 s, 20 s, ...
# up to 15 minutes; a correct password resets it. Guessing is slow, a typo costs nothing.
FREE_FAILURES = 2
BASE_LOCK_S = 5.0
MAX_LOCK_S = 15 * 60.0
TOTP_ISSUER = "Qorgau"
SMALL_COUNT = 3  # as in the school's period report: 1..2 could point at a child


def lock_seconds(failures: int) -> float:
    """How long the account stays locked after its ``failures``-th consecutive failure."""
    if failures <= FREE_FAILURES:
        return 0.0
    return float(min(BASE_LOCK_S * 2 ** (failures - FREE_FAILURES - 1), MAX_LOCK_S))


# An Argon2id hash of nothing anyone knows: an unknown login costs the same time as a known one.
_DUMMY_HASH = hash_password(secrets.token_hex(16))


@dataclass(frozen=True)
class SignInResult:
    outcome: Literal["ok", "wrong", "locked"]
    user: User | None = None
    wait_s: int = 0


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def sign_in(storage: SQLStorage, login: str, password: str, now: float) -> SignInResult:
    user = storage.user_by_login(login.strip())
    if user is None:
        verify_password(password, _DUMMY_HASH)
        return SignInResult("wrong")
    if user.locked_until > now:
        return SignInResult("locked", wait_s=int(user.locked_until - now) + 1)
    if not verify_password(password, user.password_hash):
        failures = user.failed_count + 1
        locked = lock_seconds(failures)
        storage.record_failed_sign_in(user.id, now + locked if locked else 0.0)
        if locked:
            return SignInResult("locked", wait_s=int(locked))
        return SignInResult("wrong")
    storage.clear_failed_sign_ins(user.id)
    return SignInResult("ok", user=user)


def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(user: User) -> str:
    assert user.totp_secret is not None
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.login, issuer_name=TOTP_ISSUER)


def check_totp(user: User, code: str, now: float) -> bool:
    if user.totp_secret is None:
        return False
    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) != 6:
        return False
    # One step either side: an old PC's clock a little off still works.
    return bool(pyotp.TOTP(user.totp_secret).verify(digits, for_time=int(now), valid_window=1))


@dataclass(frozen=True)
class OpenSession:
    token: str
    csrf: str


def start_session(storage: SQLStorage, user: User, now: float) -> OpenSession:
    """A session that still needs the TOTP code (set up on the first sign-in)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    storage.create_session(
        token_hash(token), user.id, csrf, "totp", now, now + TOTP_STAGE_TIMEOUT_S
    )
    return OpenSession(token, csrf)


def session_expiry(session: Session, now: float) -> float:
    return min(now + IDLE_TIMEOUT_S, session.created_at + ABSOLUTE_TIMEOUT_S)


# --------------------------------------------------------------------------- who sees what


def unit_ids(storage: SQLStorage, user: User) -> list[int]:
    """The units whose inbox this account works: its role's kind in each of its districts."""
    kind = ROLE_UNIT.get(user.role)
    if kind is None:
        return []
    return [u.id for u in storage.units() if u.kind == kind and u.district in user.districts]


def may_view(storage: SQLStorage, user: User, notification: StoredNotification) -> bool:
    mine = set(unit_ids(storage, user))
    return bool(mine & set(storage.assignments_of(notification.id)))


# --------------------------------------------------------------------------- marks


def parse_instant(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parse_time(value)
    except (ProtocolError, ValueError):
        return None


@dataclass(frozen=True)
class Marks:
    late: bool
    waiting_minutes: int | None  # set when not accepted after the threshold


def marks(
    state: str, deadline: str | None, received_at: str, now: float, threshold_min: int
) -> Marks:
    """Computed at render time: "late" past the deadline unaccepted; "not accepted after N min"."""
    if state == "accepted":
        return Marks(False, None)
    moment = datetime.fromisoformat(format_unix_time(now).replace("Z", "+00:00"))
    due = parse_instant(deadline)
    received = parse_instant(received_at)
    late = due is not None and moment > due
    waited = None
    if received is not None:
        minutes = int((moment - received).total_seconds() // 60)
        if minutes >= threshold_min:
            waited = minutes
    return Marks(late, waited)


# --------------------------------------------------------------------------- analysts' counts


@dataclass
class Counts:
    received: int = 0
    accepted: int = 0
    late: int = 0
    not_accepted: int = 0


@dataclass
class OverviewRow:
    district: str
    school: str  # school name, or "" for the district's total
    counts: Counts
    hidden: set[str] = field(default_factory=set)  # columns shown as "<3" or "not shown"
    secondary: set[str] = field(default_factory=set)  # hidden only so the others stay hidden


COLUMNS = ("received", "accepted", "late", "not_accepted")


def overview(rows: Iterable[CountRow], now: float) -> list[OverviewRow]:
    """Counts per school and per district, with small counts suppressed.

    A count of 1 or 2 could point at a child, so it is hidden, and because received = accepted +
    not accepted, a hidden one of those two hides the other as well; a district total is hidden
    where exactly one school's value of that column is hidden (it could be worked out by
    subtraction otherwise).
    """
    moment = datetime.fromisoformat(format_unix_time(now).replace("Z", "+00:00"))
    schools: dict[tuple[str, str], Counts] = {}
    for row in rows:
        counts = schools.setdefault(
            (row.district, row.school_name + "\x00" + row.school_id), Counts()
        )
        counts.received += 1
        due = parse_instant(row.deadline)
        accepted = parse_instant(row.first_accepted_at)
        if accepted is not None:
            counts.accepted += 1
        else:
            counts.not_accepted += 1
        if due is not None and (
            (accepted is not None and accepted > due) or (accepted is None and moment > due)
        ):
            counts.late += 1
    result: list[OverviewRow] = []
    by_district: dict[str, list[OverviewRow]] = {}
    for (district, key), counts in sorted(schools.items()):
        entry = OverviewRow(district, key.split("\x00", 1)[0], counts)
        _suppress(entry)
        by_district.setdefault(district, []).append(entry)
    for district, members in by_district.items():
        total = Counts()
        for member in members:
            for column in COLUMNS:
                setattr(total, column, getattr(total, column) + getattr(member.counts, column))
        total_row = OverviewRow(district, "", total)
        _suppress(total_row)
        for column in COLUMNS:
            if sum(1 for m in members if column in m.hidden) == 1:
                total_row.hidden.add(column)
                total_row.secondary.add(column)
        _complement(total_row)
        result.extend(members)
        result.append(total_row)
    return result


def _suppress(row: OverviewRow) -> None:
    for column in COLUMNS:
        if 0 < getattr(row.counts, column) < SMALL_COUNT:
            row.hidden.add(column)
    _complement(row)


def _complement(row: OverviewRow) -> None:
    pair = {"accepted", "not_accepted"}
    if len(pair & row.hidden) == 1:
        other = next(iter(pair - row.hidden))
        row.hidden.add(other)
        row.secondary.add(other)
