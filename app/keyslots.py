"""Key slots: the vault's data key wrapped once per staff account and once for recovery.

File format (JSON, version 1)::

    {"format": 1, "vault_id": "...", "slots": [
        {"slot_id", "kind": "passphrase"|"recovery", "login", "created_at",
         "kdf": {"name": "argon2id", "salt", "iterations", "lanes", "memory_cost"},
         "box_public", "nonce", "ciphertext", "grant"}]}

Each slot's ciphertext is AES-256-GCM under a key derived with Argon2id from the passphrase
(or recovery key), with the slot's metadata as associated data, so a slot cannot be moved to
another login or have its parameters weakened unnoticed. The plaintext holds the data key
and, for psychologists and the recovery slot, the confidential-compartment key.

Granting the compartment key to a new psychologist must not need their passphrase nor let
an administrator read the notes: every slot has an X25519 key pair (private half inside the
ciphertext), and a holder of the compartment key seals it to the new slot's public key
("grant"). The grant is folded into the slot's ciphertext the next time its owner signs in.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from app.atomic import atomic_write
from app.errors import KeySlotsDamaged, WrongPassphrase

FORMAT = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# Far above what KdfParams.fresh() writes (3 iterations, 128 MiB) and still finishes in
# seconds: a slot file edited to ask for terabytes or a billion passes is damaged, not slow.
MAX_KDF_ITERATIONS = 10
MAX_KDF_LANES = 16
MAX_KDF_MEMORY_KIB = 1024 * 1024


def check_kdf_parameters(data: object) -> None:
    """Refuse KDF parameters that are missing, of the wrong type or beyond any sane bound
    (ValueError, which the slot-file readers report as damage) before Argon2 runs."""
    if not isinstance(data, dict):
        raise ValueError("the slot has no KDF parameters")
    if data.get("name") != "argon2id":
        raise ValueError(f"unknown KDF {data.get('name')!r}")
    bounds = {
        "iterations": (1, MAX_KDF_ITERATIONS),
        "lanes": (1, MAX_KDF_LANES),
        "memory_cost": (8, MAX_KDF_MEMORY_KIB),
    }
    for name, (low, high) in bounds.items():
        value = data.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"KDF parameter {name} out of range: {value!r}")
    if not isinstance(data.get("salt"), str):
        raise ValueError("the slot's KDF salt is missing")


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    iterations: int
    lanes: int
    memory_cost: int  # KiB

    @classmethod
    def fresh(cls) -> KdfParams:
        # ~250-500 ms on a school PC (measured by the kdf_ms benchmark). Tests set
        # QORGAU_KDF_PROFILE=fast; the parameters travel with the slot, so either opens.
        if os.environ.get("QORGAU_KDF_PROFILE") == "fast":
            return cls(secrets.token_bytes(16), iterations=1, lanes=1, memory_cost=8)
        return cls(secrets.token_bytes(16), iterations=3, lanes=4, memory_cost=131072)

    def derive(self, secret: bytes) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_cost,
        )
        return kdf.derive(secret)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "iterations": self.iterations,
            "lanes": self.lanes,
            "memory_cost": self.memory_cost,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        check_kdf_parameters(data)
        params = cls(
            _unb64(data["salt"]),
            int(data["iterations"]),
            int(data["lanes"]),
            int(data["memory_cost"]),
        )
        if params.iterations < 1 or params.lanes < 1 or params.memory_cost < 8 * params.lanes:
            raise ValueError("KDF parameters out of range")
        return params


@dataclass(frozen=True)
class SlotSecrets:
    data_key: bytes
    compartment_key: bytes | None
    box_private: bytes

    def to_bytes(self) -> bytes:
        return _canonical(
            {
                "data_key": self.data_key.hex(),
                "compartment_key": self.compartment_key.hex() if self.compartment_key else None,
                "box_private": self.box_private.hex(),
            }
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> SlotSecrets:
        data = json.loads(raw)
        ck = data.get("compartment_key")
        return cls(
            bytes.fromhex(data["data_key"]),
            bytes.fromhex(ck) if ck else None,
            bytes.fromhex(data["box_private"]),
        )


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: str  # "passphrase" or "recovery"
    login: str | None
    created_at: str
    kdf: KdfParams
    box_public: bytes
    nonce: bytes
    ciphertext: bytes
    grant: bytes | None = None  # compartment key sealed to box_public, awaiting sign-in
    # Whether the ciphertext itself holds the compartment key. Not authenticated: a forged
    # value can only cause a redundant grant, which is sealed to the owner's key anyway.
    has_compartment: bool = False

    def associated_data(self, vault_id: str) -> bytes:
        return _canonical(
            {
                "vault_id": vault_id,
                "slot_id": self.slot_id,
                "kind": self.kind,
                "login": self.login,
                "created_at": self.created_at,
                "kdf": self.kdf.to_json(),
                "box_public": _b64(self.box_public),
            }
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "login": self.login,
            "created_at": self.created_at,
            "kdf": self.kdf.to_json(),
            "box_public": _b64(self.box_public),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
            "grant": _b64(self.grant) if self.grant else None,
            "has_compartment": self.has_compartment,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kind = data["kind"]
        if kind not in ("passphrase", "recovery"):
            raise ValueError(f"unknown slot kind {kind!r}")
        return cls(
            slot_id=str(data["slot_id"]),
            kind=kind,
            login=data.get("login"),
            created_at=str(data["created_at"]),
            kdf=KdfParams.from_json(data["kdf"]),
            box_public=_unb64(data["box_public"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
            grant=_unb64(data["grant"]) if data.get("grant") else None,
            has_compartment=bool(data.get("has_compartment", False)),
        )


def seal_slot(
    *,
    vault_id: str,
    kind: str,
    login: str | None,
    created_at: str,
    secret: bytes,
    secrets_: SlotSecrets,
    slot_id: str | None = None,
) -> Slot:
    """Wrap ``secrets_`` under ``secret`` (a passphrase's or recovery key's bytes)."""
    box_public = (
        X25519PrivateKey.from_private_bytes(secrets_.box_private)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    draft = Slot(
        slot_id=slot_id or secrets.token_hex(8),
        kind=kind,
        login=login,
        created_at=created_at,
        kdf=KdfParams.fresh(),
        box_public=box_public,
        nonce=secrets.token_bytes(12),
        ciphertext=b"",
        has_compartment=secrets_.compartment_key is not None,
    )
    kek = draft.kdf.derive(secret)
    ciphertext = AESGCM(kek).encrypt(
        draft.nonce, secrets_.to_bytes(), draft.associated_data(vault_id)
    )
    return replace(draft, ciphertext=ciphertext)


def unseal_slot(slot: Slot, *, vault_id: str, secret: bytes) -> SlotSecrets:
    kek = slot.kdf.derive(secret)
    try:
        raw = AESGCM(kek).decrypt(slot.nonce, slot.ciphertext, slot.associated_data(vault_id))
    except InvalidTag as exc:
        raise WrongPassphrase("wrong passphrase") from exc
    opened = SlotSecrets.from_bytes(raw)
    if opened.compartment_key is None and slot.grant is not None:
        opened = replace(opened, compartment_key=open_grant(slot.grant, opened.box_private))
    return opened


def new_box_private() -> bytes:
    return X25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )


def _grant_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"qorgau-compartment-grant" + ephemeral_public + recipient_public,
    ).derive(shared)


def make_grant(compartment_key: bytes, recipient_public: bytes) -> bytes:
    """Seal the compartment key to a slot's X25519 public key (ephemeral-static ECDH)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _grant_key(shared, ephemeral_public, recipient_public)
    nonce = secrets.token_bytes(12)
    return ephemeral_public + nonce + AESGCM(key).encrypt(nonce, compartment_key, b"grant")


