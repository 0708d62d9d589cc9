"""Collect the user-visible strings of ui/ into resources/i18n/qorgau_{ru,kk,en}.ts.

Runs pyside6-lupdate over every Python file in ui/. Existing translations are kept; new
strings arrive marked unfinished, and tests/ui/test_i18n.py fails until they are translated
(``scripts/fill_translations.py --todo todo.json`` lists them; see that script for the rest).
Usage: python scripts/update_translations.py [--no-obsolete] [--silent]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "kk", "en")
UNFINISHED = 'type="unfinished"'


def lupdate_command() -> list[str]:
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / (
        "lupdate.exe" if sys.platform == "win32" else "lupdate"
    )
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found; install PySide6")
    return [found]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    I18N.mkdir(parents=True, exist_ok=True)
    extra = ["-no-obsolete"] if "--no-obsolete" in args else []
    if "--silent" in args or "-silent" in args:
        extra.append("-silent")
    for lang in LANGUAGES:
        ts = I18N / f"qorgau_{lang}.ts"
        command = [
            *lupdate_command(),
            *extra,
            "-locations",
            "none",
            "-target-language",
            lang,
            *sources(),
            "-ts",
            str(ts),
        ]
        subprocess.run(command, cwd=ROOT, check=True)
        if "-silent" not in extra:
            unfinished = ts.read_text("utf-8").count(UNFINISHED)
            print(f"    unfinished in {ts.name}: {unfinished}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
