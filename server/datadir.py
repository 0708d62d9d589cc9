"""Layout of the server data directory and the signing key in it.

DATA_DIR/                    0700
    server-signing-key.pem   0600, PKCS#8 Ed25519 (unencrypted: the service starts unattended)
    server.sqlite3           storage (WAL); meta 'server_public_key' must match the key file
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from server.storage import DB_FILENAME, SQLiteStorage
from sync.protocol import public_key_to_b64

KEY_FILENAME = "server-signing-key.pem"
META_PUBLIC_KEY = "server_public_key"
META_KEY_FILE = "signing_key_file"
ENV_DATA_DIR = "QORGAU_SERVER_DATA_DIR"


class DataDirError(Exception):
    """The data directory is missing, not initialised, or inconsistent."""


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("qorgau-server", appauthor=False))


@dataclass(frozen=True)
class ServerState:
    data_dir: Path
    signing_key: Ed25519PrivateKey
    public_key_b64: str
    storage: SQLiteStorage


def init_data_dir(data_dir: Path) -> str:
    """Create the signing key (never overwriting one) and the storage; return the public key."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    key_path = data_dir / KEY_FILENAME
    if key_path.exists():
        raise DataDirError(f"{key_path} already exists; refusing to replace the signing key")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    tmp_path = data_dir / (KEY_FILENAME + ".tmp")
    fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp_path, 0o600)
    try:
        # link() fails if the target appeared meanwhile: never replace an existing key.
        os.link(tmp_path, key_path)
    except FileExistsError as exc:
        raise DataDirError(f"{key_path} already exists; refusing to replace it") from exc
    finally:
        os.unlink(tmp_path)
    public_b64 = public_key_to_b64(key.public_key())
    storage = SQLiteStorage(data_dir / DB_FILENAME)
    try:
        existing = storage.get_meta(META_PUBLIC_KEY)
        if existing is not None and existing != public_b64:
            # Storage from an earlier key: its receipts would no longer verify.
            os.unlink(key_path)
            raise DataDirError(
                "storage already holds receipts signed by another key; use a fresh data dir"
            )
        storage.set_meta(META_PUBLIC_KEY, public_b64)
        storage.set_meta(META_KEY_FILE, KEY_FILENAME)
    finally:
        storage.close()
    return public_b64


def open_data_dir(data_dir: Path) -> ServerState:
    """Load the key and storage of an initialised data dir, checking they belong together."""
    key_path = data_dir / KEY_FILENAME
    db_path = data_dir / DB_FILENAME
    if not key_path.is_file() or not db_path.is_file():
        raise DataDirError(f"{data_dir} is not initialised; run 'qorgau-server init' first")
    try:
        key = load_pem_private_key(key_path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise DataDirError(f"{key_path} is not a readable private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise DataDirError(f"{key_path} is not an Ed25519 key")
    public_b64 = public_key_to_b64(key.public_key())
    storage = SQLiteStorage(db_path)
    if storage.get_meta(META_PUBLIC_KEY) != public_b64:
        storage.close()
        raise DataDirError(f"{key_path} does not match the key recorded in the storage")
    return ServerState(data_dir, key, public_b64, storage)