def open_grant(grant: bytes, box_private: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(box_private)
    recipient_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    ephemeral_public, nonce, body = grant[:32], grant[32:44], grant[44:]
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = _grant_key(shared, ephemeral_public, recipient_public)
    try:
        return AESGCM(key).decrypt(nonce, body, b"grant")
    except InvalidTag as exc:
        raise KeySlotsDamaged("a compartment grant in the key slot file is damaged") from exc


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    def find_login(self, login: str) -> Slot | None:
        for slot in self.slots:
            if slot.kind == "passphrase" and slot.login == login:
                return slot
        return None

    def recovery_slot(self) -> Slot | None:
        for slot in self.slots:
            if slot.kind == "recovery":
                return slot
        return None

    def logins(self) -> list[str]:
        return [s.login for s in self.slots if s.kind == "passphrase" and s.login]

    def with_slot(self, slot: Slot) -> KeySlotFile:
        """Replace the slot with the same id (or add it)."""
        others = tuple(s for s in self.slots if s.slot_id != slot.slot_id)
        return replace(self, slots=(*others, slot))

    def without_login(self, login: str) -> KeySlotFile:
        return replace(
            self,
            slots=tuple(s for s in self.slots if not (s.kind == "passphrase" and s.login == login)),
        )

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown key slot file format {data.get('format')!r}")
        slots = tuple(Slot.from_json(s) for s in data["slots"])
        if not slots:
            raise ValueError("no slots")
        return cls(vault_id=str(data["vault_id"]), slots=slots)


def read_slot_file(path: Path, backup: Path) -> KeySlotFile:
    """Read the slot file; a missing or damaged one is reported, never silently replaced."""
    try:
        return KeySlotFile.from_bytes(path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError) as exc:
        backup_ok = False
        try:
            KeySlotFile.from_bytes(backup.read_bytes())
            backup_ok = True
        except (OSError, ValueError, KeyError, TypeError):
            pass
        what = "is missing" if not path.exists() else f"is damaged ({exc})"
        hint = (
            f"; a backup copy exists at {backup} — run `qorgau keyslots restore-backup`"
            if backup_ok
            else "; no usable backup copy exists — restore from a backup made with `qorgau backup`"
        )
        raise KeySlotsDamaged(
            f"the key slot file {path} {what}{hint}", backup_available=backup_ok
        ) from exc


def write_slot_file(slots: KeySlotFile, path: Path, backup: Path) -> None:
    """Atomically replace the slot file, keeping the previous generation as ``backup``."""
    atomic_write(path, slots.to_bytes(), keep_previous=backup)
