"""A throw-away PostgreSQL cluster from Debian's ``postgresql`` package, for benchmarks and tests.

    with throwaway_postgres() as url:          # postgresql://qorgau@127.0.0.1:PORT/qorgau
        ...

``initdb`` and ``pg_ctl`` come from ``/usr/lib/postgresql/<newest>/bin`` (Debian keeps them off
``PATH``). PostgreSQL refuses to run as root, so as root they run as the ``postgres`` system
user (``runuser -u postgres --``) in a directory of its own under the system temp dir (a pytest
``tmp_path`` below /tmp/pytest-of-root is not reachable by another user). The cluster listens on
127.0.0.1 and a free port with ``trust`` authentication — it lives for one run and holds
synthetic data only — and is stopped (``immediate``) and deleted on exit, also after an error.
Settings are PostgreSQL's defaults (``fsync`` on), so figures compare with a durable SQLite.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_USER = "qorgau"
PG_DATABASE = "qorgau"
START_TIMEOUT_S = 60


class PostgresUnavailable(RuntimeError):
    """Debian's PostgreSQL server binaries are not installed (apt-get install postgresql)."""


def pg_bin_dir() -> Path:
    """The newest ``/usr/lib/postgresql/N/bin`` holding ``initdb`` and ``pg_ctl``."""
    found = [
        Path(d)
        for d in glob.glob("/usr/lib/postgresql/*/bin")
        if (Path(d) / "initdb").is_file() and (Path(d) / "pg_ctl").is_file()
    ]
    if not found:
        raise PostgresUnavailable("no /usr/lib/postgresql/*/bin/initdb: apt-get install postgresql")
    return max(found, key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_owner(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def _run(argv: list[str]) -> None:
    done = subprocess.run(
        _as_owner(argv), capture_output=True, text=True, timeout=START_TIMEOUT_S, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed: {(done.stderr or done.stdout)[-2000:]}")


@contextmanager
def throwaway_postgres(*, max_connections: int = 300) -> Iterator[str]:
    """Start a fresh cluster with an empty database ``qorgau``; yield its URL; stop and delete.

    ``max_connections`` leaves room for several server instances with their pools.
    """
    bin_dir = pg_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="qorgau-pg-"))
    data = root / "data"
    log = root / "postgres.log"
    port = _free_port()
    started = False
    try:
        if os.geteuid() == 0:
            os.chmod(root, 0o700)
            shutil.chown(root, "postgres", "postgres")
        _run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                PG_USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",  # the cluster itself is throw-away; its fsync setting stays on
            ]
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {root} "
            f"-c max_connections={max_connections}"
        )
        _run(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "-t",
                str(START_TIMEOUT_S),
                "start",
            ]
        )
        started = True
        _run(
            [
                str(bin_dir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                PG_USER,
                PG_DATABASE,
            ]
        )
        yield f"postgresql://{PG_USER}@127.0.0.1:{port}/{PG_DATABASE}"
    finally:
        if started:
            try:
                _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
            except (RuntimeError, subprocess.TimeoutExpired):
                pass  # deleting the directory below is what matters
        shutil.rmtree(root, ignore_errors=True)


def psql_scalar(url: str, sql: str) -> str:
    """One value from a query, with the cluster's own ``psql`` (no driver needed)."""
    done = subprocess.run(
        [str(pg_bin_dir() / "psql"), url, "-XAtq", "-c", sql],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"psql failed: {done.stderr.strip()}")
    return done.stdout.strip()
