"""Notification rules as data: what must be notified, to whom, by when (DESIGN §5).

The rules live in a versioned TOML file (``resources/rules/kz-2026.toml`` by default, or the
file named by ``QORGAU_RULES_FILE``). Loading validates the whole file; any problem raises
``ValidationError`` whose message names the offending category or recipient.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.durations import parse_duration
from app.errors import ValidationError

__all__ = [
    "DEFAULT_RULES_FILE",
    "FOLLOW_UPS",
    "LANGUAGES",
    "RULES_FILE_ENV",
    "CategoryRule",
    "Recipient",
    "RuleSet",
    "load_rules",
]

DEFAULT_RULES_FILE = Path(__file__).resolve().parent.parent / "resources" / "rules" / "kz-2026.toml"
RULES_FILE_ENV = "QORGAU_RULES_FILE"
LANGUAGES = ("ru", "kk", "en")
FOLLOW_UPS = frozenset({"register_entry", "rehabilitation_plan", "council_review"})
IMMEDIATELY = "immediately"


@dataclass(frozen=True)
class Recipient:
    """Someone a notification goes to (police, juvenile inspector, ...)."""

    code: str
    names: dict[str, str]
    phone: str | None


@dataclass(frozen=True)
class CategoryRule:
    """The obligations attached to one incident category."""

    code: str
    names: dict[str, str]
    mandatory: bool
    recipients: tuple[str, ...]
    deadline: timedelta
    deadline_text: str  # as written in the file: "immediately" or an ISO-8601 duration
    legal_basis: str
    follow_up: tuple[str, ...]


@dataclass(frozen=True)
class RuleSet:
    """One version of the rules file, validated."""

    version: str
    effective_from: date
    immediate: timedelta
    categories: dict[str, CategoryRule]
    recipients: dict[str, Recipient]
    register_categories: dict[str, dict[str, str]]
    title: str = ""

    def rule(self, category: str) -> CategoryRule:
        """The rule for an incident category; ``ValidationError('category', 'unknown')``."""
        try:
            return self.categories[category]
        except KeyError:
            raise ValidationError(
                "category", "unknown", f"unknown incident category {category!r}"
            ) from None


def _fail(reason: str, message: str) -> ValidationError:
    return ValidationError("rules", reason, message)


def _text(table: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = table.get(key)
    if value is None:
        if required:
            raise _fail("missing", f"{where}: missing {key!r}")
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail("type", f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def _names(table: Mapping[str, Any], where: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in LANGUAGES:
        value = _text(table, f"name_{lang}", where)
        assert value is not None
        names[lang] = value
    return names


def _table(data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _fail("type", f"{where}: [{key}] must be a table")
    return value


def _string_list(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key)
    if value is None:
        raise _fail("missing", f"{where}: missing {key!r}")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail("type", f"{where}: {key!r} must be a list of strings")
    if len(set(value)) != len(value):
        raise _fail("duplicate", f"{where}: {key!r} lists an entry twice")
    return tuple(value)


def _duration(text: str, where: str) -> timedelta:
    try:
        return parse_duration(text)
    except ValidationError:
        raise _fail("duration", f"{where}: bad duration {text!r}") from None


def _parse(data: Mapping[str, Any], immediate_override: timedelta | None) -> RuleSet:
    version = _text(data, "version", "rules file")
    assert version is not None
    effective_text = _text(data, "effective_from", "rules file")
    assert effective_text is not None
    try:
        effective_from = date.fromisoformat(effective_text)
    except ValueError:
        raise _fail("date", f"rules file: bad effective_from {effective_text!r}") from None
    immediate_text = _text(data, "immediate", "rules file")
    assert immediate_text is not None
    immediate = _duration(immediate_text, "rules file: immediate")
    if immediate_override is not None:
        if immediate_override < timedelta(0):
            raise _fail("duration", "the 'immediately' override cannot be negative")
        immediate = immediate_override
    title = _text(data, "title", "rules file", required=False) or ""

    recipients: dict[str, Recipient] = {}
    for code, table in _table(data, "recipients", "rules file").items():
        where = f"recipient {code!r}"
        if not isinstance(table, dict):
            raise _fail("type", f"{where}: must be a table")
        recipients[code] = Recipient(
            code=code,
            names=_names(table, where),
            phone=_text(table, "phone", where, required=False),
        )

    categories: dict[str, CategoryRule] = {}
    for code, table in _table(data, "categories", "rules file").items():
        where = f"category {code!r}"
        if not isinstance(table, dict):
            raise _fail("type", f"{where}: must be a table")
        mandatory = table.get("mandatory")
        if not isinstance(mandatory, bool):
            raise _fail("type", f"{where}: 'mandatory' must be true or false")
        targets = _string_list(table, "recipients", where)
        unknown = [r for r in targets if r not in recipients]
        if unknown:
            raise _fail("unknown_recipient", f"{where}: unknown recipient {unknown[0]!r}")
        if mandatory and not targets:
            raise _fail("no_recipients", f"{where}: a mandatory notification needs recipients")
        follow_up = _string_list(table, "follow_up", where)
        bad = [f for f in follow_up if f not in FOLLOW_UPS]
        if bad:
            raise _fail("follow_up", f"{where}: unknown follow-up {bad[0]!r}")
        deadline_text = _text(table, "deadline", where)
        assert deadline_text is not None
        deadline = (
            immediate
            if deadline_text == IMMEDIATELY
            else _duration(deadline_text, f"{where}: deadline")
        )
        legal_basis = _text(table, "legal_basis", where)
        assert legal_basis is not None
        categories[code] = CategoryRule(
            code=code,
            names=_names(table, where),
            mandatory=mandatory,
            recipients=targets,
            deadline=deadline,
            deadline_text=deadline_text,
            legal_basis=legal_basis,
            follow_up=follow_up,
        )
    if not categories:
        raise _fail("missing", "rules file: no [categories]")

    register_categories: dict[str, dict[str, str]] = {}
    for code, table in _table(data, "register_categories", "rules file").items():
        where = f"register category {code!r}"
        if not isinstance(table, dict):
            raise _fail("type", f"{where}: must be a table")
        register_categories[code] = _names(table, where)

    return RuleSet(
        version=version,
        effective_from=effective_from,
        immediate=immediate,
        categories=categories,
        recipients=recipients,
        register_categories=register_categories,
        title=title,
    )


def load_rules(path: Path | None = None, immediate_override: timedelta | None = None) -> RuleSet:
    """Load and validate a rules file.

    ``path`` defaults to ``$QORGAU_RULES_FILE`` or the shipped ``kz-2026.toml``;
    ``immediate_override`` replaces the file's duration for "immediately".
    """
    if path is None:
        env = os.environ.get(RULES_FILE_ENV)
        path = Path(env) if env else DEFAULT_RULES_FILE
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise _fail("not_found", f"rules file not found: {path}") from None
    except OSError as exc:
        raise _fail("unreadable", f"cannot read rules file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise _fail("syntax", f"rules file {path} is not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise _fail("syntax", f"rules file {path} is not UTF-8") from None
    return _parse(data, immediate_override)
