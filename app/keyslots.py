"""Key slots: the vault's data key wrapped once per staff account and once for recovery.

File format (JSON, version 1)::

    {"format": 1, "vault_id": "...", "generation": N, "slots": [
        {"slot_id", "kind": "passphrase"|"recovery", "login", "created_at",
         "kdf": {"name": "argon2id", "salt", "iterations", "lanes", "memory_cost"},
         "box_public", "nonce", "ciphertext", "grant"}],
     "holders": [{"login", "slot_id", "box_public", "granted_by", "granted_at", "how", "mac"}]}

Each slot's ciphertext is AES-256-GCM under a key derived with Argon2id from the passphrase
(or recovery key), with the slot's metadata as associated data, so a slot cannot be moved to
another login or have its parameters weakened unnoticed. The plaintext holds the data key
and, for accounts that were given it, the confidential-compartment key.

The compartment key is never handed out automatically (every account holds the data key and
can write the database and this file, so nothing they can write may decide who receives it).
A holder — a psychologist who has it, or whoever types the recovery key — seals it to a named
slot's X25519 public key ("grant"; the private half is inside the slot's ciphertext), and
signs a *holder record* with a MAC keyed from the compartment key itself: only a holder can
write a record that verifies, so the list of holders a psychologist sees cannot be forged by a
data-key holder. The grant is folded into the slot's ciphertext at its owner's next sign-in.

Writes are read-modify-write under an exclusive lock on ``keyslots.json.lock`` (two processes
adding accounts at once must not lose one), and the backup copy ``keyslots.json.bak`` mirrors
the current generation once a write is complete: it exists for a file damaged or lost on disk,
never to bring back a slot superseded by a passphrase change.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

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
    # Whether the ciphertext itself holds the compartment key. Not authenticated, so it is
    # informational only: who holds the key is decided by the signed holder records.
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


_HOLDER_INFO = b"qorgau-compartment-holder-record-v1"


@dataclass(frozen=True)
class HolderRecord:
    """Who was given the compartment key, by whom and when — signed by a holder.

    ``how`` is "created" (the vault's first psychologist), "psychologist" (granted by a
    psychologist who holds the key; ``granted_by`` is her login) or "recovery_key".
    """

    login: str
    slot_id: str
    box_public: bytes
    granted_by: str
    granted_at: str
    how: str
    mac: bytes = b""

    def _message(self, vault_id: str) -> bytes:
        return _canonical(
            {
                "vault_id": vault_id,
                "login": self.login,
                "slot_id": self.slot_id,
                "box_public": _b64(self.box_public),
                "granted_by": self.granted_by,
                "granted_at": self.granted_at,
                "how": self.how,
            }
        )

    def signed(self, vault_id: str, compartment_key: bytes) -> HolderRecord:
        return replace(self, mac=_holder_mac(compartment_key, self._message(vault_id)))

    def verifies(self, vault_id: str, compartment_key: bytes, slot: Slot | None) -> bool:
        """True when a holder wrote this record and it still names ``slot`` (same key pair)."""
        expected = _holder_mac(compartment_key, self._message(vault_id))
        return (
            hmac.compare_digest(expected, self.mac)
            and slot is not None
            and slot.slot_id == self.slot_id
            and slot.box_public == self.box_public
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "slot_id": self.slot_id,
            "box_public": _b64(self.box_public),
            "granted_by": self.granted_by,
            "granted_at": self.granted_at,
            "how": self.how,
            "mac": _b64(self.mac),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HolderRecord:
        return cls(
            login=str(data["login"]),
            slot_id=str(data["slot_id"]),
            box_public=_unb64(data["box_public"]),
            granted_by=str(data["granted_by"]),
            granted_at=str(data["granted_at"]),
            how=str(data["how"]),
            mac=_unb64(data["mac"]),
        )


def _holder_mac(compartment_key: bytes, message: bytes) -> bytes:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HOLDER_INFO).derive(
        compartment_key
    )
    return hmac.new(key, message, hashlib.sha256).digest()


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    slots: tuple[Slot, ...] = field(default_factory=tuple)
    holders: tuple[HolderRecord, ...] = field(default_factory=tuple)
    # Increased by every write: tells a stale backup copy (a write interrupted before the
    # copy was refreshed) from a current file that was altered.
    generation: int = 0

    def find_login(self, login: str) -> Slot | None:
        for slot in self.slots:
            if slot.kind == "passphrase" and slot.login == login:
                return slot
        return None

    def find_slot(self, slot_id: str) -> Slot | None:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        return None

    def recovery_slot(self) -> Slot | None:
        for slot in self.slots:
            if slot.kind == "recovery":
                return slot
        return None

    def logins(self) -> list[str]:
        return [s.login for s in self.slots if s.kind == "passphrase" and s.login]

    def holder(self, login: str) -> HolderRecord | None:
        for record in self.holders:
            if record.login == login:
                return record
        return None

    def with_slot(self, slot: Slot) -> KeySlotFile:
        """Replace the slot with the same id (or add it)."""
        others = tuple(s for s in self.slots if s.slot_id != slot.slot_id)
        return replace(self, slots=(*others, slot))

    def with_holder(self, record: HolderRecord) -> KeySlotFile:
        others = tuple(r for r in self.holders if r.login != record.login)
        return replace(self, holders=(*others, record))

    def without_login(self, login: str) -> KeySlotFile:
        return replace(
            self,
            slots=tuple(s for s in self.slots if not (s.kind == "passphrase" and s.login == login)),
            holders=tuple(r for r in self.holders if r.login != login),
        )

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "slots": [s.to_json() for s in self.slots],
            "holders": [r.to_json() for r in self.holders],
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
        holders = tuple(HolderRecord.from_json(r) for r in data.get("holders") or ())
        return cls(
            vault_id=str(data["vault_id"]),
            slots=slots,
            holders=holders,
            generation=int(data.get("generation") or 0),
        )

    def problem(self) -> str | None:
        """What makes a parseable file unusable (a lost recovery slot, a login twice)."""
        if sum(1 for s in self.slots if s.kind == "recovery") != 1:
            return "it has lost its recovery-key slot"
        logins = self.logins()
        if len(set(logins)) != len(logins):
            return "a login appears in two slots"
        return None


_READ_ERRORS = (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError)


def _parse(path: Path) -> KeySlotFile:
    """Parse and check one copy; ValueError says what is wrong with a parseable one."""
    slots = KeySlotFile.from_bytes(path.read_bytes())
    problem = slots.problem()
    if problem:
        raise ValueError(problem)
    return slots


def read_slot_file(path: Path, backup: Path) -> KeySlotFile:
    """Read the slot file; a missing or damaged one is reported, never silently replaced.

    A file that lost its recovery slot counts as damaged: carrying it forward would copy the
    loss into the backup copy at the next write.
    """
    try:
        return _parse(path)
    except _READ_ERRORS as exc:
        backup_ok = False
        try:
            _parse(backup)
            backup_ok = True
        except _READ_ERRORS:
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


def write_slot_file(slots: KeySlotFile, path: Path, backup: Path) -> KeySlotFile:
    """Atomically replace the slot file as the next generation; returns what was written.

    While the new file is being written the backup copy holds the previous generation (in
    case the write is torn); once the new file is durably in place the copy is refreshed to
    it, so no superseded slot (an old passphrase, a removed account) survives in either file.
    """
    written = replace(slots, generation=slots.generation + 1)
    atomic_write(path, written.to_bytes(), keep_previous=backup)
    atomic_write(backup, written.to_bytes())
    return written


# -- locking -------------------------------------------------------------------------------


def _lock_handle(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        while True:
            try:
                # LK_LOCK retries for ~10 s then raises; keep waiting like flock does.
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:
                continue
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _unlock_handle(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def slot_file_lock(lock_path: Path) -> Iterator[None]:
    """Exclusive lock for a read-modify-write of the slot file, across processes.

    A separate lock file (never renamed) is locked, because the slot file itself is replaced
    by rename on every write. The OS drops the lock when the process dies.
    """
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    with os.fdopen(fd, "r+b") as handle:
        _lock_handle(handle)
        try:
            yield
        finally:
            _unlock_handle(handle)


def update_slot_file(
    path: Path, backup: Path, lock_path: Path, change: Callable[[KeySlotFile], KeySlotFile]
) -> KeySlotFile:
    """Read, change and write the slot file under the lock (the change sees the newest copy)."""
    with slot_file_lock(lock_path):
        current = read_slot_file(path, backup)
        return write_slot_file(change(current), path, backup)


def restore_backup_copy(path: Path, backup: Path, lock_path: Path) -> Path | None:
    """Put the backup copy back when the current file is damaged, lost or altered.

    Refused when the current file is healthy and at least as new as the copy (the copy then
    has nothing the current file lacks, or holds a generation a passphrase change replaced).
    Returns where the replaced file was kept, if there was one.
    """
    with slot_file_lock(lock_path):
        try:
            copy = _parse(backup)
        except _READ_ERRORS as exc:
            raise KeySlotsDamaged(
                f"the backup copy {backup} cannot be used ({exc}); restore from a backup made "
                "with `qorgau backup`. Nothing was changed"
            ) from exc
        current: KeySlotFile | None
        try:
            current = _parse(path)
        except _READ_ERRORS:
            current = None
        if current is not None and (
            current.generation > copy.generation or current.to_bytes() == copy.to_bytes()
        ):
            raise KeySlotsDamaged(
                f"the key slot file {path} is healthy and its backup copy is not newer; "
                "nothing was restored"
            )
        kept: Path | None = None
        if path.exists():
            kept = path.with_name("keyslots.json.damaged")
            os.replace(path, kept)
        atomic_write(path, backup.read_bytes())
        return kept


# -- telling a damaged slot from a wrong passphrase ------------------------------------------


def _kdf_floor() -> tuple[int, int]:
    """(iterations, memory KiB) below which a slot's KDF was weakened, not chosen by us."""
    if os.environ.get("QORGAU_KDF_PROFILE") == "fast":
        return 1, 8
    return 3, 131072


def slot_damage(slot: Slot, current: KeySlotFile, backup: Path) -> str | None:
    """Why ``slot`` cannot be what Qorgau wrote, or None (then the passphrase is wrong).

    Called after a slot failed to open. Its metadata is authenticated, so a changed login,
    KDF or vault id looks like a wrong passphrase to AES-GCM; the backup copy (the same
    generation after every complete write) and the KDF floor tell the two apart.
    """
    iterations, memory = _kdf_floor()
    if slot.kdf.iterations < iterations or slot.kdf.memory_cost < memory:
        return "its key-derivation parameters were weakened"
    try:
        copy = _parse(backup)
    except _READ_ERRORS:
        return None
    if copy.generation != current.generation:
        return None  # a write was interrupted before the copy was refreshed
    if copy.vault_id != current.vault_id:
        return "the file names another vault than its backup copy"
    same = copy.find_slot(slot.slot_id)
    if same is None or same.to_json() != slot.to_json():
        return "its slot differs from the backup copy"
    return None
