"""Small-count suppression for the period report: which counts are printed, which hidden.

The period report is anonymous: counts only, and a count from 1 up to ``threshold - 1`` is
suppressed (*primary* suppression, shown as "fewer than N") because in a small school it can
point at a child. Zeros are shown, since "none" identifies nobody.

Primary suppression alone is not enough: printed counts are tied together by arithmetic, and a
reader who knows the relation can solve for a hidden count. So cells are also hidden by
*secondary* (complementary) suppression, shown as "not shown". The relations protected are:

R1  register, per category: ``at the start + entries opened - entries closed = at the end``
    (all four printed in one row; exact for entries whose closing day is not before their
    opening day, which the register service enforces).
R2  notifications: ``reported by telephone <= on time + late`` (a phoned notification is on
    time or late, never pending; all three printed).
R4  notifications: ``accepted by law enforcement on time <= on time`` (accepted, or delivered
    and phoned, before the deadline implies delivered or phoned before it; both printed).
R3  incidents and notifications: the incidents of every category that the current rules make
    mandatory = ``on time + late + not yet due``, since each such incident queues one
    notification. It is protected in the periods where it holds exactly. It does not when an
    incident was recorded in a later period than it was detected, or a correction was sent;
    a reader who assumes it then solves a false equation (its sum is off by that difference).
    Granting the reader the difference was tried and rejected: it cannot always be protected
    (three mandatory categories of 2 each, no notifications in the period: a reader told
    "the difference is 6" knows all three are 2 whatever is hidden). The relation
    ``on time + late + not yet due = all notifications`` needs a total that is not printed;
    through R3 it is protected against a reader who counts the mandatory incidents.

Incidents of categories that are not mandatory, sessions and referrals stand alone: no total
or row sum is printed beside them, so no arithmetic reaches them.

Totals: the report prints none. A printed total over a table with a hidden cell would have to
be suppressed too or rounded, and a rounded total still narrows the hidden cell to a window
that, with small counts, often holds one value; printing none is the same as always
suppressing it. Should a total ever be printed, it must be added as a relation here.

What a reader is assumed to know: a "fewer than N" cell is 1..N-1; a "not shown" cell is 0 or
at least N (every count of 1..N-1 is labelled "fewer than N"); the relations above, with their
exact constants. A hidden cell is *exposed* when all of that together leaves it exactly one
possible value, and the label alone did not already do so (with N = 2, "fewer than 2" means 1:
that is the threshold's own weakness, which no suppression can mend). The search for other
solutions caps "not shown" cells at the sum of the related counts plus N, which only makes the
assumed reader stronger.

The rule, repeated until nothing changes: while some hidden cell is exposed, hide one more
visible cell of a relation it belongs to: the first that ends the exposure, trying non-zero
cells from the smallest up and then zeros; if no single cell ends it, the smallest non-zero
cell (a zero only when none is left). So a zero is hidden only where it would complete an
equation for a reader; it identifies nobody otherwise. With a single equation this includes the
classic rule "exactly one hidden cell in a relation: hide the next smallest", and it also
catches what that rule misses: two hidden cells of 1..2 whose sum is printed as 2 are both 1.

Not protected, by design: differencing across reports (a year against its quarters; one
period's "at the end" is the next period's "at the start"), which only the audit log
(``report.period``) can show; and facts a reader knows about one child from elsewhere.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.domain.reports import NOTIFICATION_OUTCOMES, Cell, CountRow

__all__ = ["protect_tables", "suppress"]


# -- suppression -------------------------------------------------------------------------------


def suppress(count: int, threshold: int) -> Cell:
    """A count as the report shows it: 1..threshold-1 become "fewer than threshold"."""
    if 0 < count < threshold:
        return Cell(None, threshold)
    return Cell(count, threshold)


# -- secondary suppression -----------------------------------------------------------------------

# A cell of the report: (table, code, column).
Key = tuple[str, str, int]
# R1 over the register columns (start, end, opened, closed): start - end + opened - closed = 0.
_REGISTER_SIGNS = (1, -1, 1, -1)


@dataclass(frozen=True)
class _Relation:
    """``sum(sign * count) == bound`` (``exact``) or ``<= bound`` over the named cells."""

    terms: tuple[tuple[Key, int], ...]
    bound: int
    exact: bool

    def keys(self) -> Iterable[Key]:
        return (key for key, _ in self.terms)


def _relations(values: Mapping[Key, int], mandatory: Collection[str]) -> list[_Relation]:
    """R1, R2 and R3 of the module docstring, over the cells present in ``values``."""
    relations = []
    for table, code, column in values:
        if table == "register" and column == 0:
            terms = tuple(((table, code, i), sign) for i, sign in enumerate(_REGISTER_SIGNS))
            if all(key in values for key, _ in terms):
                relations.append(_Relation(terms, 0, exact=True))
    outcome = {c: ("notifications", c, 0) for c in NOTIFICATION_OUTCOMES}
    if all(outcome[c] in values for c in ("on_time", "late", "pending", "phoned")):
        relations.append(
            _Relation(
                ((outcome["phoned"], 1), (outcome["on_time"], -1), (outcome["late"], -1)),
                0,
                exact=False,
            )
        )
        if outcome["accepted_on_time"] in values:
            relations.append(
                _Relation(((outcome["accepted_on_time"], 1), (outcome["on_time"], -1)), 0, False)
            )
        terms = tuple(
            (key, 1) for key in values if key[0] == "incidents" and key[1] in mandatory
        ) + tuple((outcome[c], -1) for c in ("on_time", "late", "pending"))
        if sum(sign * values[key] for key, sign in terms) == 0:  # R3 holds this period
            relations.append(_Relation(terms, 0, exact=True))
    return relations


def _solvable(
    relations: Sequence[_Relation], known: Mapping[Key, int], domains: Mapping[Key, list[int]]
) -> bool:
    """Can every cell of ``domains`` take a value from its domain so that, with the ``known``
    counts, every relation holds? A depth-first search: bounds prune it, and an equation with
    one open cell left fixes that cell."""
    lows = {key: min(d) for key, d in domains.items()}
    highs = {key: max(d) for key, d in domains.items()}
    members = {key: set(d) for key, d in domains.items()}
    chosen: dict[Key, int] = {}

    def fixed(key: Key) -> int | None:
        return chosen.get(key) if key in domains else known[key]

    def possible() -> bool:
        for rel in relations:
            low = high = 0
            for key, sign in rel.terms:
                value = fixed(key)
                if value is not None:
                    low, high = low + sign * value, high + sign * value
                elif sign > 0:
                    low, high = low + lows[key], high + highs[key]
                else:
                    low, high = low - highs[key], high - lows[key]
            if low > rel.bound or (rel.exact and high < rel.bound):
                return False
        return True

    def search() -> bool:
        if not possible():
            return False
        for rel in relations:
            open_terms = [(k, sign) for k, sign in rel.terms if fixed(k) is None]
            if rel.exact and len(open_terms) == 1:
                key, sign = open_terms[0]
                rest = sum(s * v for k, s in rel.terms if k != key and (v := fixed(k)) is not None)
                value = (rel.bound - rest) * sign  # sign is 1 or -1
                if value not in members[key]:
                    return False
                chosen[key] = value
                found = search()
                del chosen[key]
                return found
        free = [key for key in domains if key not in chosen]
        if not free:
            return True
        key = min(free, key=lambda k: len(domains[k]))
        for value in domains[key]:
            chosen[key] = value
            found = search()
            del chosen[key]
            if found:
                return True
        return False

    return search()


def _component(
    key: Key, relations: Sequence[_Relation], hidden: Collection[Key]
) -> list[_Relation]:
    """The relations that reach ``key`` through hidden cells (visible ones are constants)."""
    keys, found, grew = {key}, [], True
    while grew:
        grew = False
        for rel in relations:
            if rel not in found and any(k in keys for k in rel.keys()):
                found.append(rel)
                new = {k for k in rel.keys() if k in hidden} - keys
                keys |= new
                grew = True
    return found


def _exposed(
    key: Key,
    relations: Sequence[_Relation],
    values: Mapping[Key, int],
    hidden: Mapping[Key, bool],
    threshold: int,
) -> bool:
    """Would a reader who knows the relations find exactly one value for the hidden ``key``?"""
    around = _component(key, relations, hidden)
    if not around:
        return False
    cells = {k for rel in around for k in rel.keys()}
    cap = sum(values[k] for k in cells) + threshold
    domains = {
        k: [0, *range(threshold, cap + 1)] if hidden[k] else list(range(1, threshold))
        for k in cells
        if k in hidden
    }
    if len(domains[key]) < 2:
        return False  # the label alone already says it ("fewer than 2" is 1)
    domains[key] = [v for v in domains[key] if v != values[key]]
    return not _solvable(around, values, domains)


def _secondary(
    values: Mapping[Key, int],
    order: Sequence[Key],
    relations: Sequence[_Relation],
    threshold: int,
) -> dict[Key, bool]:
    """The hidden cells: key -> True if hidden by secondary suppression, False if primary."""
    hidden = {key: False for key in order if 0 < values[key] < threshold}
    position = {key: i for i, key in enumerate(order)}
    beyond_help: set[Key] = set()
    while True:
        exposed = next(
            (
                key
                for key in order
                if key in hidden
                and key not in beyond_help
                and _exposed(key, relations, values, hidden, threshold)
            ),
            None,
        )
        if exposed is None:
            return hidden
        for scope in (
            [rel for rel in relations if exposed in rel.keys()],
            _component(exposed, relations, hidden),
        ):
            candidates = sorted(
                {k for rel in scope for k in rel.keys() if k not in hidden},
                key=lambda k: (values[k] == 0, values[k], position.get(k, len(position))),
            )
            if candidates:
                break
        if not candidates:  # pragma: no cover - every relation here has an open cell left
            beyond_help.add(exposed)
            continue
        choice = next(
            (
                c
                for c in candidates
                if not _exposed(exposed, relations, values, {**hidden, c: True}, threshold)
            ),
            candidates[0],
        )
        hidden[choice] = True


def protect_tables(
    tables: Mapping[str, Sequence[tuple[str, tuple[int, ...]]]],
    threshold: int,
    *,
    mandatory: Collection[str] = (),
) -> dict[str, tuple[CountRow, ...]]:
    """Counts per table (name -> [(code, counts)]) as the report shows them: small counts
    suppressed, and further cells hidden wherever the relations of the module docstring would
    let a reader work a suppressed count out. Tables "register" (four columns), "incidents"
    and "notifications" take part in relations; ``mandatory`` names the incident categories
    whose notification is mandatory."""
    values = {
        (table, code, i): count
        for table, rows in tables.items()
        for code, counts in rows
        for i, count in enumerate(counts)
    }
    hidden = _secondary(values, list(values), _relations(values, mandatory), threshold)

    def cell(key: Key) -> Cell:
        if key in hidden:
            return Cell(None, threshold, secondary=hidden[key])
        return Cell(values[key], threshold)

    return {
        table: tuple(
            CountRow(code, tuple(cell((table, code, i)) for i in range(len(counts))))
            for code, counts in rows
        )
        for table, rows in tables.items()
    }
