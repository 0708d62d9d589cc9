"""The dialect layer (server/db.py) and where an instance finds its database and signing key."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from benchmarks.pg_cluster import BIN_ENV, SKIP_ENV
from server.datadir import (
    CREDENTIAL_NAME,
    ENV_CREDENTIALS,
    ENV_DATABASE,
    ENV_SIGNING_KEY,
    DataDirError,
    ServerConfig,
)
from server.db import postgres_multirow, postgres_statement, sqlite_statement
from tests.support.server_process import REPO_ROOT, database_for, open_storage, run_cli


@pytest.mark.one_backend
def test_numbered_placeholders_reorder_the_arguments() -> None:
    statement = postgres_statement(
        "INSERT INTO t (a, b, c) VALUES (?1, ?2, json_extract(?1, '$.k'))"
    )
    assert statement.sql == ("INSERT INTO t (a, b, c) VALUES (%s, %s, (CAST(%s AS jsonb) ->> 'k'))")
    assert statement.arguments(("x", "y")) == ["x", "y", "x"]


@pytest.mark.one_backend
def test_literals_and_percent_signs_survive_the_translation() -> None:
    statement = postgres_statement("SELECT '?', 'it''s 100%' FROM t WHERE a = ? AND b LIKE '%?'")
    assert statement.sql == "SELECT '?', 'it''s 100%%' FROM t WHERE a = %s AND b LIKE '%%?'"
    assert statement.order is None
    assert statement.arguments([1]) == [1]


@pytest.mark.one_backend
def test_insert_or_ignore_and_for_update() -> None:
    assert (
        postgres_statement("INSERT OR IGNORE INTO r (a) SELECT ? FROM s").sql
        == "INSERT INTO r (a) SELECT %s FROM s ON CONFLICT DO NOTHING"
    )
    assert sqlite_statement("SELECT a FROM t WHERE k = ? FOR UPDATE") == (
        "SELECT a FROM t WHERE k = ?"
    )
    assert postgres_statement("SELECT a FROM t WHERE k = ? FOR UPDATE").sql == (
        "SELECT a FROM t WHERE k = %s FOR UPDATE"
    )


@pytest.mark.one_backend
def test_many_rows_of_an_insert_become_one_statement() -> None:
    inserts = postgres_multirow(
        "INSERT OR IGNORE INTO r (a, b) VALUES (?, ?)", [(1, "x"), (2, "y"), (3, "z")]
    )
    assert inserts == [
        (
            "INSERT INTO r (a, b) VALUES ($1, $2), ($3, $4), ($5, $6) ON CONFLICT DO NOTHING",
            [1, "x", 2, "y", 3, "z"],
        )
    ]
    # Numbered placeholders, expressions, a sequence and a literal '%' within each row.
    [(sql, arguments)] = postgres_multirow(
        "INSERT INTO n (id, seq, kind, note) VALUES (?1, nextval('s'), "
        "json_extract(?2, '$.kind'), '100%')",
        [("a", '{"kind":"k1"}'), ("b", '{"kind":"k2"}')],
    ) or [("", [])]
    assert sql == (
        "INSERT INTO n (id, seq, kind, note) VALUES "
        "($1, nextval('s'), (CAST($2 AS jsonb) ->> 'kind'), '100%'), "
        "($3, nextval('s'), (CAST($4 AS jsonb) ->> 'kind'), '100%')"
    )
    assert arguments == ["a", '{"kind":"k1"}', "b", '{"kind":"k2"}']
    # Not an INSERT ... VALUES: left to executemany, one row at a time.
    assert postgres_multirow("UPDATE r SET a = ? WHERE b = ?", [(1, 2)]) is None
    assert postgres_multirow("INSERT INTO r (a) SELECT a FROM s WHERE b = ?", [(1,)]) is None
    assert postgres_multirow("INSERT INTO r (a) VALUES (?)", []) == []


@pytest.mark.one_backend
def test_a_multirow_insert_stays_within_postgresqls_parameter_limit() -> None:
    rows = [(n, n) for n in range(40_000)]
    inserts = postgres_multirow("INSERT INTO r (a, b) VALUES (?, ?)", rows) or []
    assert [len(arguments) for _, arguments in inserts] == [65_534, 80_000 - 65_534]
    assert [value for _, arguments in inserts for value in arguments] == [
        value for row in rows for value in row
    ]
    assert inserts[1][0].startswith("INSERT INTO r (a, b) VALUES ($1, $2), ($3, $4)")


@pytest.mark.postgresql_only
def test_executemany_stores_every_row_past_one_statements_limit(
    tmp_path: Path, backend: str
) -> None:
    storage = open_storage(tmp_path)
    try:
        conn = storage._conn()
        conn.execute("CREATE TEMP TABLE many (a BIGINT PRIMARY KEY, b TEXT)")
        rows = [(n, f"row {n}") for n in range(40_000)]
        conn.executemany("INSERT OR IGNORE INTO many (a, b) VALUES (?, ?)", rows + rows[:5])
        count, total = conn.execute("SELECT count(*), sum(a) FROM many").fetchone()
        assert (count, total) == (40_000, sum(range(40_000)))
    finally:
        storage.close()


@pytest.mark.one_backend
def test_configuration_sources_in_their_order(tmp_path: Path) -> None:
    credentials = tmp_path / "creds"
    credentials.mkdir()
    (credentials / CREDENTIAL_NAME).write_text("k")
    env = {ENV_CREDENTIALS: str(credentials)}
    config = ServerConfig.resolve(tmp_path / "d", environ=env)
    assert config.database is None and config.key_path == credentials / CREDENTIAL_NAME
    env[ENV_SIGNING_KEY] = str(tmp_path / "env.pem")
    env[ENV_DATABASE] = "postgresql://u:secret@db/q"
    config = ServerConfig.resolve(tmp_path / "d", environ=env)
    assert config.key_path == tmp_path / "env.pem"
    assert config.database == "postgresql://u:secret@db/q"
    assert "secret" not in config.describe_database()
    config = ServerConfig.resolve(tmp_path / "d", signing_key=tmp_path / "arg.pem", environ=env)
    assert config.key_path == tmp_path / "arg.pem"
    # Without any: the data dir's key file; a missing credential is not a source.
    assert ServerConfig.resolve(tmp_path / "d", environ={ENV_CREDENTIALS: "/nowhere"}).key_path == (
        tmp_path / "d" / "server-signing-key.pem"
    )
    with pytest.raises(DataDirError, match="postgresql://"):
        ServerConfig.resolve(tmp_path / "d", database="mysql://x", environ={})


def test_the_signing_key_from_a_file_elsewhere_and_a_wrong_one_refused(
    tmp_path: Path, backend: str
) -> None:
    data = tmp_path / "data"
    key = tmp_path / "keys" / "signing.pem"
    key.parent.mkdir()
    first = run_cli(data, "--signing-key", str(key), "init")
    assert "Created the signing key" in first.stdout
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert not (data / "server-signing-key.pem").exists()
    run_cli(data, "--signing-key", str(key), "districts", "add", "d1", "--name", "D1")
    # Without the key option this instance has no key at all: one clear line.
    missing = run_cli(data, "districts", "list", check=False)
    assert missing.returncode != 0 and "not initialised" in missing.stderr
    # Another key on the same database would issue receipts nobody can verify: init refuses
    # (and leaves no new key behind), and so does every command with an existing other key.
    other = tmp_path / "other.pem"
    refused = run_cli(data, "--signing-key", str(other), "init", check=False)
    assert refused.returncode != 0 and "another key" in refused.stderr
    assert not other.exists()
    other.write_bytes(
        Ed25519PrivateKey.generate().private_bytes(
            Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()
        )
    )
    wrong = run_cli(data, "--signing-key", str(other), "districts", "list", check=False)
    assert wrong.returncode != 0 and "does not match" in wrong.stderr
    again = run_cli(data, "--signing-key", str(key), "districts", "list")
    assert "d1" in again.stdout
    if backend == "postgresql":
        assert database_for(data) is not None and not (data / "server.sqlite3").exists()


@pytest.mark.one_backend
def test_without_postgresql_binaries_the_postgresql_cases_fail_unless_skipped(
    tmp_path: Path,
) -> None:
    test = "tests/server/test_db.py::test_configuration_sources_in_their_order"
    env = {k: v for k, v in os.environ.items() if k != SKIP_ENV}
    env[BIN_ENV] = str(tmp_path / "no-postgres")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--backend", "postgresql"]
    # A PostgreSQL case (the migrations module asks for the cluster directly).
    case = "tests/server/test_migrations.py::test_postgresql_refuses_a_newer_schema"
    failed = subprocess.run(
        [*command, case], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert failed.returncode != 0, failed.stdout[-2000:]
    assert "apt-get install postgresql" in failed.stdout
    assert "QORGAU_SKIP_POSTGRES=1" in failed.stdout
    skipped = subprocess.run(
        [*command, case, test],
        cwd=REPO_ROOT,
        env={**env, SKIP_ENV: "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert skipped.returncode == 0, skipped.stdout[-2000:]
    assert "1 passed, 1 skipped" in skipped.stdout


def test_the_next_server_seq_expression_runs_on_the_backend(tmp_path: Path, backend: str) -> None:
    # For per-school chains (schema v3): the global workspace order comes from the dialect.
    storage = open_storage(tmp_path)
    try:
        assert storage.dialect.name == backend
        sql = "SELECT " + storage.dialect.next_server_seq
        first = storage._conn().execute(sql).fetchone()[0]
        assert first == 1 and storage._conn().execute(sql).fetchone()[0] >= 1
    finally:
        storage.close()
