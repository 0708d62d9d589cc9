"""What sign-in found wrong with the vault is said in the app too, once, without blocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.vault import open_vault
from tests.conftest import PASSWORDS, build_vault
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.app import Session
from ui.i18n import Translations
from ui.settings_store import SettingsStore


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)", OFFSCREEN_NOISE)
def test_a_lost_audit_tail_is_shown_after_sign_in(
    qtbot: QtBot, tmp_path: Path, store: SettingsStore, translations: Translations
) -> None:
    setup = build_vault(tmp_path / "vault")
    vault = setup.open("psy")
    for i in range(4):
        vault.audit("test.write", detail=str(i))
    vault.db.execute("DROP TRIGGER audit_log_no_delete")  # someone cuts the tail off
    newest = int(vault.db.scalar("SELECT max(seq) FROM audit_log"))
    vault.db.execute("DELETE FROM audit_log WHERE seq > ?", (newest - 3,))
    vault.close()

    session = Session(setup.data_dir, store, translations)
    try:
        signed_in = open_vault(setup.data_dir, "psy", PASSWORDS["psy"], sleep=lambda _s: None)
        assert [w.code for w in signed_in.warnings] == ["audit_tail_lost"]
        session.open_main(signed_in)
        window = session.window
        assert window is not None

        def box() -> QMessageBox | None:
            found = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
            return found[0] if found else None

        qtbot.waitUntil(lambda: box() is not None, timeout=5_000)
        shown = box()
        assert shown is not None and "3" in shown.text() and "backup" in shown.text()
        assert signed_in.warnings == []  # said once
    finally:
        session.cleanup()
