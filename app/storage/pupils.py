"""Pupils, their legal representatives, the pupil list and its full-text search.

The list is built for a lazy view over 50,000 pupils: every query pages with LIMIT/OFFSET in
the order (surname, name, id), which the ``pupils_sort`` index serves (it ends in the rowid).
Search goes through the FTS5 table ``pupil_search``; the open register categories of a page
are fetched for that page's rows only.

Kazakh letters are folded to their Russian keyboard neighbours on both sides (the index holds
the folded spelling of words with a Kazakh letter in ``search_folded``; the query is folded),
so "Кас" finds "Қасымов" and "Қас" finds "Касымов". Pupils matched as typed come first, then
those matched only through folding, each group in alphabetical order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.collation import fold, folded_words, sort_key
from app.domain.pupils import (
    Pupil,
    PupilExportRow,
    PupilFilter,
    PupilListItem,
    PupilRef,
    Representative,
    RepresentativeDraft,
)
from app.errors import Conflict
from app.storage.db import Database, IntegrityError, NamedRow

_PUPIL_COLUMNS = (
    "id, iin, surname, name, patronymic, class_name, birth_date, sex, address,"
    " created_at, updated_at"
)
_REP_COLUMNS = (
    "id, pupil_id, full_name, relation, phone, address, consent_processing, consent_support,"
    " consent_date"
)
# Above this many search hits, walking the sort index and probing the hits beats sorting them.
_WIDE_SEARCH = 1000


@dataclass(frozen=True)
class PupilValues:
    """Validated column values for an insert or update."""

    iin: str
    surname: str
    name: str
    patronymic: str
    class_name: str
    birth_date: date
    sex: str
    address: str


def _pupil(row: NamedRow) -> Pupil:
    return Pupil(
        id=int(row["id"]),
        iin=str(row["iin"]),
        surname=str(row["surname"]),
        name=str(row["name"]),
        patronymic=str(row["patronymic"]),
        class_name=str(row["class_name"]),
        birth_date=date.fromisoformat(row["birth_date"]),
        sex=str(row["sex"]),
        address=str(row["address"]),
        created_at=str(row["created_at"]),
        updated_at=str(row["updated_at"]),
    )


def _representative(row: NamedRow) -> Representative:
    return Representative(
        id=int(row["id"]),
        pupil_id=int(row["pupil_id"]),
        full_name=str(row["full_name"]),
        relation=str(row["relation"]),
        phone=str(row["phone"]),
        address=str(row["address"]),
        consent_processing=bool(row["consent_processing"]),
        consent_support=bool(row["consent_support"]),
        consent_date=date.fromisoformat(row["consent_date"]) if row["consent_date"] else None,
    )


def _values(v: PupilValues) -> tuple[str, ...]:
    return (
        v.iin,
        v.surname,
        v.name,
        v.patronymic,
        v.class_name,
        v.birth_date.isoformat(),
        v.sex,
        v.address,
        sort_key(v.surname, v.name, v.patronymic),
        folded_words(v.surname, v.name, v.patronymic, v.class_name),
    )


# -- pupils ---------------------------------------------------------------------------------


def insert(db: Database, values: PupilValues, *, now: str) -> int:
    try:
        cur = db.execute(
            "INSERT INTO pupils (iin, surname, name, patronymic, class_name, birth_date, sex,"
            " address, sort_key, search_folded, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (*_values(values), now, now),
        )
    except IntegrityError as exc:
        raise Conflict("a pupil with this IIN already exists", code="iin_exists") from exc
    return int(cur.lastrowid)


def insert_many(
    db: Database,
    rows: Sequence[PupilValues],
    *,
    now: str,
    done: Callable[[int], object] | None = None,
    chunk: int = 200,
) -> list[int]:
    """Insert many pupils at once (run inside a transaction); returns their ids in order.

    The ids are assigned here from the current maximum so that representatives can refer to
    them without a lookup per row; the caller's write transaction keeps them free. ``done``
    hears the rows inserted so far after every ``chunk`` of them (a progress bar's steps).
    """
    start = int(db.scalar("SELECT coalesce(max(id), 0) FROM pupils")) + 1
    ids = list(range(start, start + len(rows)))
    try:
        for first in range(0, len(rows), chunk):
            db.executemany(
                "INSERT INTO pupils (id, iin, surname, name, patronymic, class_name, birth_date,"
                " sex, address, sort_key, search_folded, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    (pid, *_values(v), now, now)
                    for pid, v in zip(
                        ids[first : first + chunk], rows[first : first + chunk], strict=True
                    )
                ),
            )
            if done is not None:
                done(min(first + chunk, len(rows)))
    except IntegrityError as exc:
        raise Conflict("a pupil with this IIN already exists", code="iin_exists") from exc
    return ids


def update(db: Database, pupil_id: int, values: PupilValues, *, now: str) -> None:
    try:
        db.execute(
            "UPDATE pupils SET iin = ?, surname = ?, name = ?, patronymic = ?, class_name = ?,"
            " birth_date = ?, sex = ?, address = ?, sort_key = ?, search_folded = ?,"
            " updated_at = ? WHERE id = ?",
            (*_values(values), now, pupil_id),
        )
    except IntegrityError as exc:
        raise Conflict("a pupil with this IIN already exists", code="iin_exists") from exc


def by_id(db: Database, pupil_id: int) -> Pupil | None:
    row = db.one_named(f"SELECT {_PUPIL_COLUMNS} FROM pupils WHERE id = ?", (pupil_id,))
    return _pupil(row) if row else None


def id_by_iin(db: Database, iin: str) -> int | None:
    value = db.scalar("SELECT id FROM pupils WHERE iin = ?", (iin,))
    return None if value is None else int(value)


def exists(db: Database, pupil_id: int) -> bool:
    return db.scalar("SELECT 1 FROM pupils WHERE id = ?", (pupil_id,)) is not None


def all_iins(db: Database) -> set[str]:
    return {str(r["iin"]) for r in db.all_named("SELECT iin FROM pupils")}


def classes(db: Database) -> list[str]:
    return [str(r["class_name"]) for r in db.all_named("SELECT DISTINCT class_name FROM pupils")]


def ref(db: Database, pupil_id: int) -> PupilRef | None:
    row = db.one_named(
        "SELECT id, surname, name, patronymic, class_name FROM pupils WHERE id = ?", (pupil_id,)
    )
    return (
        PupilRef(
            int(row["id"]),
            str(row["surname"]),
            str(row["name"]),
            str(row["patronymic"]),
            str(row["class_name"]),
        )
        if row
        else None
    )


# -- the list and search --------------------------------------------------------------------


_EXACT_COLUMNS = "{surname name patronymic iin class_name}"
# The Kazakh letters and the Russian ones they fold to.
_FOLDING_LETTERS = frozenset("әғқңөұүһі" + fold("әғқңөұүһі"))


@dataclass(frozen=True)
class SearchQuery:
    """The FTS5 queries for what the user typed.

    ``folded`` finds every hit (exact words and folded spellings); ``exact`` the pupils matched
    as typed; ``folded_only`` the rest. ``exact`` is a subset of ``folded``: folding is a
    letter-for-letter map applied to both sides, so it keeps every prefix a prefix.
    """

    exact: str
    folded: str
    # False when no term has a letter that folding relates to another one (digits of an IIN,
    # a class number...): both queries then find the same pupils and one ordered walk will do.
    folding_matters: bool = True

    @property
    def folded_only(self) -> str:
        return f"({self.folded}) NOT ({self.exact})"


def _terms(text: str) -> list[str]:
    # Terms without a letter or digit are dropped (they would match nothing useful).
    return [t for t in text.split() if any(ch.isalnum() for ch in t)]


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


def fts_query(text: str) -> str | None:
    """Turn what the user typed into an FTS5 query: every term a quoted prefix, AND-ed,
    folded (see the module docstring). None when nothing is left, meaning "no search"."""
    query = search_query(text)
    return None if query is None else query.folded


def search_query(text: str) -> SearchQuery | None:
    terms = _terms(text)
    if not terms:
        return None
    return SearchQuery(
        exact=" AND ".join(f"{_EXACT_COLUMNS} : {_phrase(t)}" for t in terms),
        folded=" AND ".join(_phrase(fold(t)) for t in terms),
        folding_matters=any(_FOLDING_LETTERS & set(t.lower()) for t in terms),
    )


def _filter_sql(f: PupilFilter, match: str | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if match is not None:
        where.append("p.id IN (SELECT rowid FROM pupil_search WHERE pupil_search MATCH ?)")
        params.append(match)
    if f.class_name is not None:
        where.append("p.class_name = ?")
        params.append(f.class_name)
    if f.register_category is not None:
        where.append(
            "p.id IN (SELECT pupil_id FROM register_entries"
            " WHERE closed_on IS NULL AND category = ?)"
        )
        params.append(f.register_category)
    if f.on_register is True:
        where.append("p.id IN (SELECT pupil_id FROM register_entries WHERE closed_on IS NULL)")
    elif f.on_register is False:
        where.append("p.id NOT IN (SELECT pupil_id FROM register_entries WHERE closed_on IS NULL)")
    return where, params


def _only_search(f: PupilFilter) -> bool:
    return f.class_name is None and f.register_category is None and f.on_register is None


def _count_match(db: Database, f: PupilFilter, match: str | None) -> int:
    if match is not None and _only_search(f):
        return int(
            db.scalar("SELECT count(*) FROM pupil_search WHERE pupil_search MATCH ?", (match,))
        )
    where, params = _filter_sql(f, match)
    sql = "SELECT count(*) FROM pupils p"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return int(db.scalar(sql, params))


def count(db: Database, f: PupilFilter) -> int:
    return _count_match(db, f, fts_query(f.query))


_COLUMNS = (
    "p.id AS id, p.iin AS iin, p.surname AS surname, p.name AS name,"
    " p.patronymic AS patronymic, p.class_name AS class_name, p.birth_date AS birth_date"
)


def _walk(
    db: Database, f: PupilFilter, match: str | None, *, offset: int, limit: int
) -> list[NamedRow]:
    """Walk the sort index and stop at the page's end (no search, or many hits)."""
    where, params = _filter_sql(f, match)
    hint = " INDEXED BY pupils_sort" if match is not None else ""
    sql = f"SELECT {_COLUMNS} FROM pupils p{hint}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return db.all_named(
        sql + " ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?", [*params, limit, offset]
    )


