"""Pupils and legal representatives: IIN derivation, clashes, duplicates, views, audit."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.pupils import PupilDraft, RepresentativeDraft
from app.errors import Conflict, NotFound, ValidationError
from app.iin import make_iin
from app.services import pupils as ps
from app.storage import audit
from app.vault import Vault

BORN = date(2012, 3, 14)
IIN_M = make_iin(BORN, "M", 1)
IIN_F = make_iin(date(2013, 9, 1), "F", 2)


def draft(iin: str = IIN_M, **kw: object) -> PupilDraft:
    values: dict[str, object] = {
        "surname": "Әлиев",
        "name": "Нұрлан",
        "patronymic": "Серікұлы",
        "class_name": "7а",
        "address": "с. Шамалған",
    }
    values.update(kw)
    return PupilDraft(iin=iin, **values)  # type: ignore[arg-type]


def actions(vault: Vault) -> list[str]:
    return [e.action for e in audit.entries(vault.db)]


def assert_chain_intact(vault: Vault) -> None:
    assert audit.first_broken_entry(vault.db) is None


def test_create_derives_birth_date_and_sex_from_the_iin(psy: Vault) -> None:
    pupil = ps.create_pupil(psy, draft(iin=f" {IIN_M[:6]} {IIN_M[6:]} "))
    assert pupil.iin == IIN_M
    assert pupil.birth_date == BORN
    assert pupil.sex == "M"
    assert pupil.class_name == "7А"
    assert pupil.full_name == "Әлиев Нұрлан Серікұлы"
    assert pupil.created_at == pupil.updated_at
    assert ps.get_pupil(psy, pupil.id, audit_view=False) == pupil
    assert "pupil.create" in actions(psy)
    assert_chain_intact(psy)


def test_matching_birth_date_and_sex_are_accepted(soc: Vault) -> None:
    pupil = ps.create_pupil(soc, draft(birth_date=BORN, sex="M"))
    assert (pupil.birth_date, pupil.sex) == (BORN, "M")


def test_birth_date_clash_names_the_field(psy: Vault) -> None:
    with pytest.raises(ValidationError) as info:
        ps.create_pupil(psy, draft(birth_date=date(2012, 3, 15)))
    assert (info.value.field, info.value.reason) == ("birth_date", "iin_mismatch")


def test_sex_clash_names_the_field(psy: Vault) -> None:
    with pytest.raises(ValidationError) as info:
        ps.create_pupil(psy, draft(sex="F"))
    assert (info.value.field, info.value.reason) == ("sex", "iin_mismatch")


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"iin": "123"}, "iin"),
        ({"iin": IIN_M[:-1] + str((int(IIN_M[-1]) + 1) % 10)}, "iin"),
        ({"surname": "  "}, "surname"),
        ({"name": ""}, "name"),
        ({"class_name": "сорок"}, "class_name"),
        ({"class_name": ""}, "class_name"),
        ({"sex": "X"}, "sex"),
    ],
)
def test_invalid_input_names_the_field(psy: Vault, kw: dict[str, str], field: str) -> None:
    before = audit.count(psy.db)
    with pytest.raises(ValidationError) as info:
        ps.create_pupil(psy, draft(**kw))
    assert info.value.field == field
    assert audit.count(psy.db) == before
    assert ps.count_pupils(psy) == 0


def test_duplicate_iin_is_refused(psy: Vault) -> None:
    ps.create_pupil(psy, draft())
    with pytest.raises(Conflict):
        ps.create_pupil(psy, draft(surname="Другой"))
    assert ps.count_pupils(psy) == 1


def test_update_changes_fields_and_audits_field_names_only(soc: Vault) -> None:
    pupil = ps.create_pupil(soc, draft())
    updated = ps.update_pupil(soc, pupil.id, draft(class_name="8 б", address="г. Алматы"))
    assert updated.class_name == "8Б"
    assert updated.address == "г. Алматы"
    assert updated.created_at == pupil.created_at
    entry = audit.entries(soc.db, object_type="pupil", object_id=str(pupil.id))[0]
    assert entry.action == "pupil.update"
    assert entry.detail == "fields=class_name,address"
    assert "Алматы" not in entry.detail
    assert_chain_intact(soc)


def test_update_to_an_iin_of_another_pupil_is_a_conflict(soc: Vault) -> None:
    first = ps.create_pupil(soc, draft())
    ps.create_pupil(soc, draft(iin=IIN_F, name="Айгүл"))
    with pytest.raises(Conflict):
        ps.update_pupil(soc, first.id, draft(iin=IIN_F))
    with pytest.raises(NotFound):
        ps.update_pupil(soc, 9999, draft())


def test_viewing_a_card_is_audited(admin: Vault) -> None:
    pupil = ps.create_pupil(admin, draft())
    ps.get_pupil(admin, pupil.id)
    viewed = audit.entries(admin.db, object_type="pupil", object_id=str(pupil.id))
    assert [e.action for e in viewed] == ["pupil.view", "pupil.create"]
    assert viewed[0].actor == "admin"
    ps.get_pupil(admin, pupil.id, audit_view=False)
    assert len(audit.entries(admin.db, object_type="pupil", object_id=str(pupil.id))) == 2
    with pytest.raises(NotFound):
        ps.get_pupil(admin, 12345)


def test_classes_sort_naturally(psy: Vault) -> None:
    for serial, cls in enumerate(["10А", "2Б", "1А", "11В", "2А", "1А"]):
        ps.create_pupil(psy, draft(iin=make_iin(BORN, "M", 100 + serial * 7), class_name=cls))
    assert ps.classes(psy) == ["1А", "2А", "2Б", "10А", "11В"]


def test_representatives(soc: Vault) -> None:
    pupil = ps.create_pupil(soc, draft())
    mother = ps.add_representative(
        soc,
        pupil.id,
        RepresentativeDraft(
            full_name=" Әлиева Гүлнар ",
            relation="mother",
            phone="+7 701 123 45 67",
            consent_processing=True,
            consent_support=True,
            consent_date=date(2026, 9, 1),
        ),
    )
    father = ps.add_representative(soc, pupil.id, RepresentativeDraft(full_name="Әлиев Серік"))
    assert mother.full_name == "Әлиева Гүлнар"
    assert mother.consent_processing and mother.consent_support
    assert mother.consent_date == date(2026, 9, 1)
    assert not father.consent_processing and father.consent_date is None
    changed = ps.update_representative(
        soc,
        father.id,
        RepresentativeDraft(full_name="Әлиев Серік", relation="father", phone="8 (705) 111-22-33"),
    )
    assert changed.relation == "father"
    assert ps.list_representatives(soc, pupil.id) == [mother, changed]
    assert actions(soc)[:3] == [
        "representative.update",
        "representative.create",
        "representative.create",
    ]
    assert_chain_intact(soc)


@pytest.mark.parametrize(
    ("rep", "field"),
    [
        (RepresentativeDraft(full_name=""), "full_name"),
        (RepresentativeDraft(full_name="X", phone="call me"), "phone"),
        (RepresentativeDraft(full_name="X", consent_processing=True), "consent_date"),
    ],
)
def test_invalid_representative(soc: Vault, rep: RepresentativeDraft, field: str) -> None:
    pupil = ps.create_pupil(soc, draft())
    with pytest.raises(ValidationError) as info:
        ps.add_representative(soc, pupil.id, rep)
    assert info.value.field == field


def test_representative_of_missing_pupil(soc: Vault) -> None:
    with pytest.raises(NotFound):
        ps.add_representative(soc, 77, RepresentativeDraft(full_name="Кто-то"))
    with pytest.raises(NotFound):
        ps.update_representative(soc, 77, RepresentativeDraft(full_name="Кто-то"))
    with pytest.raises(NotFound):
        ps.list_representatives(soc, 77)
