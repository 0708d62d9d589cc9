"""The passphrase policy (app/passphrase_policy.py) with the real zxcvbn, and the vault using it."""

from __future__ import annotations

import ast
import secrets
from pathlib import Path

import pytest
import zxcvbn.feedback

from app import passphrase_policy
from app.errors import ValidationError
from app.passphrase_policy import MIN_SCORE, SUGGESTIONS, WARNINGS, assess, check
from app.vault import create_vault, open_vault


def test_password1_is_weak_and_says_why() -> None:
    # Long enough and four character classes, yet among the first guesses of any dictionary
    # (the old length-and-classes meter rated it 3 of 4).
    strength = assess("Password1!")
    assert strength.score < MIN_SCORE
    assert not strength.acceptable
    assert strength.warning == "similar_to_common"
    assert "add_words" in strength.suggestions
    assert "capitalization" in strength.suggestions
    with pytest.raises(ValidationError) as refused:
        check("Password1!")
    assert (refused.value.field, refused.value.reason) == ("passphrase", "too_weak")


@pytest.mark.parametrize(
    ("passphrase", "warning"),
    [
        ("qwertyuiop", "top100_password"),
        ("aaaaaaaaaaa", "repeated_character"),
        ("abcdefghij", "sequence"),
        ("P@ssw0rd2024", "similar_to_common"),
    ],
)
def test_guessable_patterns_are_refused_with_a_code(passphrase: str, warning: str) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.warning == warning


def test_a_long_random_passphrase_is_accepted() -> None:
    words = ["алма", "тау", "өзен", "kitap", "dala", "жол", "bulut", "қала"]
    passphrase = "-".join(secrets.choice(words) for _ in range(5)) + secrets.token_hex(2)
    strength = assess(passphrase)
    assert strength.acceptable, strength
    assert strength.warning == "" and strength.suggestions == ()
    check(passphrase)  # does not raise
    assert assess(secrets.token_urlsafe(24)).score == 4


def test_too_short_is_its_own_code_even_when_random() -> None:
    strength = assess("x7#Qz!")
    assert strength.too_short and strength.warning == "too_short" and not strength.acceptable
    with pytest.raises(ValidationError) as refused:
        check("x7#Qz!")
    assert refused.value.reason == "too_short"


def test_an_empty_field_is_too_short_not_an_error() -> None:
    assert assess("") == passphrase_policy.Strength(0, True, "too_short", ())


def test_the_accounts_own_words_count_as_guesses() -> None:
    assert assess("saparova2026").acceptable
    # The full name counts word by word, not only as a whole.
    assert not assess("saparova2026", ["aigul", "Aigul Saparova"]).acceptable


def test_cyrillic_capitals_do_not_earn_the_all_uppercase_advice() -> None:
    # zxcvbn takes any word without a-z for all upper case.
    assert "all_uppercase" not in assess("Психолог", ["психолог"]).suggestions
    assert "all_uppercase" in assess("PASSWORD").suggestions


def test_very_long_passphrases_are_scored_not_refused_by_zxcvbn() -> None:
    # zxcvbn raises ValueError past 72 characters.
    assert assess("correct horse battery staple " * 10).acceptable


def test_every_sentence_zxcvbn_can_say_has_a_code() -> None:
    """An upgrade of zxcvbn that adds a sentence fails here, not as English on screen."""
    source = Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8")
    said = {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }
    assert said, "zxcvbn's feedback sentences were not found"
    assert said == set(WARNINGS) | set(SUGGESTIONS)
    codes = [*WARNINGS.values(), *SUGGESTIONS.values(), passphrase_policy.TOO_SHORT]
    assert len(codes) == len(set(codes))


def test_the_vault_refuses_a_weak_passphrase_and_keeps_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    with pytest.raises(ValidationError) as refused:
        create_vault(
            data_dir, school="Школа №1", login="psy", full_name="Психолог", passphrase="Password1!"
        )
    assert refused.value.reason == "too_weak"
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_the_vault_refuses_a_weak_new_passphrase(tmp_path: Path) -> None:
    created = create_vault(
        tmp_path / "v",
        school="Школа №1",
        login="admin",
        full_name="Админ",
        passphrase="admin-passphrase",
    )
    vault = created.vault
    with pytest.raises(ValidationError) as refused:
        vault.change_passphrase("admin-passphrase", "Password1!")
    assert refused.value.reason == "too_weak"
    with pytest.raises(ValidationError):
        vault.add_account("psy", role="psychologist", full_name="", passphrase="psy-psychologist")
    vault.db.close()
    reopened = open_vault(tmp_path / "v", "admin", "admin-passphrase")  # the old one still works
    reopened.db.close()
