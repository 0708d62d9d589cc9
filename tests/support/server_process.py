"""The reference server as a real subprocess on a free loopback port.

    init_server(data_dir)
    code = make_enroll_code(data_dir, "School 1")
    with ServerProcess(data_dir) as server:       # waits for /v1/health
        ServerClient(server.base_url, ...)
        server.kill(); server.restart()

Everything goes through ``python -m server.cli`` exactly as an administrator would run it.
The database is SQLite in the data dir unless the test session selected PostgreSQL
(``use_database_factory``, tests/server/conftest.py): then each new data dir gets a fresh
PostgreSQL database, passed as ``--database`` to every command and server of that data dir.
The process is always terminated on exit; its stderr goes to ``data_dir/../server-<port>.log``.
"""

from __future__ import annotations

import os
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import requests

from server.datadir import ServerConfig
from server.storage import SQLStorage
from tests.support.tls import TLSFiles

REPO_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 20.0
CLI_TIMEOUT_S = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# data dir -> its PostgreSQL database URL; new data dirs get one from the factory, if set.
_databases: dict[Path, str] = {}
_database_factory: Callable[[], str] | None = None


def use_database_factory(factory: Callable[[], str] | None) -> None:
    """From now on, each data dir not seen before gets ``factory()`` as its database (None:
    SQLite in the data dir)."""
    global _database_factory
    _database_factory = factory


def database_factory() -> Callable[[], str] | None:
    """The factory of fresh databases in use (None: SQLite in each data dir)."""
    return _database_factory


def bind_database(data_dir: Path, url: str) -> None:
    """Make ``url`` the database of this data dir's commands and servers (several data dirs
    may share one: several server instances on one PostgreSQL)."""
    _databases[Path(data_dir).resolve()] = url


def database_for(data_dir: Path) -> str | None:
    """The database URL of this data dir's server, or None for SQLite in it."""
    key = Path(data_dir).resolve()
    if key not in _databases and _database_factory is not None:
        _databases[key] = _database_factory()
    return _databases.get(key)


def database_args(data_dir: Path) -> list[str]:
    url = database_for(data_dir)
    return [] if url is None else ["--database", url]


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    # Only what the test passes explicitly configures the server.
    for name in (
        "QORGAU_SERVER_DATA_DIR",
        "QORGAU_SERVER_DATABASE",
        "QORGAU_SERVER_SIGNING_KEY_FILE",
        "CREDENTIALS_DIRECTORY",
        "QORGAU_SERVER_SERVE_LIMITS",
        "QORGAU_SERVER_HEADER_TIMEOUT_S",
    ):
        env.pop(name, None)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(
        extra or {}
    )  # what the test passes explicitly (e.g. systemd's CREDENTIALS_DIRECTORY)
    return env


def run_cli(
    data_dir: Path,
    *args: str,
    check: bool = True,
    timeout: float = CLI_TIMEOUT_S,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m server.cli --data-dir DATA_DIR ARGS...`` and capture its output."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "server.cli",
            "--data-dir",
            str(data_dir),
            *database_args(data_dir),
            *args,
        ],
        cwd=REPO_ROOT,
        env=_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"qorgau-server {' '.join(args)} exited {result.returncode}: {result.stderr.strip()}"
        )
    return result


def init_server(data_dir: Path) -> None:
    run_cli(data_dir, "init")


TEST_DISTRICT = "test-district"


def make_enroll_code(
    data_dir: Path,
    school: str,
    *,
    ttl_hours: float | None = None,
    district: str = TEST_DISTRICT,
) -> str:
    """Issue a code for a new school in ``district`` (created on first use) with the CLI and
    return the last line of its stdout (the code alone)."""
    args = ["enroll-code", "--school", school, "--district", district]
    if ttl_hours is not None:
        args += ["--ttl-hours", str(ttl_hours)]
    result = run_cli(data_dir, *args, check=False)
    if result.returncode != 0 and f"no district {district!r}" in result.stderr:
        run_cli(data_dir, "districts", "add", district, "--name", f"District {district}")
        result = run_cli(data_dir, *args, check=False)
    if result.returncode != 0:
        raise AssertionError(f"enroll-code exited {result.returncode}: {result.stderr.strip()}")
    return result.stdout.rstrip("\n").splitlines()[-1]


