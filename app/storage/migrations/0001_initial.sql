-- Qorgau vault schema, version 1: accounts, pupils, register, incidents with their
-- notification outbox, sessions, plans, referrals, council, absences, audit log.
-- Times are ISO-8601 strings: instants in UTC ("2026-11-25T10:00:00Z"), dates as "YYYY-MM-DD".

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    login      TEXT NOT NULL UNIQUE,
    full_name  TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL CHECK (role IN ('psychologist', 'social_pedagogue', 'admin')),
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE pupils (
    id         INTEGER PRIMARY KEY,
    iin        TEXT NOT NULL UNIQUE,
    surname    TEXT NOT NULL,
    name       TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    class_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex        TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    address    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX pupils_class ON pupils (class_name);
CREATE INDEX pupils_sort ON pupils (surname, name);

-- Search as you type. unicode61 folds case for Cyrillic and Kazakh letters; diacritics are
-- kept so that ә/а, қ/к, і/и stay distinct letters as Kazakh spelling requires.
CREATE VIRTUAL TABLE pupil_search USING fts5 (
    surname, name, patronymic, iin, class_name,
    content = 'pupils', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
CREATE TRIGGER pupils_search_ai AFTER INSERT ON pupils BEGIN
    INSERT INTO pupil_search (rowid, surname, name, patronymic, iin, class_name)
    VALUES (new.id, new.surname, new.name, new.patronymic, new.iin, new.class_name);
END;
CREATE TRIGGER pupils_search_ad AFTER DELETE ON pupils BEGIN
    INSERT INTO pupil_search (pupil_search, rowid, surname, name, patronymic, iin, class_name)
    VALUES ('delete', old.id, old.surname, old.name, old.patronymic, old.iin, old.class_name);
END;
CREATE TRIGGER pupils_search_au AFTER UPDATE ON pupils BEGIN
    INSERT INTO pupil_search (pupil_search, rowid, surname, name, patronymic, iin, class_name)
    VALUES ('delete', old.id, old.surname, old.name, old.patronymic, old.iin, old.class_name);
    INSERT INTO pupil_search (rowid, surname, name, patronymic, iin, class_name)
    VALUES (new.id, new.surname, new.name, new.patronymic, new.iin, new.class_name);
END;

CREATE TABLE representatives (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    full_name          TEXT NOT NULL,
    relation           TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    consent_processing INTEGER NOT NULL DEFAULT 0,
    consent_support    INTEGER NOT NULL DEFAULT 0,
    consent_date       TEXT
);
CREATE INDEX representatives_pupil ON representatives (pupil_id);

-- Постановка на учёт. Closing keeps the row; reviews are kept in register_reviews.
CREATE TABLE register_entries (
    id           INTEGER PRIMARY KEY,
    pupil_id     INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    category     TEXT NOT NULL,
    basis        TEXT NOT NULL,
    opened_on    TEXT NOT NULL,
    opened_by    INTEGER NOT NULL REFERENCES staff (id),
    review_due   TEXT,
    closed_on    TEXT,
    close_reason TEXT,
    closed_by    INTEGER REFERENCES staff (id)
);
CREATE INDEX register_entries_pupil ON register_entries (pupil_id);
CREATE INDEX register_entries_open ON register_entries (closed_on, review_due);

CREATE TABLE register_reviews (
    id          INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL REFERENCES register_entries (id) ON DELETE CASCADE,
    reviewed_on TEXT NOT NULL,
    reviewed_by INTEGER NOT NULL REFERENCES staff (id),
    note        TEXT NOT NULL DEFAULT '',
    next_review TEXT
);

CREATE TABLE incidents (
    id          INTEGER PRIMARY KEY,
    detected_at TEXT NOT NULL,
    category    TEXT NOT NULL,
    description TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    measures    TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER NOT NULL REFERENCES staff (id),
    created_at  TEXT NOT NULL
);
CREATE INDEX incidents_detected ON incidents (detected_at);

CREATE TABLE incident_pupils (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    pupil_id    INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('victim', 'initiator', 'witness')),
    PRIMARY KEY (incident_id, pupil_id, role)
);
CREATE INDEX incident_pupils_pupil ON incident_pupils (pupil_id);

-- The transactional outbox. A notification is written in the same transaction as its
-- incident; its payload never changes afterwards (corrections are new rows with `corrects`).
CREATE TABLE notifications (
    id              TEXT PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
    corrects        TEXT REFERENCES notifications (id),
    recipients      TEXT NOT NULL,
    deadline        TEXT NOT NULL,
    rules_version   TEXT NOT NULL,
    payload         TEXT NOT NULL,
    payload_sha256  TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      INTEGER NOT NULL REFERENCES staff (id),
    state           TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'delivered', 'acknowledged')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error      TEXT
);
CREATE INDEX notifications_state ON notifications (state, created_at);
CREATE TRIGGER notifications_payload_immutable
BEFORE UPDATE OF id, incident_id, corrects, recipients, deadline, rules_version, payload,
                 payload_sha256, created_at, created_by ON notifications
