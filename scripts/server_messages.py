"""Gettext catalogues of the server's web workspace (server/locale/{ru,kk,en}/.../messages.po).

    python scripts/server_messages.py                 # re-extract, update the .po files
    python scripts/server_messages.py --todo t.json   # untranslated ru/kk strings to fill in
    python scripts/server_messages.py --fill t.json   # write the filled-in translations
    python scripts/server_messages.py --check         # exit 1 if a string lacks ru or kk

Messages are `_("...")` in the templates and, in server/web.py, `ctx.gettext("...")`, the
literal title and detail of `WebError(status, "...", "...")` and the `messages = {...}` dicts
(translated when rendered). English is the source language: its .po keeps empty translations.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "server"
LOCALE = SERVER / "locale"
LANGUAGES = ("ru", "kk", "en")
TRANSLATED = ("ru", "kk")
_TEMPLATE_CALL = re.compile(r"""_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")


def _from_python(path: Path) -> set[str]:
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else node.func.id
                if isinstance(node.func, ast.Name)
                else ""
            )
            args: list[ast.expr] = []
            if name == "gettext":
                args = node.args[:1]
            elif name == "WebError":
                args = node.args[1:3]
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    found.add(arg.value)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            if any(isinstance(t, ast.Name) and t.id == "messages" for t in node.targets):
                for value in node.value.values:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.add(value.value)
    return found


def extract() -> list[str]:
    found: set[str] = set()
    for template in sorted((SERVER / "templates").glob("*.html")):
        for match in _TEMPLATE_CALL.finditer(template.read_text(encoding="utf-8")):
            text = match.group(1) if match.group(1) is not None else match.group(2)
            found.add(text.encode("utf-8").decode("unicode_escape") if "\\" in text else text)
    found |= _from_python(SERVER / "web.py")
    return sorted(found)


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "messages.po"


def load(language: str) -> dict[str, str]:
    path = po_path(language)
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {str(m.id): str(m.string or "") for m in catalog if m.id}


def save(language: str, translations: dict[str, str], messages: list[str]) -> None:
    catalog = Catalog(locale=language, project="Qorgau workspace", fuzzy=False)
    for message in messages:
        catalog.add(message, "" if language == "en" else translations.get(message, ""))
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--todo", type=Path)
    parser.add_argument("--fill", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    messages = extract()
    current = {language: load(language) for language in LANGUAGES}
    if args.check:
        problems = [
            f"{language}: {message!r}"
            for language in TRANSLATED
            for message in messages
            if not current[language].get(message)
        ]
        for language in LANGUAGES:
            stale = sorted(set(current[language]) - set(messages))
            problems += [f"{language}: not used any more: {m!r}" for m in stale]
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if args.fill is not None:
        filled = json.loads(args.fill.read_text(encoding="utf-8"))
        for message, values in filled.items():
            for language in TRANSLATED:
                if values.get(language):
                    current[language][message] = values[language]
    for language in LANGUAGES:
        save(language, current[language], messages)
    if args.todo is not None:
        todo = {
            message: {language: current[language].get(message, "") for language in TRANSLATED}
            for message in messages
            if any(not current[language].get(message) for language in TRANSLATED)
        }
        args.todo.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(todo)} message(s) to translate in {args.todo}")
    print(f"{len(messages)} message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
