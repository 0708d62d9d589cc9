"""Open and Save-as dialogs that start where the user expects and speak the app's language.

They start in the folder used last (remembered in the settings: a folder path, no content),
else the user's Documents, else the home folder — never the process's working directory. Qt's
own texts in them ("Look in:", "Cancel", column titles) come from the ``qtbase`` translations
that ``ui.i18n`` installs with the language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.settings_store import LAST_FOLDER, SettingsStore


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(store: SettingsStore | None = None) -> Path:
    """The last folder used if it still exists, else Documents, else home."""
    last = (store or SettingsStore()).get(LAST_FOLDER)
    for candidate in (Path(last) if last else None, documents_folder(), Path.home()):
        if candidate is not None and candidate.is_dir():
            return candidate
    return Path.home()


def remember_folder(path: Path, store: SettingsStore | None = None) -> None:
    (store or SettingsStore()).set(LAST_FOLDER, str(path.parent))


def ask_save_path(
    parent: QWidget | None,
    title: str,
    name: str,
    filters: str,
    suffix: str,
    *,
    store: SettingsStore | None = None,
) -> Path | None:
    """Save as… with ``name`` proposed; the suffix is added when the user left it out."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(store) / name), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")
    remember_folder(path, store)
    return path


def ask_open_path(
    parent: QWidget | None, title: str, filters: str, *, store: SettingsStore | None = None
) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder(store)), filters)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path, store)
    return path
