"""Translations: Qorgau's own ``qorgau_{lang}.qm`` and Qt's ``qtbase_{lang}.qm``.

The ``.ts`` files in ``resources/i18n`` are the source of truth. A missing or stale ``.qm`` is
compiled with ``lrelease`` on first use (into the resource folder, or a cache folder when that
is read-only), so a fresh checkout works without a build step.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ui.settings_store import LANGUAGES

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


def lrelease_command() -> list[str] | None:
    """The lrelease tool shipped with PySide6 (or one on PATH)."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if bundled.exists():
        return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def _is_writable(folder: Path) -> bool:
    try:
        probe = folder / ".write-probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True


def compiled_qm(lang: str, i18n_dir: Path = I18N_DIR, name: str = "qorgau") -> Path | None:
    """The ``.qm`` for ``lang``, compiled from its ``.ts`` when missing or older."""
    ts = i18n_dir / f"{name}_{lang}.ts"
    qm = i18n_dir / f"{name}_{lang}.qm"
    if not ts.exists():
        return qm if qm.exists() else None
    if not _is_writable(i18n_dir):
        qm = Path(platformdirs.user_cache_dir("Qorgau", appauthor=False)) / "i18n" / qm.name
        qm.parent.mkdir(parents=True, exist_ok=True)
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    command = lrelease_command()
    if command is None:
        log.warning("lrelease not found; cannot compile %s", ts.name)
        return qm if qm.exists() else None
    result = subprocess.run(
        [*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        log.warning("lrelease failed for %s: %s", ts.name, result.stderr.strip())
        return qm if qm.exists() else None
    return qm


def system_language() -> str:
    """The UI language suggested by the system locale (ru, kk or en)."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "ru"


class Translations(QObject):
    """Installs and swaps the application's translators; switching applies at once.

    Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, which
    retranslates itself.

    Signals:
        language_changed(str): the new language code, after the translators were swapped.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, i18n_dir: Path = I18N_DIR) -> None:
        super().__init__(parent)
        self._i18n_dir = i18n_dir
        self._installed: list[QTranslator] = []
        self.language = ""

    def clear(self) -> None:
        """Remove the installed translators (source texts, English, are shown)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.language = ""

    def set_language(self, lang: str) -> bool:
        """Switch to ``lang``; returns False (keeping the current one) if it is unknown."""
        if lang not in LANGUAGES:
            return False
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before loading translations")
        self.clear()
        own = QTranslator(self)
        qm = compiled_qm(lang, self._i18n_dir)
        if qm is not None and own.load(str(qm)):
            self._installed.append(own)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self)
        if lang != "en":
            # Qt's own dialogs (file dialogs, message box buttons) in the same language.
            if qtbase.load(f"qtbase_{lang}", qt_dir):
                self._installed.append(qtbase)
            else:
                log.warning("Qt's translations qtbase_%s.qm not found in %s", lang, qt_dir)
            # Installed after qtbase, so consulted first: what the shipped qtbase lacks.
            extra = QTranslator(self)
            extra_qm = compiled_qm(lang, self._i18n_dir / "qt", "qtbase_extra")
            if extra_qm is not None and extra.load(str(extra_qm)):
                self._installed.append(extra)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        locale = QLocale(
            {
                "ru": QLocale.Language.Russian,
                "kk": QLocale.Language.Kazakh,
                "en": QLocale.Language.English,
            }[lang],
            QLocale.Country.Kazakhstan,
        )
        QLocale.setDefault(locale)
        self.language = lang
        self.language_changed.emit(lang)
        return True


def current_language() -> str:
    """The language whose translators are installed (from the default locale)."""
    return {QLocale.Language.Russian: "ru", QLocale.Language.Kazakh: "kk"}.get(
        QLocale().language(), "en"
    )