def _search_rows(
    db: Database, f: PupilFilter, query: SearchQuery, *, offset: int, limit: int
) -> list[NamedRow]:
    narrow = (
        int(
            db.scalar(
                "SELECT count(*) FROM (SELECT 1 FROM pupil_search WHERE pupil_search MATCH ?"
                " LIMIT ?)",
                (query.folded, _WIDE_SEARCH + 1),
            )
        )
        <= _WIDE_SEARCH
    )
    if narrow:
        # Few hits: start from the search and sort them, exact matches first (CROSS JOIN fixes
        # the join order).
        where, params = _filter_sql(
            PupilFilter(
                class_name=f.class_name,
                register_category=f.register_category,
                on_register=f.on_register,
            ),
            None,
        )
        sql = (
            f"SELECT {_COLUMNS} FROM pupil_search s CROSS JOIN pupils p ON p.id = s.rowid"
            " WHERE pupil_search MATCH ?"
        )
        if where:
            sql += " AND " + " AND ".join(where)
        rank = []
        if query.folding_matters:
            rank = [query.exact]
            sql += (
                " ORDER BY s.rowid NOT IN"
                " (SELECT rowid FROM pupil_search WHERE pupil_search MATCH ?), p.sort_key, p.id"
            )
        else:
            sql += " ORDER BY p.sort_key, p.id"
        return db.all_named(
            sql + " LIMIT ? OFFSET ?", [query.folded, *params, *rank, limit, offset]
        )
    if not query.folding_matters:
        return _walk(db, f, query.folded, offset=offset, limit=limit)
    # Many hits: the exact matches by the sort index, then those found only through folding.
    rows = _walk(db, f, query.exact, offset=offset, limit=limit)
    if len(rows) == limit:
        return rows
    exact_hits = offset + len(rows) if rows or offset == 0 else _count_match(db, f, query.exact)
    rest = _walk(
        db, f, query.folded_only, offset=max(0, offset - exact_hits), limit=limit - len(rows)
    )
    return [*rows, *rest]


