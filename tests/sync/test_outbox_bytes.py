"""The payload the outbox stores when an incident is saved is the payload sync sends, byte for byte.

The outbox hashes ``app.canonical`` bytes at saving time and ``sync.protocol`` splices the stored
text into the delivery request; one definition of canonical JSON serves both, and this checks it
end to end: real vault, real incident, real server receiving it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.domain.cases import IncidentDraft, Participant
from app.domain.pupils import PupilDraft
from app.iin import make_iin
from app.services import incidents, pupils
from app.storage import notifications as outbox
from app.vault import Vault
from sync import protocol as p
from sync.engine import sync_once
from sync.enrollment import enroll
from tests.support.server_process import make_enroll_code, running_server


def test_the_stored_payload_is_the_payload_sent(psy: Vault, tmp_path: Path) -> None:
    pupil = pupils.create_pupil(
        psy,
        PupilDraft(
            iin=make_iin(date(2012, 5, 5), "F", 4321),
            surname="Әлиқызы",  # Kazakh letters and Cyrillic: written as UTF-8, not escaped
            name="Ұлжан",
            class_name="7Ә",
        ),
    )
    recorded = incidents.record_incident(
        psy,
        IncidentDraft(
            detected_at=datetime.now(UTC) - timedelta(minutes=5),
            category="violence",
            description='Синтетика: "кавычки", \\ и таб\tи перевод\nстроки — ёңғүқ',
            participants=(Participant(pupil.id, "victim"),),
        ),
    )
    assert recorded.notification is not None
    nid = recorded.notification.id
    [item] = outbox.queued_batch(psy.db, 10)
    stored = item.payload.encode("utf-8")
    assert hashlib.sha256(stored).hexdigest() == item.payload_sha256
    # What the engine puts on the wire: the stored bytes, accepted as canonical, unchanged.
    wire = p.canonical_notification_from_text(item.id, item.payload, item.payload_sha256)
    assert wire.payload_json == stored == p.canonical_json(json.loads(stored))
    assert p.delivery_request_body([wire]) == p.canonical_json(
        {
            "notifications": [
                {"id": nid, "payload": json.loads(stored), "payload_sha256": item.payload_sha256}
            ]
        }
    )

    with running_server(tmp_path / "server") as server:
        enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
        report = sync_once(psy.db)
        assert report.error is None, report.error
        assert report.delivered == 1
        with sqlite3.connect(server.data_dir / "server.sqlite3") as conn:
            received, digest = conn.execute(
                "SELECT payload, payload_sha256 FROM notifications WHERE id = ?", (nid,)
            ).fetchone()
    assert received.encode("utf-8") == stored
    assert digest == item.payload_sha256
    delivered = outbox.by_id(psy.db, nid)
    assert delivered is not None and delivered.state == "delivered"
