"""Fill the unfinished messages of resources/i18n/qorgau_{ru,kk,en}.ts from a JSON file.

Workflow after new ``tr()`` strings were added to ui/:

    python scripts/update_translations.py                  # lupdate; new strings are unfinished
    python scripts/fill_translations.py --todo todo.json   # list them, with suggestions
    (edit todo.json: write "ru" and "kk" for every entry)
    python scripts/fill_translations.py todo.json          # check, fill, mark finished
    pytest tests/ui/test_i18n.py

The JSON file is a list of ``{"context": ..., "source": ..., "ru": ..., "kk": ...}`` (plus
``"comment"`` for a message with a disambiguation comment). Without ``context`` an entry applies
to that source in every context (a context-specific entry wins).
For a plural message (source with ``%n``) "ru" is a list of three forms (one, few, many); for
"kk" Qt keeps two forms that are normally the same, so one string fills both. English is the
source text and is filled automatically. Entries whose placeholders,
accelerator, HTML tags, final "…"/":" or surrounding spaces differ from the source are
rejected, and nothing is written while any entry is rejected. Use ``--force`` to re-translate
messages that are already finished.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.update_translations import I18N, LANGUAGES  # noqa: E402
from scripts.update_translations import main as run_lupdate  # noqa: E402

TRANSLATED = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
# Words that stay as they are in every language: the product, formats, keys, file patterns.
KEEP = re.compile(
    r"Qorgau|QR|CSV|PDF|Excel|SHA-256|Ed25519|replaced-|Caps Lock|Ctrl\+\w|\*?\.[a-z]{2,4}\b|\(\*\)|;;"
)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
KAZAKH_LETTER = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")

Key = tuple[str, str, str]  # context, source, disambiguation comment
Text = str | list[str]


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def translation_problems(source: str, text: Text, lang: str) -> list[str]:
    """Why ``text`` is not an acceptable ``lang`` translation of ``source`` (empty: fine)."""
    forms = text if isinstance(text, list) else [text]
    if not forms or any(not form.strip() for form in forms):
        return ["empty"]
    bad: list[str] = []
    for form in forms:
        if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source)) and not (
            # A plural form may leave out %n ("one" in Russian is often written as a word).
            isinstance(text, list)
            and Counter(PLACEHOLDER.findall(form.replace("%n", "")))
            == Counter(PLACEHOLDER.findall(source.replace("%n", "")))
        ):
            bad.append(f"placeholders differ: {form!r}")
        if accelerators(form) != accelerators(source):
            bad.append(f"accelerator (&) differs: {form!r}")
        if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
            bad.append(f"HTML tags differ: {form!r}")
        if form.count("\n") != source.count("\n"):
            bad.append(f"line breaks differ: {form!r}")
        if (form[:1].isspace(), form[-1:].isspace()) != (
            source[:1].isspace(),
            source[-1:].isspace(),
        ):
            bad.append(f"leading/trailing space differs: {form!r}")
        for end in ("…", ":"):
            if source.rstrip().endswith(end) != form.rstrip().endswith(end):
                bad.append(
                    f"the source {'ends' if source.endswith(end) else 'does not end'} with {end!r}: {form!r}"
                )
        if lang in TRANSLATED:
            words = LATIN_WORD.findall(KEEP.sub(" ", PLACEHOLDER.sub(" ", form)))
            if form == source and words:
                bad.append("identical to the English source")
            elif words:
                bad.append(f"untranslated English words {words}: {form!r}")
            elif LATIN_WORD.search(
                KEEP.sub(" ", PLACEHOLDER.sub(" ", source))
            ) and not CYRILLIC.search(form):
                bad.append(f"no Cyrillic text: {form!r}")
    return bad


# -- reading and writing .ts files ----------------------------------------------------------


def load(lang: str) -> ET.ElementTree[ET.Element]:
    return ET.parse(I18N / f"qorgau_{lang}.ts")  # noqa: S314 - our own file


def messages(tree: ET.ElementTree[ET.Element]) -> list[tuple[Key, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found.append((key, message))
    return found


def current(message: ET.Element) -> tuple[Text, str | None]:
    translation = message.find("translation")
    if translation is None:
        return "", "missing"
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")], translation.get(
            "type"
        )
    return translation.text or "", translation.get("type")


def is_live(message: ET.Element) -> bool:
    kind = current(message)[1]
    return kind not in ("obsolete", "vanished")


def set_text(message: ET.Element, text: Text) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text]
        slots = list(translation.iter("numerusform")) or [ET.SubElement(translation, "numerusform")]
        for index, slot in enumerate(slots):
            slot.text = forms[min(index, len(forms) - 1)]
    else:
        translation.text = text if isinstance(text, str) else text[0]


def save(lang: str, tree: ET.ElementTree[ET.Element]) -> None:
    path = I18N / f"qorgau_{lang}.ts"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


# -- the two commands -----------------------------------------------------------------------


def finished_elsewhere(lang: str) -> dict[str, Text]:
    """Finished translations by source text, to suggest for the same source in a new context."""
    suggestions: dict[str, Text] = {}
    for (_, source, _), message in messages(load(lang)):
        text, kind = current(message)
        if kind is None and not translation_problems(source, text, lang):
            suggestions.setdefault(source, text)
    return suggestions


def write_todo(path: Path, force: bool) -> int:
    suggestions = {lang: finished_elsewhere(lang) for lang in TRANSLATED}
    todo: dict[Key, dict[str, object]] = {}
    for tree in (load(lang) for lang in TRANSLATED):
        for key, message in messages(tree):
            text, kind = current(message)
            if not is_live(message) or (kind is None and not force and text):
                continue
            entry = todo.setdefault(key, {"context": key[0], "source": key[1]})
            if key[2]:
                entry["comment"] = key[2]
            if message.get("numerus") == "yes":
                entry["numerus"] = True
            for other in TRANSLATED:
                entry.setdefault(other, suggestions[other].get(key[1], ""))
    path.write_text(json.dumps(list(todo.values()), ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(todo)} message(s) to translate written to {path}")
    return 0


def apply(paths: list[Path], force: bool, normalize: bool) -> int:
    by_key: dict[Key, dict[str, Text]] = {}
    by_source: dict[str, dict[str, Text]] = {}
    for path in paths:
        for entry in json.loads(path.read_text("utf-8")):
            texts = {lang: entry[lang] for lang in TRANSLATED if entry.get(lang)}
            if entry.get("context"):
                key = (entry["context"], entry["source"], entry.get("comment", ""))
                by_key.setdefault(key, {}).update(texts)
            else:
                by_source.setdefault(entry["source"], {}).update(texts)

    rejected: list[str] = []
    changed = Counter[str]()
    trees = {lang: load(lang) for lang in LANGUAGES}
    for lang, tree in trees.items():
        for key, message in messages(tree):
            if not is_live(message):
                continue
            text, kind = current(message)
            if kind is None and text and not force:
                continue
            if lang == "en":
                new: Text | None = key[1]
                if message.get("numerus") == "yes":
                    new = [key[1], key[1]]
            else:
                new = by_key.get(key, {}).get(lang)
                if new is None and not key[2]:  # a disambiguated message needs its own entry
                    new = by_source.get(key[1], {}).get(lang)
            if new is None or (new == text and kind is None):
                continue
            bad = translation_problems(key[1], new, lang)
            if bad:
                rejected.append(f"{lang} {key[0]}: {key[1]!r}: " + "; ".join(bad))
                continue
            set_text(message, new)
            changed[lang] += 1
    if rejected:
        print("\n".join(rejected), file=sys.stderr)
        print(f"{len(rejected)} translation(s) rejected; nothing was written.", file=sys.stderr)
        return 1
    for lang, tree in trees.items():
        save(lang, tree)
    if normalize:
        run_lupdate(["--silent"])  # back to lupdate's own layout, so diffs stay small
    for lang, tree in {lang: load(lang) for lang in LANGUAGES}.items():
        live = [m for _, m in messages(tree) if is_live(m)]
        left = sum(1 for m in live if current(m)[1] is not None)
        print(f"{lang}: {changed[lang]} filled, {len(live)} messages, {len(live) - left} finished")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON files with translations")
    parser.add_argument("--todo", type=Path, help="write the unfinished messages to this file")
    parser.add_argument("--force", action="store_true", help="also replace finished messages")
    parser.add_argument(
        "--no-normalize", action="store_true", help="do not re-run lupdate after writing"
    )
    args = parser.parse_args(argv)
    if args.todo:
        return write_todo(args.todo, args.force)
    return apply(args.files, args.force, not args.no_normalize)


if __name__ == "__main__":
    raise SystemExit(main())