def page(db: Database, f: PupilFilter, *, offset: int, limit: int) -> list[PupilListItem]:
    query = search_query(f.query)
    if query is None:
        rows = _walk(db, f, None, offset=offset, limit=limit)
    else:
        rows = _search_rows(db, f, query, offset=offset, limit=limit)
    categories = _open_categories(db, [int(r["id"]) for r in rows])
    return [
        PupilListItem(
            id=int(r["id"]),
            iin=str(r["iin"]),
            surname=str(r["surname"]),
            name=str(r["name"]),
            patronymic=str(r["patronymic"]),
            class_name=str(r["class_name"]),
            birth_date=date.fromisoformat(r["birth_date"]),
            register_categories=tuple(sorted(categories.get(int(r["id"]), ()))),
        )
        for r in rows
    ]


def _open_categories(db: Database, pupil_ids: list[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    if not pupil_ids:
        return found
    marks = ",".join("?" * len(pupil_ids))
    for row in db.all_named(
        f"SELECT pupil_id, category FROM register_entries"
        f" WHERE closed_on IS NULL AND pupil_id IN ({marks})",
        pupil_ids,
    ):
        found.setdefault(int(row["pupil_id"]), set()).add(str(row["category"]))
    return found


# -- representatives ------------------------------------------------------------------------


def _rep_values(d: RepresentativeDraft) -> tuple[Any, ...]:
    return (
        d.full_name,
        d.relation,
        d.phone,
        d.address,
        int(d.consent_processing),
        int(d.consent_support),
        d.consent_date.isoformat() if d.consent_date else None,
    )


def insert_representative(db: Database, pupil_id: int, draft: RepresentativeDraft) -> int:
    cur = db.execute(
        "INSERT INTO representatives (pupil_id, full_name, relation, phone, address,"
        " consent_processing, consent_support, consent_date) VALUES (?,?,?,?,?,?,?,?)",
        (pupil_id, *_rep_values(draft)),
    )
    return int(cur.lastrowid)


def insert_representatives(db: Database, rows: Iterable[tuple[int, str, str]]) -> None:
    """Bulk insert of (pupil_id, full_name, phone) from an import file."""
    db.executemany("INSERT INTO representatives (pupil_id, full_name, phone) VALUES (?,?,?)", rows)


def update_representative(db: Database, rep_id: int, draft: RepresentativeDraft) -> None:
    db.execute(
        "UPDATE representatives SET full_name = ?, relation = ?, phone = ?, address = ?,"
        " consent_processing = ?, consent_support = ?, consent_date = ? WHERE id = ?",
        (*_rep_values(draft), rep_id),
    )


def representative_by_id(db: Database, rep_id: int) -> Representative | None:
    row = db.one_named(f"SELECT {_REP_COLUMNS} FROM representatives WHERE id = ?", (rep_id,))
    return _representative(row) if row else None


def representatives_of(db: Database, pupil_id: int) -> list[Representative]:
    return [
        _representative(r)
        for r in db.all_named(
            f"SELECT {_REP_COLUMNS} FROM representatives WHERE pupil_id = ? ORDER BY id",
            (pupil_id,),
        )
    ]


# -- export ---------------------------------------------------------------------------------


def export_rows(db: Database) -> list[PupilExportRow]:
    rows = db.all_named(
        "SELECT p.iin AS iin, p.surname AS surname, p.name AS name, p.patronymic AS patronymic,"
        " p.class_name AS class_name, p.birth_date AS birth_date, p.sex AS sex,"
        " p.address AS address, coalesce(r.full_name, '') AS representative,"
        " coalesce(r.phone, '') AS phone"
        " FROM pupils p INDEXED BY pupils_sort"
        " LEFT JOIN representatives r ON r.id ="
        "  (SELECT min(id) FROM representatives WHERE pupil_id = p.id)"
        " ORDER BY p.sort_key, p.id"
    )
    return [
        PupilExportRow(
            iin=str(r["iin"]),
            surname=str(r["surname"]),
            name=str(r["name"]),
            patronymic=str(r["patronymic"]),
            class_name=str(r["class_name"]),
            birth_date=date.fromisoformat(r["birth_date"]),
            sex=str(r["sex"]),
            address=str(r["address"]),
            representative=str(r["representative"]),
            phone=str(r["phone"]),
        )
        for r in rows
    ]
