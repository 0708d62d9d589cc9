"""Creating, opening and unlocking the vault; accounts' key slots; the compartment key.

A ``Vault`` is one signed-in session: an open database connection, the signed-in account,
and the keys it unwrapped. It is the object every service takes first.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app import clock, passphrase_policy
from app.audit_anchor import ACTION_MISMATCH, AnchorKeeper, AnchorMismatch
from app.audit_anchor import supersede as supersede_anchor
from app.audit_anchor import verify as verify_anchor
from app.auth_state import AuthState
from app.errors import (
    Conflict,
    DiskFull,
    KeySlotsDamaged,
    NotFound,
    PermissionDenied,
    UnknownAccount,
    ValidationError,
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from app.keyslots import (
    HolderRecord,
    KeySlotFile,
    Slot,
    SlotSecrets,
    make_grant,
    new_box_private,
    read_slot_file,
    restore_backup_copy,
    seal_slot,
    slot_damage,
    unseal_slot,
    update_slot_file,
    write_slot_file,
)
from app.models import ROLES, StaffAccount
from app.paths import VaultPaths
from app.recovery_key import generate_recovery_key, recovery_secret
from app.restore_swap import finish_interrupted_restore, replaced_folders
from app.storage import audit as audit_repo
from app.storage import staff as staff_repo
from app.storage.db import Database
from app.storage.migrate import migrate
from app.vault_lock import VaultLock

MIN_PASSPHRASE = passphrase_policy.MIN_LENGTH
_CONFIDENTIAL_AAD = b"qorgau-confidential-v1"

Sleep = Callable[[float], None]


def _check_passphrase(passphrase: str, *user_inputs: str) -> None:
    """The policy of app/passphrase_policy.py; the account's own words count as easy guesses."""
    passphrase_policy.check(passphrase, user_inputs)


def _check_login(login: str) -> str:
    login = login.strip()
    if not login or len(login) > 64 or any(ch.isspace() for ch in login):
        raise ValidationError("login", "invalid", "a login is 1-64 characters without spaces")
    return login


def _check_role(role: str) -> str:
    role = role.replace("-", "_")
    if role not in ROLES:
        raise ValidationError("role", "unknown", f"role must be one of {', '.join(ROLES)}")
    return role


def vault_exists(data_dir: Path) -> bool:
    paths = VaultPaths(Path(data_dir))
    finish_interrupted_restore(paths)
    return paths.database.exists() or paths.keyslots.exists()


def list_logins(data_dir: Path) -> list[str]:
    paths = VaultPaths(Path(data_dir))
    if not vault_exists(data_dir):
        _load_slots(paths)  # raises the precise "no vault" message
    return read_slot_file(paths.keyslots, paths.keyslots_backup).logins()


@dataclass(frozen=True)
class VaultWarning:
    """Something the user must be told at sign-in: a stable ``code`` (the UI's sentence),
    the English ``message`` (the command line's), and the values the sentence needs."""

    code: str  # audit_tail_lost | audit_tail_rewritten | disk_full_read_only | audit_not_written
    message: str
    args: tuple[str, ...] = ()


def _rescue_warning(root: Path) -> VaultWarning:
    """Why the vault was opened read-mostly: a full disk, or a folder that cannot be written."""
    try:
        full = shutil.disk_usage(root).free < 1024 * 1024
    except OSError:
        full = False
    if full:
        return VaultWarning(
            "disk_full_read_only",
            f"the disk holding the vault ({root}) is full: signed in to read only. Back up to "
            "another disk or export; free some space before changing anything",
            (str(root),),
        )
    return VaultWarning(
        "vault_read_only",
        f"the vault's folder {root} cannot be written (read-only medium or no permission): "
        "signed in to read only. Back up to another disk or export",
        (str(root),),
    )


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str


