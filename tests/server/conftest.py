from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.devices import EnrolledDevice, enroll_device
from tests.support.server_process import ServerProcess, running_server


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One plain-HTTP loopback server shared by tests that do not need a fresh chain."""
    data_dir: Path = tmp_path_factory.mktemp("shared") / "server"
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
