"""Automatic backups: the restore drill, daily schedule, pruning, and an unplugged stick."""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
from dataclasses import astuple
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.backup import BackupInvalid, read_backup, restore_backup, write_backup
from app.domain.pupils import PupilDraft
from app.errors import ValidationError
from app.iin import make_iin
from app.integrity import check_vault
from app.progress import Progress
from app.services import pupils as pupil_service
from app.services import sessions as session_service
from app.services.backups import (
    BackupFolderUnavailable,
    backup_due,
    backup_name,
    backup_now,
    list_backups,
    prune_backups,
    run_backup,
)
from app.services.demo import seed_demo
from app.storage import audit
from app.storage.db import Database
from app.vault import Vault
from tests.conftest import VaultSetup, build_vault

ALMATY = timezone(timedelta(hours=5))


def table_counts(vault: Vault) -> dict[str, int]:
    """Rows in every table of the vault (FTS shadow tables included)."""
    names = [
        row[0]
        for row in vault.db.all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: int(vault.db.scalar(f'SELECT count(*) FROM "{name}"')) for name in names}


def confidential_notes(vault: Vault) -> dict[int, str | None]:
    notes: dict[int, str | None] = {}
    for pupil in pupil_service.list_pupils(vault, limit=1000):
        for listed in session_service.list_sessions_for_pupil(vault, pupil.id):
            notes[listed.id] = session_service.get_session(vault, listed.id).confidential_notes
    return notes


def audit_chain(vault: Vault) -> list[tuple[object, ...]]:
    return sorted(astuple(e) for e in audit.entries(vault.db, limit=1_000_000))


def test_restore_drill_brings_every_record_back(vault_setup: VaultSetup, tmp_path: Path) -> None:
    psy = vault_setup.open("psy")
    seed_demo(psy, pupils=80, incidents=16)
    before = table_counts(psy)
    notes_before = confidential_notes(psy)
    chain_before = audit_chain(psy)
    assert before["pupils"] == 80 and before["incidents"] == 16
    assert before["notifications"] > 0 and before["counselling_sessions"] > 0
    assert sum(1 for text in notes_before.values() if text) > 0  # notes really encrypted in

    stick = tmp_path / "usb"
    stick.mkdir()
    path = backup_now(psy, stick, now=datetime(2026, 11, 25, 14, 3, 12, tzinfo=ALMATY))
    assert path == stick / "qorgau-2026-11-25-140312.qbk"
    vault_setup.close_all()

    # The disk dies: the data directory is gone, key slots and all.
    shutil.rmtree(vault_setup.data_dir)
    assert not vault_setup.data_dir.exists()

    restore_backup(path, vault_setup.data_dir)
    psy = vault_setup.open("psy")
    report = check_vault(psy)
    assert report.ok, report.problems
    after = table_counts(psy)
    # Signing in and checking add audit entries; every other table is exactly as it was.
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }
    assert set(chain_before) <= set(audit_chain(psy))
    assert confidential_notes(psy) == notes_before
    # Every account still signs in with its passphrase.
    for login in ("admin", "soc"):
        assert vault_setup.open(login).user.login == login


def test_backup_file_is_encrypted_and_restorable_check(admin: Vault, tmp_path: Path) -> None:
    path = backup_now(admin, tmp_path)
    raw = path.read_bytes()
    assert "Школа-лицей".encode() not in raw and b"SQLite format 3" not in raw
    header, _slots, _db = read_backup(path)
    assert header["vault_id"] == admin.vault_id