def create_vault(
    data_dir: Path, *, school: str, login: str, full_name: str, passphrase: str, role: str = "admin"
) -> CreatedVault:
    """Create a new vault. Refuses to touch a directory that holds any vault file."""
    paths = VaultPaths(Path(data_dir))
    login = _check_login(login)
    role = _check_role(role)
    _check_passphrase(passphrase, login, full_name, school)
    if not school.strip():
        raise ValidationError("school", "required", "the school name is required")
    existing = [
        p.name
        for p in (*paths.database_files(), paths.keyslots, paths.keyslots_backup)
        if p.exists()
    ]
    if existing:
        raise VaultExists(
            f"{data_dir} already holds a vault ({', '.join(existing)}); nothing was changed"
        )
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(paths.root, 0o700)

    data_key = secrets.token_bytes(32)
    compartment_key = secrets.token_bytes(32)
    vault_id = secrets.token_hex(16)
    recovery_key = generate_recovery_key()
    now = clock.now_iso()

    created: list[Path] = []
    lock = VaultLock.shared(paths)
    try:
        db = Database.open(paths.database, data_key, create=True)
        created.extend(paths.database_files())
        migrate(db)
        with db.transaction():
            staff_repo.set_meta(db, "vault_id", vault_id)
            staff_repo.set_meta(db, "school", school.strip())
            staff_repo.set_meta(db, "created_at", now)
            # The account that set the vault up may add colleagues whatever its role: in a
            # small school the psychologist installs the program and there is no admin.
            staff_repo.set_meta(db, "created_by", login)
            user_id = staff_repo.insert(
                db, login=login, full_name=full_name.strip() or login, role=role, created_at=now
            )
            audit_repo.append(
                db,
                at=now,
                actor=login,
                action="vault.create",
                object_type="staff",
                object_id=str(user_id),
                detail=f"role={role}",
            )
        user_slot = seal_slot(
            vault_id=vault_id,
            kind="passphrase",
            login=login,
            created_at=now,
            secret=passphrase.encode("utf-8"),
            secrets_=SlotSecrets(
                data_key, compartment_key if role == "psychologist" else None, new_box_private()
            ),
        )
        recovery_slot = seal_slot(
            vault_id=vault_id,
            kind="recovery",
            login=None,
            created_at=now,
            secret=recovery_secret(recovery_key),
            secrets_=SlotSecrets(data_key, compartment_key, new_box_private()),
        )
        slots = KeySlotFile(vault_id, (user_slot, recovery_slot))
        if role == "psychologist":
            # The psychologist who sets the vault up holds the notes key from the start.
            slots = slots.with_holder(
                HolderRecord(
                    login=login,
                    slot_id=user_slot.slot_id,
                    box_public=user_slot.box_public,
                    granted_by=login,
                    granted_at=now,
                    how="created",
                ).signed(vault_id, compartment_key)
            )
        created.extend((paths.keyslots, paths.keyslots_backup))
        # Writes the backup copy too, so a lost slot file is never the end of the data.
        write_slot_file(slots, paths.keyslots, paths.keyslots_backup)
    except BaseException:
        with contextlib.suppress(Exception):
            db.close()
        for path in created:
            with contextlib.suppress(OSError):
                path.unlink()
        lock.release()
        raise
    account = staff_repo.by_id(db, user_id)
    assert account is not None
    vault = Vault(
        paths,
        db,
        account,
        SlotSecrets(data_key, compartment_key if role == "psychologist" else None, b""),
        vault_id,
        lock,
    )
    lock.describe(login)
    return CreatedVault(vault, recovery_key)


def _load_slots(paths: VaultPaths) -> KeySlotFile:
    finish_interrupted_restore(paths)
    if not paths.database.exists():
        if paths.keyslots.exists():
            raise VaultCorrupted(
                f"the database {paths.database} is missing; restore it from a "
                "backup (`qorgau restore`). Nothing was changed"
            )
        aside = replaced_folders(paths)
        if aside:
            raise VaultNotFound(
                f"no vault in {paths.root}, but earlier vault files were moved to "
                f"{aside[-1]} by a restore: move them back, or restore a backup"
            )
        raise VaultNotFound(f"no vault in {paths.root}; create one with `qorgau init`")
    return read_slot_file(paths.keyslots, paths.keyslots_backup)


