"""Pupil list: search as you type (Cyrillic and Kazakh, case-insensitive), paging, filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.pupils import PupilDraft, PupilFilter
from app.errors import ValidationError
from app.iin import make_iin
from app.services import pupils as ps
from app.services import register
from app.vault import Vault

PEOPLE = [
    ("Әлиев", "Нұрлан", "Серікұлы", "7А", "M"),
    ("Қанатова", "Айгүл", "", "7А", "F"),
    ("Ілесов", "Ерлан", "Ғаниұлы", "8Б", "M"),
    ("Иванов", "Пётр", "Сергеевич", "10А", "M"),
    ("Сейткали", "Қанат", "Өмірұлы", "2Б", "M"),
    ("Үсенова", "Һаяр", "", "11В", "F"),
    ("Иванова", "Мария", "Петровна", "7А", "F"),
]


@pytest.fixture
def school(psy: Vault) -> dict[str, int]:
    ids = {}
    for n, (surname, name, patronymic, cls, sex) in enumerate(PEOPLE):
        iin = make_iin(date(2012, 1, 1 + n), sex, 10 * n)
        pupil = ps.create_pupil(
            psy,
            PupilDraft(iin=iin, surname=surname, name=name, patronymic=patronymic, class_name=cls),
        )
        ids[surname] = pupil.id
    return ids


def surnames(vault: Vault, query: str, **kw: object) -> list[str]:
    return [p.surname for p in ps.list_pupils(vault, query=query, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("әли", ["Әлиев"]),
        ("ӘЛИЕВ", ["Әлиев"]),
        ("ҚАН", ["Қанатова", "Сейткали"]),  # surname prefix and first name prefix
        ("іле", ["Ілесов"]),
        ("І", ["Ілесов", "Иванов", "Иванова"]),  # і is folded to и (Russian keyboard)
        ("ғани", ["Ілесов"]),
        ("өмір", ["Сейткали"]),
        ("һаяр", ["Үсенова"]),
        ("ҮСЕН", ["Үсенова"]),
        ("нұр", ["Әлиев"]),
        ("иван", ["Иванов", "Иванова"]),
        ("иванова", ["Иванова"]),
        ("ПЁТР", ["Иванов"]),
        ("петровна", ["Иванова"]),
        ("7а", ["Әлиев", "Иванова", "Қанатова"]),
        ("10", ["Иванов"]),
        ("иван 7а", ["Иванова"]),  # terms are AND-ed
        ("иван мария", ["Иванова"]),
        ("иван  қанат", []),
        ("  ", ["Әлиев", "Иванов", "Иванова", "Ілесов", "Қанатова", "Сейткали", "Үсенова"]),
        ("ки", []),  # prefixes only, not infixes
    ],
)
def test_search(psy: Vault, school: dict[str, int], query: str, expected: list[str]) -> None:
    assert sorted(surnames(psy, query)) == sorted(expected)
    assert ps.count_pupils(psy, query=query) == len(expected)


def test_search_by_iin_prefix(psy: Vault, school: dict[str, int]) -> None:
    pupil = ps.get_pupil(psy, school["Ілесов"], audit_view=False)
    assert surnames(psy, pupil.iin[:9]) == ["Ілесов"]
    assert surnames(psy, pupil.iin) == ["Ілесов"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        'иван"',
        '"иван',
        "a\"b'c",
        "*",
        "NOT",
        "иван OR",
        "(",
        "-",
        "^",
        ":",
        "NEAR(",
        "surname:иван",
        "\\",
    ],
)
def test_odd_queries_do_not_crash(psy: Vault, school: dict[str, int], query: str) -> None:
    found = ps.list_pupils(psy, query=query)
    assert ps.count_pupils(psy, query=query) == len(found)


def test_quotes_are_not_fts_syntax(psy: Vault, school: dict[str, int]) -> None:
    # A quote inside a term splits it into a phrase; quotes around a term change nothing.
    assert surnames(psy, 'иван"ов') == []
    assert surnames(psy, '"иванов"') == ["Иванов", "Иванова"]
    assert surnames(psy, "иванов OR әлиев") == []  # OR is a word, not an operator


def test_list_is_ordered_and_pages(psy: Vault, school: dict[str, int]) -> None:
    everyone = [p.surname for p in ps.list_pupils(psy)]
    # Kazakh alphabetical order: Ә after А, І near the end (after Ы), Қ after К, Ү after Ұ.
    assert everyone == ["Әлиев", "Иванов", "Иванова", "Қанатова", "Сейткали", "Үсенова", "Ілесов"]
    pages = [ps.list_pupils(psy, offset=o, limit=3) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert [p.surname for page in pages for p in page] == everyone
    assert ps.count_pupils(psy) == len(PEOPLE)
    with pytest.raises(ValidationError):
        ps.list_pupils(psy, limit=0)
    with pytest.raises(ValidationError):
        ps.list_pupils(psy, offset=-1)


def test_paging_through_search_results(psy: Vault) -> None:
    for n in range(30):
        ps.create_pupil(
            psy,
            PupilDraft(
                iin=make_iin(date(2011, 5, 1), "F", 50 * n),
                surname=f"Ахметова{n:02d}",
                name="Аружан",
                class_name="5В",
            ),
        )
    first = ps.list_pupils(psy, query="ахм", limit=20)
    second = ps.list_pupils(psy, query="ахм", offset=20, limit=20)
    assert [p.surname for p in first + second] == [f"Ахметова{n:02d}" for n in range(30)]
    assert ps.count_pupils(psy, query="аРУ") == 30


def test_filters_by_class_and_register(psy: Vault, school: dict[str, int]) -> None:
    assert surnames(psy, "", class_name="7 а") == ["Әлиев", "Иванова", "Қанатова"]
    assert ps.count_pupils(psy, class_name="7А") == 3
    assert surnames(psy, "иван", class_name="7А") == ["Иванова"]
    register.open_entry(
        psy, school["Әлиев"], "increased_attention", "Буллинг в классе", date(2026, 10, 1)
    )
    register.open_entry(
        psy, school["Әлиев"], "family_in_difficulty", "Акт обследования", date(2026, 10, 2)
    )
    closed = register.open_entry(
        psy, school["Иванов"], "increased_attention", "Пропуски", date(2026, 9, 1)
    )
    register.close_entry(psy, closed.id, "Исправление поведения", date(2026, 10, 1))
    register.open_entry(
        psy, school["Ілесов"], "probation", "Письмо службы пробации", date(2026, 10, 3)
    )

    assert surnames(psy, "", register_category="increased_attention") == ["Әлиев"]
    assert surnames(psy, "", on_register=True) == ["Әлиев", "Ілесов"]
    assert len(surnames(psy, "", on_register=False)) == len(PEOPLE) - 2
    assert surnames(psy, "әл", on_register=True) == ["Әлиев"]
    assert surnames(psy, "іл", register_category="increased_attention") == []
    item = ps.list_pupils(psy, query="әлиев")[0]
    assert item.register_categories == ("family_in_difficulty", "increased_attention")
    assert ps.list_pupils(psy, query="иванов")[0].register_categories == ()
    wanted = PupilFilter(query="", class_name="7а", on_register=True)
    assert ps.count_pupils(psy, wanted) == 1
    assert [p.surname for p in ps.list_pupils(psy, filters=wanted)] == ["Әлиев"]


# -- Kazakh letters typed on a Russian keyboard (and the other way round) --------------------


def _add(vault: Vault, surname: str, name: str, n: int, cls: str = "7А") -> None:
    ps.create_pupil(
        vault,
        PupilDraft(
            iin=make_iin(date(2012, 2, 1), "M", 900 + n), surname=surname, name=name, class_name=cls
        ),
    )


@pytest.fixture
def kazakh_school(psy: Vault) -> Vault:
    for n, (surname, name) in enumerate(
        [
            ("Қасымов", "Нұрлан"),
            ("Касымов", "Ерлан"),
            ("Қасенова", "Әсел"),
            ("Өмірзақова", "Іңкәр"),
            ("Омаров", "Ұлан"),
            ("Ахметов", "Һарун"),
        ]
    ):
        _add(psy, surname, name, n)
    return psy


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the spelling typed comes first, then the folded ones, each alphabetically
        ("Кас", ["Касымов", "Қасенова", "Қасымов"]),
        ("кас", ["Касымов", "Қасенова", "Қасымов"]),
        ("Қас", ["Қасенова", "Қасымов", "Касымов"]),
        ("қасы", ["Қасымов", "Касымов"]),
        ("КАСЫМОВ", ["Касымов", "Қасымов"]),
        ("омирзак", ["Өмірзақова"]),
        ("Өмір", ["Өмірзақова"]),
        ("Ом", ["Омаров", "Өмірзақова"]),
        ("Өм", ["Өмірзақова", "Омаров"]),
        ("инкар", ["Өмірзақова"]),
        ("улан", ["Омаров"]),
        ("харун", ["Ахметов"]),
        ("асел", ["Қасенова"]),
        ("нурлан", ["Қасымов"]),
        ("кас нурлан", ["Қасымов"]),  # every term may be folded, all must match
        ("кас ерлан", ["Касымов"]),
        ("кас 7а", ["Касымов", "Қасенова", "Қасымов"]),
        ("қаз", []),
    ],
)
def test_kazakh_letters_fold_both_ways(
    kazakh_school: Vault, query: str, expected: list[str]
) -> None:
    assert surnames(kazakh_school, query) == expected
    assert ps.count_pupils(kazakh_school, query=query) == len(expected)


def test_folded_search_with_filters(kazakh_school: Vault) -> None:
    _add(kazakh_school, "Қасиев", "Марат", 20, cls="9Б")
    assert surnames(kazakh_school, "кас", class_name="9Б") == ["Қасиев"]
    assert ps.count_pupils(kazakh_school, query="кас", class_name="9Б") == 1
    assert surnames(kazakh_school, "Кас", class_name="7А") == ["Касымов", "Қасенова", "Қасымов"]


def test_renamed_pupil_is_found_by_the_new_folded_spelling(kazakh_school: Vault) -> None:
    pupil = ps.list_pupils(kazakh_school, query="Омаров")[0]
    full = ps.get_pupil(kazakh_school, pupil.id, audit_view=False)
    ps.update_pupil(
        kazakh_school,
        pupil.id,
        PupilDraft(iin=full.iin, surname="Ғабитов", name="Ұлан", class_name="7А"),
    )
    assert surnames(kazakh_school, "габит") == ["Ғабитов"]
    assert surnames(kazakh_school, "омар") == []


def test_many_hits_page_exact_spelling_first(psy: Vault) -> None:
    """Above the narrow-search limit the list walks the sort index: exact hits, then folded."""
    from app.storage import pupils as repo

    kazakh = [f"Қасов{n:04d}" for n in range(30)]
    russian = [f"Касов{n:04d}" for n in range(repo._WIDE_SEARCH + 20)]
    rows = [
        repo.PupilValues(
            make_iin(date(2009, 1, 1) + timedelta(days=n), "F", 0),
            surname,
            "Аружан",
            "",
            "5В",
            date(2009, 1, 1) + timedelta(days=n),
            "F",
            "",
        )
        for n, surname in enumerate(kazakh + russian)
    ]
    with psy.db.transaction():
        repo.insert_many(psy.db, rows, now="2026-01-01T00:00:00Z")

    def walk(query: str, size: int) -> list[str]:
        found: list[str] = []
        offset = 0
        while True:
            chunk = surnames(psy, query, offset=offset, limit=size)
            found += chunk
            if len(chunk) < size:
                return found
            offset += size

    assert ps.count_pupils(psy, query="қас") == len(kazakh) + len(russian)
    assert walk("қас", 100) == kazakh + russian
    assert walk("Кас", 97) == russian + kazakh
    assert surnames(psy, "қас", offset=25, limit=10) == kazakh[25:] + russian[:5]
    assert surnames(psy, "қас", offset=40, limit=3) == russian[10:13]
