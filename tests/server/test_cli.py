"""qorgau-server administration commands, run as subprocesses."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import psycopg
import pytest

from server.enrollment import CODE_ALPHABET
from tests.support.server_process import database_for, make_enroll_code, run_cli

CODE_RE = re.compile(rf"^[{CODE_ALPHABET}]{{4}}(-[{CODE_ALPHABET}]{{4}}){{3}}$")


def _one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_init_creates_a_private_key_and_keeps_it_when_run_again(tmp_path: Path) -> None:
    # `init` creates or migrates (notes/COMMON.md contract): a second run keeps the key.
    data = tmp_path / "data"
    first = run_cli(data, "init")
    key_file = data / "server-signing-key.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    before = key_file.read_bytes()
    again = run_cli(data, "init")
    assert key_file.read_bytes() == before
    assert "Created the signing key" in first.stdout
    assert "Kept the signing key" in again.stdout
    key_line = [line for line in first.stdout.splitlines() if "Receipt signing key" in line]
    assert key_line and key_line[0] in again.stdout


def test_enroll_code_prints_the_code_alone_on_the_last_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_cli(data, "init")
    run_cli(data, "districts", "add", "akkol", "--name", "Аккольский район")
    result = run_cli(
        data, "enroll-code", "--school", "Школа №3", "--district", "akkol", "--ttl-hours", "2"
    )
    lines = result.stdout.splitlines()
    assert len(lines) >= 2  # an explanation, then the code
    assert CODE_RE.match(lines[-1]), lines[-1]
    assert not set("01OIL") & set(lines[-1].replace("-", ""))
    assert make_enroll_code(data, "x") != lines[-1]
    # stored hashed, never in readable form
    url = database_for(data)
    if url is None:
        db = (data / "server.sqlite3").read_bytes()
    else:
        with psycopg.connect(url) as conn:
            db = repr(conn.execute("SELECT * FROM enroll_codes").fetchall()).encode()
        assert db.count(b"'") > 0  # rows were read
    assert lines[-1].replace("-", "").encode() not in db
    assert lines[-1].encode() not in db


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    data = tmp_path / "missing"
    for args in (["enroll-code", "--school", "x"], ["notifications", "--json"], ["ack", "x"]):
        result = run_cli(data, *args, check=False)
        assert result.returncode != 0
        assert "not initialised" in _one_line_error(result.stderr)
    run_cli(data, "init")
    unknown = "00000000-0000-4000-8000-000000000000"
    result = run_cli(data, "ack", unknown, "--by", "Иванов", "--reference", "1", check=False)
    assert result.returncode != 0
    assert "no notification" in _one_line_error(result.stderr)
    result = run_cli(data, "ack", unknown, "--by", "Иванов", check=False)
    assert result.returncode != 0
    assert "--reference" in _one_line_error(result.stderr)
    result = run_cli(data, "enroll-code", "--school", "x", "--district", "nowhere", check=False)
    assert result.returncode != 0
    assert "no district 'nowhere'" in _one_line_error(result.stderr)
    result = run_cli(data, "enroll-code", "--school", "x", "--ttl-hours", "0", check=False)
    assert result.returncode != 0
    _one_line_error(result.stderr)


def test_notifications_json_on_an_empty_server(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_cli(data, "init")
    assert json.loads(run_cli(data, "notifications", "--json").stdout) == []


@pytest.mark.one_backend
def test_data_dir_from_environment(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.support.server_process import REPO_ROOT

    env = {**os.environ, "QORGAU_SERVER_DATA_DIR": str(tmp_path / "env-data")}
    subprocess.run(
        [sys.executable, "-m", "server.cli", "init"],
        cwd=REPO_ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert (tmp_path / "env-data" / "server-signing-key.pem").exists()


@pytest.mark.one_backend
def test_data_files_are_private(tmp_path: Path) -> None:
    # issue 12: payloads (names, IINs) were in a 0644 server.sqlite3
    data = tmp_path / "data"
    run_cli(data, "init")
    make_enroll_code(data, "Школа")
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in data.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    # an older data dir with a world-readable database is tightened when opened
    (data / "server.sqlite3").chmod(0o644)
    run_cli(data, "notifications")
    assert stat.S_IMODE((data / "server.sqlite3").stat().st_mode) == 0o600
