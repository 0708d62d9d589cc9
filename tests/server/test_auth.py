"""Signed-request refusals, seen from a raw HTTP client (real sockets, no mocks)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from unittest.mock import patch

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.protocol import (
    HEADER_SIGNATURE,
    MAX_BODY_BYTES,
    PATH_ACKNOWLEDGEMENTS,
    PATH_NOTIFICATIONS,
    canonical_json,
    sha256_hex,
    sign_request,
)
from sync.transport import ServerClient
from tests.support.devices import EnrolledDevice, notification
from tests.support.server_process import ServerProcess, open_storage


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.trust_env = False  # loopback only: no proxies from the environment
        yield session


def _body(count: int = 1) -> bytes:
    return canonical_json({"notifications": [notification() for _ in range(count)]})


def _post(
    http: requests.Session, server: ServerProcess, body: bytes, headers: dict[str, str]
) -> requests.Response:
    return http.post(
        server.base_url + PATH_NOTIFICATIONS,
        data=body,
        headers={"Content-Type": "application/json", **headers},
        timeout=10,
    )


def _signed(device: EnrolledDevice, body: bytes, **kwargs: float) -> dict[str, str]:
    return sign_request(device.key, device.device_id, "POST", PATH_NOTIFICATIONS, body, **kwargs)


def test_properly_signed_raw_request_is_accepted(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    body = _body()
    response = _post(http, server, body, _signed(device, body))
    assert response.status_code == 200
    assert response.json()["results"][0]["status"] == 200


def test_unsigned_request_is_refused(http: requests.Session, server: ServerProcess) -> None:
    response = _post(http, server, _body(), {})
    assert (response.status_code, response.json()["error"]) == (401, "unsigned")


def test_bad_signature_is_refused(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    body = _body()
    forged = sign_request(
        Ed25519PrivateKey.generate(), device.device_id, "POST", PATH_NOTIFICATIONS, body
    )
    response = _post(http, server, body, forged)
    assert (response.status_code, response.json()["error"]) == (401, "bad_signature")
    # a valid signature over a different body
    response = _post(http, server, _body(), _signed(device, body))
    assert (response.status_code, response.json()["error"]) == (401, "bad_signature")
    # garbage in the signature header
    response = _post(http, server, body, {**_signed(device, body), HEADER_SIGNATURE: "%%%"})
    assert (response.status_code, response.json()["error"]) == (401, "malformed_signature")


def test_signed_query_cannot_be_changed(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    headers = sign_request(
        device.key, device.device_id, "GET", PATH_ACKNOWLEDGEMENTS + "?after=0", b""
    )
    response = http.get(server.base_url + PATH_ACKNOWLEDGEMENTS + "?after=5", headers=headers)
    assert (response.status_code, response.json()["error"]) == (401, "bad_signature")


def test_unknown_device_is_refused(http: requests.Session, server: ServerProcess) -> None:
    body = _body()
    headers = sign_request(
        Ed25519PrivateKey.generate(), "no-such-device", "POST", PATH_NOTIFICATIONS, body
    )
    response = _post(http, server, body, headers)
    assert (response.status_code, response.json()["error"]) == (401, "unknown_device")


@pytest.mark.parametrize("skew", [-400.0, 400.0])
def test_stale_timestamp_is_refused(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice, skew: float
) -> None:
    body = _body()
    response = _post(http, server, body, _signed(device, body, now=time.time() + skew))
    data = response.json()
    assert (response.status_code, data["error"]) == (401, "stale_timestamp")
    assert data["server_time"].endswith("Z")


def test_replayed_nonce_is_refused(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    body = _body()
    headers = _signed(device, body)
    assert _post(http, server, body, headers).status_code == 200
    response = _post(http, server, body, headers)
    assert (response.status_code, response.json()["error"]) == (401, "replayed")


def test_a_replayed_nonce_stores_nothing_of_its_request(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    """The nonce is recorded in the delivery's own transaction: a second request under a used
    nonce (signed anew over another body) is refused and none of its notifications is kept."""
    first, second = notification(), notification()
    bodies = [canonical_json({"notifications": [item]}) for item in (first, second)]
    with patch("sync.protocol.signing.secrets.token_hex", return_value="ab" * 16):
        headers = [_signed(device, body) for body in bodies]
    assert _post(http, server, bodies[0], headers[0]).status_code == 200
    response = _post(http, server, bodies[1], headers[1])
    assert (response.status_code, response.json()["error"]) == (401, "replayed")
    storage = open_storage(server.data_dir)
    try:
        stored = {record.id for record in storage.list_notifications()}
    finally:
        storage.close()
    assert first["id"] in stored and second["id"] not in stored


def test_oversized_bodies_are_refused(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    big = b"{" + b" " * MAX_BODY_BYTES + b"}"
    response = _post(http, server, big, _signed(device, big))
    assert (response.status_code, response.json()["error"]) == (413, "body_too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count what it reads
        for _ in range(20):
            yield b" " * 65536

    response = http.post(
        server.base_url + PATH_NOTIFICATIONS,
        data=chunks(),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert (response.status_code, response.json()["error"]) == (413, "body_too_large")


def test_malformed_json_is_refused_after_authentication(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    for body in [b"{not json", b'{"notifications": 3}', canonical_json({"other": []})]:
        response = _post(http, server, body, _signed(device, body))
        assert (response.status_code, response.json()["error"]) == (422, "malformed")
    too_many = _body(501)
    response = _post(http, server, too_many, _signed(device, too_many))
    assert (response.status_code, response.json()["error"]) == (422, "malformed")


def test_declared_hash_mismatch_is_a_per_item_422(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    good, bad = notification(), notification()
    bad["payload_sha256"] = "0" * 64
    body = canonical_json({"notifications": [good, bad]})
    results = _post(http, server, body, _signed(device, body)).json()["results"]
    assert [r["status"] for r in results] == [200, 422]
    assert results[1] == {"id": bad["id"], "status": 422, "receipt": None, "error": "hash_mismatch"}


def test_a_payload_with_a_float_is_refused_as_malformed(
    http: requests.Session, server: ServerProcess, device: EnrolledDevice
) -> None:
    """RFC 8785 canonical JSON has no floats here: a payload with one is never stored."""
    item = notification()
    payload_text = canonical_json(item["payload"]).decode()[:-1] + ',"age":12.5}'
    body = (
        f'{{"notifications":[{{"id":"{item["id"]}","payload":{payload_text},'
        f'"payload_sha256":"{sha256_hex(payload_text.encode())}"}}]}}'
    ).encode()
    response = _post(http, server, body, _signed(device, body))
    assert (response.status_code, response.json()["error"]) == (422, "malformed")
    assert "floating-point" in response.json()["detail"]


def test_refusals_are_logged_without_payloads(
    http: requests.Session, server: ServerProcess
) -> None:
    secret = "Secret disclosure text"
    body = canonical_json({"notifications": [notification(summary=secret)]})
    _post(http, server, body, {"X-Forwarded-For": "192.0.2.44"})
    storage = open_storage(server.data_dir)
    try:
        durable = [r for r in storage.refusals() if r.remote == "192.0.2.44"]
    finally:
        storage.close()
    # Unauthenticated: a line in the app log (bounded per address), never a database row.
    assert durable == []
    line = f"refused POST {PATH_NOTIFICATIONS} -> 401 unsigned (device=None remote=192.0.2.44)"
    deadline = time.monotonic() + 5.0
    while line not in server.log_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert line in server.log_text()
    assert secret not in server.log_text()


def test_client_recovers_from_a_wrong_local_clock(
    server: ServerProcess, device: EnrolledDevice
) -> None:
    with ServerClient(
        server.base_url,
        server_public_key=device.server_key,
        device_id=device.device_id,
        device_key=device.key,
    ) as client:
        client.clock_offset = -3600.0  # a PC whose CMOS battery died
        assert client.deliver([notification()])[0].delivered
        assert abs(client.clock_offset) < 60
