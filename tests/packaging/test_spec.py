"""Fast checks of the installer files (packaging/); nothing is built here.

The build itself is checked by packaging/build_linux.sh in CI, which runs the bundle.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "qorgau.spec"
DESKTOP = PACKAGING / "linux" / "qorgau.desktop"
ISS = PACKAGING / "windows" / "qorgau.iss"
CODE_PACKAGES = ("app", "ui", "cli", "sync")


def spec_constants() -> dict[str, Any]:
    """The spec's top-level literal assignments (DATA, LANGUAGES, EXCLUDED_QT, ...)."""
    found: dict[str, Any] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    pass
    return found


def code_files() -> list[Path]:
    return [p for package in CODE_PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]


def bundled_folders() -> set[str]:
    spec = spec_constants()
    return {dest for _pattern, dest in spec["DATA"]} | {spec["I18N_DEST"]}


def resource_folders_read_by_code() -> set[str]:
    """``resources/<x>`` folders named in the code, and packages read with importlib.resources."""
    named = re.compile(r"""["']resources["']\s*/\s*["']([\w.-]+)["']""")
    package_data = re.compile(r"""resources\.files\(\s*["']([\w.]+)["']\s*\)""")
    folders: set[str] = set()
    for path in code_files():
        text = path.read_text(encoding="utf-8")
        folders.update(f"resources/{name}" for name in named.findall(text))
        folders.update(name.replace(".", "/") for name in package_data.findall(text))
    return folders


def test_the_spec_is_valid_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_code_lookups_were_found() -> None:
    # guards the scan below against silently finding nothing
    assert {
        "resources/rules",
        "resources/names",
        "resources/i18n",
        "app/storage/migrations",
    } <= resource_folders_read_by_code()


def test_spec_bundles_every_data_folder_the_code_reads() -> None:
    missing = resource_folders_read_by_code() - bundled_folders()
    assert missing == set(), f"folders the code reads but the bundle lacks: {sorted(missing)}"


def test_spec_places_data_where_the_modules_look_for_it() -> None:
    from app.rules import DEFAULT_RULES_FILE
    from app.synthetic import NAMES_DIR
    from ui.i18n import I18N_DIR

    spec = spec_constants()
    rules = DEFAULT_RULES_FILE.relative_to(ROOT).as_posix()
    assert any(fnmatch(rules, pattern) for pattern, _dest in spec["DATA"])
    for folder in (DEFAULT_RULES_FILE.parent, NAMES_DIR, I18N_DIR):
        assert folder.relative_to(ROOT).as_posix() in bundled_folders()


def test_every_file_in_a_bundled_folder_is_matched() -> None:
    """A new data file of another kind must not be left out silently."""
    spec = spec_constants()
    patterns = [pattern for pattern, _dest in spec["DATA"]]
    for folder in {pattern.rsplit("/", 1)[0] for pattern in patterns}:
        for path in (ROOT / folder).iterdir():
            if path.is_dir() or path.suffix in (".py", ".pyc"):
                continue
            rel = path.relative_to(ROOT).as_posix()
            assert any(fnmatch(rel, pattern) for pattern in patterns), f"{rel} is not bundled"
        assert list((ROOT).glob(f"{folder}/*")), folder


def test_translations_are_compiled_for_every_language() -> None:
    from ui.settings_store import LANGUAGES

    spec = spec_constants()
    assert tuple(spec["LANGUAGES"]) == LANGUAGES
    sources = {p.stem.removeprefix("qorgau_") for p in (ROOT / spec["I18N_SOURCE"]).glob("*.ts")}
    assert sources == set(LANGUAGES)
    # only compiled .qm files go into the bundle, never the .ts sources
    assert not any(pattern.endswith((".ts", "/*")) for pattern, _dest in spec["DATA"])


def test_qt_modules_the_code_uses_are_not_excluded() -> None:
    used = set()
    for path in code_files():
        used.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = set(spec_constants()["EXCLUDED_QT"])
    assert used & excluded == set()
    for heavy in (
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "Qt3DCore",
        "QtQuick",
        "QtQml",
        "QtMultimedia",
        "QtBluetooth",
    ):
        assert heavy in excluded


def test_server_is_left_out_and_not_imported_by_the_desktop_program() -> None:
    excluded = set(spec_constants()["EXCLUDED_PYTHON"])
    assert {"server", "fastapi", "uvicorn"} <= excluded
    imports = re.compile(r"^\s*(?:from|import)\s+(server|fastapi|uvicorn)\b", re.MULTILINE)
    offenders = [str(p.relative_to(ROOT)) for p in code_files() if imports.search(p.read_text())]
    assert offenders == []


def test_entry_point_is_the_qorgau_console_script() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"]["qorgau"] == "cli.main:main"
    entry = (PACKAGING / "qorgau_entry.py").read_text(encoding="utf-8")
    assert "from cli.main import main" in entry
    spec = SPEC.read_text(encoding="utf-8")
    assert 'ENTRY = PACKAGING / "qorgau_entry.py"' in spec
    assert '"qorgau_bundle_selfcheck"' in spec
    assert (PACKAGING / "qorgau_bundle_selfcheck.py").exists()


