-- Version 8 (issue 13): what the rules make happen after an incident, and who it concerns.
--
-- * An incident can be learned of outside the school through professional work (the law names
--   this case) and can involve a child who is not a pupil of the school: such a participant is
--   kept by name, approximate age or birth date, and a free-text note.
-- * Informing the legal representatives is a follow-up task unless the counsellor records
--   that it is against the child's interest (the reason is kept here).
-- * Each follow-up of the rules (rehabilitation plan, council review, register entry,
--   informing the legal representatives...) becomes a task; this table links the task to its
--   incident, the follow-up code and the rules version it was created under.

ALTER TABLE incidents ADD COLUMN learned_outside INTEGER NOT NULL DEFAULT 0
    CHECK (learned_outside IN (0, 1));
ALTER TABLE incidents ADD COLUMN representatives_not_informed TEXT NOT NULL DEFAULT '';

CREATE TABLE incident_others (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('victim', 'initiator', 'witness')),
    full_name   TEXT NOT NULL,
    age         TEXT NOT NULL DEFAULT '',   -- approximate age or birth date, as told
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incident_others_incident ON incident_others (incident_id);

CREATE TABLE incident_follow_ups (
    task_id       INTEGER PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
    incident_id   INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    follow_up     TEXT NOT NULL,
    rules_version TEXT NOT NULL
);
CREATE INDEX incident_follow_ups_incident ON incident_follow_ups (incident_id);
