"""zxcvbn's feedback codes (app/passphrase_policy.py) as sentences in the user's language.

zxcvbn speaks English only; the core hands out stable codes and this table says them in Russian,
Kazakh or English through Qt's translations.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.passphrase_policy import Strength


def warning_text(code: str) -> str:
    """The sentence for a warning code ('' for none; a generic one for an unknown code)."""
    # Each string is spelled out in a translate() call so that pyside6-lupdate finds it.
    texts = {
        "too_short": QCoreApplication.translate(
            "PassphraseFeedback", "Too short: use at least 8 characters."
        ),
        "top10_password": QCoreApplication.translate(
            "PassphraseFeedback", "This is one of the ten most common passwords."
        ),
        "top100_password": QCoreApplication.translate(
            "PassphraseFeedback", "This is one of the hundred most common passwords."
        ),
        "common_password": QCoreApplication.translate(
            "PassphraseFeedback", "This is a very common password."
        ),
        "similar_to_common": QCoreApplication.translate(
            "PassphraseFeedback", "This is similar to a commonly used password."
        ),
        "single_word": QCoreApplication.translate(
            "PassphraseFeedback", "A single word is easy to guess."
        ),
        "name_by_itself": QCoreApplication.translate(
            "PassphraseFeedback", "Names and surnames by themselves are easy to guess."
        ),
        "common_names": QCoreApplication.translate(
            "PassphraseFeedback", "Common names and surnames are easy to guess."
        ),
        "straight_row": QCoreApplication.translate(
            "PassphraseFeedback", "Straight rows of keys are easy to guess."
        ),
        "keyboard_pattern": QCoreApplication.translate(
            "PassphraseFeedback", "Short keyboard patterns are easy to guess."
        ),
        "repeated_character": QCoreApplication.translate(
            "PassphraseFeedback", "Repeats like “aaa” are easy to guess."
        ),
        "repeated_group": QCoreApplication.translate(
            "PassphraseFeedback", "Repeats like “abcabcabc” are hardly harder to guess than “abc”."
        ),
        "sequence": QCoreApplication.translate(
            "PassphraseFeedback", "Sequences like “abc” or “6543” are easy to guess."
        ),
        "recent_year": QCoreApplication.translate(
            "PassphraseFeedback", "Recent years are easy to guess."
        ),
        "date": QCoreApplication.translate("PassphraseFeedback", "Dates are often easy to guess."),
    }
    if not code:
        return ""
    return texts.get(code) or QCoreApplication.translate(
        "PassphraseFeedback", "This is easy to guess."
    )


def suggestion_text(code: str) -> str:
    """The sentence for a suggestion code ('' for an unknown code: no advice beats a wrong one)."""
    texts = {
        "use_words": QCoreApplication.translate(
            "PassphraseFeedback", "Use a few words, avoid common phrases."
        ),
        "no_symbols_needed": QCoreApplication.translate(
            "PassphraseFeedback", "No need for symbols, digits or capital letters."
        ),
        "add_words": QCoreApplication.translate(
            "PassphraseFeedback", "Add another word or two. Uncommon words are better."
        ),
        "longer_keyboard_pattern": QCoreApplication.translate(
            "PassphraseFeedback", "Use a longer keyboard pattern with more turns."
        ),
        "avoid_repeats": QCoreApplication.translate(
            "PassphraseFeedback", "Avoid repeated words and characters."
        ),
        "avoid_sequences": QCoreApplication.translate("PassphraseFeedback", "Avoid sequences."),
        "avoid_recent_years": QCoreApplication.translate(
            "PassphraseFeedback", "Avoid recent years."
        ),
        "avoid_own_years": QCoreApplication.translate(
            "PassphraseFeedback", "Avoid years that are associated with you."
        ),
        "avoid_own_dates": QCoreApplication.translate(
            "PassphraseFeedback", "Avoid dates and years that are associated with you."
        ),
        "capitalization": QCoreApplication.translate(
            "PassphraseFeedback", "A capital first letter does not help much."
        ),
        "all_uppercase": QCoreApplication.translate(
            "PassphraseFeedback", "All capitals are almost as easy to guess as all lower case."
        ),
        "reversed_words": QCoreApplication.translate(
            "PassphraseFeedback", "Words spelled backwards are not much harder to guess."
        ),
        "substitutions": QCoreApplication.translate(
            "PassphraseFeedback", "Predictable substitutions like “@” for “a” do not help much."
        ),
    }
    return texts.get(code, "")


def feedback_text(strength: Strength) -> str:
    """Warning and suggestions as one paragraph ('' when there is nothing to say)."""
    sentences = [warning_text(strength.warning)]
    sentences += [suggestion_text(code) for code in strength.suggestions]
    return " ".join(sentence for sentence in sentences if sentence)