def test_self_check_imports_every_runtime_dependency() -> None:
    """The bundle's self-check imports each dependency, so a lazily imported one is not lost."""
    loader = importlib.util.spec_from_file_location(
        "qorgau_bundle_selfcheck", PACKAGING / "qorgau_bundle_selfcheck.py"
    )
    assert loader is not None and loader.loader is not None
    selfcheck = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(selfcheck)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = {
        re.split(r"[<>=!~;\[\s]", dep, maxsplit=1)[0]
        for dep in pyproject["project"]["dependencies"]
    }
    assert names == set(selfcheck.DEPENDENCIES)
    # The server's dependencies live in the `server` extra and stay out of the bundle.
    import_name = {"python-multipart": "multipart"}
    server = {
        import_name.get(name, name)
        for name in (
            re.split(r"[<>=!~;\[\s]", dep, maxsplit=1)[0]
            for dep in pyproject["project"]["optional-dependencies"]["server"]
        )
    }
    assert server == set(selfcheck.SERVER_ONLY)
    assert set(selfcheck.SERVER_ONLY) <= set(spec_constants()["EXCLUDED_PYTHON"])


@pytest.fixture(scope="module")
def desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"), source=str(DESKTOP))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys(desktop: configparser.SectionProxy) -> None:
    assert desktop["Type"] == "Application"
    assert desktop["Icon"] == "qorgau"
    assert desktop["Exec"].split()[0] == "qorgau"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"] == "Office;Education;"
    for key in ("Name", "Comment", "GenericName"):
        for lang in ("", "[ru]", "[kk]"):
            assert desktop[key + lang].strip(), key + lang
    assert re.search("[А-Яа-яЁё]", desktop["Comment[ru]"])
    assert re.search("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]", desktop["Comment[kk]"])  # Kazakh letters


def test_icons_exist_and_are_well_formed() -> None:
    icons = ROOT / "resources" / "icons"
    png = (icons / "qorgau.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    svg = ET.parse(icons / "qorgau.svg").getroot()  # noqa: S314 - our own file
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    ico = (icons / "qorgau.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4


@pytest.fixture(scope="module")
def iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs the BOM to read UTF-8"
    return raw.decode("utf-8-sig")


def iss_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if not line.lstrip().startswith(";")]


def test_installer_is_per_user(iss: str) -> None:
    lines = iss_lines(iss)
    assert "PrivilegesRequired=lowest" in lines
    assert not any(line.startswith("PrivilegesRequiredOverridesAllowed") for line in lines)
    assert "DefaultDirName={autopf}\\{#AppName}" in lines
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in lines)
    desktop_icon = [line for line in lines if line.startswith('Name: "desktopicon"')]
    assert desktop_icon and "Flags: unchecked" in desktop_icon[0]


def test_installer_installs_the_bundle_the_spec_builds(iss: str) -> None:
    from app.paths import APP_NAME

    assert '#define BundleDir "..\\..\\dist\\qorgau"' in iss
    assert f'#define AppName "{APP_NAME}"' in iss
    assert '#define GuiExe "qorgauw.exe"' in iss
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="qorgauw", console=False' in spec
    assert 'name="qorgau",\n)' in spec  # the COLLECT folder: dist/qorgau


def test_uninstall_keeps_the_data_unless_asked(iss: str) -> None:
    code = iss.split("\n[Code]\n", 1)[1]
    assert "procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);" in code
    assert "usPostUninstall" in code
    # the data folder is the one app/paths.py uses on Windows, not the program folder
    assert "ExpandConstant('{localappdata}\\{#AppName}')" in code
    assert "{app}" not in code
    # silent uninstalls keep the data; deleting needs "No" to keeping, then "Yes" to deleting
    silent = code.index("if UninstallSilent() then")
    keep = code.index("mbConfirmation, MB_YESNO or MB_DEFBUTTON1, IDYES) = IDYES then")
    confirm = code.index("mbCriticalError, MB_YESNO or MB_DEFBUTTON2, IDNO) <> IDYES then")
    delete = code.index("DelTree(Dir, True, True, True);")
    assert silent < keep < confirm < delete
    for lang in ("en", "ru"):
        for message in ("DeleteDataQuestion", "DeleteDataConfirm", "DataKept"):
            assert f"\n{lang}.{message}=" in iss


def test_ci_builds_the_bundle_after_the_tests() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines.index("make test") < lines.index("bash packaging/build_linux.sh")
    script = (PACKAGING / "build_linux.sh").read_text(encoding="utf-8")
    for step in ("--version", "QORGAU_BUNDLE_SELFCHECK=1", " init ", "seed-demo", " check "):
        assert step in script, step
