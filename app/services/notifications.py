"""Where each mandatory notification stands: queued, phoned, delivered, clarification
requested, accepted; late or not; accepted on time or not.

Late (DESIGN §6) means neither delivered (the server's receipt time is at or before the
deadline) nor phoned (a recorded call at or before the deadline). A notification still pending
is late once ``now`` is past its deadline. That is the school's duty of sending.

Delivery to the server is half the proof (DESIGN §6a): *accepted on time* means an officer
accepted it (name, registration number) before the deadline, or it was both delivered and
phoned in before the deadline. The display state follows the latest act of the receiving
side: a clarification request shows until an officer accepts (the school answers it with a
correction, ``clarification_answer``), an acceptance shows as 'accepted'.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from app import clock
from app.domain.cases import (
    DISPLAY_STATES,
    Acknowledgement,
    Notification,
    NotificationRow,
    NotificationView,
    PhoneReport,
)
from app.errors import NotFound, ValidationError
from app.rules import load_rules
from app.storage import incidents as incidents_repo
from app.storage import notifications as outbox
from app.vault import Vault

__all__ = [
    "answer_clarification",
    "clarifications_open",
    "due_soon",
    "list_notifications",
    "notifications_as_json",
    "record_phone_report",
    "view_of",
]

READ_ROLES = ("psychologist", "social_pedagogue", "admin")
PHONE_ROLES = ("psychologist", "social_pedagogue", "admin")
CLOCK_SLACK = timedelta(minutes=10)


def _display_state(row: NotificationRow, phoned: bool) -> str:
    n = row.notification
    if row.acknowledgements:
        return row.acknowledgements[-1].kind  # the latest act decides
    if n.state == "acknowledged":  # pragma: no cover - every acceptance is stored as an event
        return "accepted"
    if n.state == "queued":
        return "phoned" if phoned else "queued"
    return "delivered"


def view_of(
    row: NotificationRow,
    now: datetime,
    *,
    corrections: Sequence[Notification] = (),
) -> NotificationView:
    """Derive the display state and lateness of one notification at ``now``.

    ``corrections`` are the notifications that correct this one: one created after the
    latest clarification request answers it.
    """
    n = row.notification
    receipt_time = clock.parse_iso(row.receipt.server_received_at) if row.receipt else None
    first_call: PhoneReport | None = row.phone_reports[0] if row.phone_reports else None
    accepted = next((a for a in row.acknowledgements if a.kind == "accepted"), None)
    # An acceptance before the deadline proves delivery before it, even if the receipt was
    # never stored here.
    delivered_in_time = (receipt_time is not None and receipt_time <= n.deadline) or (
        accepted is not None and accepted.at <= n.deadline
    )
    phoned_in_time = first_call is not None and first_call.called_at <= n.deadline
    settled = receipt_time is not None or first_call is not None or n.state != "queued"
    if delivered_in_time or phoned_in_time:
        late = False
    elif settled:
        # Delivered or phoned, but only after the deadline.
        late = True
    else:
        late = now > n.deadline
    display = _display_state(row, first_call is not None)
    clarification = next(
        (a for a in reversed(row.acknowledgements) if a.kind == "clarification_requested"), None
    )
    answer = (
        None
        if clarification is None
        else next((c.id for c in corrections if c.created_at >= clarification.received_at), None)
    )
    accepted_on_time = (accepted is not None and accepted.at <= n.deadline) or (
        delivered_in_time and phoned_in_time
    )
    return NotificationView(
        id=n.id,
        incident_id=n.incident_id,
        category=row.category,
        recipients=n.recipients,
        created_at=n.created_at,
        deadline=n.deadline,
        rules_version=n.rules_version,
        state=n.state,
        display_state=display,
        corrects=n.corrects,
        receipt_seq=row.receipt.number if row.receipt else None,
        receipt_server_time=receipt_time,
        acknowledged_at=n.acknowledged_at,
        phone_report=first_call,
        late=late,
        attempts=n.attempts,
        last_error=n.last_error,
        history=row.acknowledgements,
        clarification=clarification,
        clarification_answer=answer,
        accepted_on_time=accepted_on_time,
    )


def list_notifications(
    vault: Vault, *, state: str | None = None, now: datetime | None = None
) -> list[NotificationView]:
    """Every notification, most urgent deadline first.

    ``state`` filters on the stored state or the display state: 'queued' gives every one not
    yet delivered (phoned ones included), 'phoned' only those phoned and not yet delivered.
    """
    vault.require_role(*READ_ROLES)
    if state is not None and state not in DISPLAY_STATES:
        raise ValidationError("state", "unknown", f"unknown notification state {state!r}")
    now = now or clock.utcnow()
    rows = outbox.rows(vault.db)
    corrections: dict[str, list[Notification]] = {}
    for row in rows:
        if row.notification.corrects:
            corrections.setdefault(row.notification.corrects, []).append(row.notification)
    views = [
        view_of(row, now, corrections=corrections.get(row.notification.id, ())) for row in rows
    ]
    if state == "queued":  # not yet delivered, phoned ones included
        return [v for v in views if v.state == "queued"]
    if state is not None:
        return [v for v in views if v.display_state == state]
    return views


def clarifications_open(vault: Vault, now: datetime | None = None) -> list[NotificationView]:
    """Notifications whose receiving side asked a question the school has not answered."""
    return [v for v in list_notifications(vault, now=now) if v.clarification_open]


def _ack_json(ack: Acknowledgement | None) -> dict[str, Any] | None:
    if ack is None:
        return None
    return {
        "kind": ack.kind,
        "at": _exact(ack.at),
        "officer": ack.officer,
        "unit": ack.unit,
        "reference": ack.reference,
        "note": ack.note,
    }


def due_soon(
    vault: Vault, now: datetime, within: timedelta | None = None
) -> list[NotificationView]:
    """Neither delivered nor phoned, with the deadline within ``within`` of ``now`` (or past).

    ``within`` defaults to the rules file's ``near_deadline``.
    """
    limit = now + (load_rules().phone_report.near_deadline if within is None else within)
    return [
        v
        for v in list_notifications(vault, state="queued", now=now)
        if v.display_state == "queued" and v.deadline <= limit
    ]


def record_phone_report(
    vault: Vault,
    notification_id: str,
    called_at: datetime,
    answered_by: str,
    reference: str,
    phone_number: str,
) -> PhoneReport:
    """Record that the notification was made by telephone (time, who answered, reg. number)."""
    vault.require_role(*PHONE_ROLES)
    if not isinstance(called_at, datetime) or called_at.tzinfo is None:
        raise ValidationError("called_at", "naive", "the call time needs a time zone")
    if called_at > clock.utcnow() + CLOCK_SLACK:
        raise ValidationError("called_at", "future", "the call time is in the future")
    answered_by = (answered_by or "").strip()
    if not answered_by:
        raise ValidationError("answered_by", "required", "who answered the call is required")
    reference = (reference or "").strip()
    phone_number = (phone_number or "").strip()
    if len(answered_by) > 500 or len(reference) > 500 or len(phone_number) > 50:
        raise ValidationError("phone_report", "too_long", "a field of the phone report is too long")
    with vault.db.transaction():
        found = outbox.by_id(vault.db, notification_id)
        if found is None:
            raise NotFound(f"no notification {notification_id}")
        incident = incidents_repo.by_id(vault.db, found.incident_id)
        if incident is not None and called_at < incident.detected_at:
            # A year typo would otherwise count a late notification as phoned on time in the
            # list, the certificate and the period report.
            raise ValidationError(
                "called_at",
                "before_detection",
                f"the call time {clock.iso(called_at)} is before the incident was detected "
                f"({clock.iso(incident.detected_at)}); check the date",
            )
        report_id = outbox.insert_phone_report(
            vault.db,
            notification_id=notification_id,
            called_at=clock.iso(called_at),
            phone_number=phone_number,
            answered_by=answered_by,
            reference=reference,
            recorded_by=vault.user.id,
            recorded_at=clock.now_iso(),
        )
        vault.audit(
            "notification.phoned", "notification", notification_id, f"phone_report={report_id}"
        )
        report = outbox.phone_report(vault.db, report_id)
    assert report is not None
    return report


def _exact(moment: datetime | None) -> str | None:
    """UTC ISO text keeping sub-second precision (the server's receipt time)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def notifications_as_json(vault: Vault, now: datetime | None = None) -> list[dict[str, Any]]:
    """The records of ``qorgau notifications list --json`` (no personal data in them)."""
    now = now or clock.utcnow()
    result = []
    for v in list_notifications(vault, now=now):
        result.append(
            {
                "id": v.id,
                "incident": v.incident_id,
                "category": v.category,
                "corrects": v.corrects,
                "recipients": list(v.recipients),
                "created": clock.iso(v.created_at),
                "deadline": clock.iso(v.deadline),
                "state": v.display_state,
                "receipt": (
                    None
                    if v.receipt_seq is None
                    else {
                        "number": v.receipt_seq,
                        "server_time": _exact(v.receipt_server_time),
                    }
                ),
                "acknowledged": clock.iso(v.acknowledged_at) if v.acknowledged_at else None,
                # Who accepted it, under which police registration number, when (DESIGN §6a).
                "accepted": _ack_json(v.acceptance),
                "accepted_on_time": v.accepted_on_time,
                "clarification": (
                    None
                    if v.clarification is None
                    else {**(_ack_json(v.clarification) or {}), "answer": v.clarification_answer}
                ),
                "history": [_ack_json(a) for a in v.history],
                "phoned": clock.iso(v.phone_report.called_at) if v.phone_report else None,
                "late": v.late,
                # Why the last delivery attempt failed (e.g. too large to send), else null.
                "last_error": v.last_error,
            }
        )
    return result


def answer_clarification(
    vault: Vault,
    notification_id: str,
    answer: str,
    *,
    description: str | None = None,
    location: str | None = None,
    measures: str | None = None,
) -> Notification:
    """Answer the receiving side's open question with a correction notification.

    The correction (``corrects`` = this notification, ``correction_reason`` = the answer) is
    queued like any notification and delivered by the sync engine; the facts given here also
    correct the incident record. Raises ``ValidationError`` when no question is open.
    """
    from app.services.incidents import correct_notification

    vault.require_role(*PHONE_ROLES)
    view = next((v for v in list_notifications(vault) if v.id == notification_id), None)
    if view is None:
        raise NotFound(f"no notification {notification_id}")
    if not view.clarification_open:
        raise ValidationError(
            "clarification", "not_open", "no clarification request is waiting for an answer"
        )
    return correct_notification(
        vault,
        notification_id,
        answer,
        description=description,
        location=location,
        measures=measures,
    )
