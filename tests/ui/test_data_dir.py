"""A data directory given with --data-dir / QORGAU_DATA_DIR keeps its own settings (language,
auto-lock) and log beside its vault; unexpected errors really reach that log."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.paths import platform_data_dir
from ui.app import _application, log_folder, setup_logging
from ui.errors import message_for
from ui.settings_store import AUTOLOCK_MINUTES, LANGUAGE, SETTINGS_FILE, SettingsStore, settings_for


@pytest.fixture
def restore_globals() -> Iterator[None]:
    handlers = list(logging.getLogger().handlers)
    level = logging.getLogger().level
    hook = sys.excepthook
    yield
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
    logging.getLogger().setLevel(level)
    sys.excepthook = hook


def test_settings_of_a_given_data_dir_live_in_it(tmp_path: Path, store: SettingsStore) -> None:
    data_dir = tmp_path / "usb" / "qorgau"
    own = settings_for(data_dir)
    own.set(LANGUAGE, "kk")
    own.set(AUTOLOCK_MINUTES, 12)
    assert Path(own.file_name) == data_dir / SETTINGS_FILE
    assert (data_dir / SETTINGS_FILE).exists()
    assert data_dir.stat().st_mode & 0o077 == 0  # made private, like the vault folder
    again = settings_for(data_dir)
    assert (again.get(LANGUAGE), again.get(AUTOLOCK_MINUTES)) == ("kk", 12)
    # The per-user settings (another vault, or the default one) are untouched.
    assert (store.get(LANGUAGE), store.get(AUTOLOCK_MINUTES)) == ("", 5)


def test_the_platform_data_dir_keeps_the_per_user_settings(tmp_path: Path) -> None:
    assert settings_for(platform_data_dir()).file_name == SettingsStore().file_name
    assert log_folder(None) == log_folder(platform_data_dir())
    assert log_folder(tmp_path) == tmp_path / "logs"


def test_the_app_started_on_a_data_dir_uses_its_settings_and_log(
    qapp: QApplication, tmp_path: Path, restore_globals: None
) -> None:
    data_dir = tmp_path / "vault"
    settings_for(data_dir).set(LANGUAGE, "en")
    _app, store, translations = _application([], data_dir)
    try:
        assert Path(store.file_name) == data_dir / SETTINGS_FILE
        assert translations.language == "en"
        record = {"pupil": "Ахметов Ерлан, 7А"}  # values like this must never reach the log
        try:
            raise RuntimeError(record["pupil"])
        except RuntimeError as exc:
            sentence = message_for(exc)
        assert "log file" in sentence
        for handler in logging.getLogger().handlers:
            handler.flush()
        log = (data_dir / "logs" / "qorgau.log").read_text(encoding="utf-8")
        assert "unexpected builtins.RuntimeError" in log
        assert "Traceback (most recent call last)" in log
        assert "test_the_app_started_on_a_data_dir_uses_its_settings_and_log" in log
        assert "Ахметов" not in log  # the message is not logged, only where it happened
    finally:
        translations.clear()


def test_an_expected_error_is_not_logged_as_unexpected(
    tmp_path: Path, restore_globals: None
) -> None:
    from app.errors import WrongPassphrase

    setup_logging(tmp_path / "logs")
    message_for(WrongPassphrase())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "unexpected" not in (tmp_path / "logs" / "qorgau.log").read_text(encoding="utf-8")
