"""ServerClient maps every way a server can fail to one typed exception (real sockets)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from email.utils import formatdate

import pytest

from sync.transport import (
    BadResponse,
    Refused,
    ServerBusy,
    ServerClient,
    ServerError,
    ServerUnreachable,
)
from tests.support.faulty_server import FaultyServer
from tests.support.server_process import free_port

pytestmark = pytest.mark.one_backend  # transport errors, no storage


@pytest.fixture
def faulty() -> Iterator[FaultyServer]:
    with FaultyServer() as server:
        yield server


@pytest.fixture
def client(faulty: FaultyServer) -> Iterator[ServerClient]:
    with ServerClient(faulty.base_url, timeout=(2.0, 0.5)) as c:
        yield c


def test_nothing_listening_is_unreachable() -> None:
    with ServerClient(f"http://127.0.0.1:{free_port()}") as client:
        with pytest.raises(ServerUnreachable):
            client.health()


def test_reset_is_unreachable(faulty: FaultyServer, client: ServerClient) -> None:
    faulty.respond(reset=True)
    with pytest.raises(ServerUnreachable):
        client.health()


def test_truncated_body_is_unreachable(faulty: FaultyServer, client: ServerClient) -> None:
    body = json.dumps({"status": "ok", "server_public_key": "x" * 40}).encode()
    faulty.respond(body=body, truncate_to=10)
    with pytest.raises(ServerUnreachable):
        client.health()


def test_timeout_is_unreachable(faulty: FaultyServer, client: ServerClient) -> None:
    faulty.respond(delay_s=1.0)
    with pytest.raises(ServerUnreachable):
        client.health()


def test_garbage_is_a_bad_response(faulty: FaultyServer, client: ServerClient) -> None:
    faulty.respond(body=b"<html>captive portal</html>", headers={"Content-Type": "text/html"})
    with pytest.raises(BadResponse):
        client.health()
    faulty.respond(body=b'{"status": "ok"}')
    with pytest.raises(BadResponse):
        client.health()


def test_busy_carries_retry_after(faulty: FaultyServer, client: ServerClient) -> None:
    faulty.respond(status=503, headers={"Retry-After": "7"})
    with pytest.raises(ServerBusy) as info:
        client.health()
    assert (info.value.status, info.value.retry_after) == (503, 7.0)
    faulty.respond(status=429, headers={"Retry-After": formatdate(usegmt=True)})
    with pytest.raises(ServerBusy) as info:
        client.health()
    assert info.value.retry_after is not None and 0 <= info.value.retry_after <= 1
    faulty.respond(status=503)
    with pytest.raises(ServerBusy) as info:
        client.health()
    assert info.value.retry_after is None


def test_server_error_and_refusal(faulty: FaultyServer, client: ServerClient) -> None:
    faulty.respond(status=500, body=b"oops")
    with pytest.raises(ServerError) as error:
        client.health()
    assert error.value.status == 500
    faulty.respond(status=404, body=b'{"error": "not_found", "detail": "Not Found"}')
    with pytest.raises(Refused) as refused:
        client.health()
    assert (refused.value.status, refused.value.code) == (404, "not_found")
    faulty.respond(status=400, body=b"")
    with pytest.raises(Refused) as refused:
        client.health()
    assert refused.value.code == "http_400"


def test_redirects_are_not_followed(faulty: FaultyServer, client: ServerClient) -> None:
    faulty.respond(status=302, headers={"Location": "http://192.0.2.1/"})
    with pytest.raises(BadResponse):
        client.health()
    assert faulty.requests == 1
