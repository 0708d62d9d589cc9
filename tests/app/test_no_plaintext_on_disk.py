"""A unique string planted in every kind of record appears in no file of the data directory."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.domain.cases import IncidentDraft, Participant, SessionDraft
from app.domain.pupils import PupilDraft, RepresentativeDraft
from app.iin import make_iin
from app.services import absences, council, incidents, plans, pupils, referrals, register, sessions
from app.services.notifications import record_phone_report
from tests.conftest import VaultSetup


def plant(setup: VaultSetup, marker: str) -> None:
    psy = setup.open("psy")
    today = date.today()
    pupil = pupils.create_pupil(
        psy,
        PupilDraft(
            iin=make_iin(date(2012, 5, 17), "F", 1234),
            surname=f"Фамилия{marker}",
            name=f"Имя{marker}",
            patronymic=f"Отчество{marker}",
            class_name="6Б",
            address=f"ул. {marker}",
        ),
    )
    pupils.add_representative(
        psy,
        pupil.id,
        RepresentativeDraft(
            full_name=f"Мать {marker}",
            relation="mother",
            phone="+7 701 000 00 00",
            address=f"адрес {marker}",
        ),
    )
    entry = register.open_entry(psy, pupil.id, "increased_attention", f"основание {marker}", today)
    register.review_entry(psy, entry.id, f"пересмотр {marker}", today, None)
    recorded = incidents.record_incident(
        psy,
        IncidentDraft(
            detected_at=datetime.now(UTC) - timedelta(minutes=5),
            category="violence",
            description=f"описание {marker}",
            source=f"источник {marker}",
            location=f"место {marker}",
            measures=f"меры {marker}",
            participants=(Participant(pupil.id, "victim"),),
        ),
    )
    assert recorded.notification is not None
    record_phone_report(
        psy,
        recorded.notification.id,
        called_at=datetime.now(UTC),
        answered_by=f"дежурный {marker}",
        reference=f"№ {marker}",
        phone_number="102",
    )
    sessions.record_session(
        psy,
        SessionDraft(
            pupil_id=pupil.id,
            kind="individual",
            held_at=datetime.now(UTC),
            duration_min=45,
            summary=f"итог {marker}",
            confidential_notes=f"тайна {marker}",
            next_step=f"шаг {marker}",
            next_step_due=today + timedelta(days=3),
        ),
    )
    plan = plans.create_plan(psy, pupil.id, f"план {marker}", f"цели {marker}")
    plans.add_task(psy, plan_id=plan.id, title=f"задача {marker}", due_on=today)
    plans.review_plan(psy, plan.id, f"обзор {marker}")
    referral = referrals.create_referral(psy, pupil.id, "medical", today, f"причина {marker}")
    referrals.record_referral_outcome(psy, referral.id, f"итог {marker}")
    meeting = council.plan_meeting(psy, today, [f"член {marker}"], f"повестка {marker}")
    council.add_pupil_to_meeting(psy, meeting.id, pupil.id, f"повод {marker}")
    council.record_decision(psy, meeting.id, pupil.id, f"решение {marker}", None, today)
    absence = absences.record_absence(
        psy, pupil.id, today, today, excused=False, reason=f"пропуск {marker}"
    )
    absences.record_absence_work(psy, absence.id, f"работа {marker}", resolved=False)


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_planted_string_is_nowhere_on_disk(vault_setup: VaultSetup) -> None:
    marker = "Қ" + secrets.token_hex(6).upper()
    plant(vault_setup, marker)
    vault_setup.close_all()
    files = files_under(vault_setup.data_dir)
    assert any(p.name == "qorgau.db" for p in files)
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker[1:].encode("ascii")]
    leaks = [str(p) for p in files for n in needles if n in p.read_bytes()]
    assert leaks == []


def test_nothing_in_the_clear_while_open_either(vault_setup: VaultSetup) -> None:
    # As a power cut would leave it: the vault open, recent writes still in the WAL file.
    marker = "Қ" + secrets.token_hex(6).upper()
    plant(vault_setup, marker)
    files = files_under(vault_setup.data_dir)
    wal = [p for p in files if p.name.endswith("-wal")]
    assert wal and wal[0].stat().st_size > 0
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker[1:].encode("ascii")]
    assert [str(p) for p in files for n in needles if n in p.read_bytes()] == []


def test_the_check_can_fail(vault_setup: VaultSetup, tmp_path: Path) -> None:
    # The same search finds a marker written in the clear, so the test above is not vacuous.
    marker = "Қ" + secrets.token_hex(6).upper()
    (vault_setup.data_dir / "stray.txt").write_text(f"x {marker} y", encoding="utf-8")
    files = files_under(vault_setup.data_dir)
    assert any(marker.encode() in p.read_bytes() for p in files)
