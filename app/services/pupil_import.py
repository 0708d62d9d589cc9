"""Importing and exporting the pupil list as CSV (DESIGN §7).

Import validates every row first (``app.pupil_csv``) and checks IINs against the vault. With
any problem it imports nothing unless ``skip_invalid``; otherwise the valid rows go in with one
transaction and one audit entry (``pupils.import``). A row that names a representative or a
phone also gets a representative record.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from app import clock
from app.errors import ValidationError
from app.progress import ProgressMeter, Reporter
from app.pupil_csv import PupilExport, PupilRow, RowError, parse_pupil_csv, write_pupil_csv
from app.storage import pupils as repo
from app.vault import Vault

__all__ = [
    "MAX_IMPORT_BYTES",
    "ImportReport",
    "export_pupils",
    "import_pupils",
    "read_import_file",
]

MAX_IMPORT_BYTES = 64 * 1024 * 1024
# Errors about the file as a whole rather than one of its rows.
_FILE_REASONS = frozenset({"missing_column", "duplicate_column", "empty"})


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, with ``dry_run``, would do).

    ``valid`` rows passed every check; ``imported`` of them were written (0 in a dry run or
    when errors stopped the import); ``skipped`` counts the rows with problems, which are listed
    in ``errors`` (file content) and ``duplicates_in_vault`` (IIN already in the vault).
    """

    imported: int
    skipped: int
    errors: tuple[RowError, ...]
    duplicates_in_vault: tuple[RowError, ...]
    valid: int = 0
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.duplicates_in_vault


def _values(row: PupilRow) -> repo.PupilValues:
    return repo.PupilValues(
        iin=row.iin,
        surname=row.surname,
        name=row.name,
        patronymic=row.patronymic or "",
        class_name=row.class_name,
        birth_date=row.birth_date,
        sex=row.sex,
        address=row.address or "",
    )


def read_import_file(path: Path) -> bytes:
    """The bytes of an import file, refusing devices and pipes (``/dev/zero`` never ends) and
    anything over the size limit before reading it all."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError("file", "not_a_file", f"{path} is not a regular file")
        if info.st_size > MAX_IMPORT_BYTES:
            raise ValidationError("file", "too_large", "the import file is larger than 64 MB")
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ValidationError("file", "unreadable", f"cannot read {path}: {exc.strerror}") from exc
    if len(data) > MAX_IMPORT_BYTES:  # it grew while we looked
        raise ValidationError("file", "too_large", "the import file is larger than 64 MB")
    return data


def import_pupils(
    vault: Vault,
    data: bytes,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Reporter | None = None,
) -> ImportReport:
    """Check ``data`` and import its rows (see the module docstring). ``progress`` hears the
    rows written of those to write (``app.progress.Progress``), from "0 of N" on."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError("file", "too_large", "the import file is larger than 64 MB")
    parsed = parse_pupil_csv(data)
    # Checked inside the write transaction, so nothing can slip in between check and insert.
    with vault.db.transaction():
        existing = repo.all_iins(vault.db)
        duplicates = tuple(
            RowError(row.line, "iin", "exists", row.iin)
            for row in parsed.rows
            if row.iin in existing
        )
        rows = [row for row in parsed.rows if row.iin not in existing]
        bad_lines = {e.line for e in (*parsed.errors, *duplicates) if e.reason not in _FILE_REASONS}
        file_error = any(e.reason in _FILE_REASONS for e in parsed.errors)
        stop = (bool(parsed.errors or duplicates) and not skip_invalid) or file_error
        imported = 0
        if rows and not stop and not dry_run:
            meter = ProgressMeter(len(rows), progress)
            meter.update(0)
            ids = repo.insert_many(
                vault.db, [_values(r) for r in rows], now=clock.now_iso(), done=meter.update
            )
            repo.insert_representatives(
                vault.db,
                (
                    (pid, row.representative or "", row.phone or "")
                    for pid, row in zip(ids, rows, strict=True)
                    if row.representative or row.phone
                ),
            )
            imported = len(ids)
            vault.audit("pupils.import", "pupil", "", f"count={imported}")
    return ImportReport(
        imported=imported,
        skipped=len(bad_lines),
        errors=parsed.errors,
        duplicates_in_vault=duplicates,
        valid=len(rows),
        dry_run=dry_run,
    )


def export_pupils(vault: Vault) -> bytes:
    """Every pupil as CSV (with the first representative's name and phone); audited."""
    rows = repo.export_rows(vault.db)
    # Best effort: on a full disk an export is how the data is rescued.
    vault.audit_best_effort("pupils.export", "pupil", "", f"count={len(rows)}")
    return write_pupil_csv(
        PupilExport(
            iin=r.iin,
            surname=r.surname,
            name=r.name,
            patronymic=r.patronymic or None,
            class_name=r.class_name,
            birth_date=r.birth_date,
            sex=r.sex,
            address=r.address or None,
            representative=r.representative or None,
            phone=r.phone or None,
        )
        for r in rows
    )
