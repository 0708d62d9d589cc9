-- Version 2: what delivery of the outbox needs — the enrolled device, signed receipts,
-- acknowledgements by the receiving authority, and phone reports (the fallback).

CREATE TABLE device (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    server_url        TEXT NOT NULL,
    device_id         TEXT NOT NULL,
    private_key       BLOB NOT NULL,
    server_public_key TEXT NOT NULL,
    ca_pem            BLOB,
    school            TEXT NOT NULL DEFAULT '',
    enrolled_at       TEXT NOT NULL,
    ack_cursor        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE receipts (
    notification_id    TEXT PRIMARY KEY REFERENCES notifications (id),
    payload_sha256     TEXT NOT NULL,
    server_received_at TEXT NOT NULL,
    server_seq         INTEGER NOT NULL UNIQUE,
    prev_receipt_hash  TEXT NOT NULL,
    signature          TEXT NOT NULL,
    receipt_json       TEXT NOT NULL,
    stored_at          TEXT NOT NULL
);
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are immutable');
END;

ALTER TABLE notifications ADD COLUMN acknowledged_at TEXT;
ALTER TABLE notifications ADD COLUMN ack_note TEXT;

CREATE TABLE phone_reports (
    id              INTEGER PRIMARY KEY,
    notification_id TEXT NOT NULL REFERENCES notifications (id),
    called_at       TEXT NOT NULL,
    phone_number    TEXT NOT NULL DEFAULT '',
    answered_by     TEXT NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    recorded_by     INTEGER NOT NULL REFERENCES staff (id),
    recorded_at     TEXT NOT NULL
);
CREATE INDEX phone_reports_notification ON phone_reports (notification_id);
