"""Recording incidents and, where the rules say so, their mandatory notification (DESIGN §5-§6).

The notification is written in the incident's own transaction (the transactional outbox): after
a crash there is either both or neither. Its payload - what the school sends to law
enforcement - is canonical JSON hashed with SHA-256 and never changes afterwards; a correction
is a new notification that references the one it corrects.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from app import clock, faults
from app.canonical import CanonicalJSONError, canonical_payload, check_canonical
from app.domain.cases import (
    PARTICIPANT_ROLES,
    FollowUpTask,
    Incident,
    IncidentDetail,
    IncidentDraft,
    Notification,
    OtherParticipant,
    Participant,
    RecordedIncident,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.rules import LANGUAGES, CategoryRule, RuleSet, load_rules
from app.services import follow_ups
from app.storage import incidents as incident_repo
from app.storage import notifications as outbox
from app.storage import plans as plan_repo
from app.vault import Vault

__all__ = [
    "FAULT_BEFORE_NOTIFICATION",
    "PAYLOAD_FORMAT",
    "correct_notification",
    "follow_up_tasks",
    "get_incident",
    "list_incidents",
    "notification_payload",
    "preview_obligation",
    "record_incident",
]

WRITE_ROLES = ("psychologist", "social_pedagogue")
READ_ROLES = ("psychologist", "social_pedagogue", "admin")
FAULT_BEFORE_NOTIFICATION = "incident.before_notification"
# Format 2 (rules kz-2026.2) added "learned_outside_school" and "participants_not_pupils";
# format 1 payloads lack both. Receivers read a missing field as false / empty.
PAYLOAD_FORMAT = 2
MAX_TEXT = 20_000
MAX_NAME = 300
INFORM_REPRESENTATIVES = "inform_representatives"
# Clocks on school PCs drift; a detection time a little ahead of ours is not an error.
CLOCK_SLACK = timedelta(minutes=10)


def preview_obligation(category: str, *, rules: RuleSet | None = None) -> CategoryRule:
    """What the rules oblige for ``category`` - for the UI to warn before saving."""
    return (rules or load_rules()).rule(category)


# -- validation ---------------------------------------------------------------------------------


def _text(value: str, field: str, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(field, "required", f"{field} is required")
    if len(value) > MAX_TEXT:
        raise ValidationError(field, "too_long", f"{field} is longer than {MAX_TEXT} characters")
    return value


def _instant(value: datetime, field: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(field, "naive", f"{field} needs a time zone")
    if value > clock.utcnow() + CLOCK_SLACK:
        raise ValidationError(field, "future", f"{field} is in the future")
    return value


def _participants(vault: Vault, participants: Sequence[Participant]) -> tuple[Participant, ...]:
    seen: set[tuple[int, str]] = set()
    for p in participants:
        if p.role not in PARTICIPANT_ROLES:
            raise ValidationError("participants", "role", f"unknown participant role {p.role!r}")
        if (p.pupil_id, p.role) in seen:
            raise ValidationError("participants", "duplicate", "a pupil is listed twice")
        seen.add((p.pupil_id, p.role))
    missing = incident_repo.missing_pupils(vault.db, (p.pupil_id for p in participants))
    if missing:
        raise ValidationError("participants", "unknown_pupil", f"no pupil {missing[0]}")
    return tuple(participants)


def _others(others: Sequence[OtherParticipant]) -> tuple[OtherParticipant, ...]:
    """Children who are not pupils of the school, as told: a name is required, the rest not."""
    checked = []
    for other in others:
        if other.role not in PARTICIPANT_ROLES:
            raise ValidationError("others", "role", f"unknown participant role {other.role!r}")
        name = _text(other.full_name, "others")
        if not name:
            raise ValidationError("others", "required", "a child not on the list needs a name")
        if len(name) > MAX_NAME:
            raise ValidationError("others", "too_long", f"a name is longer than {MAX_NAME}")
        age = _text(other.age, "others")
        if len(age) > MAX_NAME:
            raise ValidationError("others", "too_long", f"an age is longer than {MAX_NAME}")
        checked.append(OtherParticipant(other.role, name, age, _text(other.note, "others")))
    return tuple(checked)


# -- the payload ----------------------------------------------------------------------------------


def _build_payload(
    vault: Vault,
    *,
    notification_id: str,
    incident_id: int,
    category: str,
    category_name: str,
    detected_at: str,
    description: str,
    source: str,
    location: str,
    measures: str,
    recipients: Sequence[str],
    deadline: str,
    rules_version: str,
    legal_basis: str,
    created_at: str,
    corrects: str | None,
    correction_reason: str | None,
) -> dict[str, Any]:
    people = incident_repo.identification(vault.db, incident_id)
    by_role: dict[str, list[dict[str, str]]] = {role: [] for role in PARTICIPANT_ROLES}
    for person in people:
        role = person.pop("role")
        by_role[role].append(person)
    incident = incident_repo.by_id(vault.db, incident_id)
    assert incident is not None
    not_pupils = [
        {"role": o.role, "full_name": o.full_name, "age": o.age, "note": o.note}
        for o in incident.others
    ]
    return notification_payload(
        notification_id=notification_id,
        school=vault.school,
        category=category,
        category_name=category_name,
        detected_at=detected_at,
        description=description,
        source=source,
        location=location,
        measures=measures,
        participants=by_role,
        participants_not_pupils=not_pupils,
        learned_outside_school=incident.learned_outside,
        recipients=recipients,
        deadline=deadline,
        rules_version=rules_version,
        legal_basis=legal_basis,
        reported_by={"full_name": vault.user.full_name, "role": vault.user.role},
        created_at=created_at,
        corrects=corrects,
        correction_reason=correction_reason,
    )


def notification_payload(
    *,
    notification_id: str,
    school: str,
    category: str,
    category_name: str,
    detected_at: str,
    description: str,
    source: str,
    location: str,
    measures: str,
    participants: Mapping[str, Sequence[Mapping[str, object]]],
    participants_not_pupils: Sequence[Mapping[str, object]],
    learned_outside_school: bool,
    recipients: Sequence[str],
    deadline: str,
    rules_version: str,
    legal_basis: str,
    reported_by: Mapping[str, object],
    created_at: str,
    corrects: str | None,
    correction_reason: str | None,
) -> dict[str, Any]:
    """The payload of a notification (format ``PAYLOAD_FORMAT``) from what the vault holds.

    Checked here, where it is built, against canonical JSON (RFC 8785 without floats): a float
    or an integer beyond ±(2**53 - 1) anywhere raises ``CanonicalJSONError`` before anything is
    stored, instead of a payload whose hash another JCS implementation could not reproduce.
    """
    payload: dict[str, Any] = {
        "format": PAYLOAD_FORMAT,
        "id": notification_id,
        "school": school,
        "category": category,
        "category_name": category_name,
        "detected_at": detected_at,
        "description": description,
        "source": source,
        "location": location,
        "measures": measures,
        "participants": {role: [dict(p) for p in people] for role, people in participants.items()},
        "participants_not_pupils": [dict(p) for p in participants_not_pupils],
        "learned_outside_school": learned_outside_school,
        "recipients": list(recipients),
        "deadline": deadline,
        "rules_version": rules_version,
        "legal_basis": legal_basis,
        "reported_by": dict(reported_by),
        "created_at": created_at,
        "corrects": corrects,
        "correction_reason": correction_reason,
    }
    try:
        check_canonical(payload)
    except CanonicalJSONError as exc:
        raise CanonicalJSONError(f"notification payload: {exc}") from exc
    return payload


def _insert_notification(vault: Vault, incident_id: int, payload: dict[str, Any]) -> Notification:
    text, digest = canonical_payload(payload)
    outbox.insert(
        vault.db,
        notification_id=payload["id"],
        incident_id=incident_id,
        corrects=payload["corrects"],
        recipients=payload["recipients"],
        deadline=payload["deadline"],
        rules_version=payload["rules_version"],
        payload=text,
        payload_sha256=digest,
        created_at=payload["created_at"],
        created_by=vault.user.id,
    )
    vault.audit(
        "notification.create",
        "notification",
        payload["id"],
        f"incident={incident_id};rules={payload['rules_version']}",
    )
    found = outbox.by_id(vault.db, payload["id"])
    assert found is not None
    return found


# -- follow-ups -----------------------------------------------------------------------------------


def _create_follow_ups(
    vault: Vault,
    rules: RuleSet,
    rule: CategoryRule,
    incident_id: int,
    participants: Sequence[Participant],
    *,
    skip: frozenset[str],
    language: str,
    today: date,
) -> list[tuple[int, str]]:
    """Each follow-up of the category as a task (per pupil concerned) with a due date and the
    recording user as the responsible person. The caller holds the incident's transaction."""
    created: list[tuple[int, str]] = []
    for code in rule.follow_up:
        if code in skip:
            continue
        follow = rules.follow_ups[code]
        pupils = list(
            dict.fromkeys(
                p.pupil_id for p in participants if not follow.roles or p.role in follow.roles
            )
        )
        targets: list[int | None] = list(pupils)
        if not targets and not follow.roles:
            targets = [None]  # about the incident: no pupil of the school is involved
        for pupil_id in targets:
            task_id = follow_ups.carry_out(
                vault, follow, pupil_id=pupil_id, language=language, today=today
            )
            incident_repo.link_follow_up(
                vault.db,
                task_id=task_id,
                incident_id=incident_id,
                follow_up=code,
                rules_version=rules.version,
            )
            created.append((task_id, code))
    return created


