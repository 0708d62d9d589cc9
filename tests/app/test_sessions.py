"""Counselling sessions and the confidential compartment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app import clock
from app.domain.cases import SESSION_KINDS, SessionDraft
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services.plans import tasks_for_pupil
from app.services.sessions import (
    SESSION_TEMPLATES,
    get_session,
    list_sessions_for_pupil,
    record_session,
)
from app.storage import audit as audit_repo
from app.vault import Vault
from tests.app.test_incidents import add_pupils
from tests.conftest import VaultSetup

SECRET = "Рассказала о побоях со стороны отчима; просила не говорить матери."


def session(pupil_id: int, **changes: object) -> SessionDraft:
    """A valid draft for ``pupil_id`` with ``changes`` applied."""
    values: dict[str, object] = dict(
        pupil_id=pupil_id,
        kind="individual",
        held_at=clock.utcnow() - timedelta(hours=1),
        duration_min=45,
        summary="Беседа о самочувствии в классе.",
    )
    values.update(changes)
    return SessionDraft(**values)  # type: ignore[arg-type]


def test_psychologist_notes_are_encrypted_and_readable_only_by_psychologists(
    vault_setup: VaultSetup,
) -> None:
    psy = vault_setup.open("psy")
    [pupil] = add_pupils(psy, 1)
    record = record_session(psy, session(pupil, confidential_notes=SECRET))
    assert record.has_confidential and record.confidential_notes == SECRET
    assert get_session(psy, record.id).confidential_notes == SECRET

    # The raw column holds ciphertext only.
    blob = psy.db.scalar(
        "SELECT confidential_notes FROM counselling_sessions WHERE id = ?", (record.id,)
    )
    assert isinstance(blob, bytes) and SECRET.encode() not in blob
    assert "отчима".encode() not in blob

    # A social pedagogue has the database open, and sees that notes exist - not what they say.
    soc = vault_setup.open("soc")
    seen = get_session(soc, record.id)
    assert seen.has_confidential and seen.confidential_notes is None
    assert seen.summary == record.summary
    raw = soc.db.scalar(
        "SELECT confidential_notes FROM counselling_sessions WHERE id = ?", (record.id,)
    )
    with pytest.raises(PermissionDenied):
        soc.decrypt_confidential(raw)
    assert [s.confidential_notes for s in list_sessions_for_pupil(soc, pupil)] == [None]
    # Administrators do not read counselling records at all.
    with pytest.raises(PermissionDenied):
        get_session(vault_setup.open("admin"), record.id)

    views = [
        e for e in audit_repo.entries(psy.db, object_type="session") if e.action == "session.view"
    ]
    assert sorted(e.detail for e in views) == ["confidential=0", "confidential=1"]


def test_social_pedagogue_records_sessions_but_not_confidential_notes(soc: Vault) -> None:
    [pupil] = add_pupils(soc, 1)
    record = record_session(soc, session(pupil, kind="with_representative"))
    assert not record.has_confidential and record.confidential_notes is None
    with pytest.raises(PermissionDenied):
        record_session(soc, session(pupil, confidential_notes="личное"))
    assert soc.db.scalar("SELECT count(*) FROM counselling_sessions") == 1


def test_next_step_becomes_a_task_for_the_author(psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    due = date(2026, 12, 1)
    record = record_session(
        psy, session(pupil, kind="crisis", next_step="Встреча с матерью", next_step_due=due)
    )
    [task] = tasks_for_pupil(psy, pupil)
    assert (task.title, task.due_on, task.session_id) == ("Встреча с матерью", due, record.id)
    assert task.responsible_id == psy.user.id and not task.done
    actions = [e.action for e in reversed(audit_repo.entries(psy.db))]
    assert actions[-2:] == ["session.create", "task.create"]
    assert audit_repo.first_broken_entry(psy.db) is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "lecture"}, "kind"),
        ({"duration_min": 0}, "duration_min"),
        ({"duration_min": 10_000}, "duration_min"),
        ({"held_at": clock.utcnow() + timedelta(days=2)}, "held_at"),
        ({"summary": "  "}, "summary"),
        ({"next_step_due": date(2026, 12, 1)}, "next_step"),
        ({"pupil_id": 424242}, "pupil_id"),
    ],
)
def test_invalid_sessions_are_refused(psy: Vault, changes: dict[str, object], field: str) -> None:
    [pupil] = add_pupils(psy, 1)
    changes = {"pupil_id": pupil, **changes}
    with pytest.raises(ValidationError) as err:
        record_session(psy, session(**changes))  # type: ignore[arg-type]
    assert err.value.field == field
    assert psy.db.scalar("SELECT count(*) FROM counselling_sessions") == 0
    assert psy.db.scalar("SELECT count(*) FROM tasks") == 0


def test_listing_templates_and_missing(psy: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    older = record_session(psy, session(pupil, held_at=clock.utcnow() - timedelta(days=3)))
    newer = record_session(psy, session(pupil, confidential_notes=SECRET))
    listed = list_sessions_for_pupil(psy, pupil)
    assert [s.id for s in listed] == [newer.id, older.id]
    assert listed[0].has_confidential and listed[0].confidential_notes is None
    with pytest.raises(NotFound):
        get_session(psy, 9999)
    assert {t.kind for t in SESSION_TEMPLATES.values()} <= set(SESSION_KINDS)
    assert set(SESSION_KINDS) <= {t.kind for t in SESSION_TEMPLATES.values()}
    assert all(code == t.code and t.summary for code, t in SESSION_TEMPLATES.items())