class ServerProcess:
    """``qorgau-server serve`` on 127.0.0.1 and a free port, started on construction/enter."""

    def __init__(
        self,
        data_dir: Path,
        *,
        tls: TLSFiles | None = None,
        serve_args: tuple[str, ...] = (),
        open_files_soft: int | None = None,
        cli_args: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
    ) -> None:
        """``cli_args`` go before ``serve`` (e.g. ``--signing-key``), ``serve_args`` after it; ``open_files_soft`` starts the process with that
        soft RLIMIT_NOFILE (1024 is the usual default of a service: systemd, login shells)."""
        self.data_dir = data_dir
        self.tls = tls
        self.serve_args = serve_args
        self.cli_args = cli_args
        self.env = env
        self.open_files_soft = open_files_soft
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir.parent / f"{data_dir.name}-server.log"

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start and wait for /v1/health; retry on a port lost to a race (bounded)."""
        assert self.process is None, "already running"
        last_error = ""
        for _ in range(3):
            if self.port == 0:
                self.port = free_port()
            if self._spawn_and_wait():
                return
            last_error = self.log_path.read_text(errors="replace")[-2000:]
            self.port = 0
        raise RuntimeError(f"reference server did not start:\n{last_error}")

    def _spawn_and_wait(self) -> bool:
        args = [
            sys.executable,
            "-m",
            "server.cli",
            "--data-dir",
            str(self.data_dir),
            *database_args(self.data_dir),
            *self.cli_args,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "info",
        ]
        if self.tls is not None:
            args += ["--tls-cert", str(self.tls.server_cert), "--tls-key", str(self.tls.server_key)]
        args += self.serve_args
        soft = self.open_files_soft

        def limit_files() -> None:
            if soft is not None:
                _old, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
                resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))

        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                args,
                cwd=REPO_ROOT,
                env=_env(self.env),
                stdout=log,
                stderr=log,
                stdin=subprocess.DEVNULL,
                preexec_fn=limit_files if soft is not None else None,
            )
        verify: bool | str = str(self.tls.ca_cert) if self.tls is not None else True
        deadline = time.monotonic() + START_TIMEOUT_S
        with requests.Session() as session:
            session.trust_env = False  # loopback only: no proxies from the environment
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    self._reap()
                    return False
                try:
                    response = session.get(
                        self.base_url + "/v1/health",
                        timeout=1.0,
                        verify=verify,
                        headers={"Connection": "close"},
                    )
                    response.close()
                    if response.status_code == 200:
                        return True
                except requests.RequestException:
                    pass
                time.sleep(0.05)
        self.kill()
        return False

    def _reap(self) -> None:
        if self.process is not None:
            self.process.wait(timeout=10)
            self.process = None

    def kill(self) -> None:
        """SIGKILL: the crash case; nothing gets a chance to clean up."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        self._reap()

    def stop(self) -> None:
        """SIGTERM and wait (uvicorn shuts down gracefully); SIGKILL if it hangs."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._reap()

    def restart(self) -> None:
        """Kill (if running) and start again on the same port and data dir."""
        self.kill()
        self.start()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def __enter__(self) -> ServerProcess:
        if self.process is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@contextmanager
def running_server(
    data_dir: Path,
    *,
    tls: TLSFiles | None = None,
    serve_args: tuple[str, ...] = (),
    open_files_soft: int | None = None,
) -> Iterator[ServerProcess]:
    """Initialise ``data_dir`` if needed and yield a started server; always stops it."""
    if not (data_dir / "server-signing-key.pem").exists():
        init_server(data_dir)
    server = ServerProcess(
        data_dir, tls=tls, serve_args=serve_args, open_files_soft=open_files_soft
    )
    try:
        server.start()
        yield server
    finally:
        server.stop()


def server_config(data_dir: Path) -> ServerConfig:
    """The configuration of this data dir's server (SQLite in it, or its PostgreSQL)."""
    return ServerConfig(Path(data_dir), database_for(data_dir))


def open_storage(data_dir: Path) -> SQLStorage:
    """The storage of this data dir's server, in-process."""
    return server_config(data_dir).open_storage()
