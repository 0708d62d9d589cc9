"""TLS with a test CA: the pinned CA works, anything else is refused; no plain HTTP off-host."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync.transport import InsecureURL, ServerClient, TLSFailure, check_server_url
from tests.support.devices import enroll_device, notification
from tests.support.server_process import ServerProcess, run_cli, running_server
from tests.support.tls import TLSFiles, make_ca, write_tls_files

pytestmark = pytest.mark.one_backend  # TLS transport


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    return write_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def tls_server(
    tmp_path_factory: pytest.TempPathFactory, tls_files: TLSFiles
) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("tls-server") / "data", tls=tls_files) as server:
        yield server


def test_pinned_ca_delivers(tls_server: ServerProcess, tls_files: TLSFiles) -> None:
    assert tls_server.base_url.startswith("https://127.0.0.1:")
    enrolled = enroll_device(tls_server, ca_pem=tls_files.ca_pem)
    try:
        assert enrolled.client.health().status == "ok"
        results = enrolled.client.deliver([notification(), notification()])
        assert all(r.delivered for r in results)
    finally:
        enrolled.client.close()


def test_localhost_name_matches_the_certificate(
    tls_server: ServerProcess, tls_files: TLSFiles
) -> None:
    url = f"https://localhost:{tls_server.port}"
    with ServerClient(url, ca_pem=tls_files.ca_pem) as client:
        assert client.health().protocol == 1


def test_client_pinned_to_another_ca_is_refused(tls_server: ServerProcess) -> None:
    with ServerClient(tls_server.base_url, ca_pem=make_ca("Some other CA").pem) as client:
        with pytest.raises(TLSFailure):
            client.health()


def test_default_trust_does_not_accept_the_test_ca(tls_server: ServerProcess) -> None:
    with ServerClient(tls_server.base_url) as client, pytest.raises(TLSFailure):
        client.health()


def test_pinned_ca_file_is_private_and_removed_on_close(tls_files: TLSFiles) -> None:
    client = ServerClient("https://127.0.0.1:1", ca_pem=tls_files.ca_pem)
    ca_path = Path(client._verify)  # type: ignore[arg-type]
    assert ca_path.stat().st_mode & 0o077 == 0
    client.close()
    assert not ca_path.exists()


@pytest.mark.parametrize(
    "url",
    [
        "http://192.0.2.10:8080",
        "http://qorgau.example.kz",
        "http://0.0.0.0:80",
        "ftp://127.0.0.1",
        "https://user:pw@127.0.0.1",
    ],
)
def test_insecure_urls_are_refused(url: str) -> None:
    with pytest.raises(InsecureURL):
        ServerClient(url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://127.9.9.9", "http://[::1]:80/", "http://localhost"]
)
def test_loopback_http_is_allowed(url: str) -> None:
    assert check_server_url(url) == url.rstrip("/")


def test_serve_refuses_plain_http_off_loopback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_cli(data, "init")
    result = run_cli(data, "serve", "--host", "192.0.2.1", "--port", "9", check=False)
    assert result.returncode != 0
    assert "refusing plain HTTP" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_workspace_cookies_are_secure_httponly_strict_under_tls(
    tls_server: ServerProcess, tls_files: TLSFiles
) -> None:
    with requests.Session() as session:
        session.trust_env = False
        page = session.get(tls_server.base_url + "/signin", verify=str(tls_files.ca_cert))
        header = page.headers["set-cookie"]
        assert "Secure" in header and "HttpOnly" in header and "SameSite=strict" in header
        assert page.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
