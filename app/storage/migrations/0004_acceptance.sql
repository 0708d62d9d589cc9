-- Version 4: what the receiving side sends back (DESIGN §6a). Each acknowledgement the server
-- reports is kept as an event: an officer accepted the notification (name, unit, police
-- registration number) or asked the school for clarification. A notification can receive
-- several (one per routed unit; a clarification, then an acceptance).

CREATE TABLE acknowledgements (
    id              INTEGER PRIMARY KEY,
    notification_id TEXT NOT NULL REFERENCES notifications (id),
    -- The server's per-school sequence; NULL only for acknowledgements carried over from
    -- version 3, which did not keep it.
    ack_seq         INTEGER UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('accepted', 'clarification_requested')),
    at              TEXT NOT NULL,   -- server time of the act, exactly as the server wrote it
    officer         TEXT,
    unit            TEXT,
    reference       TEXT,
    note            TEXT,
    received_at     TEXT NOT NULL    -- when this device stored it (its own clock)
);
CREATE INDEX acknowledgements_notification ON acknowledgements (notification_id, id);
CREATE TRIGGER acknowledgements_no_update BEFORE UPDATE ON acknowledgements
BEGIN
    SELECT RAISE(ABORT, 'acknowledgements are immutable');
END;
CREATE TRIGGER acknowledgements_no_delete BEFORE DELETE ON acknowledgements
BEGIN
    SELECT RAISE(ABORT, 'acknowledgements are never deleted');
END;

-- The derived state: the kind of the latest acknowledgement (NULL: none yet). 'state' keeps
-- its meaning for delivery ('acknowledged' = accepted by at least one officer).
ALTER TABLE notifications ADD COLUMN ack_state TEXT
    CHECK (ack_state IS NULL OR ack_state IN ('accepted', 'clarification_requested'));

-- Version 3 only knew "acknowledged": an acceptance whose officer, unit and number are unknown.
INSERT INTO acknowledgements (notification_id, ack_seq, kind, at, note, received_at)
SELECT id, NULL, 'accepted', COALESCE(acknowledged_at, created_at), ack_note,
       COALESCE(acknowledged_at, created_at)
FROM notifications WHERE state = 'acknowledged' ORDER BY acknowledged_at, rowid;
UPDATE notifications SET ack_state = 'accepted' WHERE state = 'acknowledged';
