"""Alphabetical order for pupils' names as Kazakh and Russian readers expect it.

SQLite compares text by code point, which puts the Kazakh letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І,
all outside U+0410–U+044F) after Я. ``sort_key`` maps each letter to its position in the
Kazakh Cyrillic alphabet — which contains the Russian one in the same order — so a plain
binary comparison of keys gives alphabetical order. Digits sort first, Latin letters before
Cyrillic, anything else after.
"""

from __future__ import annotations

KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_SEPARATOR = "\u0001"  # below every letter: "Ли Анна" before "Лиев Анна"

_RANK: dict[str, str] = {}
for _i, _ch in enumerate("0123456789"):
    _RANK[_ch] = chr(0x20 + _i)
for _i, _ch in enumerate(_LATIN):
    _RANK[_ch] = chr(0x40 + _i)
for _i, _ch in enumerate(KAZAKH_ALPHABET):
    _RANK[_ch] = chr(0x100 + _i)


def sort_key(*parts: str) -> str:
    """Key for ordering by surname, then name, then patronymic."""
    out: list[str] = []
    for part in parts:
        for ch in part.lower():
            ranked = _RANK.get(ch)
            if ranked is not None:
                out.append(ranked)
            elif ch.isspace() or ch in "-'’":
                continue
            else:
                out.append(chr(0x1000 + ord(ch)))
        out.append(_SEPARATOR)
    return "".join(out)


# -- search folding ------------------------------------------------------------------------------

# Each Kazakh letter and the Russian key a person types for it on a Russian keyboard layout
# (many school computers have no Kazakh layout), so "Кас" finds "Қасымов" and "Қас" finds
# "Касымов". Lower case only: ``fold`` lower-cases first.
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")


def fold(text: str) -> str:
    """``text`` in lower case with each Kazakh letter replaced by its Russian neighbour."""
    return text.lower().translate(KAZAKH_TO_RUSSIAN)


def folded_words(*parts: str) -> str:
    """The words of ``parts`` that folding changes, folded and space-separated.

    The search index keeps the exact words in their own columns and only these extra
    spellings beside them, so a pupil whose name has no Kazakh letter costs nothing more.
    """
    changed: list[str] = []
    for part in parts:
        for word in part.lower().split():
            folded = word.translate(KAZAKH_TO_RUSSIAN)
            if folded != word:
                changed.append(folded)
    return " ".join(changed)
