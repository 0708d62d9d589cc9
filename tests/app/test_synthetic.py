from __future__ import annotations

import random
import re
from datetime import date

import pytest

from app.iin import parse_iin
from app.pupil_csv import normalise_class
from app.rules import load_rules
from app.synthetic import (
    RELATIONS,
    SyntheticPupil,
    confidential_note,
    feminine_surname,
    generate_pupils,
    incident_description,
    name_list,
    patronymic,
    plan_goal,
    session_summary,
)

TODAY = date(2026, 3, 1)
PHONE = re.compile(r"\+7 7\d\d \d{3} \d\d \d\d")


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


@pytest.fixture(scope="module")
def pupils() -> list[SyntheticPupil]:
    return generate_pupils(500, seed=7, today=TODAY)


def test_count_and_valid_unique_iins(pupils: list[SyntheticPupil]) -> None:
    assert len(pupils) == 500
    assert len({p.iin for p in pupils}) == 500
    for p in pupils:
        info = parse_iin(p.iin)
        assert info.birth_date == p.birth_date
        assert info.sex == p.sex


def test_deterministic_for_seed() -> None:
    assert generate_pupils(50, seed=1, today=TODAY) == generate_pupils(50, seed=1, today=TODAY)
    assert generate_pupils(50, seed=1, today=TODAY) != generate_pupils(50, seed=2, today=TODAY)
    assert generate_pupils(0) == []


def test_ages_consistent_with_class(pupils: list[SyntheticPupil]) -> None:
    for p in pupils:
        grade = int(p.class_name[:-1])
        assert 1 <= grade <= 11
        assert p.class_name[-1] in "АБВ"
        assert normalise_class(p.class_name) == p.class_name
        assert abs(_age(p.birth_date, TODAY) - (6 + grade)) <= 1


def test_fields_look_right(pupils: list[SyntheticPupil]) -> None:
    kazakh = set(name_list("kazakh_male_first")) | set(name_list("kazakh_female_first"))
    share = sum(p.name in kazakh for p in pupils) / len(pupils)
    assert 0.5 < share < 0.7
    for p in pupils:
        assert p.surname and p.name and p.patronymic and p.address.startswith("с. ")
        assert p.patronymic.endswith(("ич", "на"))
        assert p.representative.relation in RELATIONS
        assert PHONE.fullmatch(p.representative.phone)
        assert len(p.representative.full_name.split()) >= 3
        if p.sex == "F":
            assert p.patronymic.endswith("на")


def test_name_helpers() -> None:
    assert feminine_surname("Ахметов") == "Ахметова"
    assert feminine_surname("Ильин") == "Ильина"
    assert feminine_surname("Шевченко") == "Шевченко"
    assert patronymic("Ерлан", "M") == "Ерланович"
    assert patronymic("Ерлан", "F") == "Ерлановна"
    assert patronymic("Сергей", "F") == "Сергеевна"
    assert patronymic("Илья", "M") == "Ильич"
    assert patronymic("Дмитрий", "M") == "Дмитриевич"
    for stem in (
        "kazakh_male_first",
        "kazakh_female_first",
        "kazakh_surnames",
        "russian_male_first",
        "russian_female_first",
        "russian_surnames",
        "streets",
        "villages",
    ):
        assert len(name_list(stem)) >= 40


def test_text_helpers() -> None:
    rng = random.Random(3)
    for category in load_rules().categories:
        text = incident_description(rng, category)
        assert text and "{" not in text
    assert incident_description(rng, "unknown-category")
    assert session_summary(rng) and confidential_note(rng) and plan_goal(rng)


def test_kazakh_names_are_spelled_with_kazakh_letters(pupils: list[SyntheticPupil]) -> None:
    """The demo must show that search folds Kazakh letters, so the names need them."""
    lists = "".join(
        "".join(name_list(stem))
        for stem in ("kazakh_surnames", "kazakh_male_first", "kazakh_female_first")
    )
    assert set("ӘҒҚҢӨҰҮҺІәғқңөұүһі") & set(lists) >= set("ӘҚӨҰІәғқңөұүі")
    for wanted in ("Қасымов", "Әлиев", "Өмірзақов", "Ұлжан", "Іңкәр"):
        assert wanted in name_list("kazakh_surnames") + name_list(
            "kazakh_female_first"
        ) + name_list("kazakh_male_first")
    kazakh_letters = set("әғқңөұүһі")
    with_letter = [p for p in pupils if kazakh_letters & set((p.surname + p.name).lower())]
    assert len(with_letter) > len(pupils) // 4
