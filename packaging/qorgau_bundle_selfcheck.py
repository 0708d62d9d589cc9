"""Checks run inside the frozen bundle (``QORGAU_BUNDLE_SELFCHECK=1 dist/qorgau/qorgau``).

Each check goes through the same lookup the program uses (``app.rules``, ``app.synthetic``,
``app.storage.migrate``, ``ui.i18n``), so a data file the spec forgot, or a lookup that breaks
when frozen, fails here rather than on a user's machine. Prints one line per check and
returns 1 if any failed.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import pkgutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

# Modules the spec excludes: finding one means the exclusion stopped working.
MUST_BE_ABSENT = (
    "server",
    "fastapi",
    "uvicorn",
    "jinja2",
    "pyotp",
    "starlette",
    "pydantic",
    "pytest",
    "hypothesis",
    "tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtBluetooth",
)
# Every run-time dependency in pyproject.toml -> the module to import (some are imported only
# on first use, e.g. openpyxl for XLSX import). tests/packaging/test_spec.py keeps this in step
# with pyproject.toml.
DEPENDENCIES = {
    "sqlcipher3": "sqlcipher3",
    "cryptography": "cryptography.hazmat.primitives.kdf.argon2",
    "platformdirs": "platformdirs",
    "requests": "requests",
    "openpyxl": "openpyxl",
    "PySide6-Essentials": "PySide6.QtWidgets",
    "zxcvbn": "zxcvbn",
    "segno": "segno",
}
# Import names of pyproject's `server` extra: the desktop bundle leaves them out.
SERVER_ONLY = (
    "fastapi",
    "uvicorn",
    "jinja2",
    "babel",
    "pyotp",
    "multipart",
    "pydantic",
    "starlette",
    "anyio",
    "psycopg",
    "httptools",
)
PLATFORM_PLUGIN = {"linux": "libqxcb.so", "win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}


def bundle_root() -> Path:
    return Path(getattr(sys, "_MEIPASS", "")).resolve()


def _inside(path: Path, what: str) -> str:
    root = bundle_root()
    if not path.resolve().is_relative_to(root):
        raise AssertionError(f"{what} is looked up outside the bundle: {path}")
    if not path.exists():
        raise AssertionError(f"missing from the bundle: {what} ({path})")
    return str(path.relative_to(root))


def check_frozen() -> str:
    if not getattr(sys, "frozen", False) or not hasattr(sys, "_MEIPASS"):
        raise AssertionError("not running from a PyInstaller bundle")
    return str(bundle_root())


def check_rules() -> str:
    os.environ.pop("QORGAU_RULES_FILE", None)
    from app.rules import DEFAULT_RULES_FILE, load_rules

    where = _inside(DEFAULT_RULES_FILE, "the rules file")
    rules = load_rules()
    return f"{where}: {rules!r}"[:120]


def check_migrations() -> str:
    from app.storage.migrate import LATEST_VERSION, available_migrations

    shipped = sorted((bundle_root() / "app" / "storage" / "migrations").glob("*.sql"))
    found = available_migrations()
    if not found or len(found) != len(shipped) or LATEST_VERSION != found[-1].version:
        raise AssertionError(f"{len(found)} migrations found, {len(shipped)} .sql files shipped")
    return f"{len(found)} migrations, latest {LATEST_VERSION}"


def check_names() -> str:
    from app.synthetic import NAMES_DIR, name_list

    where = _inside(NAMES_DIR, "the synthetic name lists")
    stems = sorted(p.stem for p in NAMES_DIR.glob("*.txt"))
    if not stems:
        raise AssertionError(f"no name lists in {where}")
    total = sum(len(name_list(stem)) for stem in stems)
    return f"{where}: {len(stems)} lists, {total} entries"


def _application() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ui.i18n import I18N_DIR, compiled_qm
    from ui.settings_store import LANGUAGES

    _application()
    where = _inside(I18N_DIR, "the translations folder")
    if list(I18N_DIR.glob("*.ts")):
        raise AssertionError(".ts sources were shipped; the bundle must carry only .qm")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for lang in LANGUAGES:
        qm = compiled_qm(lang)
        if qm is None:
            raise AssertionError(f"no qorgau_{lang}.qm in {where}")
        own = QTranslator()
        if not own.load(str(qm)) or own.isEmpty():
            raise AssertionError(f"{qm.name} does not load or is empty")
        if lang != "en" and not QTranslator().load(f"qtbase_{lang}", qt_dir):
            raise AssertionError(f"Qt's own qtbase_{lang}.qm is missing from {qt_dir}")
    return f"{where}: {', '.join(LANGUAGES)} (and Qt's qtbase)"


def check_qt() -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QIcon, QImageReader
    from PySide6.QtNetwork import QNetworkAccessManager
    from PySide6.QtPrintSupport import QPrinter

    _application()
    QPrinter()
    QNetworkAccessManager()
    icon = bundle_root() / "resources" / "icons" / "qorgau.png"
    _inside(icon, "the application icon")
    if QIcon(str(icon)).isNull():
        raise AssertionError("the application icon does not load")
    plugin = PLATFORM_PLUGIN.get(sys.platform)
    if plugin:
        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        _inside(plugins / "platforms" / plugin, "the desktop platform plugin")
    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    return f"QtPrintSupport, QtNetwork, icon; image formats: {' '.join(formats)}"


def check_modules() -> str:
    count = 0
    for package in ("app", "ui", "cli", "sync"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            importlib.import_module(info.name)
            count += 1
    if count < 10:
        raise AssertionError(f"only {count} modules found: pkgutil cannot see the frozen packages")
    return f"{count} modules of app, ui, cli and sync import"


def check_dependencies() -> str:
    for module in DEPENDENCIES.values():
        importlib.import_module(module)
    import certifi
    import requests.utils

    _inside(Path(requests.utils.DEFAULT_CA_BUNDLE_PATH), "the CA bundle for HTTPS")
    _inside(Path(certifi.where()), "certifi's CA bundle")
    return ", ".join(DEPENDENCIES)


def check_excluded() -> str:
    present = []
    for name in MUST_BE_ABSENT:
        try:
            if importlib.util.find_spec(name) is not None:
                present.append(name)
        except ImportError:
            pass
    if present:
        raise AssertionError(f"excluded modules are in the bundle: {', '.join(present)}")
    return f"{len(MUST_BE_ABSENT)} excluded modules absent"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("frozen", check_frozen),
    ("rules", check_rules),
    ("migrations", check_migrations),
    ("names", check_names),
    ("translations", check_translations),
    ("qt", check_qt),
    ("modules", check_modules),
    ("dependencies", check_dependencies),
    ("excluded", check_excluded),
]


def run() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:  # report every failing check, not just the first
            failed += 1
            print(f"FAIL {name}: {exc}", file=sys.stderr)
            traceback.print_exc(limit=3)
        else:
            print(f"ok   {name}: {detail}")
    if failed:
        print(f"selfcheck: {failed} of {len(CHECKS)} checks FAILED", file=sys.stderr)
    else:
        print(f"selfcheck: all {len(CHECKS)} checks ok")
    return 1 if failed else 0