def follow_up_tasks(vault: Vault, incident_id: int) -> tuple[FollowUpTask, ...]:
    """The tasks recording the incident created, with their follow-up and rules version."""
    vault.require_role(*READ_ROLES)
    found = []
    for task_id, code, version in incident_repo.follow_ups(vault.db, incident_id):
        task = plan_repo.task_by_id(vault.db, task_id)
        if task is not None:
            found.append(FollowUpTask(code, version, task))
    return tuple(found)


# -- services -------------------------------------------------------------------------------------


def record_incident(
    vault: Vault,
    draft: IncidentDraft,
    *,
    rules: RuleSet | None = None,
    language: str = "ru",
    today: date | None = None,
) -> RecordedIncident:
    """Record an incident; if its category is mandatory, queue its notification atomically,
    and create the follow-up tasks of the rules in the same transaction.

    ``language`` names the tasks (ru, kk or en: the user's language); ``today`` (default: the
    local day) is the day their due dates count from.
    """
    vault.require_role(*WRITE_ROLES)
    rules = rules or load_rules()
    rule = rules.rule(draft.category)
    if rule.retired:
        raise ValidationError(
            "category", "retired", f"the category {rule.code!r} is kept for old incidents only"
        )
    if language not in LANGUAGES:
        raise ValidationError("language", "unknown", f"unknown language {language!r}")
    detected = _instant(draft.detected_at, "detected_at")
    description = _text(draft.description, "description", required=True)
    source = _text(draft.source, "source")
    location = _text(draft.location, "location")
    measures = _text(draft.measures, "measures")
    others = _others(draft.others)
    not_informed = _text(draft.representatives_not_informed, "representatives_not_informed")
    now = clock.now_iso()
    detected_iso = clock.iso(detected)
    with vault.db.transaction():
        participants = _participants(vault, draft.participants)
        incident_id = incident_repo.insert(
            vault.db,
            detected_at=detected_iso,
            category=rule.code,
            description=description,
            source=source,
            location=location,
            measures=measures,
            recorded_by=vault.user.id,
            created_at=now,
            learned_outside=bool(draft.learned_outside),
            representatives_not_informed=not_informed,
        )
        incident_repo.set_participants(vault.db, incident_id, participants)
        incident_repo.set_others(vault.db, incident_id, others)
        vault.audit("incident.create", "incident", str(incident_id), f"category={rule.code}")
        if not_informed:
            vault.audit("incident.representatives_not_informed", "incident", str(incident_id))
        created = _create_follow_ups(
            vault,
            rules,
            rule,
            incident_id,
            participants,
            skip=frozenset({INFORM_REPRESENTATIVES}) if not_informed else frozenset(),
            language=language,
            today=today or clock.today(),
        )
        faults.hit(FAULT_BEFORE_NOTIFICATION)
        notification = None
        if rule.mandatory:
            assert rule.deadline is not None  # the rules validator guarantees it
            notification_id = str(uuid.uuid4())
            payload = _build_payload(
                vault,
                notification_id=notification_id,
                incident_id=incident_id,
                category=rule.code,
                category_name=rule.names.get("ru", rule.code),
                detected_at=detected_iso,
                description=description,
                source=source,
                location=location,
                measures=measures,
                recipients=rule.recipients,
                deadline=clock.iso(detected + rule.deadline),
                rules_version=rules.version,
                legal_basis=rule.legal_basis,
                created_at=now,
                corrects=None,
                correction_reason=None,
            )
            notification = _insert_notification(vault, incident_id, payload)
        incident = incident_repo.by_id(vault.db, incident_id)
        tasks = tuple(
            FollowUpTask(code, rules.version, task)
            for task_id, code in created
            if (task := plan_repo.task_by_id(vault.db, task_id)) is not None
        )
    assert incident is not None
    return RecordedIncident(incident, notification, rule.follow_up, tasks)