def _open_db(paths: VaultPaths, data_key: bytes) -> Database:
    try:
        db = Database.open(paths.database, data_key)
    except WrongPassphrase as exc:
        # The slot opened, so the key is right: the database file itself is damaged.
        raise VaultCorrupted(
            f"the database {paths.database} is damaged and cannot be read; "
            "it was left untouched. Restore a backup with `qorgau restore`"
        ) from exc
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def open_vault(data_dir: Path, login: str, passphrase: str, *, sleep: Sleep = time.sleep) -> Vault:
    """Sign in. Repeated failures make the next attempt wait longer (and are audited)."""
    paths = VaultPaths(Path(data_dir))
    slots = _load_slots(paths)
    slot = slots.find_login(login)
    state = AuthState.load(paths.auth_state)
    wait = state.delay_for(login)
    if wait:
        sleep(wait)
    if slot is None:
        state.record_failure(login, clock.now_iso(), "unknown_account")
        raise UnknownAccount(f"there is no account {login!r} in this vault")
    try:
        opened = unseal_slot(slot, vault_id=slots.vault_id, secret=passphrase.encode("utf-8"))
    except WrongPassphrase:
        damage = slot_damage(slot, slots, paths.keyslots_backup)
        if damage is not None:
            # Not the person's fault: no failed sign-in is counted, no wait imposed.
            raise KeySlotsDamaged(
                f"the key slot of {login!r} in {paths.keyslots} is damaged ({damage}); "
                "run `qorgau keyslots restore-backup`, or sign in with the recovery key "
                "to give the account a new passphrase"
            ) from None
        delay = state.record_failure(login, clock.now_iso(), "wrong_passphrase")
        raise WrongPassphrase("wrong passphrase", delay_seconds=delay) from None
    lock = VaultLock.shared(paths)
    try:
        db = _open_db(paths, opened.data_key)
    except BaseException:
        lock.release()
        raise
    account = staff_repo.by_login(db, login)
    if account is None or not account.active:
        db.close()
        lock.release()
        raise PermissionDenied(f"the account {login!r} is disabled")
    lock.describe(login)
    mismatch = verify_anchor(paths, db, slots.vault_id)  # before this session writes
    vault = Vault(paths, db, account, opened, slots.vault_id, lock)
    vault._record_mismatch(mismatch)
    vault._after_sign_in(state, slot, opened, passphrase.encode("utf-8"))
    return vault


def _open_recovery(slots: KeySlotFile, recovery_key: str) -> SlotSecrets:
    recovery = slots.recovery_slot()
    if recovery is None:
        raise KeySlotsDamaged("the key slot file has no recovery slot")
    try:
        return unseal_slot(recovery, vault_id=slots.vault_id, secret=recovery_secret(recovery_key))
    except WrongPassphrase:
        raise WrongPassphrase("the recovery key does not open this vault") from None


def recover_account(data_dir: Path, login: str, recovery_key: str, new_passphrase: str) -> Vault:
    """Unlock with the recovery key and give ``login`` a new passphrase.

    The new slot holds the notes key only if the account held it before (a verified holder
    record): recovering an account never hands the key to one that was not given it.
    """
    paths = VaultPaths(Path(data_dir))
    _check_passphrase(new_passphrase, login)
    slots_read = _load_slots(paths)
    opened = _open_recovery(slots_read, recovery_key)
    lock = VaultLock.shared(paths)
    try:
        db = _open_db(paths, opened.data_key)
    except BaseException:
        lock.release()
        raise
    account = staff_repo.by_login(db, login)
    if account is None:
        db.close()
        lock.release()
        raise UnknownAccount(f"there is no account {login!r} in this vault")
    lock.describe(login)
    mismatch = verify_anchor(paths, db, slots_read.vault_id)  # before this session writes
    kept: list[SlotSecrets] = []

    def change(slots: KeySlotFile) -> KeySlotFile:
        old = slots.find_login(login)
        record = slots.holder(login)
        holds = (
            opened.compartment_key is not None
            and record is not None
            and record.verifies(slots.vault_id, opened.compartment_key, old)
        )
        secrets_ = SlotSecrets(
            opened.data_key, opened.compartment_key if holds else None, new_box_private()
        )
        now = clock.now_iso()
        new_slot = seal_slot(
            vault_id=slots.vault_id,
            kind="passphrase",
            login=login,
            created_at=now,
            secret=new_passphrase.encode("utf-8"),
            secrets_=secrets_,
            slot_id=old.slot_id if old else None,
        )
        kept.append(secrets_)
        slots = slots.with_slot(new_slot)
        if holds and record is not None and opened.compartment_key is not None:
            # The slot has a new key pair: the record must name it to stay valid.
            slots = slots.with_holder(
                replace(record, slot_id=new_slot.slot_id, box_public=new_slot.box_public).signed(
                    slots.vault_id, opened.compartment_key
                )
            )
        return slots

    try:
        written = update_slot_file(
            paths.keyslots, paths.keyslots_backup, paths.keyslots_lock, change
        )
    except BaseException:
        db.close()
        lock.release()
        raise
    vault = Vault(paths, db, account, kept[-1], written.vault_id, lock)
    vault._record_mismatch(mismatch)
    vault.audit("signin.recovery", "staff", str(account.id))
    AuthState.load(paths.auth_state).reset(login)
    return vault


