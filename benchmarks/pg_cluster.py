"""A throw-away PostgreSQL cluster from Debian's ``postgresql`` package, for the server tests
and the server benchmarks (one starter for both).

    with PostgresCluster.start() as cluster:     # initdb + pg_ctl in a temp dir
        url = cluster.new_database()             # a fresh, empty database: postgresql://...

The cluster listens on a unix socket in its temp dir only (no TCP port to collide with another
run) and trusts local connections. Test clusters run without fsync; ``durable=True`` (the
benchmarks) keeps PostgreSQL's fsync on, so figures are those of a real server. initdb refuses to
run as root: then the cluster belongs to the ``postgres`` user (``runuser``) and the temp dir is
made theirs.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import psycopg

SKIP_ENV = "QORGAU_SKIP_POSTGRES"
# Where initdb and pg_ctl are, if not in Debian's /usr/lib/postgresql/VERSION/bin (or on PATH).
BIN_ENV = "QORGAU_POSTGRES_BIN"
INSTALL_HINT = (
    "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb): "
    "apt-get install postgresql, or set QORGAU_SKIP_POSTGRES=1 to run the server tests on "
    "SQLite only"
)


class PostgresUnavailable(RuntimeError):
    pass


def find_bin_dir() -> Path:
    if os.environ.get(BIN_ENV):
        chosen = Path(os.environ[BIN_ENV])
        if not (chosen / "initdb").is_file():
            raise PostgresUnavailable(f"{BIN_ENV}={chosen}: no initdb there. {INSTALL_HINT}")
        return chosen
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if candidates:
        return Path(candidates[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable(INSTALL_HINT)


class PostgresCluster:
    def __init__(
        self, bin_dir: Path, base: Path, *, durable: bool = False, max_connections: int = 400
    ) -> None:
        self.bin_dir = bin_dir
        self.durable = durable
        self.max_connections = max_connections
        self.base = base
        self.data = base / "data"
        self.socket_dir = base
        self.log = base / "postgres.log"
        self.superuser = "postgres"
        self._counter = itertools.count(1)
        self._as_postgres = os.geteuid() == 0

    @classmethod
    def start(cls, *, durable: bool = False, max_connections: int = 400) -> PostgresCluster:
        bin_dir = find_bin_dir()
        base = Path(tempfile.mkdtemp(prefix="qorgau-pg-"))
        cluster = cls(bin_dir, base, durable=durable, max_connections=max_connections)
        try:
            cluster._init_and_start()
        except BaseException:
            cluster.stop()
            raise
        return cluster

    def _run(self, *args: str) -> None:
        command = list(args)
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PostgresUnavailable(
                f"{' '.join(args[:2])} failed ({result.returncode}): "
                f"{result.stderr.strip()[-1000:]}\n{log}"
            )

    def _init_and_start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.base, "postgres", "postgres")
        os.chmod(self.base, 0o700)
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.superuser,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            f"-c max_connections={self.max_connections} -c shared_buffers=32MB"
        )
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )

    def url(self, database: str) -> str:
        return f"postgresql://{self.superuser}@/{database}?host={self.socket_dir}"

    def new_database(self, name: str | None = None) -> str:
        """A fresh empty database (named ``name``, else a unique test name); its URL."""
        name = name or f"qorgau_test_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self._run(
                    str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
            except PostgresUnavailable:
                pass
        shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> PostgresCluster:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@contextmanager
def throwaway_postgres(*, max_connections: int = 300) -> Iterator[str]:
    """A durable cluster with an empty database ``qorgau`` (the benchmarks' server database);
    yields its URL; stopped and deleted afterwards. ``max_connections`` leaves room for several
    server instances with their connections."""
    with PostgresCluster.start(durable=True, max_connections=max_connections) as cluster:
        yield cluster.new_database("qorgau")


def psql_scalar(url: str, sql: str) -> str:
    """One value from a query, with the cluster's own ``psql``."""
    done = subprocess.run(
        [str(find_bin_dir() / "psql"), url, "-XAtq", "-c", sql],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"psql failed: {done.stderr.strip()}")
    return done.stdout.strip()
