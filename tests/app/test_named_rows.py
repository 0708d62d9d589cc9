"""Repositories read rows by column name (``Database.one_named`` / ``all_named``)."""

from __future__ import annotations

from app.storage.db import Database
from app.vault import Vault


def test_rows_are_read_by_name_on_the_real_vault(psy: Vault) -> None:
    db: Database = psy.db
    row = db.one_named("SELECT 1 AS a, 'два' AS b")
    assert row is not None
    assert (row["b"], row["a"]) == ("два", 1)
    assert row.keys() == ["a", "b"]
    assert [r["n"] for r in db.all_named("SELECT 1 AS n UNION ALL SELECT 2 ORDER BY n")] == [1, 2]
    assert db.one_named("SELECT 1 AS a WHERE 0") is None
    # The positional API is unchanged for its callers.
    assert db.one("SELECT 1 AS a, 2 AS b") == (1, 2)


def test_no_repository_reads_a_row_by_position() -> None:
    """A mapper like ``row[15]`` silently shifts when a query gains a column; db.py's scalar()
    and one-column PRAGMA checks are the only positional reads."""
    import ast
    from pathlib import Path

    storage = Path(__file__).resolve().parents[2] / "app" / "storage"
    found = []
    for path in sorted(storage.glob("*.py")):
        if path.name == "db.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Name)
                and node.value.id in {"row", "r", "existing", "prow"}
                and (
                    isinstance(node.slice, ast.Slice)
                    or (isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, int))
                )
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
