"""DESIGN.md §2 rules that are not import directions.

The dependency direction between packages and the layers of ui/ are import-linter contracts
([tool.importlinter] in pyproject.toml), run by `make lint` and so by `make test`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

DRIVER = "sqlcipher3"


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from sync import protocol` is an import of sync.protocol
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_only_app_storage_touches_the_sqlcipher_driver() -> None:
    violations = []
    for package in ("app", "ui", "cli", "sync", "server", "benchmarks"):
        for path in python_files(package):
            rel = path.relative_to(ROOT)
            if rel.parts[:2] == ("app", "storage"):
                continue
            for line, module in imports_of(path):
                if module.split(".")[0] == DRIVER:
                    violations.append(f"{rel}:{line}")
    assert violations == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import PySide6.QtCore\nfrom ui.main import x\n")
    assert [m for _, m in imports_of(bad)] == ["PySide6.QtCore", "ui.main.x"]


# A broken import must fail loudly: no optional modules looked up at run time and no
# fallbacks when an import fails (packaging/qorgau_bundle_selfcheck.py checks the bundle and
# lives outside these packages).
DYNAMIC_IMPORTS = {"import_module", "find_spec", "__import__"}
IMPORT_ERRORS = {"ImportError", "ModuleNotFoundError"}


def import_indirections(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in DYNAMIC_IMPORTS:
                found.append(f"{node.lineno}: {name}()")
        elif isinstance(node, ast.ExceptHandler) and node.type is not None:
            caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            names = {getattr(c, "id", getattr(c, "attr", "")) for c in caught}
            if names & IMPORT_ERRORS:
                found.append(f"{node.lineno}: except {sorted(names & IMPORT_ERRORS)[0]}")
    return found


@pytest.mark.parametrize("package", ["app", "ui", "cli", "sync", "server", "benchmarks"])
def test_no_import_indirection(package: str) -> None:
    violations = [
        f"{path.relative_to(ROOT)}:{where}"
        for path in python_files(package)
        for where in import_indirections(path)
    ]
    assert violations == []


def test_the_indirection_checker_sees_one(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import importlib\n"
        "try:\n    import x\nexcept (ValueError, ImportError):\n    pass\n"
        "m = importlib.import_module('y')\n"
    )
    assert import_indirections(bad) == ["4: except ImportError", "6: import_module()"]
