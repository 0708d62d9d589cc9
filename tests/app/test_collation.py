"""Names sort in Kazakh alphabetical order (which contains the Russian one)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.collation import KAZAKH_ALPHABET, sort_key

EXPECTED = [
    "Абаев",
    "Әлиев",
    "Бекова",
    "Ғабит",
    "Иванов",
    "Иванова",
    "Кенжебаев",
    "Қанатова",
    "Нұрлан",
    "Ңа",
    "Омаров",
    "Өмірбек",
    "Уалиев",
    "Ұлан",
    "Үсенова",
    "Фёдоров",
    "Һаяр",
    "Ыбырай",
    "Ілесов",
    "Юсупов",
    "Яковлев",
]


def test_kazakh_names_sort_alphabetically() -> None:
    shuffled = EXPECTED[:]
    random.Random(1).shuffle(shuffled)
    assert sorted(shuffled, key=lambda s: sort_key(s)) == EXPECTED


def test_code_point_order_is_wrong_for_these_names() -> None:
    # What the list showed before version 3 of the schema: Kazakh letters after Я.
    assert sorted(EXPECTED) != EXPECTED


def test_surname_then_name_then_patronymic() -> None:
    people = [("Ли", "Анна", ""), ("Лиев", "Анна", ""), ("Ли", "Борис", "")]
    ordered = sorted(people, key=lambda p: sort_key(*p))
    assert ordered == [("Ли", "Анна", ""), ("Ли", "Борис", ""), ("Лиев", "Анна", "")]


def test_case_does_not_matter() -> None:
    assert sort_key("әлиев") == sort_key("ӘЛИЕВ")


@given(st.lists(st.text(alphabet=KAZAKH_ALPHABET, min_size=1, max_size=6), max_size=20))
def test_order_matches_alphabet_positions(words: list[str]) -> None:
    def positions(word: str) -> list[int]:
        return [KAZAKH_ALPHABET.index(ch) for ch in word]

    assert sorted(words, key=lambda w: sort_key(w)) == sorted(words, key=positions)