def test_backup_name_and_listing(admin: Vault, tmp_path: Path) -> None:
    assert backup_name(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "qorgau-2026-01-02-030405.qbk"
    with pytest.raises(ValueError):
        backup_name(datetime(2026, 1, 2))
    first = backup_now(admin, tmp_path, now=datetime(2026, 1, 2, 9, 0, tzinfo=ALMATY))
    second = backup_now(admin, tmp_path, now=datetime(2026, 1, 1, 9, 0, tzinfo=ALMATY))
    # Ordered by the vault's history, not by the (clock-made) time in the name.
    assert list_backups(tmp_path) == [first, second]


def test_pruning_keeps_the_newest_and_never_touches_other_files(
    admin: Vault, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    made = [
        backup_now(admin, stick, now=datetime(2026, 3, day, 15, 30, tzinfo=ALMATY))
        for day in range(1, 6)
    ]
    # Things that are not ours, or not this vault's, whatever their names.
    foreign = {
        "notes.docx": b"PK\x03\x04 a teacher's own file",
        "qorgau-2026-01-01-000000.qbk": b"not a backup at all",
        "qorgau-2026-01-01-000000.qbk.tmp": b"QORGAU-BACKUP\n{}",
        "qorgau-2026-1-1.qbk": made[0].read_bytes(),
        "Qorgau-2026-01-01-000000.QBK": made[0].read_bytes(),
    }
    for name, content in foreign.items():
        (stick / name).write_bytes(content)
    (stick / "qorgau-2026-01-01-000001.qbk").mkdir()
    other = build_vault(tmp_path / "other-school")
    other_vault = other.open("admin")
    try:
        theirs = backup_now(other_vault, stick, now=datetime(2025, 12, 1, tzinfo=ALMATY))
    finally:
        other.close_all()

    removed = prune_backups(stick, 2, vault_id=admin.vault_id)
    assert sorted(removed) == made[:3]
    assert list_backups(stick, vault_id=admin.vault_id) == made[3:]
    for name, content in foreign.items():
        assert (stick / name).read_bytes() == content
    assert (stick / "qorgau-2026-01-01-000001.qbk").is_dir()
    assert theirs.exists()

    # Without a vault id every Qorgau backup counts, and still only those.
    assert set(prune_backups(stick, 1)) == {theirs, made[3]}
    assert list_backups(stick) == [made[4]]
    assert all((stick / name).exists() for name in foreign)
    with pytest.raises(ValidationError):
        prune_backups(stick, 0)


def test_run_backup_prunes_to_keep(admin: Vault, tmp_path: Path) -> None:
    for hour in range(4):
        result = run_backup(admin, tmp_path, 3, now=datetime(2026, 5, 1, 8 + hour, tzinfo=ALMATY))
    assert result.path.name == "qorgau-2026-05-01-110000.qbk"
    assert result.info.vault_id == admin.vault_id and result.info.size == result.path.stat().st_size
    assert [p.name for p in result.pruned] == ["qorgau-2026-05-01-080000.qbk"]
    assert len(list_backups(tmp_path)) == 3


def test_unplugged_stick_is_a_clear_error_and_nothing_is_created(
    admin: Vault, tmp_path: Path
) -> None:
    stick = tmp_path / "media" / "USB"
    with pytest.raises(BackupFolderUnavailable) as caught:
        backup_now(admin, stick)
    assert caught.value.code == "backup_folder_missing"
    assert not stick.exists() and not stick.parent.exists()
    with pytest.raises(BackupFolderUnavailable) as caught:
        run_backup(admin, "", 7)
    assert caught.value.code == "backup_folder_unset"
    with pytest.raises(BackupFolderUnavailable):
        prune_backups(stick, 3)
    a_file = tmp_path / "file"
    a_file.write_bytes(b"")
    with pytest.raises(BackupFolderUnavailable) as caught:
        backup_now(admin, a_file)
    assert caught.value.code == "backup_folder_missing"


def test_read_only_folder_is_reported(admin: Vault, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    stick = tmp_path / "ro"
    stick.mkdir(mode=0o500)
    try:
        with pytest.raises(BackupFolderUnavailable) as caught:
            backup_now(admin, stick)
        assert caught.value.code == "backup_folder_not_writable"
    finally:
        stick.chmod(0o700)


def test_a_damaged_backup_is_refused(admin: Vault, tmp_path: Path) -> None:
    path = backup_now(admin, tmp_path)
    raw = bytearray(path.read_bytes())
    raw[-100] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(BackupInvalid):
        restore_backup(path, tmp_path / "new")
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(
    ("last", "now", "due"),
    [
        (None, datetime(2026, 1, 1, 8, tzinfo=ALMATY), True),
        (
            datetime(2026, 1, 1, 8, tzinfo=ALMATY),
            datetime(2026, 1, 1, 23, 59, tzinfo=ALMATY),
            False,
        ),
        (datetime(2026, 1, 1, 23, tzinfo=ALMATY), datetime(2026, 1, 2, 0, 1, tzinfo=ALMATY), True),
        # 20:00 UTC on 1 Jan is 01:00 on 2 Jan in Almaty: the same local day, not due.
        (datetime(2026, 1, 1, 20, tzinfo=UTC), datetime(2026, 1, 2, 9, tzinfo=ALMATY), False),
        (datetime(2025, 12, 20, tzinfo=ALMATY), datetime(2026, 1, 2, 9, tzinfo=ALMATY), True),
        # A last backup "in the future": the clock was wrong; back up.
        (datetime(2027, 1, 1, tzinfo=ALMATY), datetime(2026, 1, 2, 9, tzinfo=ALMATY), True),
    ],
)
def test_backup_is_due_once_a_day(last: datetime | None, now: datetime, due: bool) -> None:
    assert backup_due(last, now) is due


def test_backup_due_refuses_naive_times() -> None:
    with pytest.raises(ValueError):
        backup_due(None, datetime(2026, 1, 1))


def test_backups_leave_nothing_in_the_temp_directory(
    admin: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = tmp_path / "tmp"
    watched.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(watched))
    stick = tmp_path / "usb"
    stick.mkdir()
    path = run_backup(admin, stick, 3).path
    assert os.listdir(watched) == []
    assert os.listdir(stick) == [path.name]  # its working copy (encrypted) is gone too


# -- progress --------------------------------------------------------------------------------------


def test_backup_reports_monotone_progress_reaching_the_database_size(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    seed_demo(psy, pupils=200, incidents=20)
    seen: list[Progress] = []
    info = write_backup(psy, tmp_path / "usb" / "b.qbk", progress=seen.append, step_pages=16)
    _header, _slots, db = read_backup(tmp_path / "usb" / "b.qbk")
    assert info.size == (tmp_path / "usb" / "b.qbk").stat().st_size
    # Counted in bytes of the database: the copy is the first half, writing the file the rest.
    assert seen[-1] == Progress(len(db), len(db), seen[-1].seconds_left)
    assert {p.total for p in seen} == {len(db)}
    done = [p.done for p in seen]
    assert done == sorted(done) and done[0] < len(db) // 2 < done[-1]
    # Several steps of 16 pages (the meter passes on at most one report per 0.1 s, and always
    # the first and the last; every step is heard at the storage level, below).
    assert len(db) // 4096 >= 4 * 16
    assert len(seen) >= 2


def test_a_write_during_the_backup_neither_restarts_nor_tears_it(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    # The background delivery writes on its own connection while a backup runs: the copy stays
    # at the snapshot it started from (a restart would send progress back to zero, and never
    # end under steady writes).
    psy = vault_setup.open("psy")
    seed_demo(psy, pupils=120, incidents=10)
    before = pupil_service.list_pupils(psy, limit=1000)
    other = copy.copy(psy)
    other.db = psy.connect()
    pages: list[int] = []

    def copied(done: int, total: int) -> None:
        if not pages:
            pupil_service.create_pupil(
                other,
                PupilDraft(
                    iin=make_iin(date(2013, 1, 2), "M", 4242),
                    surname="Позднов",
                    name="Арман",
                    class_name="5А",
                ),
            )
        pages.append(done)

    target = tmp_path / "snap.db"
    try:
        psy.db.backup_to(target, psy.backup_key(), step_pages=8, progress=copied)
    finally:
        other.db.close()
    assert len(pages) > 3 and pages == sorted(pages)  # bytes copied, 8 pages a step
    copy_db = Database.open(target, psy.backup_key())
    try:
        assert copy_db.integrity_problems() == []
        assert copy_db.scalar("SELECT count(*) FROM pupils") == len(before)
    finally:
        copy_db.close()
    assert len(pupil_service.list_pupils(psy, limit=1000)) == len(before) + 1


def test_the_stepped_backup_writes_nothing_in_clear(
    vault_setup: VaultSetup, tmp_path: Path
) -> None:
    psy = vault_setup.open("psy")
    marker = "Маркерқызы"
    pupil_service.create_pupil(
        psy,
        PupilDraft(
            iin=make_iin(date(2013, 5, 6), "F", 77), surname=marker, name="Ая", class_name="4Б"
        ),
    )
    seed_demo(psy, pupils=40, incidents=4)
    stick = tmp_path / "usb"
    write_backup(psy, stick / "b.qbk", step_pages=8)
    assert [p.name for p in stick.iterdir()] == ["b.qbk"]  # the temp copy is gone
    raw = (stick / "b.qbk").read_bytes()
    for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le"), b"SQLite format 3"):
        assert encoded not in raw
    # ... and it is a whole vault: restored, the pupil is there.
    restored = VaultSetup(tmp_path / "restored", vault_setup.recovery_key)
    restore_backup(stick / "b.qbk", restored.data_dir)
    try:
        found = pupil_service.list_pupils(restored.open("psy"), query=marker)
        assert [p.surname for p in found] == [marker]
    finally:
        restored.close_all()
