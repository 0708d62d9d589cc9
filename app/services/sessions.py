"""Counselling sessions: a shared summary, and a psychologist's confidential notes.

Confidential notes are encrypted a second time with the compartment key (DESIGN §3): only a
psychologist writes them, and only a psychologist holding the key reads them back - a social
pedagogue or an administrator sees that notes exist, never what they say, even with the
database open.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app import clock
from app.domain.cases import (
    SESSION_KINDS,
    SessionDraft,
    SessionRecord,
    SessionTemplate,
    StoredSession,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services.plans import check_date, check_pupil, follow_up_task, text
from app.storage import sessions as repo
from app.vault import Vault

__all__ = [
    "SESSION_TEMPLATES",
    "get_session",
    "list_sessions_for_pupil",
    "record_session",
]

# Case-work roles only: counselling is not the administrator's business.
ROLES = ("psychologist", "social_pedagogue")
MAX_DURATION_MIN = 8 * 60
CLOCK_SLACK = timedelta(minutes=10)

_T = SessionTemplate
# Summary skeletons in Russian (the working language of the records); the UI translates the
# labels by code.
SESSION_TEMPLATES: dict[str, SessionTemplate] = {
    t.code: t
    for t in (
        _T(
            "initial",
            "individual",
            "Повод обращения: \nЗапрос: \nПроведено: \nНаблюдения: \nДоговорённости: ",
        ),
        _T(
            "follow_up",
            "individual",
            "Динамика с прошлой встречи: \nПроведено: \nНаблюдения: \nДоговорённости: ",
        ),
        _T(
            "crisis",
            "crisis",
            "Ситуация: \nОценка риска: \nПринятые меры: \nКому сообщено: \nПлан безопасности: ",
        ),
        _T(
            "after_violence",
            "individual",
            "Повод: сопровождение после пережитого насилия (травли).\nСостояние: \n"
            "Проведено: \nРесурсы и поддержка: \nДоговорённости: ",
        ),
        _T(
            "family",
            "family",
            "Участники: \nЗапрос семьи: \nПроведено: \nНаблюдения: \nРекомендации семье: ",
        ),
        _T(
            "with_representative",
            "with_representative",
            "Законный представитель: \nТема беседы: \nИнформирован(а) о: \n"
            "Рекомендации: \nДоговорённости: ",
        ),
        _T("group", "group", "Группа (класс): \nТема занятия: \nЦель: \nПроведено: \nРезультат: "),
        _T(
            "absence",
            "individual",
            "Повод: пропуски занятий без уважительной причины.\nПричины со слов обучающегося: \n"
            "Проведено: \nДоговорённости: ",
        ),
        _T(
            "conflict",
            "group",
            "Стороны конфликта: \nСуть конфликта: \nПроведено (медиация): \nДоговорённости: ",
        ),
    )
}


def _check(vault: Vault, draft: SessionDraft) -> SessionDraft:
    if draft.kind not in SESSION_KINDS:
        raise ValidationError("kind", "unknown", f"unknown session kind {draft.kind!r}")
    if not isinstance(draft.held_at, datetime) or draft.held_at.tzinfo is None:
        raise ValidationError("held_at", "naive", "the session time needs a time zone")
    if draft.held_at > clock.utcnow() + CLOCK_SLACK:
        raise ValidationError("held_at", "future", "a session is recorded after it is held")
    if (
        not isinstance(draft.duration_min, int)
        or isinstance(draft.duration_min, bool)
        or not 0 < draft.duration_min <= MAX_DURATION_MIN
    ):
        raise ValidationError(
            "duration_min", "range", f"duration is 1 to {MAX_DURATION_MIN} minutes"
        )
    check_date(draft.next_step_due, "next_step_due")
    if draft.next_step_due is not None and not draft.next_step.strip():
        raise ValidationError("next_step", "required", "a due date needs a next step")
    return draft


def record_session(vault: Vault, draft: SessionDraft) -> SessionRecord:
    """Record a session; confidential notes only from a psychologist. A next step becomes a
    task for the author, in the same transaction."""
    vault.require_role(*ROLES)
    _check(vault, draft)
    summary = text(draft.summary, "summary")
    notes = (draft.confidential_notes or "").strip()
    next_step = text(draft.next_step, "next_step", limit=1000)
    blob = None
    if notes:
        if not vault.user.is_psychologist or not vault.can_read_confidential:
            raise PermissionDenied("only a psychologist may write confidential notes")
        blob = vault.encrypt_confidential(notes)
    if not summary and not notes:
        raise ValidationError("summary", "required", "a session needs a summary or notes")
    with vault.db.transaction():
        check_pupil(vault, draft.pupil_id)
        session_id = repo.insert(
            vault.db,
            pupil_id=draft.pupil_id,
            kind=draft.kind,
            held_at=clock.iso(draft.held_at),
            duration_min=draft.duration_min,
            summary=summary,
            confidential_blob=blob,
            author_id=vault.user.id,
            created_at=clock.now_iso(),
        )
        vault.audit(
            "session.create",
            "session",
            str(session_id),
            f"kind={draft.kind};confidential={int(blob is not None)}",
        )
        if next_step:
            follow_up_task(
                vault,
                title=next_step,
                pupil_id=draft.pupil_id,
                session_id=session_id,
                responsible_id=vault.user.id,
                due_on=draft.next_step_due,
            )
        stored = repo.by_id(vault.db, session_id)
    assert stored is not None
    return _record(vault, stored, decrypt=blob is not None)


def _may_decrypt(vault: Vault, stored: StoredSession) -> bool:
    return vault.can_read_confidential and (
        stored.author_id == vault.user.id or vault.user.is_psychologist
    )


def _record(vault: Vault, stored: StoredSession, *, decrypt: bool) -> SessionRecord:
    notes = None
    if decrypt and stored.confidential_blob is not None and _may_decrypt(vault, stored):
        notes = vault.decrypt_confidential(stored.confidential_blob)
    return SessionRecord(
        id=stored.id,
        pupil_id=stored.pupil_id,
        kind=stored.kind,
        held_at=stored.held_at,
        duration_min=stored.duration_min,
        summary=stored.summary,
        author_id=stored.author_id,
        created_at=stored.created_at,
        has_confidential=stored.confidential_blob is not None,
        confidential_notes=notes,
    )


def get_session(vault: Vault, session_id: int) -> SessionRecord:
    """One session; its confidential notes decrypted only for a psychologist with the key.

    Viewing is audited (and whether the confidential notes were opened).
    """
    vault.require_role(*ROLES)
    stored = repo.by_id(vault.db, session_id)
    if stored is None:
        raise NotFound(f"no session {session_id}")
    record = _record(vault, stored, decrypt=True)
    vault.audit(
        "session.view",
        "session",
        str(session_id),
        f"confidential={int(record.confidential_notes is not None)}",
    )
    return record


def list_sessions_for_pupil(vault: Vault, pupil_id: int) -> list[SessionRecord]:
    """A pupil's sessions, newest first, without confidential notes (open one to read them)."""
    vault.require_role(*ROLES)
    return [_record(vault, s, decrypt=False) for s in repo.for_pupil(vault.db, pupil_id)]
