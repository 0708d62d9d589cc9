"""The command line as an administrator's script would use it (real processes, real vault)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def qorgau(
    *args: str, env: dict[str, str] | None = None, input_: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QORGAU_KDF_PROFILE": "fast", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input_,
        timeout=120,
        check=False,
    )


@pytest.fixture
def vault_dir(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    (tmp_path / "pw").write_text("long admin passphrase\n")
    data = tmp_path / "vault"
    result = qorgau(
        "init",
        "--school",
        "Школа №1",
        "--user",
        "admin",
        "--data-dir",
        str(data),
        "--password-file",
        str(tmp_path / "pw"),
    )
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip().splitlines()[-1].strip()
    assert len(key.split("-")) == 9
    env = {
        "QORGAU_DATA_DIR": str(data),
        "QORGAU_USER": "admin",
        "QORGAU_PASSWORD_FILE": str(tmp_path / "pw"),
    }
    return data, env


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_version() -> None:
    result = qorgau("--version")
    assert result.returncode == 0 and result.stdout.startswith("qorgau ")


def test_init_twice_is_refused(vault_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    data, _ = vault_dir
    result = qorgau(
        "init",
        "--school",
        "X",
        "--user",
        "a",
        "--data-dir",
        str(data),
        "--password-file",
        str(tmp_path / "pw"),
    )
    assert_one_line_error(result, "already holds a vault")


def test_init_takes_the_login_from_qorgau_user(tmp_path: Path) -> None:
    """Regression: without --user, init died with a traceback even with $QORGAU_USER set."""
    (tmp_path / "pw").write_text("long admin passphrase\n")
    data = tmp_path / "from-env"
    env = {"QORGAU_USER": "psy", "QORGAU_PASSWORD_FILE": str(tmp_path / "pw")}
    created = qorgau(
        "init", "--school", "Школа №2", "--role", "psychologist", "--data-dir", str(data), env=env
    )
    assert created.returncode == 0, created.stderr
    assert qorgau("check", "--data-dir", str(data), env=env).returncode == 0
    no_login = {k: v for k, v in os.environ.items() if k != "QORGAU_USER"}
    refused = subprocess.run(
        [sys.executable, "-m", "cli.main", "init", "--school", "X", "--data-dir", str(tmp_path / "x"),
         "--password-file", str(tmp_path / "pw")],
        capture_output=True, text=True, env={**no_login, "QORGAU_KDF_PROFILE": "fast"},
        stdin=subprocess.DEVNULL, timeout=120, check=False,
    )  # fmt: skip
    assert_one_line_error(refused, "--user")


def test_wrong_passphrase_and_missing_vault(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    _, env = vault_dir
    (tmp_path / "bad").write_text("not it at all\n")
    assert_one_line_error(
        qorgau("check", env={**env, "QORGAU_PASSWORD_FILE": str(tmp_path / "bad")}),
        "wrong passphrase",
    )
    assert_one_line_error(
        qorgau("check", env={**env, "QORGAU_DATA_DIR": str(tmp_path / "no")}), "no vault"
    )
    assert_one_line_error(
        qorgau("check", env={**env, "QORGAU_PASSWORD_FILE": str(tmp_path / "absent")}),
        "password file",
    )


def test_no_terminal_no_passphrase_is_a_clear_error(vault_dir: tuple[Path, dict[str, str]]) -> None:
    _, env = vault_dir
    env = {k: v for k, v in env.items() if k != "QORGAU_PASSWORD_FILE"}
    assert_one_line_error(qorgau("check", env=env, input_=""), "--password-file")


def test_check_backup_restore(vault_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    _, env = vault_dir
    checked = qorgau("check", env=env)
    assert checked.returncode == 0, checked.stderr
    assert "audit log" in checked.stdout and "chain intact" in checked.stdout
    backup = tmp_path / "copy.qbk"
    assert qorgau("backup", str(backup), env=env).returncode == 0
    restored_dir = tmp_path / "restored"
    result = qorgau("restore", str(backup), "--data-dir", str(restored_dir))
    assert result.returncode == 0, result.stderr
    assert qorgau("check", env={**env, "QORGAU_DATA_DIR": str(restored_dir)}).returncode == 0
    # restore never overwrites without --force, and keeps the replaced files aside
    assert_one_line_error(
        qorgau("restore", str(backup), "--data-dir", str(restored_dir)), "--force"
    )
    assert (
        qorgau("restore", str(backup), "--data-dir", str(restored_dir), "--force").returncode == 0
    )
    assert any(p.name.startswith("replaced-") for p in restored_dir.iterdir())
    # a damaged backup is refused before anything is written
    raw = bytearray(backup.read_bytes())
    raw[-100] ^= 0xFF
    backup.write_bytes(bytes(raw))
    assert_one_line_error(
        qorgau("restore", str(backup), "--data-dir", str(tmp_path / "x")), "damaged"
    )
    assert not (tmp_path / "x" / "qorgau.db").exists()


def test_check_names_a_broken_audit_entry(vault_dir: tuple[Path, dict[str, str]]) -> None:
    from app.storage import audit
    from app.vault import open_vault

    data, env = vault_dir
    vault = open_vault(data, "admin", "long admin passphrase")
    # Tamper the way an attacker with the key would: drop the trigger, edit an entry.
    vault.db.execute("DROP TRIGGER audit_log_no_update")
    vault.db.execute("UPDATE audit_log SET detail = 'edited' WHERE seq = 1")
    assert audit.first_broken_entry(vault.db) == (1, "content does not match its hash")
    vault.close()
    result = qorgau("check", env=env)
    assert result.returncode != 0
    assert "entry 1" in result.stderr


def test_users_add_and_list(vault_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    _, env = vault_dir
    (tmp_path / "newpw").write_text("dana passphrase\n")
    result = qorgau(
        "users",
        "add",
        "dana",
        "--role",
        "psychologist",
        "--full-name",
        "Дана",
        "--new-password-file",
        str(tmp_path / "newpw"),
        env=env,
    )
    assert result.returncode == 0, result.stderr
    listed = qorgau("users", "list", env=env)
    assert "dana\tpsychologist\tДана" in listed.stdout
    assert_one_line_error(
        qorgau(
            "users",
            "add",
            "dana",
            "--role",
            "psychologist",
            "--new-password-file",
            str(tmp_path / "newpw"),
            env=env,
        ),
        "taken",
    )


def test_import_from_a_russian_spreadsheet_export(
    vault_dir: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    from datetime import date

    from app.iin import make_iin

    _, env = vault_dir
    good = make_iin(date(2013, 4, 5), "F", 11)
    csv_file = tmp_path / "класс.csv"
    csv_file.write_bytes(
        "\ufeffИИН;Фамилия;Имя;Отчество;Класс;Дата рождения;Пол\n"
        f"{good};Әлиева;Дана;Ерлановна;6 а;05.04.2013;Ж\n"
        "123456789012;Плохой;ИИН;;5А;;\n".encode()
    )
    refused = qorgau("import-pupils", str(csv_file), env=env)
    assert refused.returncode == 1
    assert f"{csv_file}:3: iin: the 7th digit" in refused.stderr
    assert "nothing was imported" in refused.stderr and "Traceback" not in refused.stderr
    dry = qorgau("import-pupils", str(csv_file), "--dry-run", "--skip-invalid", env=env)
    assert "would import 1 pupil(s)" in dry.stdout
    done = qorgau("import-pupils", str(csv_file), "--skip-invalid", env=env)
    assert done.returncode == 0 and "imported 1 pupil(s)" in done.stdout
    out = tmp_path / "out.csv"
    assert qorgau("export-pupils", "--output", str(out), env=env).returncode == 0
    exported = out.read_text(encoding="utf-8-sig").splitlines()
    assert exported[0].startswith("iin,surname,name")
    assert exported[1].startswith(f"{good},Әлиева,Дана,Ерлановна,6А,2013-04-05,F")


def test_no_command_opens_the_app_on_the_given_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression: `qorgau --data-dir X` used to open the default folder instead of X.
    import ui.app
    from cli.main import main

    opened: list[Path | None] = []

    def fake_main(argv: list[str], data_dir: Path | None = None) -> int:
        opened.append(data_dir)
        return 0

    monkeypatch.setattr(ui.app, "main", fake_main)
    assert main(["--data-dir", str(tmp_path / "school")]) == 0
    assert opened == [tmp_path / "school"]