BEGIN
    SELECT RAISE(ABORT, 'notification payload is immutable');
END;
CREATE TRIGGER notifications_no_delete BEFORE DELETE ON notifications
BEGIN
    SELECT RAISE(ABORT, 'notifications are never deleted');
END;

CREATE TABLE counselling_sessions (
    id                 INTEGER PRIMARY KEY,
    pupil_id           INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL
                       CHECK (kind IN ('individual', 'group', 'family', 'with_representative',
                                       'crisis')),
    held_at            TEXT NOT NULL,
    duration_min       INTEGER NOT NULL CHECK (duration_min > 0),
    summary            TEXT NOT NULL DEFAULT '',
    -- AES-256-GCM under the compartment key; NULL when there are no private notes.
    confidential_notes BLOB,
    author_id          INTEGER NOT NULL REFERENCES staff (id),
    created_at         TEXT NOT NULL
);
CREATE INDEX counselling_sessions_pupil ON counselling_sessions (pupil_id, held_at);

CREATE TABLE plans (
    id         INTEGER PRIMARY KEY,
    pupil_id   INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    goals      TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL DEFAULT 'accompaniment'
               CHECK (kind IN ('accompaniment', 'rehabilitation', 'absence')),
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'cancelled')),
    created_by INTEGER NOT NULL REFERENCES staff (id),
    created_at TEXT NOT NULL
);
CREATE INDEX plans_pupil ON plans (pupil_id);

CREATE TABLE plan_reviews (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    reviewed_on TEXT NOT NULL,
    reviewed_by INTEGER NOT NULL REFERENCES staff (id),
    note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE council_meetings (
    id         INTEGER PRIMARY KEY,
    held_on    TEXT NOT NULL,
    members    TEXT NOT NULL DEFAULT '[]',
    agenda     TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held')),
    created_by INTEGER NOT NULL REFERENCES staff (id),
    created_at TEXT NOT NULL
);

CREATE TABLE council_pupils (
    meeting_id INTEGER NOT NULL REFERENCES council_meetings (id) ON DELETE CASCADE,
    pupil_id   INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, pupil_id)
);
CREATE INDEX council_pupils_pupil ON council_pupils (pupil_id);

CREATE TABLE council_decisions (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES council_meetings (id) ON DELETE CASCADE,
    pupil_id   INTEGER REFERENCES pupils (id) ON DELETE CASCADE,
    text       TEXT NOT NULL
);

-- Follow-up tasks come from plans, sessions' next steps and council decisions.
CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,
    pupil_id       INTEGER REFERENCES pupils (id) ON DELETE CASCADE,
    plan_id        INTEGER REFERENCES plans (id) ON DELETE CASCADE,
    session_id     INTEGER REFERENCES counselling_sessions (id) ON DELETE SET NULL,
    decision_id    INTEGER REFERENCES council_decisions (id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    responsible_id INTEGER REFERENCES staff (id),
    due_on         TEXT,
    done_on        TEXT,
    created_by     INTEGER NOT NULL REFERENCES staff (id),
    created_at     TEXT NOT NULL
);
CREATE INDEX tasks_due ON tasks (done_on, due_on);
CREATE INDEX tasks_pupil ON tasks (pupil_id);

CREATE TABLE referrals (
    id          INTEGER PRIMARY KEY,
    pupil_id    INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    destination TEXT NOT NULL
                CHECK (destination IN ('psych_support_centre', 'child_friendly_office', 'medical',
                                       'pmpk', 'helpline_111', 'ombudsman', 'other')),
    referred_on TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT '',
    created_by  INTEGER NOT NULL REFERENCES staff (id),
    created_at  TEXT NOT NULL
);
CREATE INDEX referrals_pupil ON referrals (pupil_id);

CREATE TABLE absences (
    id         INTEGER PRIMARY KEY,
    pupil_id   INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    date_from  TEXT NOT NULL,
    date_to    TEXT NOT NULL,
    days       INTEGER NOT NULL CHECK (days > 0),
    excused    INTEGER NOT NULL DEFAULT 0,
    reason     TEXT NOT NULL DEFAULT '',
    work_done  TEXT NOT NULL DEFAULT '',
    resolved   INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER NOT NULL REFERENCES staff (id),
    created_at TEXT NOT NULL
);
CREATE INDEX absences_pupil ON absences (pupil_id, date_from);

-- Append-only, hash-chained. Each row's hash covers its content and the previous row's hash.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
