"""Numbered schema migrations of the server database: SQLite (``PRAGMA user_version``) and
PostgreSQL (``schema_version``).

Version 1 is the original delivery schema. Each later step is one SQL script run inside one
``BEGIN IMMEDIATE`` transaction that re-reads the version first, so a server and a CLI opening an
old data dir at the same moment migrate it exactly once, and a kill leaves the previous version.
Never edit a released step: add the next one (tests/server/test_migrations.py upgrades a
version-1 database with data in it).

PostgreSQL starts at schema version ``PG_BASE`` (no server ever ran an older one on it): a fresh
database gets ``PG_SCHEMA`` whole; later versions go in ``PG_STEPS``, each in one transaction
under an advisory lock, the same rules as SQLite's. Both backends hold the same tables, columns,
keys and triggers (tests/server/test_migrations.py compares them).
"""

from __future__ import annotations

import sqlite3
from typing import Any

V1 = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS enroll_codes (
    code_hash   TEXT PRIMARY KEY,          -- sha256 hex of the normalised code; never the code
    school      TEXT NOT NULL,
    created_at  REAL NOT NULL,
    expires_at  REAL NOT NULL,
    used_at     REAL,
    device_id   TEXT
);
CREATE TABLE IF NOT EXISTS devices (
    id          TEXT PRIMARY KEY,
    school      TEXT NOT NULL,
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL UNIQUE,      -- base64 raw Ed25519
    enrolled_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notifications (
    id              TEXT PRIMARY KEY,      -- kept forever: the idempotency key
    school          TEXT NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices(id),
    payload         TEXT NOT NULL,
    payload_sha256  TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    server_seq      INTEGER NOT NULL UNIQUE,
    receipt         TEXT NOT NULL,
    receipt_hash    TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'received'
                    CHECK (state IN ('received', 'acknowledged')),
    acknowledged_at TEXT,
    ack_seq         INTEGER UNIQUE,
    ack_note        TEXT
);
CREATE INDEX IF NOT EXISTS notifications_school_ack ON notifications (school, ack_seq);
CREATE TABLE IF NOT EXISTS nonces (
    device_id  TEXT NOT NULL,
    nonce      TEXT NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (device_id, nonce)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nonces_expiry ON nonces (expires_at);
CREATE TABLE IF NOT EXISTS request_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    remote    TEXT,
    method    TEXT NOT NULL,
    path      TEXT NOT NULL,
    status    INTEGER NOT NULL,
    error     TEXT NOT NULL,
    device_id TEXT
);
CREATE TRIGGER IF NOT EXISTS request_log_no_update BEFORE UPDATE ON request_log
BEGIN SELECT RAISE(ABORT, 'request_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS request_log_no_delete BEFORE DELETE ON request_log
BEGIN SELECT RAISE(ABORT, 'request_log is append-only'); END;
"""

# Version 2: schools are entities in districts (the free-text name becomes a label), units,
# routing, workspace accounts and sessions, acknowledgement acts (several per notification), and
# the audit of the workspace. From now on the `school` column of enroll_codes, devices and
# notifications holds a school *id*.
V2 = """
CREATE TABLE districts (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE units (
    id       INTEGER PRIMARY KEY,
    district TEXT NOT NULL REFERENCES districts(code),
    kind     TEXT NOT NULL CHECK (kind IN ('police', 'guardianship', 'education')),
    name     TEXT NOT NULL,
    UNIQUE (district, kind)
);
CREATE TABLE schools (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    district   TEXT NOT NULL REFERENCES districts(code),
    created_at TEXT NOT NULL
);
CREATE INDEX schools_district ON schools (district);

-- Schools that enrolled before districts existed: one school per distinct old name (that is
-- how the old server treated them), in a district the administrator can rename.
INSERT INTO districts (code, name, created_at)
SELECT 'unassigned', 'Без района (до обновления)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM enroll_codes) OR EXISTS (SELECT 1 FROM devices);
INSERT INTO schools (id, name, district, created_at)
SELECT lower(hex(randomblob(16))), name, 'unassigned', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT school AS name FROM enroll_codes UNION SELECT school FROM devices
      UNION SELECT school FROM notifications);
UPDATE enroll_codes SET school = (SELECT id FROM schools WHERE name = enroll_codes.school);
UPDATE devices SET school = (SELECT id FROM schools WHERE name = devices.school);
UPDATE notifications SET school = (SELECT id FROM schools WHERE name = notifications.school);

-- What the inbox sorts and filters on, copied out of the immutable payload at receipt.
ALTER TABLE notifications ADD COLUMN deadline TEXT;
ALTER TABLE notifications ADD COLUMN category TEXT;
ALTER TABLE notifications ADD COLUMN corrects TEXT;
UPDATE notifications SET
    deadline = json_extract(payload, '$.deadline'),
    category = json_extract(payload, '$.category'),
    corrects = json_extract(payload, '$.corrects');
CREATE INDEX notifications_deadline ON notifications (deadline);
CREATE INDEX notifications_corrects ON notifications (corrects);
CREATE INDEX notifications_school ON notifications (school);

-- One row per recipient of a notification; unit_id NULL = unrouted (flagged to the admin).
CREATE TABLE routes (
    notification_id TEXT NOT NULL REFERENCES notifications(id),
    recipient       TEXT NOT NULL,
    unit_id         INTEGER REFERENCES units(id),
    PRIMARY KEY (notification_id, recipient)
);
CREATE INDEX routes_unrouted ON routes (unit_id) WHERE unit_id IS NULL;
-- The work state of a notification in one unit's inbox.
CREATE TABLE assignments (
    notification_id TEXT NOT NULL REFERENCES notifications(id),
    unit_id         INTEGER NOT NULL REFERENCES units(id),
    state           TEXT NOT NULL DEFAULT 'new'
                    CHECK (state IN ('new', 'clarification_requested', 'accepted')),
    PRIMARY KEY (notification_id, unit_id)
);
CREATE INDEX assignments_unit ON assignments (unit_id, state);
-- Routes of notifications received before routing existed: recipients from the payload.
INSERT INTO routes (notification_id, recipient, unit_id)
SELECT n.id, r.value, NULL FROM notifications n, json_each(n.payload, '$.recipients') r
WHERE json_type(n.payload, '$.recipients') = 'array';

-- What flows back to the school (GET /v1/acknowledgements): ack_seq increases globally and so
-- per school.
CREATE TABLE acts (
    ack_seq         INTEGER PRIMARY KEY,
    notification_id TEXT NOT NULL REFERENCES notifications(id),
    school          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('accepted', 'clarification_requested')),
    at              TEXT NOT NULL,
    officer         TEXT,
    unit_id         INTEGER REFERENCES units(id),
    unit_name       TEXT,
    reference       TEXT,
    note            TEXT,
    user_id         INTEGER
);
CREATE INDEX acts_school ON acts (school, ack_seq);
CREATE INDEX acts_notification ON acts (notification_id);
INSERT INTO acts (ack_seq, notification_id, school, kind, at, note)
SELECT ack_seq, id, school, 'accepted', acknowledged_at, ack_note FROM notifications
WHERE ack_seq IS NOT NULL;

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE,
    full_name      TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('inspector', 'guardianship', 'analyst', 'admin')),
    password_hash  TEXT NOT NULL,
    totp_secret    TEXT,
    totp_confirmed INTEGER NOT NULL DEFAULT 0,
    failed_count   INTEGER NOT NULL DEFAULT 0,
    locked_until   REAL NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);
