"""Notification rules as data: what must be notified, to whom, by when (DESIGN §5).

The rules live in a versioned TOML file (``resources/rules/kz-2026.toml`` by default, or the
file named by ``QORGAU_RULES_FILE``). Loading validates the whole file; any problem raises
``ValidationError`` whose message names the offending category or recipient.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.durations import parse_duration
from app.errors import ValidationError

__all__ = [
    "DEFAULT_RULES_FILE",
    "LANGUAGES",
    "PLAN_FOLLOW_UP_KINDS",
    "RULES_FILE_ENV",
    "AbsenceRule",
    "CategoryRule",
    "FollowUpRule",
    "Recipient",
    "RuleSet",
    "load_rules",
]

DEFAULT_RULES_FILE = Path(__file__).resolve().parent.parent / "resources" / "rules" / "kz-2026.toml"
RULES_FILE_ENV = "QORGAU_RULES_FILE"
LANGUAGES = ("ru", "kk", "en")
IMMEDIATELY = "immediately"
# The participant roles a follow-up can address (app.domain.cases.PARTICIPANT_ROLES; not
# imported to keep this module free of the domain) and the plan kinds it can open.
_ROLES = frozenset({"victim", "initiator", "witness"})
PLAN_FOLLOW_UP_KINDS = frozenset({"accompaniment", "rehabilitation", "absence"})


@dataclass(frozen=True)
class Recipient:
    """Someone a notification goes to (police, juvenile inspector, ...)."""

    code: str
    names: dict[str, str]
    phone: str | None


@dataclass(frozen=True)
class FollowUpRule:
    """Something recording an incident makes happen: a task with a due date (DESIGN §5)."""

    code: str
    names: dict[str, str]
    due: timedelta
    # The pupils in these roles get one task each; empty: every pupil involved.
    roles: tuple[str, ...]
    plan: str | None = None  # the task opens a plan of this kind for the pupil
    recipient: str | None = None  # the service the task contacts (e.g. helpline_111)


@dataclass(frozen=True)
class CategoryRule:
    """The obligations attached to one incident category."""

    code: str
    names: dict[str, str]
    mandatory: bool
    recipients: tuple[str, ...]
    deadline: timedelta | None  # None: not mandatory, nothing to notify
    deadline_text: str  # as written in the file: "immediately", an ISO-8601 duration, or ""
    legal_basis: str  # Russian: the text sent in the payload
    follow_up: tuple[str, ...]
    # The legal basis in every language of LANGUAGES (Russian where a translation is missing).
    legal_bases: dict[str, str] = field(default_factory=dict)
    # Kept only so that incidents recorded under an earlier version stay readable.
    retired: bool = False

    def legal_basis_in(self, lang: str) -> str:
        return self.legal_bases.get(lang) or self.legal_basis


@dataclass(frozen=True)
class AbsenceRule:
    """When unexcused absence counts as systematic (a school setting of the rules file)."""

    systematic_days: int
    window: timedelta


@dataclass(frozen=True)
class PhoneReportRule:
    """Reporting by telephone: when a deadline is near, and the numbers always offered."""

    near_deadline: timedelta
    first: Recipient  # offered before the notification's own recipients (the police)
    last: Recipient  # offered after them (contact centre 111)


@dataclass(frozen=True)
class RuleSet:
    """One version of the rules file, validated."""

    version: str
    effective_from: date
    immediate: timedelta
    categories: dict[str, CategoryRule]
    recipients: dict[str, Recipient]
    register_categories: dict[str, dict[str, str]]
    phone_report: PhoneReportRule
    title: str = ""
    follow_ups: dict[str, FollowUpRule] = field(default_factory=dict)
    # The follow-ups that opening a register entry of a category creates (e.g. probation).
    register_follow_ups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    absence: AbsenceRule = AbsenceRule(systematic_days=5, window=timedelta(days=30))

    def selectable(self) -> dict[str, CategoryRule]:
        """The categories a new incident may take (every one but the retired)."""
        return {code: rule for code, rule in self.categories.items() if not rule.retired}

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


def _flag(table: Mapping[str, Any], key: str, where: str, default: bool | None = None) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise _fail("type", f"{where}: {key!r} must be true or false")
    return value


def _deadline(text: str, immediate: timedelta, where: str) -> timedelta:
    return immediate if text == IMMEDIATELY else _duration(text, where)


def _follow_ups(
    data: Mapping[str, Any], recipients: Mapping[str, Recipient]
) -> dict[str, FollowUpRule]:
    found: dict[str, FollowUpRule] = {}
    for code, table in _table(data, "follow_ups", "rules file").items():
        where = f"follow-up {code!r}"
        if not isinstance(table, dict):
            raise _fail("type", f"{where}: must be a table")
        due_text = _text(table, "due", where)
        assert due_text is not None
        roles = _string_list(table, "roles", where)
        bad = [r for r in roles if r not in _ROLES]
        if bad:
            raise _fail("role", f"{where}: unknown participant role {bad[0]!r}")
        plan = _text(table, "plan", where, required=False)
        if plan is not None and plan not in PLAN_FOLLOW_UP_KINDS:
            raise _fail("plan", f"{where}: unknown plan kind {plan!r}")
        recipient = _text(table, "recipient", where, required=False)
        if recipient is not None and recipient not in recipients:
            raise _fail("unknown_recipient", f"{where}: unknown recipient {recipient!r}")
        found[code] = FollowUpRule(
            code=code,
            names=_names(table, where),
            # "immediately" for a task means today: a due date has no time of day.
            due=_deadline(due_text, timedelta(0), f"{where}: due"),
            roles=roles,
            plan=plan,
            recipient=recipient,
        )
    return found


def _category(
    code: str,
    table: Mapping[str, Any],
    where: str,
    recipients: Mapping[str, Recipient],
    follow_ups: Mapping[str, FollowUpRule],
    immediate: timedelta,
) -> CategoryRule:
    mandatory = _flag(table, "mandatory", where)
    if mandatory:
        targets = _string_list(table, "recipients", where)
        if not targets:
            raise _fail("no_recipients", f"{where}: a mandatory notification needs recipients")
        deadline_text = _text(table, "deadline", where)
        assert deadline_text is not None
        deadline: timedelta | None = _deadline(deadline_text, immediate, f"{where}: deadline")
    else:
        # Dead data is refused: recipients or a deadline on a category that notifies nobody
        # would read as an obligation that the app never carries out.
        if table.get("recipients"):
            raise _fail(
                "not_mandatory",
                f"{where}: names recipients but is not mandatory (make it mandatory or drop them)",
            )
        if "deadline" in table:
            raise _fail(
                "not_mandatory",
                f"{where}: has a deadline but is not mandatory (make it mandatory or drop it)",
            )
        targets, deadline_text, deadline = (), "", None
    unknown = [r for r in targets if r not in recipients]
    if unknown:
        raise _fail("unknown_recipient", f"{where}: unknown recipient {unknown[0]!r}")
    follow_up = _string_list(table, "follow_up", where)
    bad = [f for f in follow_up if f not in follow_ups]
    if bad:
        raise _fail("follow_up", f"{where}: unknown follow-up {bad[0]!r}")
    legal_basis = _text(table, "legal_basis", where)
    assert legal_basis is not None
    legal_bases = {"ru": legal_basis}
    kk = _text(table, "legal_basis_kk", where)  # the Kazakh UI shows Kazakh legal text
    assert kk is not None
    legal_bases["kk"] = kk
    en = _text(table, "legal_basis_en", where, required=False)
    if en is not None:
        legal_bases["en"] = en
    return CategoryRule(
        code=code,
        names=_names(table, where),
        mandatory=mandatory,
        recipients=targets,
        deadline=deadline,
        deadline_text=deadline_text,
        legal_basis=legal_basis,
        follow_up=follow_up,
        legal_bases=legal_bases,
        retired=_flag(table, "retired", where, default=False),
    )


def _check_used(
    categories: Mapping[str, CategoryRule],
    recipients: Mapping[str, Recipient],
    follow_ups: Mapping[str, FollowUpRule],
    register_follow_ups: Mapping[str, tuple[str, ...]],
) -> None:
    """Every recipient and follow-up defined is used: an unused one is a forgotten duty."""
    live = [rule for rule in categories.values() if not rule.retired]
    if not live:
        raise _fail("missing", "rules file: every category is retired")
    used_follow_ups = {f for rule in categories.values() for f in rule.follow_up}
    used_follow_ups |= {f for follow in register_follow_ups.values() for f in follow}
    for code in follow_ups:
        if code not in used_follow_ups:
            raise _fail("unused_follow_up", f"follow-up {code!r} is used by no category")
    used = {r for rule in live for r in rule.recipients}
    used |= {f.recipient for f in follow_ups.values() if f.recipient is not None}
    for code in recipients:
        if code not in used:
            raise _fail("unused_recipient", f"recipient {code!r} is used by no category")


def _absence(data: Mapping[str, Any]) -> AbsenceRule:
    table = _table(data, "absence", "rules file")
    if not table:
        return AbsenceRule(systematic_days=5, window=timedelta(days=30))
    days = table.get("systematic_days")
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 366:
        raise _fail("absence", "[absence]: systematic_days must be a whole number of days")
    window_text = _text(table, "window", "[absence]")
    assert window_text is not None
    window = _duration(window_text, "[absence]: window")
    if window < timedelta(days=days):
        raise _fail("absence", "[absence]: the window is shorter than systematic_days")
    return AbsenceRule(systematic_days=days, window=window)


def _phone_report(data: Mapping[str, Any], recipients: Mapping[str, Recipient]) -> PhoneReportRule:
    table = _table(data, "phone_report", "rules file")
    if not table:
        raise _fail("missing", "rules file: no [phone_report]")
    near_text = _text(table, "near_deadline", "[phone_report]")
    assert near_text is not None
    near = _duration(near_text, "[phone_report]: near_deadline")
    ends: list[Recipient] = []
    for key in ("first", "last"):
        code = _text(table, key, "[phone_report]")
        recipient = recipients.get(code or "")
        if recipient is None or not recipient.phone:
            raise _fail(
                "phone_report", f"[phone_report]: {key} {code!r} is no recipient with a phone"
            )
        ends.append(recipient)
    return PhoneReportRule(near_deadline=near, first=ends[0], last=ends[1])


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

    follow_ups = _follow_ups(data, recipients)

    categories: dict[str, CategoryRule] = {}
    for code, table in _table(data, "categories", "rules file").items():
        where = f"category {code!r}"
        if not isinstance(table, dict):
            raise _fail("type", f"{where}: must be a table")
        categories[code] = _category(code, table, where, recipients, follow_ups, immediate)
    if not categories:
        raise _fail("missing", "rules file: no [categories]")

    register_categories: dict[str, dict[str, str]] = {}
    register_follow_ups: dict[str, tuple[str, ...]] = {}
    for code, table in _table(data, "register_categories", "rules file").items():
        where = f"register category {code!r}"
        if not isinstance(table, dict):
            raise _fail("type", f"{where}: must be a table")
        register_categories[code] = _names(table, where)
        if "follow_up" in table:
            follow = _string_list(table, "follow_up", where)
            bad = [f for f in follow if f not in follow_ups]
            if bad:
                raise _fail("follow_up", f"{where}: unknown follow-up {bad[0]!r}")
            register_follow_ups[code] = follow
    _check_used(categories, recipients, follow_ups, register_follow_ups)

    return RuleSet(
        version=version,
        effective_from=effective_from,
        immediate=immediate,
        categories=categories,
        recipients=recipients,
        register_categories=register_categories,
        phone_report=_phone_report(data, recipients),
        title=title,
        follow_ups=follow_ups,
        register_follow_ups=register_follow_ups,
        absence=_absence(data),
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
