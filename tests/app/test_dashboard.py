"""The start screen's figures, at an explicit ``now``."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app import clock
from app.services.council import plan_meeting
from app.services.dashboard import dashboard
from app.services.incidents import record_incident
from app.services.notifications import record_phone_report
from app.services.plans import add_task
from app.storage import notifications as outbox
from app.vault import Vault
from tests.app.test_incidents import add_pupils, draft

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


def insert_register_entry(
    vault: Vault, pupil: int, review_due: str | None, closed_on: str | None = None
) -> None:
    vault.db.execute(
        "INSERT INTO register_entries (pupil_id, category, basis, opened_on, opened_by,"
        " review_due, closed_on) VALUES (?, 'vshk', 'решение совета', '2026-09-01', ?, ?, ?)",
        (pupil, vault.user.id, review_due, closed_on),
    )


def insert_absence(vault: Vault, pupil: int, *, excused: int, resolved: int) -> None:
    vault.db.execute(
        "INSERT INTO absences (pupil_id, date_from, date_to, days, excused, resolved,"
        " created_by, created_at) VALUES (?, '2026-11-16', '2026-11-18', 3, ?, ?, ?, ?)",
        (pupil, excused, resolved, vault.user.id, clock.now_iso()),
    )


def test_empty_dashboard(admin: Vault) -> None:
    board = dashboard(admin, NOW, today=TODAY)
    assert board.notifications_due == () and board.late_count == 0
    assert board.tasks_due_this_week == () and board.tasks_overdue == ()
    assert board.register_reviews_due == () and board.absences_needing_action == 0
    assert board.next_council is None
    assert (board.sync.queued_count, board.sync.last_delivery_at, board.sync.oldest_queued_at) == (
        0,
        None,
        None,
    )


def test_dashboard_figures(psy: Vault) -> None:
    pupil, other = add_pupils(psy, 2)
    # Notifications: one late, one due in 30 minutes, one phoned, one delivered.
    late = record_incident(psy, draft("violence", detected_at=NOW - timedelta(hours=2)))
    soon = record_incident(psy, draft("violence", detected_at=NOW - timedelta(minutes=30)))
    phoned = record_incident(psy, draft("violence", detected_at=NOW - timedelta(minutes=40)))
    sent = record_incident(psy, draft("violence", detected_at=NOW - timedelta(minutes=50)))
    record_incident(psy, draft("conflict", detected_at=NOW - timedelta(minutes=50)))
    assert late.notification and soon.notification and phoned.notification and sent.notification
    record_phone_report(
        psy, phoned.notification.id, NOW - timedelta(minutes=35), "дежурный", "", "102"
    )
    with psy.db.transaction():
        outbox.mark_delivered(
            psy.db,
            sent.notification.id,
            payload_sha256=sent.notification.payload_sha256,
            server_received_at="2026-11-23T09:20:00.000000Z",
            server_seq=1,
            prev_receipt_hash="0" * 64,
            signature="s",
            receipt_json="{}",
            stored_at="2026-11-23T09:20:01Z",
        )
    # Tasks, register reviews, absences, council.
    add_task(psy, pupil_id=pupil, title="Просрочено", due_on=date(2026, 11, 20))
    add_task(psy, pupil_id=pupil, title="На неделе", due_on=date(2026, 11, 27))
    add_task(psy, title="Позже", due_on=date(2026, 12, 15))
    with psy.db.transaction():
        insert_register_entry(psy, pupil, "2026-11-28")
        insert_register_entry(psy, other, "2026-11-10")  # review overdue
        insert_register_entry(psy, other, "2027-01-15")  # not yet
        insert_register_entry(psy, pupil, "2026-11-25", closed_on="2026-11-01")
        insert_absence(psy, pupil, excused=0, resolved=0)
        insert_absence(psy, pupil, excused=0, resolved=1)
        insert_absence(psy, other, excused=1, resolved=0)
    meeting = plan_meeting(psy, date(2026, 12, 3), ["Зам. директора"], "")

    board = dashboard(psy, NOW, today=TODAY)
    due = [(d.notification.id, d.seconds_left) for d in board.notifications_due]
    assert due == [(late.notification.id, -3600), (soon.notification.id, 1800)]
    assert board.notifications_due[0].notification.late
    assert board.late_count == 1
    assert [t.title for t in board.tasks_due_this_week] == ["На неделе"]
    assert [t.title for t in board.tasks_overdue] == ["Просрочено"]
    assert [(r.pupil_id, r.review_due) for r in board.register_reviews_due] == [
        (other, date(2026, 11, 10)),
        (pupil, date(2026, 11, 28)),
    ]
    assert board.absences_needing_action == 1
    assert board.next_council == meeting
    assert board.sync.queued_count == 3
    assert board.sync.last_delivery_at == datetime(2026, 11, 23, 9, 20, 1, tzinfo=UTC)
    assert board.sync.oldest_queued_at == late.notification.created_at
