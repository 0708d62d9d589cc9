"""Shared fixtures: a real encrypted vault in tmp_path with one account per role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# Fast Argon2 parameters for tests (stored in each slot, so nothing else changes), and Qt
# without a screen. Set before anything imports the core or Qt.
os.environ.setdefault("QORGAU_KDF_PROFILE", "fast")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.vault import Vault, create_vault, open_vault
from tests.support import server_process


def pytest_addoption(parser: pytest.Parser) -> None:
    # The server suite's storage backends (tests/server/conftest.py).
    parser.addoption(
        "--backend",
        choices=["both", "sqlite", "postgresql"],
        default="both",
        help="run the server suite on SQLite, PostgreSQL or both (default)",
    )


@pytest.fixture(autouse=True)
def _servers_outside_the_server_suite_use_sqlite(request: pytest.FixtureRequest) -> Iterator[None]:
    """Only tests/server runs on both backends (its session fixture ``backend`` selects the
    database of every server it starts). Elsewhere, a server keeps its SQLite file in its data
    dir, which some tests read directly, even after the server suite's PostgreSQL round."""
    if "backend" in request.fixturenames:
        yield
        return
    saved = server_process.database_factory()
    server_process.use_database_factory(None)
    try:
        yield
    finally:
        server_process.use_database_factory(saved)


PASSWORDS = {
    "admin": "admin-passphrase",
    "psy": "psy-passphrase",
    "soc": "soc-passphrase",
}


@dataclass
class VaultSetup:
    data_dir: Path
    recovery_key: str
    passwords: dict[str, str] = field(default_factory=lambda: dict(PASSWORDS))
    opened: list[Vault] = field(default_factory=list)

    def open(self, login: str) -> Vault:
        vault = open_vault(self.data_dir, login, self.passwords[login], sleep=lambda _s: None)
        self.opened.append(vault)
        return vault

    def close_all(self) -> None:
        for vault in self.opened:
            vault.close()
        self.opened.clear()


def build_vault(data_dir: Path, school: str = "Школа-лицей №7 (синтетическая)") -> VaultSetup:
    created = create_vault(
        data_dir,
        school=school,
        login="admin",
        full_name="Админ Тестовый",
        passphrase=PASSWORDS["admin"],
    )
    admin = created.vault
    admin.add_account(
        "psy", role="psychologist", full_name="Психолог Тестовая", passphrase=PASSWORDS["psy"]
    )
    admin.add_account(
        "soc", role="social_pedagogue", full_name="Соцпедагог Тестовый", passphrase=PASSWORDS["soc"]
    )
    admin.grant_compartment("psy", recovery_key=created.recovery_key)
    admin.close()
    return VaultSetup(data_dir, created.recovery_key)


@pytest.fixture
def vault_setup(tmp_path: Path) -> Iterator[VaultSetup]:
    setup = build_vault(tmp_path / "vault")
    yield setup
    setup.close_all()


@pytest.fixture
def admin(vault_setup: VaultSetup) -> Vault:
    return vault_setup.open("admin")


@pytest.fixture
def psy(vault_setup: VaultSetup) -> Vault:
    return vault_setup.open("psy")


@pytest.fixture
def soc(vault_setup: VaultSetup) -> Vault:
    return vault_setup.open("soc")
