"""Synthetic demo data: a plausible school year, generated from name lists, never real people.

Used by `qorgau seed-demo`, `qorgau demo`, the first-run wizard's demo path, screenshots and
benchmarks. Pupils go in through the bulk storage path (tens of thousands in seconds); every
other record goes through the services, so demo incidents create their notifications through
the real outbox and everything is audited like real work.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from app import clock
from app.domain.cases import IncidentDraft, Participant, SessionDraft
from app.errors import PermissionDenied, ValidationError
from app.rules import load_rules
from app.services import absences, council, plans, referrals, register, sessions
from app.services import incidents as incident_service
from app.services.notifications import record_phone_report
from app.storage import pupils as pupils_repo
from app.synthetic import (
    SyntheticPupil,
    confidential_note,
    generate_pupils,
    incident_description,
    plan_goal,
    session_summary,
)
from app.vault import Vault

_MANDATORY_SHARE = 0.3
_ROLES = ("victim", "initiator", "witness")


@dataclass(frozen=True)
class DemoSummary:
    pupils: int
    incidents: int
    notifications: int
    sessions: int
    register_entries: int

    def __str__(self) -> str:
        return (
            f"added {self.pupils} synthetic pupils, {self.incidents} incidents "
            f"({self.notifications} mandatory notifications), {self.sessions} sessions, "
            f"{self.register_entries} register entries"
        )


def add_synthetic_pupils(
    vault: Vault, generated: Sequence[SyntheticPupil], *, now: datetime | None = None
) -> list[int]:
    """Bulk-insert synthetic pupils (and their representatives) not already in the vault."""
    known = pupils_repo.all_iins(vault.db)
    fresh = [p for p in generated if p.iin not in known]
    values = [
        pupils_repo.PupilValues(
            p.iin, p.surname, p.name, p.patronymic, p.class_name, p.birth_date, p.sex, p.address
        )
        for p in fresh
    ]
    with vault.db.transaction():
        ids = pupils_repo.insert_many(vault.db, values, now=clock.iso(now or clock.utcnow()))
        pupils_repo.insert_representatives(
            vault.db,
            [
                (pid, p.representative.full_name, p.representative.phone)
                for pid, p in zip(ids, fresh, strict=True)
            ],
        )
        vault.audit("demo.seed", detail=f"pupils={len(ids)}")
    return ids


MAX_DEMO_RECORDS = 100_000  # the benchmarks' 50,000-pupil school, with room


def seed_demo(
    vault: Vault,
    *,
    pupils: int = 200,
    incidents: int = 30,
    seed: int = 2026,
    now: datetime | None = None,
) -> DemoSummary:
    for name, value in (("pupils", pupils), ("incidents", incidents)):
        if not 0 <= value <= MAX_DEMO_RECORDS:
            raise ValidationError(
                name, "range", f"--{name} takes a number from 0 to {MAX_DEMO_RECORDS:,}"
            )
    if vault.user.is_admin:
        raise PermissionDenied(
            "demo records are added by a psychologist or social pedagogue "
            "account; an administrator manages accounts only"
        )
    now = now or clock.utcnow()
    today = now.date()
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    ids = add_synthetic_pupils(vault, generate_pupils(pupils, seed=seed, today=today), now=now)
    if not ids:
        return DemoSummary(0, 0, 0, 0, 0)

    rules = load_rules()
    live = rules.selectable()  # not the retired categories, kept for old incidents only
    mandatory = sorted(c for c, r in live.items() if r.mandatory)
    other = sorted(c for c, r in live.items() if not r.mandatory)
    register_categories = sorted(rules.register_categories)
    attention = rng.sample(ids, max(1, min(len(ids), len(ids) // 12)))

    entries = 0
    for pupil_id in attention:
        opened = today - timedelta(days=rng.randrange(20, 250))
        register.open_entry(
            vault,
            pupil_id,
            rng.choice(register_categories),
            "Решение совета профилактики (синтетические данные)",
            opened,
            review_due=today + timedelta(days=rng.randrange(-10, 60)),
        )
        entries += 1

    notifications = 0
    for _ in range(incidents):
        category = rng.choice(mandatory if rng.random() < _MANDATORY_SHARE else other)
        is_mandatory = rules.categories[category].mandatory
        # A notification is created when its incident is recorded, so mandatory demo cases are
        # recent (minutes to an hour and a half ago): the dashboard shows live countdowns, some
        # late ones and some phoned in. Other incidents spread over the school year.
        detected = (
            now - timedelta(minutes=rng.randrange(3, 90))
            if is_mandatory
            else now - timedelta(hours=rng.randrange(1, 24 * 120))
        )
        involved = rng.sample(attention if rng.random() < 0.7 else ids, k=min(2, len(ids)))
        participants = tuple(Participant(pid, _ROLES[n % 3]) for n, pid in enumerate(involved))
        recorded = incident_service.record_incident(
            vault,
            IncidentDraft(
                detected_at=detected,
                category=category,
                description=incident_description(rng, category),
                source="классный руководитель",
                location="школа",
                measures="проведена беседа",
                participants=participants,
            ),
            rules=rules,
        )
        if recorded.notification is not None:
            notifications += 1
            called_at = detected + timedelta(minutes=20)
            if called_at < now - timedelta(minutes=2) and rng.random() < 0.6:
                # No connection at the time: the school phoned the duty officer (the fallback).
                record_phone_report(
                    vault,
                    recorded.notification.id,
                    called_at=called_at,
                    answered_by="дежурный ОП (синтетика)",
                    reference=f"КУИ-{rng.randrange(1000, 9999)}",
                    phone_number="102",
                )

    held = 0
    for pupil_id in attention:
        for _ in range(rng.randrange(1, 4)):
            held_at = datetime.combine(
                today - timedelta(days=rng.randrange(1, 200)),
                time(9 + rng.randrange(7)),
                tzinfo=UTC,
            )
            notes = confidential_note(rng) if vault.can_read_confidential else ""
            next_step = "повторная встреча" if rng.random() < 0.3 else ""
            sessions.record_session(
                vault,
                SessionDraft(
                    pupil_id=pupil_id,
                    kind=rng.choice(["individual", "family", "crisis", "with_representative"]),
                    held_at=held_at,
                    duration_min=rng.choice([30, 40, 45, 60]),
                    summary=session_summary(rng),
                    confidential_notes=notes,
                    next_step=next_step,
                    next_step_due=today + timedelta(days=rng.randrange(1, 14))
                    if next_step
                    else None,
                ),
            )
            held += 1
        if rng.random() < 0.5:
            plan = plans.create_plan(
                vault, pupil_id, "План педагогического сопровождения", plan_goal(rng)
            )
            for _ in range(2):
                plans.add_task(
                    vault,
                    plan_id=plan.id,
                    title=plan_goal(rng),
                    responsible_id=vault.user.id,
                    due_on=today + timedelta(days=rng.randrange(-5, 20)),
                )
        if rng.random() < 0.3:
            referrals.create_referral(
                vault,
                pupil_id,
                rng.choice(["psych_support_centre", "child_friendly_office", "medical", "pmpk"]),
                today - timedelta(days=rng.randrange(1, 90)),
                "по результатам диагностики",
            )
        if rng.random() < 0.4:
            start = today - timedelta(days=rng.randrange(1, 60))
            absences.record_absence(
                vault,
                pupil_id,
                start,
                start + timedelta(days=1),
                excused=False,
                reason="без уважительной причины",
            )

    meeting = council.plan_meeting(
        vault,
        today + timedelta(days=rng.randrange(2, 20)),
        [
            "Директор (председатель)",
            "Социальный педагог",
            "Педагог-психолог",
            "Инспектор по делам несовершеннолетних",
        ],
        "Рассмотрение обучающихся, состоящих на учёте",
    )
    for pupil_id in attention[:3]:
        council.add_pupil_to_meeting(vault, meeting.id, pupil_id, "систематические пропуски")
    return DemoSummary(len(ids), incidents, notifications, held, entries)
