"""Every user setting, declared once, typed, and stored with QSettings.

Settings hold preferences only — never personal data (no names, no logins, no passphrases):
QSettings files are not encrypted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from app.paths import is_platform_data_dir

T = TypeVar("T", str, int, bool)

LANGUAGES = ("ru", "kk", "en")
SETTINGS_FILE = "qorgau-settings.ini"  # inside a data directory given explicitly


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    type_: type[T]
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, raw: Any) -> T:
        """Turn what QSettings hands back (often a string) into the declared type."""
        if raw is None:
            return self.default
        try:
            if self.type_ is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true")
            elif self.type_ is int:
                value = int(raw)
                if self.minimum is not None:
                    value = max(self.minimum, value)
                if self.maximum is not None:
                    value = min(self.maximum, value)
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        return value  # type: ignore[no-any-return]


# -- the declarations -------------------------------------------------------------------------

LANGUAGE = Setting("ui/language", "", str)  # "" = not chosen yet (the wizard asks)
AUTOLOCK_MINUTES = Setting("security/autolock_minutes", 5, int, minimum=1, maximum=240)
WINDOW_GEOMETRY = Setting("ui/window_geometry", "", str)
# Server enrollment typed in the wizard before the sync module could use it. The one-time
# code identifies no person; it is deleted once enrollment succeeds.
PENDING_SERVER_URL = Setting("sync/pending_url", "", str)
PENDING_ENROLL_CODE = Setting("sync/pending_code", "", str)
# Automatic backups: the folder (often a USB stick; a path, never a file's content), how many
# of this vault's backups to keep there, and when the last one succeeded (UTC ISO-8601).
BACKUP_FOLDER = Setting("backup/folder", "", str)  # "" = automatic backups are off
BACKUP_KEEP = Setting("backup/keep", 7, int, minimum=1, maximum=365)
LAST_BACKUP_AT = Setting("backup/last_at", "", str)
# The folder of the file last opened or saved (documents, imports): where the next dialog starts.
LAST_FOLDER = Setting("ui/last_folder", "", str)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    AUTOLOCK_MINUTES,
    WINDOW_GEOMETRY,
    PENDING_SERVER_URL,
    PENDING_ENROLL_CODE,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    LAST_BACKUP_AT,
    LAST_FOLDER,
)


class SettingsStore:
    """Typed access to the declared settings.

    Without an explicit ``QSettings`` it uses the per-user INI file of the organisation
    "Qorgau" (tests redirect it with ``QSettings.setPath``).
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qs = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Qorgau", "Qorgau"
        )

    def get(self, setting: Setting[T]) -> T:
        return setting.coerce(self._qs.value(setting.key, setting.default))

    def set(self, setting: Setting[T], value: T) -> None:
        if setting not in ALL_SETTINGS:
            raise KeyError(f"undeclared setting {setting.key!r}")
        self._qs.setValue(setting.key, setting.coerce(value))
        self._qs.sync()

    def clear(self, setting: Setting[Any]) -> None:
        self._qs.remove(setting.key)
        self._qs.sync()

    @property
    def file_name(self) -> str:
        return self._qs.fileName()


def settings_for(data_dir: Path) -> SettingsStore:
    """The settings of the vault in ``data_dir``: the per-user file for the platform's own
    data directory, else ``data_dir/qorgau-settings.ini`` (a vault on a USB stick or a second
    vault keeps its own language and auto-lock)."""
    if is_platform_data_dir(data_dir):
        return SettingsStore()
    # Made here with the vault's permissions: QSettings would create it world-readable.
    Path(data_dir).mkdir(parents=True, exist_ok=True, mode=0o700)
    path = str(Path(data_dir) / SETTINGS_FILE)
    return SettingsStore(QSettings(path, QSettings.Format.IniFormat))
