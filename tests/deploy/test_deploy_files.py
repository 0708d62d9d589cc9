"""deploy/: the compose file, the Caddy config and the systemd unit are checked by the real tools
(Debian's docker-compose, caddy, systemd-analyze), and every command they give `qorgau-server`
uses options the CLI really has.

No Docker engine runs on these machines, so images are neither built nor pulled here; the
two-instance topology itself is exercised without containers by the server suite.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from server.limits import Limits
from server.pg import connections_needed
from sync.protocol import public_key_to_b64
from tests.support.server_process import ServerProcess, run_cli

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
SERVICES = {"postgres", "qorgau-init", "qorgau-1", "qorgau-2", "proxy"}


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False
    )


PASSWORD = "test-password"


def _compose(*args: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    assert shutil.which("docker-compose"), "apt-get install -y docker-compose (see .ci/run)"
    env = {k: v for k, v in os.environ.items() if k not in ("POSTGRES_PASSWORD", "QORGAU_SITE")}
    if password is not None:
        env["POSTGRES_PASSWORD"] = password
    return _run("docker-compose", "-f", str(DEPLOY / "compose.yaml"), *args, env=env)


# --------------------------------------------------------------------------- compose


def test_compose_file_validates_with_docker_compose() -> None:
    done = _compose("config", "--services")
    assert done.returncode == 0, done.stderr
    assert set(done.stdout.split()) == SERVICES


def test_compose_refuses_to_start_without_a_database_password() -> None:
    done = _compose("config", password=None)
    assert done.returncode != 0
    assert "POSTGRES_PASSWORD" in done.stderr


def test_compose_instances_share_one_database_and_read_the_key_from_a_secret() -> None:
    done = _compose("config")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    url = f"postgresql://qorgau:{PASSWORD}@postgres:5432/qorgau"
    assert text.count(f"QORGAU_SERVER_DATABASE: {url}") == 3  # init and both instances
    assert text.count("QORGAU_SERVER_SIGNING_KEY_FILE: /run/secrets/qorgau-signing-key") == 3
    # Only the proxy publishes a port: the instances are reached through it alone.
    assert text.count("published:") == 2


def _option(argv: list[str], name: str, default: int) -> int:
    return int(argv[argv.index(name) + 1]) if name in argv else default


def test_compose_instances_fit_in_the_connections_postgresql_is_given() -> None:
    """Every `serve` process may hold --threads + 1 connections (server/pg.py): the instances
    together must fit in the compose file's max_connections, less the 3 kept for superusers,
    or under load their requests fail instead of being served."""
    compose = (DEPLOY / "compose.yaml").read_text()
    [max_connections] = re.findall(r'"-c", "max_connections=(\d+)"', compose)
    needed = sum(
        connections_needed(
            _option(argv, "--workers", 1), _option(argv, "--threads", Limits.threads)
        )
        for where, argv in _commands()
        if where.startswith("compose") and "serve" in argv
    )
    assert needed == 2 * 2 * (Limits.threads + 1)  # both instances counted
    assert needed <= int(max_connections) - 3


# --------------------------------------------------------------------------- Caddy


def test_caddyfile_adapts_and_proxies_to_both_instances() -> None:
    assert shutil.which("caddy"), "apt-get install -y caddy (see .ci/run)"
    done = _run("caddy", "adapt", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile")
    assert done.returncode == 0, done.stderr
    config = json.loads(done.stdout)
    dials = re.findall(r'"dial":\s*"([^"]+)"', json.dumps(config))
    assert set(dials) == {"qorgau-1:8000", "qorgau-2:8000"}
    assert '"/v1/health"' in json.dumps(config)


# --------------------------------------------------------------------------- systemd


def _installed_cli() -> Path:
    cli = Path(sys.executable).with_name("qorgau-server")
    assert cli.is_file(), f"{cli} missing: install the project (make .venv/.installed-stamp)"
    return cli


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    """`systemd-analyze verify` on a copy whose commands point at this venv's qorgau-server
    (the unit's /opt/qorgau-server does not exist on a development machine)."""
    text = (DEPLOY / "qorgau-server.service").read_text()
    assert "/opt/qorgau-server/bin/qorgau-server" in text
    unit = tmp_path / "qorgau-server.service"
    unit.write_text(text.replace("/opt/qorgau-server/bin/qorgau-server", str(_installed_cli())))
    done = _run("systemd-analyze", "verify", str(unit))
    assert done.returncode == 0, done.stderr
    assert "qorgau-server.service" not in done.stderr, done.stderr


def test_systemd_unit_verify_catches_a_broken_unit(tmp_path: Path) -> None:
    """The check above can fail: a typo in a directive is reported."""
    text = (DEPLOY / "qorgau-server.service").read_text()
    text = text.replace("/opt/qorgau-server/bin/qorgau-server", str(_installed_cli()))
    unit = tmp_path / "qorgau-server.service"
    unit.write_text(text.replace("ProtectSystem=strict", "ProtectSystem=sometimes"))
    done = _run("systemd-analyze", "verify", str(unit))
    assert f"{unit}:" in done.stderr and "protect system" in done.stderr


def _directives(text: str) -> dict[str, list[str]]:
    joined = re.sub(r"\\\n\s*", " ", text)
    found: dict[str, list[str]] = {}
    for line in joined.splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_systemd_unit_runs_as_its_own_user_with_the_key_as_a_credential() -> None:
    unit = _directives((DEPLOY / "qorgau-server.service").read_text())
    assert unit["User"] == ["qorgau-server"]
    assert unit["StateDirectory"] == ["qorgau-server"]
    assert "qorgau-signing-key:/etc/qorgau-server/signing-key.pem" in unit["LoadCredential"]
    assert unit["ProtectSystem"] == ["strict"]
    assert unit["NoNewPrivileges"] == ["yes"]
    assert unit["Restart"] == ["on-failure"]
    # The key reaches the server through $CREDENTIALS_DIRECTORY, never on its command line.
    assert all("signing-key" not in command for command in unit["ExecStart"])


# --------------------------------------------------------------------------- CLI options


def _commands() -> list[tuple[str, list[str]]]:
    """(where, argv after `qorgau-server`) of every command the deploy files run."""
    found: list[tuple[str, list[str]]] = []
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    [entrypoint] = re.findall(r"^ENTRYPOINT (\[.*\])$", dockerfile, re.M)
    assert json.loads(entrypoint) == ["qorgau-server"]
    for cmd in re.findall(r"^CMD (\[.*\])$", dockerfile, re.M):
        found.append(("Dockerfile CMD", json.loads(cmd)))
    compose = (DEPLOY / "compose.yaml").read_text()
    for service, cmd in re.findall(
        r"^  ([\w-]+):\n(?:    .*\n)*?    command: (\[.*\])$", compose, re.M
    ):
        if service.startswith("qorgau"):  # not the postgres service's own command
            found.append((f"compose {service}", json.loads(cmd)))
    unit = _directives((DEPLOY / "qorgau-server.service").read_text())
    for key in ("ExecStartPre", "ExecStart"):
        for line in unit[key]:
            argv = shlex.split(line)
            assert argv[0] == "/opt/qorgau-server/bin/qorgau-server"
            found.append((f"systemd {key}", argv[1:]))
    return found


def _help(*args: str) -> str:
    done = _run(sys.executable, "-m", "server.cli", *args, "--help")
    assert done.returncode == 0, done.stderr
    return done.stdout


COMMANDS = {"init", "serve"}


def test_deploy_files_run_the_commands_they_should() -> None:
    where = {w for w, _argv in _commands()}
    assert {
        "Dockerfile CMD",
        "compose qorgau-1",
        "compose qorgau-2",
        "compose qorgau-init",
    } <= where
    assert {"systemd ExecStart", "systemd ExecStartPre"} <= where


def test_every_option_in_the_deploy_files_exists_in_the_cli() -> None:
    """compose.yaml runs `serve --workers 2`; every option the deploy files use exists."""
    global_help = _help()
    for where, argv in _commands():
        [command] = [a for a in argv if a in COMMANDS]
        before, after = argv[: argv.index(command)], argv[argv.index(command) + 1 :]
        command_help = _help(command)
        for option in (a for a in before if a.startswith("--")):
            assert re.search(rf"{option}\b", global_help), f"{where}: qorgau-server {option}"
        for option in (a for a in after if a.startswith("--")):
            assert re.search(rf"{option}\b", command_help), f"{where}: {command} {option}"


def test_the_signing_key_comes_from_the_systemd_credential(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the unit relies on: `init` and `serve` take the key from $CREDENTIALS_DIRECTORY
    (LoadCredential=qorgau-signing-key:...) and keep no copy of it in the data dir."""
    key = Ed25519PrivateKey.generate()  # what `openssl genpkey -algorithm ed25519` writes
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    (credentials / "qorgau-signing-key").write_bytes(pem)
    systemd = {"CREDENTIALS_DIRECTORY": str(credentials)}
    data_dir = tmp_path / "state"
    run_cli(data_dir, "init", env=systemd)
    with ServerProcess(data_dir, env=systemd) as server:
        health = requests.get(server.base_url + "/v1/health", timeout=10).json()
    assert health["server_public_key"] == public_key_to_b64(key.public_key())
    assert not any(pem in path.read_bytes() for path in data_dir.rglob("*") if path.is_file())