CREATE TABLE user_districts (
    user_id  INTEGER NOT NULL REFERENCES users(id),
    district TEXT NOT NULL REFERENCES districts(code),
    PRIMARY KEY (user_id, district)
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,           -- sha256 of the cookie; the cookie is never stored
    user_id    INTEGER NOT NULL REFERENCES users(id),
    csrf       TEXT NOT NULL,
    stage      TEXT NOT NULL CHECK (stage IN ('totp', 'full')),
    created_at REAL NOT NULL,
    last_seen  REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE web_audit (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    at              TEXT NOT NULL,
    user_id         INTEGER,
    login           TEXT,
    action          TEXT NOT NULL,
    notification_id TEXT,
    detail          TEXT,
    remote          TEXT
);
CREATE INDEX web_audit_notification ON web_audit (notification_id);
CREATE TRIGGER web_audit_no_update BEFORE UPDATE ON web_audit
BEGIN SELECT RAISE(ABORT, 'web_audit is append-only'); END;
CREATE TRIGGER web_audit_no_delete BEFORE DELETE ON web_audit
BEGIN SELECT RAISE(ABORT, 'web_audit is append-only'); END;
"""

# Version 3: one receipt chain per school instead of one national chain (issue 9), so a school
# can verify it holds every receipt issued to it and schools never wait on each other's chain
# head. school_seq stays NULL for receipts issued before (format 1, national chain by
# server_seq, which remains the workspace's global order). Each school's chain starts at 1.
V3 = """
ALTER TABLE notifications ADD COLUMN school_seq INTEGER;
CREATE UNIQUE INDEX notifications_school_seq ON notifications (school, school_seq);
CREATE TABLE receipt_chains (
    school    TEXT PRIMARY KEY REFERENCES schools(id),
    seq       INTEGER NOT NULL,            -- school_seq of the school's newest receipt
    head_hash TEXT NOT NULL                -- its receipt_hash (64 zeros before the first)
);
INSERT INTO receipt_chains (school, seq, head_hash) SELECT id, 0, printf('%.64d', 0) FROM schools;
"""

# Version 4: each device's request budget in the database (a token bucket), so that every
# server process on it enforces one limit per device, not one each (issue 9).
V4 = """
CREATE TABLE device_rates (
    device_id  TEXT PRIMARY KEY REFERENCES devices(id),
    tokens     REAL NOT NULL,              -- requests the device may still send at once
    updated_at REAL NOT NULL               -- unix time of the last refill
);
"""

# Version 5: the notifications table loses what nothing has written since acknowledgements
# became acts (v2): the columns state, acknowledged_at, ack_seq and ack_note, the index on
# (school, ack_seq), and the index on school alone, which notifications_school_seq (school,
# school_seq) already serves. Each of the three indexes cost a write per notification received.
# SQLite cannot drop a UNIQUE column, so the table is rebuilt (SQLite's own 12-step recipe:
# foreign keys off around the transaction, checked before it commits; see migrate()).
V5 = """
CREATE TABLE notifications_v5 (
    id              TEXT PRIMARY KEY,      -- kept forever: the idempotency key
    school          TEXT NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices(id),
    payload         TEXT NOT NULL,
    payload_sha256  TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    server_seq      INTEGER NOT NULL UNIQUE,
    receipt         TEXT NOT NULL,
    receipt_hash    TEXT NOT NULL,
    deadline        TEXT,
    category        TEXT,
    corrects        TEXT,
    school_seq      INTEGER
);
INSERT INTO notifications_v5 (id, school, device_id, payload, payload_sha256, received_at,
    server_seq, receipt, receipt_hash, deadline, category, corrects, school_seq)
SELECT id, school, device_id, payload, payload_sha256, received_at, server_seq, receipt,
    receipt_hash, deadline, category, corrects, school_seq
FROM notifications ORDER BY rowid;
DROP TABLE notifications;
ALTER TABLE notifications_v5 RENAME TO notifications;
CREATE INDEX notifications_deadline ON notifications (deadline);
CREATE INDEX notifications_corrects ON notifications (corrects);
CREATE UNIQUE INDEX notifications_school_seq ON notifications (school, school_seq);
"""

STEPS: tuple[str, ...] = (V1, V2, V3, V4, V5)
LATEST = len(STEPS)
# The tables whose foreign keys point at a table some step rebuilds: checked before it commits.
_REFERENCING_REBUILT = ("routes", "assignments", "acts", "notifications")


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to ``LATEST``; return the version it had before.

    Foreign keys are off while the steps run: SQLite ignores that pragma inside a transaction,
    and with it on, dropping a rebuilt table would delete through its references. Every
    reference into a rebuilt table is checked before the commit instead."""
    foreign_keys = int(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        return _migrate(conn)
    finally:
        conn.execute(f"PRAGMA foreign_keys={foreign_keys}")


def _migrate(conn: sqlite3.Connection) -> int:
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if before > LATEST:
            raise ValueError(f"database schema version {before} is newer than this server")
        fresh = before == 0 and not _has_table(conn, "notifications")
        for version in range(max(before, 1) if not fresh else 0, LATEST):
            # Version 0 with tables is a server from before user_version was set: it is v1.
            for statement in _statements(STEPS[version]):
                conn.execute(statement)
        if before < LATEST:
            _check_foreign_keys(conn)
        conn.execute(f"PRAGMA user_version = {LATEST}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return before


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    for table in _REFERENCING_REBUILT:
        if not _has_table(conn, table):
            continue
        broken = conn.execute(f"PRAGMA foreign_key_check({table})").fetchall()
        if broken:
            raise ValueError(f"migration would break {len(broken)} references of table {table}")


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _statements(script: str) -> list[str]:
    """Split a script into statements (triggers contain ';' inside BEGIN ... END)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


# ------------------------------------------------------------------------------- PostgreSQL

PG_BASE = 3
# The current schema, v3 (per-school receipt chains, notes/COMMON.md): types chosen for
# PostgreSQL (BIGINT sequences, DOUBLE PRECISION times, identity keys), names and constraints as
# on SQLite.
PG_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE districts (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE units (
    id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    district TEXT NOT NULL REFERENCES districts(code),
    kind     TEXT NOT NULL CHECK (kind IN ('police', 'guardianship', 'education')),
    name     TEXT NOT NULL,
    UNIQUE (district, kind)
);
CREATE TABLE schools (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    district   TEXT NOT NULL REFERENCES districts(code),
    created_at TEXT NOT NULL
);
CREATE INDEX schools_district ON schools (district);
CREATE TABLE enroll_codes (
    code_hash   TEXT PRIMARY KEY,
    school      TEXT NOT NULL,
    created_at  DOUBLE PRECISION NOT NULL,
    expires_at  DOUBLE PRECISION NOT NULL,
    used_at     DOUBLE PRECISION,
    device_id   TEXT
);
CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    school      TEXT NOT NULL,
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL
);
-- The workspace's global order; gaps allowed (receipts carry the per-school school_seq).
CREATE SEQUENCE notifications_server_seq AS BIGINT;
CREATE TABLE notifications (
    id              TEXT PRIMARY KEY,
    school          TEXT NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices(id),
    payload         TEXT NOT NULL,
    payload_sha256  TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    server_seq      BIGINT NOT NULL UNIQUE,
    receipt         TEXT NOT NULL,
    receipt_hash    TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'received'
                    CHECK (state IN ('received', 'acknowledged')),
    acknowledged_at TEXT,
    ack_seq         BIGINT UNIQUE,
    ack_note        TEXT,
    deadline        TEXT,
    category        TEXT,
    corrects        TEXT,
    school_seq      BIGINT
);
ALTER SEQUENCE notifications_server_seq OWNED BY notifications.server_seq;
CREATE INDEX notifications_school_ack ON notifications (school, ack_seq);
CREATE INDEX notifications_deadline ON notifications (deadline);
CREATE INDEX notifications_corrects ON notifications (corrects);
CREATE INDEX notifications_school ON notifications (school);
CREATE UNIQUE INDEX notifications_school_seq ON notifications (school, school_seq);
CREATE TABLE receipt_chains (
    school    TEXT PRIMARY KEY REFERENCES schools(id),
    seq       BIGINT NOT NULL,
    head_hash TEXT NOT NULL
);
CREATE TABLE nonces (
    device_id  TEXT NOT NULL,
    nonce      TEXT NOT NULL,
    expires_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (device_id, nonce)
);
CREATE INDEX nonces_expiry ON nonces (expires_at);
CREATE TABLE request_log (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at        TEXT NOT NULL,
    remote    TEXT,
    method    TEXT NOT NULL,
    path      TEXT NOT NULL,
    status    INTEGER NOT NULL,
    error     TEXT NOT NULL,
    device_id TEXT
);
CREATE TABLE routes (
    notification_id TEXT NOT NULL REFERENCES notifications(id),
    recipient       TEXT NOT NULL,
    unit_id         BIGINT REFERENCES units(id),
    PRIMARY KEY (notification_id, recipient)
);
CREATE INDEX routes_unrouted ON routes (unit_id) WHERE unit_id IS NULL;
CREATE TABLE assignments (
    notification_id TEXT NOT NULL REFERENCES notifications(id),
    unit_id         BIGINT NOT NULL REFERENCES units(id),
    state           TEXT NOT NULL DEFAULT 'new'
                    CHECK (state IN ('new', 'clarification_requested', 'accepted')),
    PRIMARY KEY (notification_id, unit_id)
);
CREATE INDEX assignments_unit ON assignments (unit_id, state);
CREATE TABLE acts (
    ack_seq         BIGINT PRIMARY KEY,
    notification_id TEXT NOT NULL REFERENCES notifications(id),
    school          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('accepted', 'clarification_requested')),
    at              TEXT NOT NULL,
    officer         TEXT,
    unit_id         BIGINT REFERENCES units(id),
    unit_name       TEXT,
    reference       TEXT,
    note            TEXT,
    user_id         BIGINT
);
CREATE INDEX acts_school ON acts (school, ack_seq);
CREATE INDEX acts_notification ON acts (notification_id);
CREATE TABLE users (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE,
    full_name      TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('inspector', 'guardianship', 'analyst', 'admin')),
    password_hash  TEXT NOT NULL,
    totp_secret    TEXT,
    totp_confirmed INTEGER NOT NULL DEFAULT 0,
    failed_count   INTEGER NOT NULL DEFAULT 0,
    locked_until   DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);
CREATE TABLE user_districts (
    user_id  BIGINT NOT NULL REFERENCES users(id),
    district TEXT NOT NULL REFERENCES districts(code),
    PRIMARY KEY (user_id, district)
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users(id),
    csrf       TEXT NOT NULL,
    stage      TEXT NOT NULL CHECK (stage IN ('totp', 'full')),
    created_at DOUBLE PRECISION NOT NULL,
    last_seen  DOUBLE PRECISION NOT NULL,
    expires_at DOUBLE PRECISION NOT NULL
);
CREATE TABLE web_audit (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at              TEXT NOT NULL,
    user_id         BIGINT,
    login           TEXT,
    action          TEXT NOT NULL,
    notification_id TEXT,
    detail          TEXT,
    remote          TEXT
);
CREATE INDEX web_audit_notification ON web_audit (notification_id);
-- Append-only logs, as on SQLite.
CREATE FUNCTION qorgau_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$;
CREATE TRIGGER request_log_no_update BEFORE UPDATE ON request_log
FOR EACH ROW EXECUTE FUNCTION qorgau_append_only();
CREATE TRIGGER request_log_no_delete BEFORE DELETE ON request_log
FOR EACH ROW EXECUTE FUNCTION qorgau_append_only();
CREATE TRIGGER web_audit_no_update BEFORE UPDATE ON web_audit
FOR EACH ROW EXECUTE FUNCTION qorgau_append_only();
CREATE TRIGGER web_audit_no_delete BEFORE DELETE ON web_audit
FOR EACH ROW EXECUTE FUNCTION qorgau_append_only();
"""
# Version PG_BASE + 1 onwards, one script each.
PG_V4 = """
CREATE TABLE device_rates (
    device_id  TEXT PRIMARY KEY REFERENCES devices(id),
    tokens     DOUBLE PRECISION NOT NULL,
    updated_at DOUBLE PRECISION NOT NULL
);
"""
# As SQLite's V5. Dropping ack_seq drops its unique index and notifications_school_ack with it;
# PostgreSQL only marks the columns dropped (no rewrite), so this takes a moment on any size.
PG_V5 = """
ALTER TABLE notifications
    DROP COLUMN state, DROP COLUMN acknowledged_at, DROP COLUMN ack_seq, DROP COLUMN ack_note;
DROP INDEX notifications_school;
"""
PG_STEPS: tuple[str, ...] = (PG_V4, PG_V5)
PG_LATEST = PG_BASE + len(PG_STEPS)
# Taken by every migration, so two processes starting on one database migrate it once.
PG_MIGRATION_LOCK = 0x716F7267_6175  # "qorgau"


def migrate_postgres(conn: Any) -> int:
    """Bring a PostgreSQL database (a psycopg connection in autocommit mode) to ``PG_LATEST``;
    return the version it had before (0: empty)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PG_MIGRATION_LOCK,))
        exists = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
        before = 0
        if exists:
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            before = 0 if row is None else int(row[0])
        if before > PG_LATEST:
            raise ValueError(f"database schema version {before} is newer than this server")
        if before == 0:
            if exists:
                raise ValueError("database has a schema_version table without a version")
            conn.execute(PG_SCHEMA)  # no parameters: psycopg sends the script as it is
            conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (PG_BASE,))
            before_steps = PG_BASE
        else:
            before_steps = before
        for version in range(before_steps, PG_LATEST):
            conn.execute(PG_STEPS[version - PG_BASE])
        conn.execute("UPDATE schema_version SET version = %s", (PG_LATEST,))
    return before
