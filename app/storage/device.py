"""The enrolled device: its key pair (inside the encrypted vault) and the pinned server."""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.db import Database


@dataclass(frozen=True)
class DeviceRecord:
    server_url: str
    device_id: str
    private_key: bytes
    server_public_key: str
    ca_pem: bytes | None
    school: str
    enrolled_at: str
    ack_cursor: int


def get(db: Database) -> DeviceRecord | None:
    row = db.one_named(
        "SELECT server_url, device_id, private_key, server_public_key, ca_pem, school,"
        " enrolled_at, ack_cursor FROM device WHERE id = 1"
    )
    if row is None:
        return None
    return DeviceRecord(
        server_url=str(row["server_url"]),
        device_id=str(row["device_id"]),
        private_key=bytes(row["private_key"]),
        server_public_key=str(row["server_public_key"]),
        ca_pem=bytes(row["ca_pem"]) if row["ca_pem"] is not None else None,
        school=str(row["school"]),
        enrolled_at=str(row["enrolled_at"]),
        ack_cursor=int(row["ack_cursor"]),
    )


def save(db: Database, record: DeviceRecord) -> None:
    """Insert or replace the single device row (re-enrollment replaces it)."""
    db.execute(
        "INSERT OR REPLACE INTO device (id, server_url, device_id, private_key,"
        " server_public_key, ca_pem, school, enrolled_at, ack_cursor)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.server_url,
            record.device_id,
            record.private_key,
            record.server_public_key,
            record.ca_pem,
            record.school,
            record.enrolled_at,
            record.ack_cursor,
        ),
    )


def set_ack_cursor(db: Database, cursor: int) -> None:
    db.execute("UPDATE device SET ack_cursor = max(ack_cursor, ?) WHERE id = 1", (cursor,))
