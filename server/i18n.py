"""Languages of the web workspace: gettext catalogues (server/locale/*/messages.po) via Babel.

The .po files are the only source: they are compiled in memory when the server starts (a few
milliseconds), so there is no build step and no stale .mo file can be served.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LANGUAGES = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANG_COOKIE = "qorgau_lang"


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"


@cache
def translations(language: str) -> Translations:
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    with po_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(fp=buffer)


def negotiate(cookie: str | None, accept_language: str | None) -> str:
    """The switch stored in the cookie wins; else the best of Accept-Language; else Russian."""
    if cookie in LANGUAGES:
        return cookie
    best: tuple[float, int, str] | None = None
    for index, part in enumerate((accept_language or "").split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower().split("-")[0]
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag in LANGUAGES and quality > 0:
            candidate = (-quality, index, tag)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best is not None else DEFAULT_LANGUAGE
