"""Every user-visible string in ui/ has a finished translation in ru, kk and en.

The strings are what pyside6-lupdate extracts from ui/ right now, so a new ``tr()`` call
without translations fails here until ``scripts/update_translations.py`` is run and the
three .ts files are completed (``scripts/fill_translations.py`` helps). A translation counts
only if it keeps the placeholders, accelerator and HTML tags of the source, and the Russian and
Kazakh ones are not the English text (product names and codes aside); English is the source.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from scripts.fill_translations import KAZAKH_LETTER, translation_problems
from scripts.update_translations import lupdate_command
from ui.i18n import I18N_DIR, Translations, compiled_qm, lrelease_command

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ru", "kk", "en")
# The desktop shell (this file's own concern); the record forms and lists are checked by
# the test over all of ui/.
SHELL = (
    "app",
    "pages/dashboard",
    "errors",
    "i18n",
    "lock",
    "main_window",
    "pages/notifications",
    "pages/settings",
    "settings_store",
    "dialogs/signin",
    "dialogs/wizard",
    "background/workers",
)

Message = tuple[str, str, str]  # context, source, disambiguation comment
Text = str | list[str]  # a plural message has one text per numerus form


def extract(files: list[Path], tmp: Path) -> set[Message]:
    out = tmp / "extracted.ts"
    subprocess.run(
        [*lupdate_command(), "-silent", "-locations", "none", *map(str, files), "-ts", str(out)],
        check=True,
        cwd=ROOT,
    )
    return set(read_ts(out))


def read_ts(path: Path) -> dict[Message, tuple[Text, str | None]]:
    found: dict[Message, tuple[Text, str | None]] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text: Text = translation.text or ""
            if message.get("numerus") == "yes":
                text = [form.text or "" for form in translation.iter("numerusform")]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = (text, translation.get("type"))
    return found


def problems(extracted: set[Message], lang: str) -> list[str]:
    catalogue = read_ts(I18N_DIR / f"qorgau_{lang}.ts")
    bad = []
    for context, source, comment in sorted(extracted):
        if not context or (context == "QCoreApplication" and comment):
            # e.g. ``tr = QCoreApplication.translate; tr("Ctx", "Text")``: lupdate reads it as
            # self.tr("Ctx", "Text") — call QCoreApplication.translate(...) by its full name.
            bad.append(f"lupdate cannot see the context of {source!r} / {comment!r}")
            continue
        text, kind = catalogue.get((context, source, comment), ("", "missing"))
        if kind is not None:
            bad.append(f"{context}: {source!r} is {kind}")
        elif lang == "en" and any(
            form != source for form in ([text] if isinstance(text, str) else text)
        ):
            bad.append(f"{context}: {source!r} -> {text!r} is not the English source")
        else:
            bad.extend(
                f"{context}: {source!r}: {reason}"
                for reason in translation_problems(source, text, lang)
            )
    return bad


@pytest.fixture(scope="module")
def all_strings(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    files = sorted((ROOT / "ui").rglob("*.py"))
    return extract(files, tmp_path_factory.mktemp("lupdate"))


@pytest.fixture(scope="module")
def shell_strings(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    files = [ROOT / "ui" / f"{name}.py" for name in SHELL]
    return extract(files, tmp_path_factory.mktemp("lupdate-shell"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shell_strings_are_translated(shell_strings: set[Message], lang: str) -> None:
    assert len(shell_strings) > 150
    assert problems(shell_strings, lang) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ui_string_is_translated(all_strings: set[Message], lang: str) -> None:
    assert len(all_strings) > 500  # lupdate really saw ui/ (pupil list, card, forms, pages)
    bad = problems(all_strings, lang)
    assert bad == [], f"{len(bad)} missing or bad in {lang}: " + "\n".join(bad[:40])


def test_kazakh_is_kazakh_not_russian(all_strings: set[Message]) -> None:
    kk = read_ts(I18N_DIR / "qorgau_kk.ts")
    ru = read_ts(I18N_DIR / "qorgau_ru.ts")
    texts = [
        str(kk[m][0]) for m in all_strings if m in kk and re.search(r"[а-я]{4}", str(kk[m][0]))
    ]
    with_letters = [t for t in texts if KAZAKH_LETTER.search(t)]
    assert len(with_letters) > 0.6 * len(texts), "Kazakh text without ә ғ қ ң ө ұ ү һ і"
    same = [
        m
        for m in all_strings
        if m in kk and m in ru and len(str(kk[m][0])) > 20 and kk[m][0] == ru[m][0]
    ]
    assert same == [], f"Kazakh copied from Russian: {same[:10]}"


# Issue 13 "Words": the terms as the ministry writes them, and the words they replace. The
# translations (what ui/ shows) and the rules file (category, recipient and follow-up names,
# shown as they are) are both checked.
RULES_FILE = ROOT / "resources" / "rules" / "kz-2026.toml"
WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # language: (terms that must appear, words that must not)
    "kk": (
        (
            "профилактика кеңесі",
            "жәбірлеу (буллинг)",
            "зардап шеккен",
            "қатыгездік көрсету",
            "111 байланыс орталығы",
            "зардап шеккен балаларға көмек кабинеті",
        ),
        (
            "құқық бұзушылықтың алдын алу кеңесі",
            "қорлау",
            "жәбірленуші",
            "сенім телефоны",
            "балаға қолайлы кабинет",
            "жаңа сабаққа келмеу",
        ),
    ),
    "ru": (
        (
            "совет профилактики",
            "травля (буллинг)",
            "контакт-центр 111",
            "кабинет помощи детям, пострадавшим от насилия",
            "правоохранительные органы",
        ),
        (
            "телефон доверия",
            "дружественный к ребёнку",
            "новый пропуск",
            "сводка по делу",
            "органы внутренних дел",
        ),
    ),
}


def _shown_texts(lang: str) -> str:
    texts = []
    for text, kind in read_ts(I18N_DIR / f"qorgau_{lang}.ts").values():
        if kind not in ("vanished", "obsolete"):
            texts.extend(text if isinstance(text, list) else [text])
    rules = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    suffix = "_kk" if lang == "kk" else ""
    for section in ("recipients", "follow_ups", "categories"):
        for table in rules[section].values():
            texts.append(table[f"name_{lang}"])
            texts.append(table.get(f"legal_basis{suffix}", ""))
    return "\n".join(texts).lower()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_ministrys_terms_are_used(lang: str) -> None:
    shown = _shown_texts(lang)
    wanted, banned = WORDS[lang]
    assert [w for w in wanted if w not in shown] == []
    assert [w for w in banned if w in shown] == []


@pytest.mark.parametrize(
    ("source", "text", "lang"),
    [
        ("Pupils", "", "ru"),
        ("New pupil", "New pupil", "ru"),
        ("New pupil", "New pupil", "kk"),
        ("New pupil", "Жаңа pupil", "kk"),
        ("Pupils found: {count}", "Найдено обучающихся: {total}", "ru"),
        ("Pupils found: {count}", "Найдено обучающихся:", "ru"),
        ("%n pupils", "обучающихся: %1", "ru"),
        ("&Sign in", "Войти", "ru"),
        ("&Sign in", "&Во&йти", "ru"),
        ("<b>Note</b>: {0}", "Примечание: {0}", "ru"),
        ("Edit…", "Өзгерту", "kk"),
        ("Class:", "Сынып", "kk"),
        (" min", "мин", "ru"),
        ("Report now:\n{numbers}", "Сообщите сейчас: {numbers}", "ru"),
    ],
)
def test_bad_translations_are_caught(source: str, text: str, lang: str) -> None:
    assert translation_problems(source, text, lang) != []


@pytest.mark.parametrize(
    ("source", "text", "lang"),
    [
        ("Qorgau", "Qorgau", "ru"),
        ("{0}: {1}", "{0}: {1}", "kk"),
        ("Qorgau — {0}", "Qorgau — {0}", "kk"),
        ("Import CSV…", "Импорт из CSV…", "ru"),
        ("Add a pupil (Ctrl+N)", "Білім алушыны қосу (Ctrl+N)", "kk"),
        ("Check the field “{field}”: {reason}", "«{field}» өрісін тексеріңіз: {reason}", "kk"),
        ("&Quit", "В&ыход из программы", "ru"),
        ("%n pupils", ["%n обучающийся", "%n обучающихся", "%n обучающихся"], "ru"),
    ],
)
def test_good_translations_pass(source: str, text: str | list[str], lang: str) -> None:
    assert translation_problems(source, text, lang) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lrelease_compiles_without_unfinished(lang: str, tmp_path: Path) -> None:
    command = lrelease_command()
    if command is None:
        pytest.skip("lrelease is not installed")
    result = subprocess.run(
        [*command, str(I18N_DIR / f"qorgau_{lang}.ts"), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    output = result.stdout + result.stderr
    assert re.search(r"\(\d+ finished and 0 unfinished\)", output), output
    assert "untranslated" not in output and "arning" not in output, output


def test_language_switch_installs_qt_translations_too(qapp: object, tmp_path: Path) -> None:
    for lang in LANGUAGES:
        shutil.copy(I18N_DIR / f"qorgau_{lang}.ts", tmp_path)
    translations = Translations(i18n_dir=tmp_path)
    try:
        assert translations.set_language("ru")
        assert (tmp_path / "qorgau_ru.qm").exists()  # compiled on first use
        assert QCoreApplication.translate("MainWindow", "Dashboard") == "Сводка"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
        assert translations.set_language("kk")
        assert QCoreApplication.translate("MainWindow", "Dashboard") == "Шолу"
        assert translations.set_language("en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert not translations.set_language("de")
        assert translations.language == "en"
    finally:
        translations.clear()


def test_stale_qm_is_recompiled(tmp_path: Path) -> None:
    shutil.copy(I18N_DIR / "qorgau_kk.ts", tmp_path)
    qm = compiled_qm("kk", tmp_path)
    assert qm is not None and qm.stat().st_size > 0
    first = qm.stat().st_mtime
    (tmp_path / "qorgau_kk.ts").touch()
    import os

    os.utime(tmp_path / "qorgau_kk.ts", (first + 10, first + 10))
    again = compiled_qm("kk", tmp_path)
    assert again == qm and qm.stat().st_mtime >= first
