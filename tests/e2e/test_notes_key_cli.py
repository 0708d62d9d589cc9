"""The command line for the notes key and the slot file: `users grant-notes` names one account
(recovery key, or a psychologist holding it), `keyslots restore-backup` repairs only."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import assert_one_line_error, qorgau

ADMIN_PW = "long admin passphrase"


def _init(tmp_path: Path) -> tuple[dict[str, str], str]:
    (tmp_path / "pw").write_text(ADMIN_PW + "\n")
    data = tmp_path / "vault"
    result = qorgau(
        "init", "--school", "Школа №1", "--user", "admin", "--data-dir", str(data),
        "--password-file", str(tmp_path / "pw"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip().splitlines()[-1].strip()
    env = {
        "QORGAU_DATA_DIR": str(data),
        "QORGAU_USER": "admin",
        "QORGAU_PASSWORD_FILE": str(tmp_path / "pw"),
    }
    return env, key


def _add(tmp_path: Path, env: dict[str, str], login: str, pw: str) -> None:
    (tmp_path / f"{login}.pw").write_text(pw + "\n")
    result = qorgau(
        "users", "add", login, "--role", "psychologist",
        "--new-password-file", str(tmp_path / f"{login}.pw"), env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"grant-notes {login}" in result.stdout  # says how the key is handed over


def test_grant_notes_by_recovery_key_then_by_a_holder(tmp_path: Path) -> None:
    env, key = _init(tmp_path)
    _add(tmp_path, env, "dana", "dana passphrase")
    _add(tmp_path, env, "gulnar", "gulnar passphrase")
    listed = qorgau("users", "grant-notes", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "waiting: dana" in listed.stdout and "waiting: gulnar" in listed.stdout
    assert "by admin" in listed.stdout

    assert_one_line_error(
        qorgau("users", "grant-notes", "dana", "--recovery-key", "wrong", env=env), "recovery"
    )
    result = qorgau("users", "grant-notes", "dana", "--recovery-key", key, env=env)
    assert result.returncode == 0, result.stderr
    assert "given to dana" in result.stdout

    # Dana now holds it and hands it to Gulnar herself, no recovery key needed.
    dana = {**env, "QORGAU_USER": "dana", "QORGAU_PASSWORD_FILE": str(tmp_path / "dana.pw")}
    result = qorgau("users", "grant-notes", "gulnar", env=dana)
    assert result.returncode == 0, result.stderr
    holders = qorgau("users", "grant-notes", env=dana).stdout
    assert "no psychologist's account is waiting" in holders
    assert "holder: dana\tby admin with the recovery key" in holders and "verified" in holders
    assert "holder: gulnar\tby dana" in holders
    assert_one_line_error(qorgau("users", "grant-notes", "gulnar", env=dana), "already holds")


def test_restore_backup_refuses_a_healthy_file_after_passwd(tmp_path: Path) -> None:
    env, _key = _init(tmp_path)
    (tmp_path / "new.pw").write_text("a different admin passphrase\n")
    result = qorgau("passwd", "--new-password-file", str(tmp_path / "new.pw"), env=env)
    assert result.returncode == 0, result.stderr
    assert_one_line_error(qorgau("keyslots", "restore-backup", env=env), "healthy")
    assert_one_line_error(qorgau("users", "list", env=env), "passphrase")  # the old one: dead
    new_env = {**env, "QORGAU_PASSWORD_FILE": str(tmp_path / "new.pw")}
    assert qorgau("users", "list", env=new_env).returncode == 0
