"""Fixtures of the server suite, which runs on both storage backends.

Every test here runs once per backend (``backend`` is "sqlite" or "postgresql"), unless marked
``one_backend`` (storage-free, or about SQLite's files): then on SQLite only; or
``postgresql_only`` (about PostgreSQL's own limits): then on PostgreSQL only. ``pytest
--backend sqlite|postgresql`` picks one. The PostgreSQL cluster (Debian's ``postgresql``
package, benchmarks/pg_cluster.py) is started once per session; every server data dir a test
creates gets a fresh database in it. Without the PostgreSQL binaries the PostgreSQL cases fail
with the install hint, unless ``QORGAU_SKIP_POSTGRES=1`` (then they are skipped).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.pg_cluster import SKIP_ENV, PostgresCluster, PostgresUnavailable
from tests.support.devices import EnrolledDevice, enroll_device
from tests.support.server_process import ServerProcess, running_server, use_database_factory

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "one_backend: storage-free or SQLite-specific; runs on SQLite only"
    )
    config.addinivalue_line(
        "markers", "postgresql_only: about PostgreSQL itself (its connections); runs on it only"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    chosen = metafunc.config.getoption("backend", default="both")
    backends = list(BACKENDS) if chosen in (None, "both") else [chosen]
    params: list[Any] = list(backends)
    if metafunc.definition.get_closest_marker("one_backend") is not None:
        params = ["sqlite"]
    elif metafunc.definition.get_closest_marker("postgresql_only") is not None:
        skip = pytest.mark.skip(reason="PostgreSQL only, and --backend sqlite was given")
        params = (
            ["postgresql"] if "postgresql" in backends else [pytest.param("postgresql", marks=skip)]
        )
    metafunc.parametrize("backend", params, indirect=True, scope="session")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    try:
        cluster = PostgresCluster.start()
    except PostgresUnavailable as exc:
        if os.environ.get(SKIP_ENV) == "1":
            pytest.skip(f"{SKIP_ENV}=1: {exc}".splitlines()[0])
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session", autouse=True)
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The storage backend of this test's servers and storages (parametrised)."""
    name: str = getattr(request, "param", "sqlite")
    if name == "postgresql":
        if os.environ.get(SKIP_ENV) == "1":
            pytest.skip(f"{SKIP_ENV}=1: PostgreSQL cases skipped")
        cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
        use_database_factory(cluster.new_database)
    else:
        use_database_factory(None)
    try:
        yield name
    finally:
        use_database_factory(None)


@pytest.fixture(scope="session")
def server(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One plain-HTTP loopback server per backend, shared by tests that need no fresh chain."""
    data_dir: Path = tmp_path_factory.mktemp(f"shared-{backend}") / "server"
    with running_server(data_dir) as running:
        yield running


@pytest.fixture
def device(server: ServerProcess) -> Iterator[EnrolledDevice]:
    enrolled = enroll_device(server)
    try:
        yield enrolled
    finally:
        enrolled.client.close()


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server") as running:
        yield running
