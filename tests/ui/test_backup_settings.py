"""Settings "Backups" and the daily scheduler: folder, keep N, back up now, restore, USB stick."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.backup import read_backup
from app.services import pupils as pupil_service
from app.services.backups import list_backups
from app.services.demo import seed_demo
from app.vault import Vault
from tests.conftest import VaultSetup
from ui.background.backup_scheduler import BackupScheduler, backup_error_sentence, last_backup_at
from ui.i18n import Translations
from ui.pages.settings import SettingsPage
from ui.settings_store import BACKUP_FOLDER, BACKUP_KEEP, LAST_BACKUP_AT, SettingsStore
from ui.widgets.backup_section import BackupSection, restore_into

from .helpers import add_pupil

ALMATY = timezone(timedelta(hours=5))


def make_section(qtbot: QtBot, vault: Vault, store: SettingsStore) -> BackupSection:
    section = BackupSection(vault, store)
    qtbot.addWidget(section)
    return section


def test_settings_page_has_the_backup_section(
    qtbot: QtBot, psy: Vault, store: SettingsStore
) -> None:
    page = SettingsPage(psy, store=store)
    qtbot.addWidget(page)
    assert page.backups.title() == "Backups"
    assert "off" in page.backups.status.text()
    assert not page.backups.restore_button.isVisibleTo(page)  # administrators only


def test_folder_and_keep_are_stored(
    qtbot: QtBot,
    psy: Vault,
    store: SettingsStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "ui.widgets.backup_section.QFileDialog.getExistingDirectory",
        lambda *_a, **_k: str(tmp_path),
    )
    section = make_section(qtbot, psy, store)
    assert section.keep.value() == 7
    section.choose_button.click()
    assert store.get(BACKUP_FOLDER) == str(tmp_path) and section.folder.text() == str(tmp_path)
    assert "No backup has been made yet" in section.status.text()
    section.keep.setValue(3)
    assert SettingsStore().get(BACKUP_KEEP) == 3
    section.off_button.click()
    assert store.get(BACKUP_FOLDER) == "" and not section.off_button.isEnabled()


def test_back_up_now_writes_an_encrypted_file_and_prunes(
    qtbot: QtBot, psy: Vault, store: SettingsStore, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    store.set(BACKUP_FOLDER, str(stick))
    store.set(BACKUP_KEEP, 1)
    section = make_section(qtbot, psy, store)
    with qtbot.waitSignal(section.backup_finished, timeout=10_000) as done:
        section.backup_button.click()
    first = done.args[0].path
    assert first.parent == stick and first.name.startswith("qorgau-")
    assert "Backup written" in section.status.text() and section.backup_button.isEnabled()
    assert last_backup_at(store) is not None
    section.refresh()
    assert "Last backup:" in section.status.text()
    # A second one a second later replaces the first (keep = 1).
    qtbot.wait(1100)
    with qtbot.waitSignal(section.backup_finished, timeout=10_000) as done:
        section.back_up_now()
    assert list_backups(stick) == [done.args[0].path] and not first.exists()


def test_unplugged_stick_is_reported(
    qtbot: QtBot, psy: Vault, store: SettingsStore, tmp_path: Path
) -> None:
    store.set(BACKUP_FOLDER, str(tmp_path / "E-drive"))
    section = make_section(qtbot, psy, store)
    task = section.back_up_now()
    assert task is not None
    qtbot.waitUntil(lambda: section.task is None, timeout=10_000)
    assert "plug the stick in" in section.status.text()
    assert store.get(LAST_BACKUP_AT) == ""
    assert not (tmp_path / "E-drive").exists()


def test_restore_asks_then_requests_it_and_the_restore_works(
    qtbot: QtBot, vault_setup: VaultSetup, store: SettingsStore, tmp_path: Path
) -> None:
    soc = vault_setup.open("soc")
    add_pupil(soc, "Ахметова")
    stick = tmp_path / "usb"
    stick.mkdir()
    store.set(BACKUP_FOLDER, str(stick))
    writer = make_section(qtbot, soc, store)
    with qtbot.waitSignal(writer.backup_finished, timeout=10_000) as done:
        writer.back_up_now()
    backup = done.args[0].path
    add_pupil(soc, "Беков", serial=2)  # made after the backup: gone after restoring

    admin = vault_setup.open("admin")
    page = SettingsPage(admin, store=store)
    qtbot.addWidget(page)
    section = page.backups
    assert section.restore_button.isVisibleTo(page)
    section.check_restore(backup)
    qtbot.waitUntil(
        lambda: section.confirm is not None and section.confirm.isVisible(), timeout=10_000
    )
    assert section.confirm is not None
    text = section.confirm.text()
    assert "moved aside" in text and "sign" in text and "another vault" not in text
    with qtbot.waitSignal(page.restore_requested) as requested:
        section.restore_confirm_button.click()
    assert requested.args == [backup]

    # What the session does then: end it (closing the vault), restore, sign in again.
    vault_setup.close_all()
    restore_into(backup, vault_setup.data_dir)
    assert any(p.name.startswith("replaced-") for p in vault_setup.data_dir.iterdir())
    again = vault_setup.open("soc")
    assert [p.surname for p in pupil_service.list_pupils(again)] == ["Ахметова"]


def test_cancelling_the_confirmation_requests_nothing(
    qtbot: QtBot, admin: Vault, store: SettingsStore, tmp_path: Path
) -> None:
    store.set(BACKUP_FOLDER, str(tmp_path))
    section = make_section(qtbot, admin, store)
    with qtbot.waitSignal(section.backup_finished, timeout=10_000) as done:
        section.back_up_now()
    requested: list[object] = []
    section.restore_requested.connect(requested.append)
    section.check_restore(done.args[0].path)
    qtbot.waitUntil(
        lambda: section.confirm is not None and section.confirm.isVisible(), timeout=10_000
    )
    assert section.confirm is not None
    section.confirm.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(50)
    assert requested == []


def test_a_damaged_backup_is_refused_before_asking(
    qtbot: QtBot,
    admin: Vault,
    store: SettingsStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.widgets.backup_section.QMessageBox.warning", lambda _p, _t, text: shown.append(text)
    )
    bad = tmp_path / "qorgau-2026-01-01-000000.qbk"
    bad.write_bytes(b"QORGAU-BACKUP\n{broken")
    section = make_section(qtbot, admin, store)
    section.check_restore(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "not a Qorgau backup" in shown[0] and section.confirm is None


# -- the scheduler ----------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 9, 0, tzinfo=ALMATY)

    def __call__(self) -> datetime:
        return self.now


def test_scheduler_backs_up_once_a_day(
    qtbot: QtBot, psy: Vault, store: SettingsStore, tmp_path: Path
) -> None:
    clock = Clock()
    scheduler = BackupScheduler(psy, store, now=clock)
    assert scheduler.check() is None  # no folder: automatic backups are off
    store.set(BACKUP_FOLDER, str(tmp_path))
    with qtbot.waitSignal(scheduler.backup_finished, timeout=10_000) as done:
        assert scheduler.check() is not None
    assert done.args[0].path.name == "qorgau-2026-11-25-090000.qbk"
    assert last_backup_at(store) == clock.now
    clock.now += timedelta(hours=8)
    assert scheduler.check() is None  # same day
    clock.now += timedelta(hours=8)  # 01:00 the next day
    scheduler.set_paused(True)
    assert scheduler.check() is None  # locked: the keys are gone
    scheduler.set_paused(False)
    with qtbot.waitSignal(scheduler.backup_finished, timeout=10_000):
        scheduler.check()
    assert len(list_backups(tmp_path)) == 2


def test_scheduler_reports_a_missing_stick_and_retries_an_hour_later(
    qtbot: QtBot, psy: Vault, store: SettingsStore, tmp_path: Path
) -> None:
    clock = Clock()
    stick = tmp_path / "usb"
    store.set(BACKUP_FOLDER, str(stick))
    scheduler = BackupScheduler(psy, store, now=clock)
    with qtbot.waitSignal(scheduler.backup_failed, timeout=10_000) as failed:
        scheduler.check()
    assert failed.args[0].code == "backup_folder_missing"
    assert "plug the stick in" in backup_error_sentence(failed.args[0])
    clock.now += timedelta(minutes=30)
    assert scheduler.check() is None
    stick.mkdir()  # plugged in
    clock.now += timedelta(minutes=31)
    with qtbot.waitSignal(scheduler.backup_finished, timeout=10_000):
        scheduler.check()
    assert len(list_backups(stick)) == 1


def test_scheduler_timer_starts_the_first_check(
    qtbot: QtBot, psy: Vault, store: SettingsStore, tmp_path: Path
) -> None:
    store.set(BACKUP_FOLDER, str(tmp_path))
    scheduler = BackupScheduler(psy, store, first_check_ms=10, interval_ms=60_000)
    with qtbot.waitSignal(scheduler.backup_started, timeout=5_000):
        scheduler.start()
    qtbot.waitUntil(lambda: not scheduler.running, timeout=10_000)
    scheduler.stop()
    assert not scheduler.timer.isActive()


def test_back_up_now_shows_determinate_progress_in_megabytes_in_russian(
    qtbot: QtBot, psy: Vault, store: SettingsStore, tmp_path: Path, translations: Translations
) -> None:
    translations.set_language("ru")
    seed_demo(psy, pupils=60, incidents=5)
    stick = tmp_path / "usb"
    stick.mkdir()
    store.set(BACKUP_FOLDER, str(stick))
    section = make_section(qtbot, psy, store)
    section.show()
    seen: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(section.backup_finished, timeout=20_000) as done:
        task = section.back_up_now()
        assert task is not None and section.progress.isVisible()
        task.progress.connect(
            lambda _p: seen.append(
                (section.progress.maximum(), section.progress.value(), section.status.text())
            )
        )
    size = len(read_backup(done.args[0].path)[2])  # the database part of the file
    assert seen, "no progress was shown"
    maximum, value, text = seen[-1]
    assert (maximum, value) == (size, size)  # determinate: the maximum is the database's bytes
    megabytes = QLocale().toString(size / 1024 / 1024, "f", 1)
    assert text == f"Резервное копирование: {megabytes} из {megabytes} МБ"
    assert "," in megabytes  # the Russian decimal sign
    assert not section.progress.isVisible() and done.args[0].path.exists()
