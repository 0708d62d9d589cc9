"""Register entries: open, review with history, close; role rules; reviews due."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.pupils import PupilDraft
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.iin import make_iin
from app.services import pupils as ps
from app.services import register
from app.storage import audit
from app.vault import Vault
from tests.conftest import VaultSetup

OPENED = date(2026, 9, 10)


def new_pupil(vault: Vault, serial: int = 1, surname: str = "Бекова") -> int:
    return ps.create_pupil(
        vault,
        PupilDraft(
            iin=make_iin(date(2011, 4, 2), "F", serial),
            surname=surname,
            name="Дана",
            class_name="9Б",
        ),
    ).id


def test_open_review_close_keeps_history(vault_setup: VaultSetup) -> None:
    psy = vault_setup.open("psy")
    pid = new_pupil(psy)
    entry = register.open_entry(
        psy,
        pid,
        "increased_attention",
        " Систематические пропуски ",
        OPENED,
        review_due=date(2026, 12, 10),
    )
    assert entry.is_open
    assert (entry.basis, entry.opened_by, entry.review_due) == (
        "Систематические пропуски",
        psy.user.id,
        date(2026, 12, 10),
    )

    first = register.review_entry(
        psy, entry.id, "Посещаемость улучшилась", date(2026, 12, 8), date(2027, 3, 1)
    )
    second = register.review_entry(psy, entry.id, "Без изменений", date(2027, 2, 27), None)
    assert register.reviews_for_entry(psy, entry.id) == [first, second]
    assert register.get_entry(psy, entry.id).review_due is None

    soc = vault_setup.open("soc")
    closed = register.close_entry(
        soc, entry.id, "Снят решением совета профилактики", date(2027, 5, 20)
    )
    assert not closed.is_open
    assert (closed.closed_on, closed.close_reason, closed.closed_by) == (
        date(2027, 5, 20),
        "Снят решением совета профилактики",
        soc.user.id,
    )
    assert register.entries_for_pupil(soc, pid) == [closed]
    assert len(register.reviews_for_entry(soc, entry.id)) == 2

    logged = [
        e.action
        for e in audit.entries(soc.db, object_type="register_entry", object_id=str(entry.id))
    ]
    assert logged == ["register.close", "register.review", "register.review", "register.open"]
    assert audit.first_broken_entry(soc.db) is None


def test_admin_may_neither_open_nor_close(vault_setup: VaultSetup) -> None:
    soc = vault_setup.open("soc")
    pid = new_pupil(soc)
    entry = register.open_entry(soc, pid, "family_in_difficulty", "Акт ЖБУ", OPENED)
    admin = vault_setup.open("admin")
    with pytest.raises(PermissionDenied):
        register.open_entry(admin, pid, "probation", "Письмо", OPENED)
    with pytest.raises(PermissionDenied):
        register.review_entry(admin, entry.id, "Заметка", date(2026, 10, 1), None)
    with pytest.raises(PermissionDenied):
        register.close_entry(admin, entry.id, "Выбыл", date(2026, 10, 1))
    assert register.get_entry(admin, entry.id).is_open
    assert [e.entry.id for e in register.entries_needing_review(admin, OPENED)] == []
    assert register.entries_for_pupil(admin, pid) == [entry]  # reading is allowed


def test_close_needs_a_reason_and_happens_once(psy: Vault) -> None:
    entry = register.open_entry(psy, new_pupil(psy), "internal_school_register", "Драка", OPENED)
    with pytest.raises(ValidationError) as info:
        register.close_entry(psy, entry.id, "   ", date(2026, 10, 1))
    assert info.value.field == "reason"
    with pytest.raises(ValidationError) as info:
        register.close_entry(psy, entry.id, "Исправился", date(2026, 9, 1))
    assert info.value.field == "closed_on"
    register.close_entry(psy, entry.id, "Исправился", date(2026, 10, 1))
    with pytest.raises(Conflict):
        register.close_entry(psy, entry.id, "Ещё раз", date(2026, 10, 2))
    with pytest.raises(Conflict):
        register.review_entry(psy, entry.id, "Поздно", date(2026, 10, 3), None)


def test_open_validation(psy: Vault) -> None:
    pid = new_pupil(psy)
    with pytest.raises(ValidationError) as info:
        register.open_entry(psy, pid, "no_such_category", "Основание", OPENED)
    assert info.value.field == "category"
    with pytest.raises(ValidationError) as info:
        register.open_entry(psy, pid, "probation", "", OPENED)
    assert info.value.field == "basis"
    with pytest.raises(ValidationError) as info:
        register.open_entry(psy, pid, "probation", "Письмо", OPENED, review_due=date(2026, 1, 1))
    assert info.value.field == "review_due"
    with pytest.raises(NotFound):
        register.open_entry(psy, 999, "probation", "Письмо", OPENED)
    register.open_entry(psy, pid, "probation", "Письмо", OPENED)
    with pytest.raises(Conflict):
        register.open_entry(psy, pid, "probation", "Второе письмо", OPENED)


def test_review_validation(psy: Vault) -> None:
    entry = register.open_entry(psy, new_pupil(psy), "probation", "Письмо", OPENED)
    with pytest.raises(ValidationError) as info:
        register.review_entry(psy, entry.id, "", date(2026, 10, 1), None)
    assert info.value.field == "note"
    with pytest.raises(ValidationError) as info:
        register.review_entry(psy, entry.id, "Заметка", date(2026, 10, 1), date(2026, 10, 1))
    assert info.value.field == "next_review"
    with pytest.raises(ValidationError) as info:
        register.review_entry(psy, entry.id, "Заметка", date(2026, 9, 1), None)
    assert info.value.field == "reviewed_on"
    with pytest.raises(NotFound):
        register.review_entry(psy, 404, "Заметка", date(2026, 10, 1), None)


def test_entries_needing_review(psy: Vault) -> None:
    today = date(2026, 11, 20)
    a = new_pupil(psy, 1, "Аманова")
    b = new_pupil(psy, 2, "Бекова")
    overdue = register.open_entry(
        psy, a, "probation", "Письмо", OPENED, review_due=date(2026, 11, 1)
    )
    in_week = register.open_entry(
        psy, b, "probation", "Письмо", OPENED, review_due=date(2026, 11, 27)
    )
    register.open_entry(
        psy, b, "increased_attention", "Пропуски", OPENED, review_due=date(2026, 11, 28)
    )  # eight days ahead: not yet
    register.open_entry(psy, a, "increased_attention", "Пропуски", OPENED)  # no date set
    closed = register.open_entry(
        psy, a, "family_in_difficulty", "Акт", OPENED, review_due=date(2026, 10, 1)
    )
    register.close_entry(psy, closed.id, "Семья переехала", date(2026, 10, 5))

    due = register.entries_needing_review(psy, today)
    assert [d.entry.id for d in due] == [overdue.id, in_week.id]
    assert due[0].pupil.surname == "Аманова"
    assert due[1].pupil.full_name == "Бекова Дана"
    # A review moves the date on.
    register.review_entry(psy, overdue.id, "Посещение на дому", today, date(2027, 2, 1))
    assert [d.entry.id for d in register.entries_needing_review(psy, today)] == [in_week.id]