def restore_keyslots_backup(data_dir: Path) -> None:
    """Put the backup copy of the slot file back, only when the current one is damaged.

    Refused when the current file is healthy and not older than the copy, so it can never
    bring back a passphrase that was changed or an account that was removed.
    """
    paths = VaultPaths(Path(data_dir))
    restore_backup_copy(paths.keyslots, paths.keyslots_backup, paths.keyslots_lock)


@dataclass(frozen=True)
class NotesKeyHolder:
    """An account holding the confidential-notes key, as a psychologist sees it.

    ``verified`` is None when the viewer holds no key and so cannot check the record; False
    marks a record no holder wrote (or one whose account's key pair changed since).
    """

    login: str
    full_name: str
    granted_by: str
    granted_at: str
    how: str
    verified: bool | None


@dataclass(frozen=True)
class WaitingAccount:
    """A psychologist's account that has not been given the notes key."""

    login: str
    full_name: str
    created_at: str
    created_by: str
    created_role: str  # the role in the audited creation: differs if the column was rewritten


class Vault:
    """One signed-in session of the vault."""

    def __init__(
        self,
        paths: VaultPaths,
        db: Database,
        user: StaffAccount,
        secrets_: SlotSecrets,
        vault_id: str,
        lock: VaultLock | None = None,
    ) -> None:
        self.paths = paths
        # Held while this session is open, so `restore --force` elsewhere refuses.
        self._lock = lock
        # What the user must be told about this vault at sign-in (one line each).
        self.warnings: list[VaultWarning] = []
        self._anchor = AnchorKeeper(paths, vault_id)
        db.after_commit = self._anchor
        self.db = db
        self.user = user
        self.vault_id = vault_id
        self._data_key = secrets_.data_key
        self._compartment_key = secrets_.compartment_key if user.is_psychologist else None

    # -- session ---------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.paths.root

    def connect(self) -> Database:
        """A new connection for another thread (each thread owns its own)."""
        db = Database.open(self.paths.database, self._data_key)
        db.after_commit = self._anchor
        return db

    @property
    def school(self) -> str:
        return staff_repo.get_meta(self.db, "school") or ""

    def adopt(self, fresh: Vault) -> None:
        """Take over ``fresh``'s connection and keys: unlocking after a lock revives the same
        object that every open page holds. Only the same account of the same vault."""
        if fresh.vault_id != self.vault_id or fresh.user.id != self.user.id:
            raise PermissionDenied("only the account that locked the session can unlock it")
        self.db = fresh.db
        if self._lock is not None:
            self._lock.release()
        self._lock, fresh._lock = fresh._lock, None
        self.user = fresh.user
        self._data_key = fresh._data_key
        self._compartment_key = fresh._compartment_key

    def _record_mismatch(self, mismatch: AnchorMismatch | None) -> None:
        """Keep a lost or rewritten audit tail on record before the anchor moves on."""
        if mismatch is None:
            return
        self.warnings.append(
            VaultWarning(
                f"audit_tail_{mismatch.kind}",
                mismatch.describe(),
                (str(mismatch.anchor.seq - mismatch.db_seq), mismatch.anchor.at),
            )
        )
        try:
            self.audit(
                ACTION_MISMATCH,
                detail=f"{mismatch.kind}: anchor seq={mismatch.anchor.seq} "
                f"at={mismatch.anchor.at}; database seq={mismatch.db_seq}",
            )
        except Exception:  # a full disk must not prevent the rescue
            return  # the anchor stays, so the next sign-in reports it again
        supersede_anchor(self.paths)  # on record now; anchor the new head from here on

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.checkpoint()
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._data_key = b""
        self._compartment_key = None

    def audit(
        self,
        action: str,
        object_type: str = "",
        object_id: str = "",
        detail: str = "",
        *,
        db: Database | None = None,
    ) -> None:
        audit_repo.append(
            db or self.db,
            at=clock.now_iso(),
            actor=self.user.login,
            action=action,
            object_type=object_type,
            object_id=object_id,
            detail=detail,
        )

    def audit_best_effort(
        self, action: str, object_type: str = "", object_id: str = "", detail: str = ""
    ) -> None:
        """Audit a read-only act (sign-in, backup, export) without letting a full disk stop it.

        On a full disk the rescue - copying the data elsewhere - matters more than the entry;
        the user is told the entry could not be written.
        """
        try:
            self.audit(action, object_type, object_id, detail)
        except DiskFull as exc:
            if not self.db.rescue:  # in rescue mode the sign-in warning already says so
                note = f"{exc.message.split(':')[0]}: the audit entry {action!r} was not written"
                if note not in [w.message for w in self.warnings]:
                    self.warnings.append(VaultWarning("audit_not_written", note, (action,)))

    def require_role(self, *roles: str) -> None:
        if self.user.role not in roles:
            raise PermissionDenied(f"the role {self.user.role} may not do this")

    def backup_key(self) -> bytes:
        """The data key, for writing an encrypted backup with the same key."""
        return self._data_key

    # -- confidential compartment -------------------------------------------------------------

    @property
    def can_read_confidential(self) -> bool:
        return self._compartment_key is not None

    def encrypt_confidential(self, text: str) -> bytes:
        if self._compartment_key is None:
            raise PermissionDenied("only a psychologist may write confidential notes")
        nonce = secrets.token_bytes(12)
        body = AESGCM(self._compartment_key).encrypt(nonce, text.encode(), _CONFIDENTIAL_AAD)
        return b"\x01" + nonce + body

    def decrypt_confidential(self, blob: bytes) -> str:
        if self._compartment_key is None:
            raise PermissionDenied("only a psychologist may read confidential notes")
        if not blob or blob[0] != 1:
            raise VaultCorrupted("a confidential note has an unknown format")
        try:
            raw = AESGCM(self._compartment_key).decrypt(blob[1:13], blob[13:], _CONFIDENTIAL_AAD)
        except InvalidTag as exc:
            raise VaultCorrupted("a confidential note is damaged") from exc
        return raw.decode()

    # -- accounts and key slots ----------------------------------------------------------------

    def _slots(self) -> KeySlotFile:
        return read_slot_file(self.paths.keyslots, self.paths.keyslots_backup)

    def _update_slots(self, change: Callable[[KeySlotFile], KeySlotFile]) -> KeySlotFile:
        return update_slot_file(
            self.paths.keyslots, self.paths.keyslots_backup, self.paths.keyslots_lock, change
        )

    def _after_sign_in(
        self, state: AuthState, slot: Slot, opened: SlotSecrets, secret: bytes
    ) -> None:
        if self.db.rescue:
            self.warnings.append(_rescue_warning(self.paths.root))
        try:
            for failure in state.take_pending():
                audit_repo.append(
                    self.db,
                    at=failure.get("at", clock.now_iso()),
                    actor=failure.get("login", "?"),
                    action="signin.failed",
                    detail=failure.get("reason", ""),
                )
        except DiskFull:
            pass  # they stay in the state file, which was not rewritten either
        else:
            state.reset(self.user.login)
        self.audit_best_effort("signin", "staff", str(self.user.id))
        if slot.grant is not None and opened.compartment_key is not None:
            # Fold the grant someone made to us into our own ciphertext. The key pair stays
            # the same, so the signed holder record keeps naming this slot.
            def fold(slots: KeySlotFile) -> KeySlotFile:
                current = slots.find_login(self.user.login)
                if current is None or current.slot_id != slot.slot_id:
                    return slots
                folded = seal_slot(
                    vault_id=self.vault_id,
                    kind="passphrase",
                    login=current.login,
                    created_at=current.created_at,
                    secret=secret,
                    slot_id=current.slot_id,
                    secrets_=opened,
                )
                return slots.with_slot(folded)

            # On a full or read-only disk the grant stays usable; folding waits for next time.
            with contextlib.suppress(OSError):
                self._update_slots(fold)
        # Nothing is granted to anyone here: the notes key changes hands only by
        # ``grant_compartment``, an explicit act of a holder or of the recovery key.

    # -- who holds the confidential-notes key ----------------------------------------------------

    @property
    def may_manage_accounts(self) -> bool:
        """Administrators, and the account that set the vault up (whatever its role)."""
        return self.user.is_admin or staff_repo.get_meta(self.db, "created_by") == self.user.login

    def compartment_holders(self) -> list[NotesKeyHolder]:
        slots = self._slots()
        names = {a.login: a.full_name for a in staff_repo.all_accounts(self.db)}
        holders = []
        for record in slots.holders:
            verified = (
                record.verifies(
                    self.vault_id, self._compartment_key, slots.find_login(record.login)
                )
                if self._compartment_key is not None
                else None
            )
            holders.append(
                NotesKeyHolder(
                    record.login,
                    names.get(record.login, record.login),
                    record.granted_by,
                    record.granted_at,
                    record.how,
                    verified,
                )
            )
        return sorted(holders, key=lambda h: h.granted_at)

    def compartment_waiting(self) -> list[WaitingAccount]:
        """Active psychologists' accounts without a (verified, when we can check) holder record."""
        slots = self._slots()
        created = staff_repo.creation_info(self.db)
        waiting = []
        for account in staff_repo.all_accounts(self.db):
            slot = slots.find_login(account.login)
            if not (account.is_psychologist and account.active and slot is not None):
                continue
            record = slots.holder(account.login)
            if record is not None and (
                self._compartment_key is None
                or record.verifies(self.vault_id, self._compartment_key, slot)
            ):
                continue
            created_at, created_by, created_role = created.get(account.id, ("", "", account.role))
            waiting.append(
                WaitingAccount(
                    account.login, account.full_name, created_at, created_by, created_role
                )
            )
        return waiting

    def pending_compartment_logins(self) -> list[str]:
        """Logins of psychologists still waiting for the notes key."""
        return [w.login for w in self.compartment_waiting()]

    def grant_compartment(self, login: str, *, recovery_key: str | None = None) -> None:
        """Give the notes key to the named psychologist's account: an explicit, audited act.

        Either this session holds the key (a psychologist who was given it) or the recovery
        key is typed. The key is sealed to the account's own key pair, so only its owner can
        open it, and a holder record signed with the key itself is written beside it.
        """
        if recovery_key is not None:
            key = _open_recovery(self._slots(), recovery_key).compartment_key
            if key is None:
                raise KeySlotsDamaged("the recovery slot holds no notes key")
            how = "recovery_key"
        elif self.user.is_psychologist and self._compartment_key is not None:
            key, how = self._compartment_key, "psychologist"
        else:
            raise PermissionDenied(
                "only a psychologist who holds the notes key, or the recovery key, can give it"
            )
        account = staff_repo.by_login(self.db, login)
        if account is None:
            raise UnknownAccount(f"there is no account {login!r} in this vault")
        if not account.is_psychologist or not account.active:
            raise PermissionDenied(
                f"the notes key can be given only to an active psychologist's account, "
                f"and {login!r} is not one"
            )

        def change(slots: KeySlotFile) -> KeySlotFile:
            slot = slots.find_login(login)
            if slot is None:
                raise UnknownAccount(f"no key slot for {login!r}")
            record = slots.holder(login)
            if record is not None and record.verifies(self.vault_id, key, slot):
                raise Conflict(f"{login!r} already holds the notes key")
            signed = HolderRecord(
                login=login,
                slot_id=slot.slot_id,
                box_public=slot.box_public,
                granted_by=self.user.login,
                granted_at=clock.now_iso(),
                how=how,
            ).signed(self.vault_id, key)
            granted = replace(slot, grant=make_grant(key, slot.box_public))
            return slots.with_slot(granted).with_holder(signed)

        self._update_slots(change)
        self.audit("compartment.grant", "staff", str(account.id), f"to={login};how={how}")
        if login == self.user.login:
            # A waiting psychologist who typed the recovery key herself can write at once.
            self._compartment_key = key

    def adopt_compartment(self, other: Vault) -> None:
        """Take the notes key ``other`` (a worker's copy of this session) obtained."""
        if other.vault_id != self.vault_id or other.user.id != self.user.id:
            raise PermissionDenied("only the same account of the same vault")
        if self.user.is_psychologist and other._compartment_key is not None:
            self._compartment_key = other._compartment_key

    def add_account(
        self, login: str, *, role: str, full_name: str, passphrase: str
    ) -> StaffAccount:
        """Create a staff account with its own key slot (administrators, or the account
        that set the vault up). Never with the notes key: that is ``grant_compartment``."""
        if not self.may_manage_accounts:
            raise PermissionDenied(f"the role {self.user.role} may not add accounts")
        login = _check_login(login)
        role = _check_role(role)
        _check_passphrase(passphrase, login, full_name)
        if staff_repo.by_login(self.db, login):
            raise Conflict(f"the login {login!r} is taken")
        now = clock.now_iso()
        slot = seal_slot(
            vault_id=self.vault_id,
            kind="passphrase",
            login=login,
            created_at=now,
            secret=passphrase.encode("utf-8"),
            secrets_=SlotSecrets(self._data_key, None, new_box_private()),
        )

        def change(slots: KeySlotFile) -> KeySlotFile:
            if slots.find_login(login):
                raise Conflict(f"the login {login!r} is taken")
            return slots.with_slot(slot)

        with self.db.transaction():
            staff_id = staff_repo.insert(
                self.db,
                login=login,
                full_name=full_name.strip() or login,
                role=role,
                created_at=now,
            )
            self.audit("staff.create", "staff", str(staff_id), f"role={role}")
            # The slot is written last inside the transaction: if writing it fails, the
            # account row is rolled back too. (Lock order: database, then slot file.)
            self._update_slots(change)
        account = staff_repo.by_id(self.db, staff_id)
        assert account is not None
        return account

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap this account's slot under a new passphrase (one atomic file replace).

        Afterwards neither the slot file nor its backup copy holds the old wrapping.
        """
        _check_passphrase(new, self.user.login, self.user.full_name)
        current = self._slots().find_login(self.user.login)
        if current is None:
            raise UnknownAccount(f"no key slot for {self.user.login!r}")
        # Argon2 runs outside the lock (twice ~0.3 s); the write re-checks the slot is unchanged.
        opened = unseal_slot(current, vault_id=self.vault_id, secret=old.encode("utf-8"))
        replacement = seal_slot(
            vault_id=self.vault_id,
            kind="passphrase",
            login=current.login,
            created_at=current.created_at,
            secret=new.encode("utf-8"),
            slot_id=current.slot_id,
            secrets_=SlotSecrets(opened.data_key, opened.compartment_key, opened.box_private),
        )

        def change(slots: KeySlotFile) -> KeySlotFile:
            if slots.find_login(self.user.login) != current:
                raise Conflict("the key slot changed meanwhile; try again")
            return slots.with_slot(replacement)

        self._update_slots(change)
        self.audit("staff.passphrase_changed", "staff", str(self.user.id))

    def accounts(self) -> list[StaffAccount]:
        return staff_repo.all_accounts(self.db)

    def account(self, staff_id: int) -> StaffAccount:
        found = staff_repo.by_id(self.db, staff_id)
        if found is None:
            raise NotFound(f"no staff account {staff_id}")
        return found
