"""SQL of the receiving side: districts, units, schools, routing, accounts, sessions, acts, audit.

A mixin of ``SQLStorage`` (server/storage.py) so that the same connections and transactions
serve the delivery API and the web workspace alike, on SQLite and on PostgreSQL (one SQL text,
translated by server/db.py). Nothing here decides policy
(who may see what, lockout delays, suppression): that is server/workspace.py; this module only
reads and writes rows.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Literal

from server.db import Connection
from server.routing import RECIPIENT_UNIT, UnitKind

ActKind = Literal["accepted", "clarification_requested"]


class DirectoryError(Exception):
    """A refused administrative change (unknown district, duplicate login...); message is final."""


class ActRefused(Exception):
    """An act that the notification's state does not allow; ``code`` names why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class District:
    code: str
    name: str


@dataclass(frozen=True)
class Unit:
    id: int
    district: str
    kind: UnitKind
    name: str


@dataclass(frozen=True)
class School:
    id: str
    name: str
    district: str


@dataclass(frozen=True)
class EnrollCodeRow:
    school_id: str
    school_name: str
    district: str
    created_at: float
    expires_at: float
    used_at: float | None


@dataclass(frozen=True)
class User:
    id: int
    login: str
    full_name: str
    role: str
    password_hash: str
    totp_secret: str | None
    totp_confirmed: bool
    failed_count: int
    locked_until: float
    districts: tuple[str, ...]


@dataclass(frozen=True)
class Session:
    user_id: int
    csrf: str
    stage: Literal["totp", "full"]
    created_at: float
    last_seen: float
    expires_at: float


@dataclass(frozen=True)
class InboxRow:
    id: str
    unit_id: int
    state: str
    school_id: str
    school_name: str
    district: str
    category: str | None
    deadline: str | None
    received_at: str
    corrects: str | None
    category_name: str | None


@dataclass(frozen=True)
class InboxFilter:
    district: str | None = None
    school: str | None = None
    category: str | None = None
    state: str | None = None
    received_from: str | None = None  # ISO date or instant, inclusive
    received_to: str | None = None  # exclusive


@dataclass(frozen=True)
class StoredNotification:
    id: str
    school_id: str
    school_name: str
    district: str
    payload_json: str
    received_at: str
    server_seq: int
    receipt_json: str
    corrects: str | None


@dataclass(frozen=True)
class Act:
    ack_seq: int
    notification_id: str
    kind: ActKind
    at: str
    officer: str | None
    unit_id: int | None
    unit_name: str | None
    reference: str | None
    note: str | None


@dataclass(frozen=True)
class AuditRow:
    at: str
    login: str | None
    action: str
    notification_id: str | None
    detail: str | None
    remote: str | None


@dataclass(frozen=True)
class UnroutedRow:
    notification_id: str
    recipient: str
    school_name: str
    district: str
    received_at: str


@dataclass(frozen=True)
class CountRow:
    """One notification for the analysts' counts: no payload, no names."""

    school_id: str
    school_name: str
    district: str
    deadline: str | None
    first_accepted_at: str | None


