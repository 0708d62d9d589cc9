"""Where the server's state lives: the data dir, the database, the signing key.

DATA_DIR/                    0700
    server-signing-key.pem   0600, PKCS#8 Ed25519 (unencrypted: the service starts unattended)
    server.sqlite3           storage (WAL), unless the database is PostgreSQL

The database is ``--database URL`` / ``$QORGAU_SERVER_DATABASE`` (``postgresql://...``), else
SQLite in the data dir. The signing key is read by every instance from ``--signing-key FILE``,
else ``$QORGAU_SERVER_SIGNING_KEY_FILE``, else ``$CREDENTIALS_DIRECTORY/qorgau-signing-key``
(systemd ``LoadCredential=``), else the data dir's key file; it is never stored in the database,
which records only its public half (meta 'server_public_key') so that an instance started with
another key refuses to run instead of issuing receipts nobody can verify.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from server.db import is_postgres_url
from server.storage import DB_FILENAME, SQLiteStorage, SQLStorage
from sync.protocol import public_key_to_b64

KEY_FILENAME = "server-signing-key.pem"
CREDENTIAL_NAME = "qorgau-signing-key"
META_PUBLIC_KEY = "server_public_key"
META_KEY_FILE = "signing_key_file"
ENV_DATA_DIR = "QORGAU_SERVER_DATA_DIR"
ENV_DATABASE = "QORGAU_SERVER_DATABASE"
ENV_SIGNING_KEY = "QORGAU_SERVER_SIGNING_KEY_FILE"
ENV_CREDENTIALS = "CREDENTIALS_DIRECTORY"


class DataDirError(Exception):
    """The data directory is missing, not initialised, or inconsistent."""


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("qorgau-server", appauthor=False))


@dataclass(frozen=True)
class ServerConfig:
    """Everything an instance needs to find its state; the same in every worker process."""

    data_dir: Path
    database: str | None = None  # a postgresql:// URL, or None for SQLite in the data dir
    signing_key: Path | None = None  # the resolved key file

    @classmethod
    def resolve(
        cls,
        data_dir: Path | None = None,
        database: str | None = None,
        signing_key: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> ServerConfig:
        """Command-line values first, then the environment, then the defaults."""
        env = os.environ if environ is None else environ
        data = data_dir or (Path(env[ENV_DATA_DIR]) if env.get(ENV_DATA_DIR) else None)
        data = data or default_data_dir()
        database = database or env.get(ENV_DATABASE) or None
        if database is not None and not is_postgres_url(database):
            raise DataDirError(
                f"--database {database!r}: give a postgresql:// URL "
                "(or nothing, for SQLite in the data dir)"
            )
        key = signing_key or (Path(env[ENV_SIGNING_KEY]) if env.get(ENV_SIGNING_KEY) else None)
        if key is None and env.get(ENV_CREDENTIALS):
            credential = Path(env[ENV_CREDENTIALS]) / CREDENTIAL_NAME
            if credential.is_file():
                key = credential
        return cls(data, database, key)

    @property
    def key_path(self) -> Path:
        return self.signing_key or self.data_dir / KEY_FILENAME

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    def environ(self) -> dict[str, str]:
        """The variables that make ``resolve()`` in another process give this same config."""
        env = {ENV_DATA_DIR: str(self.data_dir), ENV_SIGNING_KEY: str(self.key_path)}
        if self.database is not None:
            env[ENV_DATABASE] = self.database
        return env

    def describe_database(self) -> str:
        if self.database is None:
            return str(self.sqlite_path)
        # Never print a password that may be in the URL.
        scheme, _, rest = self.database.partition("://")
        return f"{scheme}://{rest.rpartition('@')[2]}"

    def open_storage(self) -> SQLStorage:
        """Open (creating or migrating) the database."""
        if self.database is None:
            return SQLiteStorage(self.sqlite_path)
        from server.pg import PostgresStorage  # psycopg is loaded only by PostgreSQL servers

        return PostgresStorage(self.database)


@dataclass(frozen=True)
class ServerState:
    config: ServerConfig
    signing_key: Ed25519PrivateKey
    public_key_b64: str
    storage: SQLStorage

    @property
    def data_dir(self) -> Path:
        return self.config.data_dir


def _as_config(where: ServerConfig | Path | str) -> ServerConfig:
    return where if isinstance(where, ServerConfig) else ServerConfig(Path(where))


def _create_key(key_path: Path) -> None:
    """Write a new key file 0600, never replacing one that appeared meanwhile."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    tmp_path = key_path.with_name(key_path.name + ".tmp")
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


def _load_key(key_path: Path) -> Ed25519PrivateKey:
    try:
        data = key_path.read_bytes()
    except FileNotFoundError as exc:
        raise DataDirError(f"{key_path}: no signing key; run 'qorgau-server init' first") from exc
    try:
        key = load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise DataDirError(f"{key_path} is not a readable private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise DataDirError(f"{key_path} is not an Ed25519 key")
    return key


def init_data_dir(where: ServerConfig | Path | str) -> tuple[str, bool]:
    """Create the signing key if absent, create or migrate the database, and record the key's
    public half there; return (public key, whether the key was created now)."""
    config = _as_config(where)
    config.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    key_path = config.key_path
    created = not key_path.exists()
    if created:
        key_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _create_key(key_path)
    public_b64 = public_key_to_b64(_load_key(key_path).public_key())
    try:
        storage = config.open_storage()
    except BaseException:
        if created:
            os.unlink(key_path)
        raise
    try:
        existing = storage.get_meta(META_PUBLIC_KEY)
        if existing is not None and existing != public_b64:
            # Storage from an earlier key: its receipts would no longer verify.
            if created:
                os.unlink(key_path)
            raise DataDirError(
                f"the database already holds receipts signed by another key than {key_path}; "
                "give that key (--signing-key) or use a fresh database"
            )
        if existing is None:
            storage.set_meta(META_PUBLIC_KEY, public_b64)
            storage.set_meta(META_KEY_FILE, key_path.name)
    finally:
        storage.close()
    return public_b64, created


def open_data_dir(where: ServerConfig | Path | str) -> ServerState:
    """Load the key and storage of an initialised server, checking they belong together."""
    config = _as_config(where)
    if config.database is None and not config.sqlite_path.is_file():
        raise DataDirError(f"{config.data_dir} is not initialised; run 'qorgau-server init' first")
    if not config.key_path.is_file():
        raise DataDirError(
            f"{config.data_dir} is not initialised; run 'qorgau-server init' first"
            if config.signing_key is None
            else f"{config.key_path}: no such signing key file"
        )
    key = _load_key(config.key_path)
    public_b64 = public_key_to_b64(key.public_key())
    storage = config.open_storage()
    recorded = storage.get_meta(META_PUBLIC_KEY)
    if recorded != public_b64:
        storage.close()
        if recorded is None:
            raise DataDirError(
                f"{config.describe_database()} is not initialised; run 'qorgau-server init' first"
            )
        raise DataDirError(f"{config.key_path} does not match the key recorded in the storage")
    return ServerState(config, key, public_b64, storage)
