"""The passphrase policy: how strong a new passphrase is, and whether the vault accepts it.

A passphrase is the only thing between a stolen laptop's vault file and Argon2id guessing, so
length alone is not enough: "Password1!" is ten characters with four character classes and is
still among the first guesses of any cracking dictionary. zxcvbn estimates the number of
guesses from dictionaries, keyboard patterns, dates, repeats and l33t substitutions and turns
it into a score 0-4.

The feedback is returned as stable codes (``WARNINGS``, ``SUGGESTIONS``), never as zxcvbn's
English sentences: the desktop app turns each code into text in the user's language.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from zxcvbn import zxcvbn

from app.errors import ValidationError

# The policy, in one place. Score 3 means about 10^8 guesses or more; with Argon2id at
# ~0.4 s a guess on one core that is years, while score 2 (10^6..10^8) is days to months.
MIN_LENGTH = 8
MIN_SCORE = 3
# zxcvbn refuses longer input (its matching is quadratic); the first 72 characters decide, as
# anything after them only adds guesses.
_MAX_SCORED = 72

# zxcvbn's English feedback (zxcvbn/feedback.py) -> our codes. tests/app/test_passphrase_policy.py
# checks that every sentence zxcvbn can say is listed here, so an upgrade adding one fails a
# test instead of showing English to a Kazakh-speaking user.
WARNINGS = {
    "This is a top-10 common password.": "top10_password",
    "This is a top-100 common password.": "top100_password",
    "This is a very common password.": "common_password",
    "This is similar to a commonly used password.": "similar_to_common",
    "A word by itself is easy to guess.": "single_word",
    "Names and surnames by themselves are easy to guess.": "name_by_itself",
    "Common names and surnames are easy to guess.": "common_names",
    "Straight rows of keys are easy to guess.": "straight_row",
    "Short keyboard patterns are easy to guess.": "keyboard_pattern",
    'Repeats like "aaa" are easy to guess.': "repeated_character",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "repeated_group",
    'Sequences like "abc" or "6543" are easy to guess.': "sequence",
    "Recent years are easy to guess.": "recent_year",
    "Dates are often easy to guess.": "date",
}
SUGGESTIONS = {
    "Use a few words, avoid common phrases.": "use_words",
    "No need for symbols, digits, or uppercase letters.": "no_symbols_needed",
    "Add another word or two. Uncommon words are better.": "add_words",
    "Use a longer keyboard pattern with more turns.": "longer_keyboard_pattern",
    "Avoid repeated words and characters.": "avoid_repeats",
    "Avoid sequences.": "avoid_sequences",
    "Avoid recent years.": "avoid_recent_years",
    "Avoid years that are associated with you.": "avoid_own_years",
    "Avoid dates and years that are associated with you.": "avoid_own_dates",
    "Capitalization doesn't help very much.": "capitalization",
    "All-uppercase is almost as easy to guess as all-lowercase.": "all_uppercase",
    "Reversed words aren't much harder to guess.": "reversed_words",
    "Predictable substitutions like '@' instead of 'a' don't help very much.": "substitutions",
}
_WORD_SPLIT = re.compile(r"[\W_]+")
# Our own codes, beside zxcvbn's.
TOO_SHORT = "too_short"

# zxcvbn keeps the user's own words (login, name, school) in a module-level dictionary that each
# call replaces, so two threads scoring at once could see each other's words.
_zxcvbn_lock = threading.Lock()


@dataclass(frozen=True)
class Strength:
    """How guessable a passphrase is.

    ``score`` is zxcvbn's 0 (too guessable) .. 4 (very unguessable); ``warning`` is a code of
    ``WARNINGS`` or ``TOO_SHORT`` ('' when there is nothing to warn about); ``suggestions`` are
    codes of ``SUGGESTIONS``.
    """

    score: int
    too_short: bool
    warning: str
    suggestions: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.too_short and self.score >= MIN_SCORE


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Rate ``passphrase``; ``user_inputs`` (login, full name, school) count as easy guesses."""
    if not passphrase:
        return Strength(0, True, TOO_SHORT, ())  # zxcvbn fails on an empty string
    # zxcvbn matches each input as a whole; a full name or a school counts word by word.
    words = sorted({w for text in user_inputs for w in (text, *_WORD_SPLIT.split(text)) if w})
    with _zxcvbn_lock:
        result = zxcvbn(passphrase[:_MAX_SCORED], user_inputs=words)
    feedback = result["feedback"]
    too_short = len(passphrase) < MIN_LENGTH
    warning = TOO_SHORT if too_short else _code(WARNINGS, feedback["warning"])
    suggestions = tuple(_code(SUGGESTIONS, text) for text in feedback["suggestions"])
    if not any(len(w) > 1 and w.isupper() for w in _WORD_SPLIT.split(passphrase)):
        # zxcvbn takes any word without a lower-case a-z for all upper case, so "Психолог"
        # would earn the upper-case advice.
        suggestions = tuple(code for code in suggestions if code != "all_uppercase")
    if not too_short and result["score"] < MIN_SCORE and "add_words" not in suggestions:
        # zxcvbn says nothing more once its own score is 3+; below our threshold it always
        # suggests more words, so this only guards a future change of zxcvbn's wording.
        suggestions = ("add_words", *suggestions)
    return Strength(int(result["score"]), too_short, warning, suggestions)


def check(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Refuse a new passphrase that the policy does not accept (``ValidationError``)."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            "passphrase", "too_short", f"a passphrase needs at least {MIN_LENGTH} characters"
        )
    strength = assess(passphrase, user_inputs)
    if not strength.acceptable:
        raise ValidationError(
            "passphrase",
            "too_weak",
            f"the passphrase is easy to guess (score {strength.score} of 4, "
            f"at least {MIN_SCORE} needed)",
        )


def _code(table: dict[str, str], text: str) -> str:
    # An empty sentence is "nothing to say"; an unknown one (a newer zxcvbn) becomes a generic
    # code rather than English on screen.
    return table.get(text, "other") if text else ""