class WorkspaceStoreMixin:
    """Rows of the workspace; needs ``_conn()`` and ``_write()`` of a backend storage."""

    # What a unique or foreign key refusal raises (the PostgreSQL backend adds psycopg's).
    integrity_errors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)

    def _conn(self) -> Connection:
        raise NotImplementedError

    def _write(self, *, pipelined: bool = False) -> AbstractContextManager[Connection]:
        """A write transaction. ``pipelined``: the backend may send its statements together
        (PostgreSQL's pipeline mode): a cursor's ``rowcount`` is only known once a later
        result was read (``fetchone``, iteration), and errors may surface there."""
        raise NotImplementedError

    # ----------------------------------------------------------------- districts and units

    def add_district(self, code: str, name: str, at: str) -> District:
        with self._write() as conn:
            try:
                conn.execute(
                    "INSERT INTO districts (code, name, created_at) VALUES (?, ?, ?)",
                    (code, name, at),
                )
            except self.integrity_errors as exc:
                raise DirectoryError(f"district {code!r} already exists") from exc
        return District(code, name)

    def districts(self) -> list[District]:
        rows = self._conn().execute("SELECT code, name FROM districts ORDER BY code").fetchall()
        return [District(str(r[0]), str(r[1])) for r in rows]

    def get_district(self, code: str) -> District | None:
        row = (
            self._conn()
            .execute("SELECT code, name FROM districts WHERE code = ?", (code,))
            .fetchone()
        )
        return None if row is None else District(str(row[0]), str(row[1]))

    def add_unit(self, district: str, kind: UnitKind, name: str) -> tuple[Unit, int]:
        """Create the unit and route to it what was waiting unrouted; return it and that count."""
        recipients = [code for code, k in RECIPIENT_UNIT.items() if k == kind]
        marks = ",".join("?" * len(recipients))
        with self._write() as conn:
            if (
                conn.execute("SELECT 1 FROM districts WHERE code = ?", (district,)).fetchone()
                is None
            ):
                raise DirectoryError(f"no district {district!r}")
            try:
                unit_id = int(
                    conn.execute(
                        "INSERT INTO units (district, kind, name) VALUES (?, ?, ?) RETURNING id",
                        (district, kind, name),
                    ).fetchone()[0]
                )
            except self.integrity_errors as exc:
                raise DirectoryError(f"district {district!r} already has a {kind} unit") from exc
            waiting = (
                f"unit_id IS NULL AND recipient IN ({marks}) AND notification_id IN "
                "(SELECT n.id FROM notifications n JOIN schools s ON s.id = n.school "
                "WHERE s.district = ?)"
            )
            conn.execute(
                "INSERT OR IGNORE INTO assignments (notification_id, unit_id) "
                f"SELECT DISTINCT notification_id, ? FROM routes WHERE {waiting}",
                (unit_id, *recipients, district),
            )
            routed = conn.execute(
                f"UPDATE routes SET unit_id = ? WHERE {waiting}", (unit_id, *recipients, district)
            ).rowcount
        return Unit(unit_id, district, kind, name), routed

    def units(self, district: str | None = None) -> list[Unit]:
        sql = "SELECT id, district, kind, name FROM units"
        args: tuple[str, ...] = ()
        if district is not None:
            sql += " WHERE district = ?"
            args = (district,)
        rows = self._conn().execute(sql + " ORDER BY district, kind", args).fetchall()
        return [Unit(int(r[0]), str(r[1]), r[2], str(r[3])) for r in rows]

    def get_unit(self, unit_id: int) -> Unit | None:
        row = (
            self._conn()
            .execute("SELECT id, district, kind, name FROM units WHERE id = ?", (unit_id,))
            .fetchone()
        )
        return None if row is None else Unit(int(row[0]), str(row[1]), row[2], str(row[3]))

    # ----------------------------------------------------------------- schools

    def add_school(self, name: str, district: str, at: str) -> School:
        school = School(str(uuid.uuid4()), name, district)
        with self._write() as conn:
            if (
                conn.execute("SELECT 1 FROM districts WHERE code = ?", (district,)).fetchone()
                is None
            ):
                raise DirectoryError(
                    f"no district {district!r}; create it first: qorgau-server districts add"
                )
            conn.execute(
                "INSERT INTO schools (id, name, district, created_at) VALUES (?, ?, ?, ?)",
                (school.id, name, district, at),
            )
        return school

    def get_school(self, school_id: str) -> School | None:
        row = (
            self._conn()
            .execute("SELECT id, name, district FROM schools WHERE id = ?", (school_id,))
            .fetchone()
        )
        return None if row is None else School(str(row[0]), str(row[1]), str(row[2]))

    def schools(self, districts: Sequence[str] | None = None) -> list[School]:
        sql = "SELECT id, name, district FROM schools"
        args: list[str] = []
        if districts is not None:
            sql += f" WHERE district IN ({','.join('?' * len(districts))})"
            args = list(districts)
        rows = self._conn().execute(sql + " ORDER BY district, name, id", args).fetchall()
        return [School(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def move_school(self, school_id: str, district: str) -> None:
        """Put a school into another district (e.g. one migrated into 'unassigned')."""
        with self._write() as conn:
            if (
                conn.execute("SELECT 1 FROM districts WHERE code = ?", (district,)).fetchone()
                is None
            ):
                raise DirectoryError(f"no district {district!r}")
            if (
                conn.execute(
                    "UPDATE schools SET district = ? WHERE id = ?", (district, school_id)
                ).rowcount
                != 1
            ):
                raise DirectoryError(f"no school {school_id!r}")
            # Routes of its notifications that waited for a unit get one if the district has it.
            for kind, unit_id in conn.execute(
                "SELECT kind, id FROM units WHERE district = ?", (district,)
            ).fetchall():
                recipients = [code for code, k in RECIPIENT_UNIT.items() if k == kind]
                marks = ",".join("?" * len(recipients))
                waiting = (
                    f"unit_id IS NULL AND recipient IN ({marks}) AND notification_id IN "
                    "(SELECT id FROM notifications WHERE school = ?)"
                )
                conn.execute(
                    "INSERT OR IGNORE INTO assignments (notification_id, unit_id) "
                    f"SELECT DISTINCT notification_id, ? FROM routes WHERE {waiting}",
                    (unit_id, *recipients, school_id),
                )
                conn.execute(
                    f"UPDATE routes SET unit_id = ? WHERE {waiting}",
                    (unit_id, *recipients, school_id),
                )

    def enroll_codes(self) -> list[EnrollCodeRow]:
        rows = (
            self._conn()
            .execute(
                "SELECT c.school, s.name, s.district, c.created_at, c.expires_at, c.used_at "
                "FROM enroll_codes c JOIN schools s ON s.id = c.school "
                "ORDER BY c.created_at DESC LIMIT 500"
            )
            .fetchall()
        )
        return [EnrollCodeRow(*row) for row in rows]

    # ----------------------------------------------------------------- routing

    def unrouted(self) -> list[UnroutedRow]:
        rows = (
            self._conn()
            .execute(
                "SELECT r.notification_id, r.recipient, s.name, s.district, n.received_at "
                "FROM routes r JOIN notifications n ON n.id = r.notification_id "
                "JOIN schools s ON s.id = n.school WHERE r.unit_id IS NULL "
                "ORDER BY n.received_at, r.notification_id, r.recipient"
            )
            .fetchall()
        )
        return [UnroutedRow(*row) for row in rows]

    def routes_of(self, notification_id: str) -> list[tuple[str, int | None]]:
        rows = (
            self._conn()
            .execute(
                "SELECT recipient, unit_id FROM routes WHERE notification_id = ? ORDER BY recipient",
                (notification_id,),
            )
            .fetchall()
        )
        return [(str(r[0]), None if r[1] is None else int(r[1])) for r in rows]

    def assignments_of(self, notification_id: str) -> dict[int, str]:
        rows = (
            self._conn()
            .execute(
                "SELECT unit_id, state FROM assignments WHERE notification_id = ?",
                (notification_id,),
            )
            .fetchall()
        )
        return {int(r[0]): str(r[1]) for r in rows}

    # ----------------------------------------------------------------- users

    _USER = (
        "SELECT id, login, full_name, role, password_hash, totp_secret, totp_confirmed, "
        "failed_count, locked_until FROM users"
    )

    def _user(self, conn: Connection, row: Sequence[Any] | None) -> User | None:
        if row is None:
            return None
        districts = tuple(
            str(r[0])
            for r in conn.execute(
                "SELECT district FROM user_districts WHERE user_id = ? ORDER BY district",
                (row[0],),
            )
        )
        return User(
            id=int(row[0]),
            login=str(row[1]),
            full_name=str(row[2]),
            role=str(row[3]),
            password_hash=str(row[4]),
            totp_secret=None if row[5] is None else str(row[5]),
            totp_confirmed=bool(row[6]),
            failed_count=int(row[7]),
            locked_until=float(row[8]),
            districts=districts,
        )

    def add_user(
        self,
        login: str,
        full_name: str,
        role: str,
        password_hash: str,
        districts: Sequence[str],
        totp_secret: str | None,
        at: str,
    ) -> User:
        with self._write() as conn:
            for code in districts:
                if (
                    conn.execute("SELECT 1 FROM districts WHERE code = ?", (code,)).fetchone()
                    is None
                ):
                    raise DirectoryError(f"no district {code!r}")
            try:
                user_id = int(
                    conn.execute(
                        "INSERT INTO users (login, full_name, role, password_hash, totp_secret, "
                        "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                        (login, full_name, role, password_hash, totp_secret, at),
                    ).fetchone()[0]
                )
            except self.integrity_errors as exc:
                raise DirectoryError(f"account {login!r} already exists") from exc
            conn.executemany(
                "INSERT OR IGNORE INTO user_districts (user_id, district) VALUES (?, ?)",
                [(user_id, code) for code in districts],
            )
            user = self._user(
                conn, conn.execute(self._USER + " WHERE id = ?", (user_id,)).fetchone()
            )
        assert user is not None
        return user

    def get_user(self, user_id: int) -> User | None:
        conn = self._conn()
        return self._user(conn, conn.execute(self._USER + " WHERE id = ?", (user_id,)).fetchone())

    def user_by_login(self, login: str) -> User | None:
        conn = self._conn()
        return self._user(conn, conn.execute(self._USER + " WHERE login = ?", (login,)).fetchone())

    def users(self) -> list[User]:
        conn = self._conn()
        rows = conn.execute(self._USER + " ORDER BY login").fetchall()
        return [u for u in (self._user(conn, row) for row in rows) if u is not None]

    def record_failed_sign_in(self, user_id: int, locked_until: float) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE users SET failed_count = failed_count + 1, locked_until = ? WHERE id = ?",
                (locked_until, user_id),
            )

    def clear_failed_sign_ins(self, user_id: int) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE users SET failed_count = 0, locked_until = 0 WHERE id = ? "
                "AND (failed_count != 0 OR locked_until != 0)",
                (user_id,),
            )

    def confirm_totp(self, user_id: int) -> None:
        with self._write() as conn:
            conn.execute("UPDATE users SET totp_confirmed = 1 WHERE id = ?", (user_id,))

    # ----------------------------------------------------------------- sessions

    def create_session(
        self,
        token_hash: str,
        user_id: int,
        csrf: str,
        stage: Literal["totp", "full"],
        now: float,
        expires_at: float,
    ) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
            conn.execute(
                "INSERT INTO sessions (token_hash, user_id, csrf, stage, created_at, last_seen, "
                "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (token_hash, user_id, csrf, stage, now, now, expires_at),
            )

    def get_session(self, token_hash: str) -> Session | None:
        row = (
            self._conn()
            .execute(
                "SELECT user_id, csrf, stage, created_at, last_seen, expires_at FROM sessions "
                "WHERE token_hash = ?",
                (token_hash,),
            )
            .fetchone()
        )
        if row is None:
            return None
        return Session(
            int(row[0]), str(row[1]), row[2], float(row[3]), float(row[4]), float(row[5])
        )

    def touch_session(
        self, token_hash: str, stage: Literal["totp", "full"], now: float, expires_at: float
    ) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET stage = ?, last_seen = ?, expires_at = ? WHERE token_hash = ?",
                (stage, now, expires_at, token_hash),
            )

    def delete_session(self, token_hash: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))

    # ----------------------------------------------------------------- audit

    def audit(
        self,
        at: str,
        user: User | None,
        action: str,
        notification_id: str | None = None,
        detail: str | None = None,
        remote: str | None = None,
    ) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO web_audit (at, user_id, login, action, notification_id, detail, "
                "remote) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    at,
                    None if user is None else user.id,
                    None if user is None else user.login,
                    action,
                    notification_id,
                    detail,
                    remote,
                ),
            )

    def audit_rows(self, notification_id: str | None = None, limit: int = 200) -> list[AuditRow]:
        sql = "SELECT at, login, action, notification_id, detail, remote FROM web_audit"
        args: tuple[Any, ...] = (limit,)
        if notification_id is not None:
            sql += " WHERE notification_id = ?"
            args = (notification_id, limit)
        rows = self._conn().execute(sql + " ORDER BY id DESC LIMIT ?", args).fetchall()
        return [AuditRow(*row) for row in rows]

    # ----------------------------------------------------------------- inbox and notifications

    def inbox(
        self, unit_ids: Sequence[int], where: InboxFilter, limit: int, offset: int
    ) -> tuple[list[InboxRow], int]:
        """Rows of these units' inboxes, by deadline (none last), and the total that matched."""
        if not unit_ids:
            return [], 0
        clauses = [f"a.unit_id IN ({','.join('?' * len(unit_ids))})"]
        args: list[Any] = list(unit_ids)
        for column, value in (
            ("s.district", where.district),
            ("s.id", where.school),
            ("n.category", where.category),
            ("a.state", where.state),
        ):
            if value:
                clauses.append(f"{column} = ?")
                args.append(value)
        if where.received_from:
            clauses.append("n.received_at >= ?")
            args.append(where.received_from)
        if where.received_to:
            clauses.append("n.received_at < ?")
            args.append(where.received_to)
        body = (
            " FROM assignments a JOIN notifications n ON n.id = a.notification_id "
            "JOIN schools s ON s.id = n.school WHERE " + " AND ".join(clauses)
        )
        conn = self._conn()
        total = int(conn.execute("SELECT COUNT(*)" + body, args).fetchone()[0])
        rows = conn.execute(
            "SELECT n.id, a.unit_id, a.state, s.id, s.name, s.district, n.category, n.deadline, "
            "n.received_at, n.corrects, json_extract(n.payload, '$.category_name')"
            + body
            + " ORDER BY n.deadline IS NULL, n.deadline, n.received_at, n.id LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
        return [InboxRow(*row) for row in rows], total

    def categories(self, unit_ids: Sequence[int]) -> list[str]:
        if not unit_ids:
            return []
        rows = (
            self._conn()
            .execute(
                "SELECT DISTINCT n.category FROM assignments a JOIN notifications n "
                f"ON n.id = a.notification_id WHERE a.unit_id IN ({','.join('?' * len(unit_ids))}) "
                "AND n.category IS NOT NULL ORDER BY n.category",
                list(unit_ids),
            )
            .fetchall()
        )
        return [str(r[0]) for r in rows]

    def get_notification(self, notification_id: str) -> StoredNotification | None:
        row = (
            self._conn()
            .execute(
                "SELECT n.id, s.id, s.name, s.district, n.payload, n.received_at, n.server_seq, "
                "n.receipt, n.corrects FROM notifications n JOIN schools s ON s.id = n.school "
                "WHERE n.id = ?",
                (notification_id,),
            )
            .fetchone()
        )
        return None if row is None else StoredNotification(*row)

    def corrections_of(self, notification_id: str) -> list[tuple[str, str]]:
        """(id, received_at) of the notifications that correct this one, oldest first."""
        rows = (
            self._conn()
            .execute(
                "SELECT id, received_at FROM notifications WHERE corrects = ? ORDER BY server_seq",
                (notification_id,),
            )
            .fetchall()
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    def acts_of(self, notification_id: str) -> list[Act]:
        rows = (
            self._conn()
            .execute(
                "SELECT ack_seq, notification_id, kind, at, officer, unit_id, unit_name, "
                "reference, note FROM acts WHERE notification_id = ? ORDER BY ack_seq",
                (notification_id,),
            )
            .fetchall()
        )
        return [Act(*row) for row in rows]

    def add_act(
        self,
        notification_id: str,
        kind: ActKind,
        at: str,
        *,
        unit: Unit | None,
        officer: str | None,
        reference: str | None,
        note: str | None,
        user_id: int | None,
        unit_label: str | None = None,
    ) -> Act:
        """Record an acceptance or a clarification request; the state check is in the same
        transaction, so a replayed or concurrent form cannot record it twice."""
        with self._write() as conn:
            # ack_seq is every school's cursor: acts are numbered in commit order, one at a time.
            conn.lock("acts")
            row = conn.execute(
                "SELECT school FROM notifications WHERE id = ?", (notification_id,)
            ).fetchone()
            if row is None:
                raise ActRefused("not_found")
            school = str(row[0])
            if unit is not None:
                state_row = conn.execute(
                    "SELECT state FROM assignments WHERE notification_id = ? AND unit_id = ?",
                    (notification_id, unit.id),
                ).fetchone()
                if state_row is None:
                    raise ActRefused("not_routed")
                state = str(state_row[0])
                if state == "accepted":
                    raise ActRefused("already_accepted")
                if kind == "clarification_requested" and state == kind:
                    raise ActRefused("already_asked")
                conn.execute(
                    "UPDATE assignments SET state = ? WHERE notification_id = ? AND unit_id = ?",
                    (kind, notification_id, unit.id),
                )
            else:
                # From the CLI (scripts), for every unit it was routed to.
                done = conn.execute(
                    "SELECT 1 FROM acts WHERE notification_id = ? AND unit_id IS NULL "
                    "AND kind = 'accepted'",
                    (notification_id,),
                ).fetchone()
                if done is not None:
                    raise ActRefused("already_accepted")
                last = conn.execute(
                    "SELECT kind, note FROM acts WHERE notification_id = ? "
                    "ORDER BY ack_seq DESC LIMIT 1",
                    (notification_id,),
                ).fetchone()
                if (
                    kind == "clarification_requested"
                    and last is not None
                    and tuple(last)
                    == (
                        kind,
                        note,
                    )
                ):
                    raise ActRefused("already_asked")
                conn.execute(
                    "UPDATE assignments SET state = ? WHERE notification_id = ? "
                    "AND state != 'accepted'",
                    (kind, notification_id),
                )
            cursor = conn.execute(
                "INSERT INTO acts (ack_seq, notification_id, school, kind, at, officer, unit_id, "
                "unit_name, reference, note, user_id) VALUES ((SELECT COALESCE(MAX(ack_seq), 0) "
                "+ 1 FROM acts), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ack_seq",
                (
                    notification_id,
                    school,
                    kind,
                    at,
                    officer,
                    None if unit is None else unit.id,
                    unit_label if unit is None else unit.name,
                    reference,
                    note,
                    user_id,
                ),
            )
            seq = int(cursor.fetchone()[0])
        return Act(
            seq,
            notification_id,
            kind,
            at,
            officer,
            None if unit is None else unit.id,
            unit_label if unit is None else unit.name,
            reference,
            note,
        )

    def count_rows(self, districts: Sequence[str]) -> Iterator[CountRow]:
        """Every notification of these districts with its first acceptance time (no payload)."""
        if not districts:
            return iter(())
        rows = (
            self._conn()
            .execute(
                "SELECT s.id, s.name, s.district, n.deadline, "
                "(SELECT MIN(at) FROM acts WHERE notification_id = n.id AND kind = 'accepted') "
                "FROM notifications n JOIN schools s ON s.id = n.school "
                f"WHERE s.district IN ({','.join('?' * len(districts))})",
                list(districts),
            )
            .fetchall()
        )
        return (CountRow(*row) for row in rows)
