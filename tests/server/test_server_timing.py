"""``Server-Timing`` (server/timing.py): every answer of the real server says its own time."""

from __future__ import annotations

import pytest
import requests

from server.timing import format_duration, parse_duration_ms
from sync.protocol import PATH_HEALTH, canonical_json
from tests.support.devices import EnrolledDevice, notification, post_signed
from tests.support.server_process import ServerProcess


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("app;dur=12.5", 12.5),
        ("db;dur=3, app;dur=0.2", 0.2),
        ('app;desc="server";dur=7', 7.0),
        ("app", None),
        ("app;dur=soon", None),
        ("total;dur=5", None),
        ("", None),
        (None, None),
    ],
)
def test_the_app_duration_is_read_from_a_header(header: str | None, expected: float | None) -> None:
    assert parse_duration_ms(header) == expected


def test_a_written_duration_reads_back_in_milliseconds() -> None:
    assert parse_duration_ms(format_duration(0.0423).decode("ascii")) == 42.3


def test_health_and_a_signed_delivery_carry_the_servers_time(
    server: ServerProcess, device: EnrolledDevice
) -> None:
    with requests.Session() as http:
        http.trust_env = False
        health = http.get(server.base_url + PATH_HEALTH, timeout=10)
    body = canonical_json({"notifications": [notification()]})
    delivery = post_signed(server.base_url, device, body)
    assert health.status_code == 200
    assert delivery.status_code == 200, delivery.text
    for answer in (health, delivery):
        duration = parse_duration_ms(answer.headers.get("Server-Timing"))
        assert duration is not None, answer.headers
        # Measured inside the server: never more than the whole round trip the client saw.
        assert 0 <= duration <= answer.elapsed.total_seconds() * 1000