def correct_notification(
    vault: Vault,
    notification_id: str,
    reason: str,
    *,
    detected_at: datetime | None = None,
    description: str | None = None,
    location: str | None = None,
    measures: str | None = None,
    participants: Sequence[Participant] | None = None,
) -> Notification:
    """Queue a correction of a notification: a new notification that references it.

    The incident record takes the corrected facts; the original notification (and every
    earlier correction) stays exactly as it was sent. Recipients, rules version and legal basis
    are those of the original; the correction gets the original's time allowance, counted from
    now.
    """
    vault.require_role(*WRITE_ROLES)
    reason = _text(reason, "reason", required=True)
    original = outbox.by_id(vault.db, notification_id)
    if original is None:
        raise NotFound(f"no notification {notification_id}")
    sent = json.loads(original.payload)
    allowance = original.deadline - clock.parse_iso(sent["detected_at"])
    with vault.db.transaction():
        incident = incident_repo.by_id(vault.db, original.incident_id)
        assert incident is not None
        new_detected = (
            _instant(detected_at, "detected_at")
            if detected_at is not None
            else incident.detected_at
        )
        new_description = (
            _text(description, "description", required=True)
            if description is not None
            else incident.description
        )
        new_location = _text(location, "location") if location is not None else incident.location
        new_measures = _text(measures, "measures") if measures is not None else incident.measures
        incident_repo.update_facts(
            vault.db,
            incident.id,
            detected_at=clock.iso(new_detected),
            description=new_description,
            location=new_location,
            measures=new_measures,
        )
        if participants is not None:
            incident_repo.set_participants(
                vault.db, incident.id, _participants(vault, participants)
            )
        vault.audit("incident.correct", "incident", str(incident.id))
        now = clock.utcnow()
        payload = _build_payload(
            vault,
            notification_id=str(uuid.uuid4()),
            incident_id=incident.id,
            category=incident.category,
            category_name=sent.get("category_name", incident.category),
            detected_at=clock.iso(new_detected),
            description=new_description,
            source=incident.source,
            location=new_location,
            measures=new_measures,
            recipients=original.recipients,
            deadline=clock.iso(now + max(allowance, timedelta(0))),
            rules_version=original.rules_version,
            legal_basis=sent.get("legal_basis", ""),
            created_at=clock.iso(now),
            corrects=original.id,
            correction_reason=reason,
        )
        return _insert_notification(vault, incident.id, payload)


def list_incidents(vault: Vault, *, limit: int = 100, offset: int = 0) -> list[Incident]:
    """Incidents, newest first."""
    vault.require_role(*READ_ROLES)
    if limit < 1 or offset < 0:
        raise ValidationError("limit", "range", "limit must be positive and offset not negative")
    return incident_repo.page(vault.db, limit=min(limit, 1000), offset=offset)


def get_incident(vault: Vault, incident_id: int) -> IncidentDetail:
    """One incident with every notification made about it (viewing is audited)."""
    if vault.user.role not in READ_ROLES:
        raise PermissionDenied(f"the role {vault.user.role} may not view incidents")
    incident = incident_repo.by_id(vault.db, incident_id)
    if incident is None:
        raise NotFound(f"no incident {incident_id}")
    vault.audit("incident.view", "incident", str(incident_id))
    return IncidentDetail(incident, tuple(outbox.for_incident(vault.db, incident_id)))
