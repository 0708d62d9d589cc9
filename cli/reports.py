"""The document commands of the command line: `qorgau report`, `certificate`, `protocol` and
`case-summary`.

Rendering needs Qt's GUI module (fonts, QTextDocument, QPdfWriter) but no screen: on Linux
the offscreen platform is used unless QT_QPA_PLATFORM names another. Documents are written in
the language chosen in the app's settings, else the system's (ru, kk or en).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from app.vault import Vault
from ui import documents

_keep: list[object] = []  # the application and translators live as long as the process


def _use_offscreen() -> bool:
    # On Linux a document needs fonts, never a screen: the offscreen platform reads the same
    # fontconfig fonts and does not abort when an X/Wayland plugin cannot load.
    return sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")


def ensure_application(data_dir: Path | None = None) -> None:
    """A QGuiApplication with the user's language installed (created once per process): the
    language of the settings that belong to ``data_dir`` (see ``settings_for``)."""
    if QCoreApplication.instance() is not None:
        return
    if _use_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication(["qorgau"])
    _keep.append(app)
    from ui.i18n import Translations, system_language
    from ui.settings_store import LANGUAGE, SettingsStore, settings_for

    store = settings_for(data_dir) if data_dir is not None else SettingsStore()
    translations = Translations(app)
    translations.set_language(store.get(LANGUAGE) or system_language())
    _keep.append(translations)


def _run(vault: Vault, write: Callable[[], Path]) -> int:
    ensure_application(vault.data_dir)
    path = write()
    print(f"wrote {path}")
    return 0


def run_report(vault: Vault, *, period: str, fmt: str, output: str, threshold: int = 3) -> int:
    return _run(
        vault,
        lambda: documents.export_period_report(
            vault, period, fmt, Path(output), threshold=threshold
        ),
    )


def run_certificate(vault: Vault, *, notification_id: str, output: str) -> int:
    return _run(vault, lambda: documents.export_certificate(vault, notification_id, Path(output)))


def run_protocol(vault: Vault, *, meeting_id: int, output: str) -> int:
    return _run(vault, lambda: documents.export_protocol(vault, meeting_id, Path(output)))


def run_case_summary(vault: Vault, *, pupil_id: int, sections: Iterable[str], output: str) -> int:
    return _run(
        vault, lambda: documents.export_case_summary(vault, pupil_id, sections, Path(output))
    )
