"""`qorgau enroll URL CODE`: register this installation's device key with the central server.

The device key is generated here and its private half stored inside the encrypted vault. The
server's receipt-signing key is pinned from the enrollment answer (and must match what its
health endpoint announces), and the TLS trust is pinned to the CA file given, if any.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)

from app import clock
from app.errors import Conflict, QorgauError
from app.storage import device as device_repo
from app.storage.db import Database
from app.vault import Vault
from sync.protocol import public_key_to_b64
from sync.transport import ServerClient, TransportError


class EnrollmentFailed(QorgauError):
    """The server did not accept the enrollment."""

    code = "enrollment_failed"


@dataclass(frozen=True)
class EnrollmentStatus:
    """What may be shown about the enrollment: never the device's private key."""

    server_url: str
    school: str
    enrolled_at: str


def enrollment_status(db: Database) -> EnrollmentStatus | None:
    """The server this vault delivers to, or None when it is not enrolled."""
    record = device_repo.get(db)
    if record is None:
        return None
    return EnrollmentStatus(record.server_url, record.school, record.enrolled_at)


def enroll(
    vault: Vault, url: str, code: str, *, ca_pem: bytes | None = None, replace: bool = False
) -> device_repo.DeviceRecord:
    vault.require_role("admin", "psychologist", "social_pedagogue")
    existing = device_repo.get(vault.db)
    if existing is not None and not replace:
        raise Conflict(f"this vault is already enrolled with {existing.server_url}")
    key = Ed25519PrivateKey.generate()
    public_b64 = public_key_to_b64(key.public_key())
    try:
        client = ServerClient(url, ca_pem=ca_pem)
    except ValueError as exc:
        raise EnrollmentFailed(str(exc)) from exc
    try:
        health = client.health()
        result = client.enroll(code.strip(), public_b64, f"qorgau@{platform.node()}")
    except TransportError as exc:
        raise EnrollmentFailed(f"enrollment failed: {exc}") from exc
    finally:
        client.close()
    if result.server_public_key_b64 != health.server_public_key_b64:
        raise EnrollmentFailed("the server announced two different signing keys; not enrolled")
    record = device_repo.DeviceRecord(
        server_url=client.base_url,
        device_id=result.device_id,
        private_key=key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        server_public_key=result.server_public_key_b64,
        ca_pem=ca_pem,
        school=result.school,
        enrolled_at=clock.now_iso(),
        ack_cursor=0,
    )
    with vault.db.transaction():
        device_repo.save(vault.db, record)
        vault.audit("device.enroll", "device", result.device_id)
    return record
