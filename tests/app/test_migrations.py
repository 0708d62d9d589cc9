"""Every schema version upgrades to the latest with its data intact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.collation import sort_key
from app.storage.db import Database
from app.storage.migrate import LATEST_VERSION, available_migrations, migrate, split_statements

KEY = bytes(range(32))

# Rows that every schema version since 1 can hold, inserted before upgrading.
V1_ROWS = [
    "INSERT INTO meta (key, value) VALUES ('school', 'Синтетическая школа')",
    "INSERT INTO staff (id, login, full_name, role, created_at)"
    " VALUES (1, 'psy', 'Психолог', 'psychologist', '2026-01-01T00:00:00Z')",
    "INSERT INTO pupils (id, iin, surname, name, class_name, birth_date, sex, created_at,"
    " updated_at) VALUES (1, '120101500017', 'Әлиев', 'Қанат', '7А', '2012-01-01', 'M',"
    " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    "INSERT INTO incidents (id, detected_at, category, description, recorded_by, created_at)"
    " VALUES (1, '2026-02-01T08:00:00Z', 'violence', 'синтетика', 1, '2026-02-01T08:05:00Z')",
    "INSERT INTO notifications (id, incident_id, recipients, deadline, rules_version, payload,"
    " payload_sha256, created_at, created_by) VALUES ('n-1', 1, '[\"police_102\"]',"
    " '2026-02-01T09:00:00Z', 'kz-2026.1', '{}', 'abc', '2026-02-01T08:05:00Z', 1)",
]


def fresh_db(path: Path) -> Database:
    return Database.open(path, KEY, create=True)


VERSIONS = [m.version for m in available_migrations()]


def after(start: int) -> list[int]:
    return [v for v in VERSIONS if v > start]


def test_migrations_are_numbered_in_order_from_one() -> None:
    assert list(range(1, len(VERSIONS) + 1)) == VERSIONS
    assert LATEST_VERSION == VERSIONS[-1]


@pytest.mark.parametrize("start", VERSIONS)
def test_upgrade_from_every_version(tmp_path: Path, start: int) -> None:
    db = fresh_db(tmp_path / "old.db")
    assert migrate(db, target=start) == [v for v in VERSIONS if v <= start]
    with db.transaction():
        for statement in V1_ROWS:
            db.execute(statement)
    db.close()

    db = Database.open(tmp_path / "old.db", KEY)
    assert migrate(db) == after(start)
    assert db.user_version() == LATEST_VERSION
    assert db.integrity_problems() == []
    assert db.scalar("SELECT surname FROM pupils WHERE id = 1") == "Әлиев"
    assert db.scalar("SELECT state FROM notifications WHERE id = 'n-1'") == "queued"
    assert db.all("SELECT rowid FROM pupil_search WHERE pupil_search MATCH 'қан*'") == [(1,)]
    if start < 5:  # version 5 re-indexes the pupils already there with their folded spelling:
        # "алиев" typed on a Russian keyboard finds "Әлиев", "канат" finds "Қанат"
        for folded in ("алиев*", "канат*"):
            assert db.all(
                "SELECT rowid FROM pupil_search WHERE pupil_search MATCH ?", (folded,)
            ) == [(1,)]
        assert db.scalar("SELECT search_folded FROM pupils WHERE id = 1") == "алиев канат"
    if start < 3:  # version 3 fills the alphabetical sort key of pupils already there
        assert db.scalar("SELECT sort_key FROM pupils WHERE id = 1") == sort_key(
            "Әлиев", "Қанат", ""
        )
    # the upgraded schema is the same as a vault created at the latest version
    fresh = fresh_db(tmp_path / "new.db")
    migrate(fresh)
    schema = (
        "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    assert db.all(schema) == fresh.all(schema)
    db.close()
    fresh.close()


@pytest.mark.parametrize("start", [2, 3])
def test_acknowledged_notifications_become_acceptances_by_an_unknown_officer(
    tmp_path: Path, start: int
) -> None:
    """Version 4 keeps each acknowledgement as an event; older vaults only had 'acknowledged'."""
    db = fresh_db(tmp_path / "old.db")
    migrate(db, target=start)
    with db.transaction():
        for statement in V1_ROWS:
            db.execute(statement)
        db.execute(
            "UPDATE notifications SET state = 'acknowledged',"
            " acknowledged_at = '2026-02-01T08:40:00Z', ack_note = 'КУИ 55' WHERE id = 'n-1'"
        )
    assert migrate(db) == after(start)
    assert db.all(
        "SELECT notification_id, ack_seq, kind, at, officer, unit, reference, note"
        " FROM acknowledgements"
    ) == [("n-1", None, "accepted", "2026-02-01T08:40:00Z", None, None, None, "КУИ 55")]
    assert db.one("SELECT state, ack_state FROM notifications WHERE id = 'n-1'") == (
        "acknowledged",
        "accepted",
    )
    db.close()


@pytest.mark.parametrize("start", [v for v in VERSIONS if v < 8])
def test_version_8_keeps_old_incidents_as_learned_in_school_without_outside_children(
    tmp_path: Path, start: int
) -> None:
    """Version 8 (issue 13) adds the 'learned outside the school' flag, children who are not
    pupils, and the link from follow-up tasks to their incident; old incidents read as before."""
    db = fresh_db(tmp_path / "old.db")
    migrate(db, target=start)
    with db.transaction():
        for statement in V1_ROWS:
            db.execute(statement)
    migrate(db)
    assert db.one(
        "SELECT category, learned_outside, representatives_not_informed FROM incidents"
    ) == ("violence", 0, "")
    assert db.scalar("SELECT count(*) FROM incident_others") == 0
    assert db.scalar("SELECT count(*) FROM incident_follow_ups") == 0
    with pytest.raises(Exception, match="CHECK"):
        db.execute("UPDATE incidents SET learned_outside = 2")
    db.close()


def test_a_newer_vault_is_refused_not_downgraded(tmp_path: Path) -> None:
    from app.errors import VaultCorrupted

    db = fresh_db(tmp_path / "future.db")
    migrate(db)
    db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(VaultCorrupted, match="newer Qorgau"):
        migrate(db)
    db.close()


def test_a_failing_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage import migrate as migrate_module

    db = fresh_db(tmp_path / "db")
    migrate(db, target=1)
    real = migrate_module.available_migrations()
    broken = [*real[:1], migrate_module.Migration(2, "broken", real[1].sql + "\nNOT SQL;")]
    assert len(real) >= 2
    monkeypatch.setattr(migrate_module, "available_migrations", lambda: broken)
    with pytest.raises(Exception, match="syntax"):
        migrate_module.migrate(db)
    assert db.user_version() == 1
    assert db.one("SELECT name FROM sqlite_schema WHERE name = 'receipts'") is None
    db.close()


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    sql = (
        "CREATE TABLE a (x);\n-- note\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  SELECT 1;\n  SELECT 2;\nEND;\nCREATE INDEX i ON a (x);\n"
    )
    parts = split_statements(sql)
    assert len(parts) == 3
    assert parts[1].count("SELECT") == 2


def test_a_trailing_comment_after_a_trigger_swallows_nothing() -> None:
    """Regression: `END; -- comment` kept the splitter inside the trigger, so every later
    statement of the migration became part of it."""
    sql = (
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1;\nEND; -- why it exists\n"
        "CREATE INDEX i ON a (x); -- and this one\n"
        "CREATE TABLE b (y TEXT DEFAULT ';');\n"
    )
    parts = split_statements(sql)
    assert len(parts) == 3
    assert parts[0].startswith("CREATE TRIGGER") and "CREATE INDEX" not in parts[0]
    assert parts[2].startswith("CREATE TABLE b")


def test_key_is_required(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "db")
    migrate(db)
    db.close()
    from app.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        Database.open(tmp_path / "db", os.urandom(32))
