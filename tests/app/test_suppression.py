"""The suppression solver on its own: small counts hidden, and no hidden count can be worked
out from the printed ones by a reader who knows the relations (app/suppression.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app import suppression
from app.domain.reports import Cell, CountRow


def test_small_counts_become_fewer_than_the_threshold() -> None:
    assert suppression.suppress(0, 3) == Cell(0, 3)
    assert suppression.suppress(2, 3).suppressed and not suppression.suppress(3, 3).suppressed


# -- secondary suppression ----------------------------------------------------------------------
#
# The reader below is written from the relations documented in app.suppression, not from
# its code: a "fewer than N" cell is 1..N-1, a "not shown" cell is 0 or N and more (capped, which
# only makes the reader stronger), a printed cell is its value. For one relation it computes,
# for every hidden cell, every value that some choice of the other hidden cells allows.


def label_domain(cell: Cell, threshold: int, cap: int) -> list[int]:
    if not cell.suppressed:
        assert cell.value is not None
        return [cell.value]
    if cell.secondary:
        return [0, *range(threshold, cap + 1)]
    return list(range(1, threshold))


def reader_solutions(
    terms: list[tuple[Cell, int]], bound: int, exact: bool, threshold: int, cap: int
) -> list[set[int]]:
    """Per term: the values the cell can take with sum(sign * x) == bound (or <= bound)."""
    domains = [label_domain(cell, threshold, cap) for cell, _ in terms]
    result = []
    for j, (_, sign_j) in enumerate(terms):
        sums = {0}
        for i, (_, sign) in enumerate(terms):
            if i != j:
                sums = {s + sign * v for s in sums for v in domains[i]}
        low = min(sums)
        result.append(
            {
                v
                for v in domains[j]
                if (bound - sign_j * v in sums if exact else low <= bound - sign_j * v)
            }
        )
    return result


def assert_nothing_recoverable(
    terms: list[tuple[Cell, int]],
    truth: list[int],
    bound: int,
    exact: bool,
    threshold: int,
    cap: int,
) -> None:
    solutions = reader_solutions(terms, bound, exact, threshold, cap)
    for (cell, _), value, possible in zip(terms, truth, solutions, strict=True):
        assert value in possible  # the reader's model is sound: the truth is among them
        if cell.suppressed and len(label_domain(cell, threshold, cap)) > 1:
            assert len(possible) > 1, (terms, truth, possible)


def test_incidents_and_notifications_do_not_give_each_other_away() -> None:
    # 5 violence + 1 offence = 6 mandatory incidents; 4 + 2 + 0 = 6 notifications. Printing
    # everything but the small ones, a reader gets offence = 4 + late + 0 - 5 with late 1..2,
    # and late >= phoned... - both cells would be known. The smallest helpful cell is hidden.
    tables = suppression.protect_tables(
        {
            "incidents": [("violence", (5,)), ("offence_by_minor", (1,)), ("bullying", (1,))],
            "notifications": [
                ("on_time", (4,)),
                ("late", (2,)),
                ("pending", (0,)),
                ("phoned", (2,)),
            ],
        },
        3,
        mandatory={"violence", "offence_by_minor"},
    )
    cells = {r.code: r.cells[0] for r in (*tables["incidents"], *tables["notifications"])}
    assert cells["violence"] == Cell(5, 3) and cells["pending"] == Cell(0, 3)
    assert cells["on_time"] == Cell(None, 3, secondary=True)
    assert cells["bullying"] == Cell(None, 3)  # not mandatory: in no relation, primary only
    terms = [
        (cells["violence"], 1),
        (cells["offence_by_minor"], 1),
        (cells["on_time"], -1),
        (cells["late"], -1),
        (cells["pending"], -1),
    ]
    assert_nothing_recoverable(terms, [5, 1, 4, 2, 0], 0, True, 3, 20)


small = st.integers(0, 12)


@st.composite
def count_tables(draw: st.DrawFn) -> tuple[int, dict[str, list[tuple[str, tuple[int, ...]]]]]:
    threshold = draw(st.sampled_from([2, 3, 3, 4, 5]))
    count = st.one_of(st.just(0), st.integers(1, threshold), small)
    register_rows: list[tuple[str, tuple[int, ...]]] = []
    for code in ("a", "b", "c"):
        start, opened = draw(count), draw(count)
        closed = draw(st.integers(0, start + opened))
        register_rows.append((code, (start, start + opened - closed, opened, closed)))
    on_time, late, pending = draw(count), draw(count), draw(count)
    phoned = draw(st.integers(0, on_time + late))
    accepted = draw(st.integers(0, on_time))
    mandatory = [draw(count) for _ in range(3)]
    if draw(st.booleans()):  # one notification per mandatory incident: R3 holds
        difference = sum(mandatory) - on_time - late - pending
        if difference > 0:
            pending += difference
        else:
            mandatory[2] -= difference
    return threshold, {
        "register": register_rows,
        "incidents": [
            *((code, (n,)) for code, n in zip(("m1", "m2", "m3"), mandatory, strict=True)),
            *((code, (draw(count),)) for code in ("x1", "x2")),
        ],
        "notifications": [
            ("on_time", (on_time,)),
            ("late", (late,)),
            ("pending", (pending,)),
            ("phoned", (phoned,)),
            ("accepted_on_time", (accepted,)),
        ],
        "sessions": [(code, (draw(count),)) for code in ("individual", "group")],
    }


@settings(max_examples=300, deadline=None)
@given(count_tables())
def test_no_suppressed_cell_can_be_solved_for(
    case: tuple[int, dict[str, list[tuple[str, tuple[int, ...]]]]],
) -> None:
    threshold, tables = case
    mandatory = {"m1", "m2", "m3"}
    shown = suppression.protect_tables(tables, threshold, mandatory=mandatory)
    cap = sum(sum(counts) for rows in tables.values() for _, counts in rows) + threshold

    def pairs(name: str) -> list[tuple[CountRow, tuple[int, ...]]]:
        rows = shown[name]
        assert [r.code for r in rows] == [code for code, _ in tables[name]]
        return list(zip(rows, (counts for _, counts in tables[name]), strict=True))

    # Every cell: shown as it is, "fewer than N" exactly for 1..N-1, "not shown" for the rest.
    for name in tables:
        for row, counts in pairs(name):
            for cell, value in zip(row.cells, counts, strict=True):
                if not cell.suppressed:
                    assert cell.value == value and not 0 < value < threshold
                elif cell.secondary:
                    assert value == 0 or value >= threshold
                else:
                    assert 0 < value < threshold
    for row, _ in pairs("sessions"):  # in no relation: primary suppression only
        assert not any(cell.secondary for cell in row.cells)
    # R1, per register row: start - end + opened - closed = 0.
    for row, counts in pairs("register"):
        terms = list(zip(row.cells, (1, -1, 1, -1), strict=True))
        assert_nothing_recoverable(terms, list(counts), 0, True, threshold, cap)
    outcome = {row.code: (row.cells[0], counts[0]) for row, counts in pairs("notifications")}
    # R2: phoned - on_time - late <= 0.
    r2 = [("phoned", 1), ("on_time", -1), ("late", -1)]
    assert_nothing_recoverable(
        [(outcome[c][0], s) for c, s in r2],
        [outcome[c][1] for c, _ in r2],
        0,
        False,
        threshold,
        cap,
    )
    # R4: accepted_on_time - on_time <= 0.
    r4 = [("accepted_on_time", 1), ("on_time", -1)]
    assert_nothing_recoverable(
        [(outcome[c][0], s) for c, s in r4],
        [outcome[c][1] for c, _ in r4],
        0,
        False,
        threshold,
        cap,
    )
    # R3: mandatory incidents - (on_time + late + pending) = 0, in the periods where it holds.
    incident = {row.code: (row.cells[0], counts[0]) for row, counts in pairs("incidents")}
    r3 = [(incident[c], 1) for c in sorted(mandatory)] + [
        (outcome[c], -1) for c in ("on_time", "late", "pending")
    ]
    if sum(sign * value for (_, value), sign in r3) == 0:
        assert_nothing_recoverable(
            [(cell, s) for (cell, _), s in r3],
            [value for (_, value), _ in r3],
            0,
            True,
            threshold,
            cap,
        )
