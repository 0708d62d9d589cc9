"""benchmarks.pg_cluster: a throw-away PostgreSQL from Debian's package starts, answers, and
leaves nothing behind."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from benchmarks import pg_cluster


def test_throwaway_cluster_answers_and_is_deleted() -> None:
    try:
        pg_cluster.find_bin_dir()
    except pg_cluster.PostgresUnavailable:
        pytest.fail("apt-get install -y postgresql (.ci/run installs it)")
    with pg_cluster.throwaway_postgres() as url:
        assert parse_qs(urlsplit(url).query)["host"][0].startswith(tempfile.gettempdir())
        assert pg_cluster.psql_scalar(url, "SELECT current_database()") == "qorgau"
        assert pg_cluster.psql_scalar(url, "SHOW fsync") == "on"
        data_dir = Path(pg_cluster.psql_scalar(url, "SHOW data_directory"))
        assert data_dir.is_dir()
    assert not data_dir.exists()
    assert not data_dir.parent.exists()
