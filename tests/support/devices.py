"""Enrolled devices against a running reference server (real HTTP, real enrollment codes)."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from server.enrollment import issue_code
from sync.protocol import (
    PATH_ACKNOWLEDGEMENTS,
    PATH_NOTIFICATIONS,
    WireNotification,
    make_wire_notification,
    public_key_to_b64,
    sign_request,
)
from sync.transport import Refused, ServerBusy, ServerClient, ServerError, ServerUnreachable
from tests.support.server_process import (
    TEST_DISTRICT,
    ServerProcess,
    make_enroll_code,
    open_storage,
)


@dataclass
class EnrolledDevice:
    client: ServerClient
    device_id: str
    key: Ed25519PrivateKey
    school: str
    server_key: Ed25519PublicKey


def enroll_device(
    server: ServerProcess,
    school: str = "School No. 1",
    *,
    ca_pem: bytes | None = None,
    name: str = "psychologist-pc",
    district: str = TEST_DISTRICT,
) -> EnrolledDevice:
    """Issue a code with the CLI, enroll a fresh key, return a client ready to deliver."""
    code = make_enroll_code(server.data_dir, school, district=district)
    key = Ed25519PrivateKey.generate()
    with ServerClient(server.base_url, ca_pem=ca_pem) as anonymous:
        result = anonymous.enroll(code, public_key_to_b64(key.public_key()), name)
    client = ServerClient(
        server.base_url,
        ca_pem=ca_pem,
        server_public_key=result.server_public_key,
        device_id=result.device_id,
        device_key=key,
    )
    return EnrolledDevice(client, result.device_id, key, result.school, result.server_public_key)


def notification(**fields: Any) -> WireNotification:
    """A synthetic notification payload with a fresh id."""
    payload: dict[str, Any] = {
        "kind": "offence_against_minor",
        "school": "School No. 1",
        "summary": "Синтетический тест — сынақ",
        "recorded_at": "2026-03-02T09:15:00Z",
    }
    payload.update(fields)
    return make_wire_notification(str(uuid.uuid4()), payload)


def signed_acknowledgements(client: ServerClient, after: int = 0) -> list[dict[str, Any]]:
    """The raw items of a signed ``GET /v1/acknowledgements``, every field the server sent
    (``ServerClient.acknowledgements`` parses only the fields the client uses)."""
    data = client._send(
        "GET", f"{PATH_ACKNOWLEDGEMENTS}?after={int(after)}", body=None, signed=True
    )
    assert isinstance(data, dict)
    items = data["acknowledgements"]
    assert isinstance(items, list)
    return items


def post_signed(base_url: str, device: EnrolledDevice, body: bytes) -> requests.Response:
    """``POST /v1/notifications`` with any body, signed by ``device``, the raw response (for
    what ``ServerClient`` does not show: headers, malformed bodies)."""
    headers = sign_request(device.key, device.device_id, "POST", PATH_NOTIFICATIONS, body)
    with requests.Session() as http:
        http.trust_env = False
        return http.post(
            base_url + PATH_NOTIFICATIONS,
            data=body,
            headers={"Content-Type": "application/json", **headers},
            timeout=10,
        )


DELIVERY_BOUND_S = 120.0


def enroll_many(server: ServerProcess, count: int) -> list[EnrolledDevice]:
    """``count`` PCs of one school: one code from the CLI, the rest issued in-process."""
    first = enroll_device(server)
    storage = open_storage(server.data_dir)
    try:
        school = next(s for s in storage.schools())
        codes = [issue_code(storage, school, time.time(), 1.0) for _ in range(count - 1)]
    finally:
        storage.close()
    devices = [first]
    for code in codes:
        key = Ed25519PrivateKey.generate()
        with ServerClient(server.base_url) as anonymous:
            result = anonymous.enroll(code, public_key_to_b64(key.public_key()), "pc")
        client = ServerClient(
            server.base_url,
            server_public_key=result.server_public_key,
            device_id=result.device_id,
            device_key=key,
            timeout=(5.0, 10.0),
        )
        devices.append(
            EnrolledDevice(client, result.device_id, key, result.school, result.server_public_key)
        )
    return devices


def deliver_all(
    device: EnrolledDevice, batches: list[list[WireNotification]], statuses: Counter[object]
) -> None:
    """Deliver every batch, honouring Retry-After; record every answer's status (bounded)."""
    deadline = time.monotonic() + DELIVERY_BOUND_S
    pending = list(batches)
    while pending and time.monotonic() < deadline:
        try:
            results = device.client.deliver(pending[0])
        except ServerBusy as exc:
            statuses[exc.status] += 1
            time.sleep(min(exc.retry_after or 1.0, 5.0))
            continue
        except (ServerError, Refused) as exc:
            statuses[exc.status] += 1
            return
        except ServerUnreachable as exc:
            statuses[f"unreachable: {type(exc).__name__}"] += 1
            return
        statuses[200] += 1
        assert all(r.delivered for r in results)
        pending.pop(0)
