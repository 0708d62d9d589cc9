"""Journey fixtures: the UI fixtures (settings in tmp_path, translators removed, workers
drained) and the real reference server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.server_process import ServerProcess, running_server
from tests.ui.conftest import (  # noqa: F401 - fixtures shared with the widget tests
    OFFSCREEN_NOISE,
    drain_at_exit,
    isolated_settings,
    store,
    translations,
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/journeys/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, RAISE_NOISE))


# The offscreen platform cannot raise a window: the session raises each window it shows.
RAISE_NOISE = r"This plugin does not support raise\(\)"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server") as running:
        yield running
