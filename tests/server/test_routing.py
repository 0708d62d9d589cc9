"""The rules file and the server cannot drift apart: every recipient that a mandatory category
of the current rules names reaches a unit kind (server/routing.py), and every category has its
name in the workspace's three languages, the same as the rules file's (no raw codes shown)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader
from markupsafe import escape

from server.i18n import translations
from server.routing import RECIPIENT_UNIT, UNIT_KINDS, unit_kind

pytestmark = pytest.mark.one_backend  # routing table, no storage

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "resources" / "rules" / "kz-2026.toml"


def _mandatory_recipients() -> dict[str, set[str]]:
    rules = tomllib.loads(RULES.read_text(encoding="utf-8"))
    used: dict[str, set[str]] = {}
    for code, category in rules["categories"].items():
        if category.get("mandatory"):
            for recipient in category["recipients"]:
                used.setdefault(recipient, set()).add(code)
    return used


def test_every_recipient_of_a_mandatory_category_routes_to_a_unit_kind() -> None:
    used = _mandatory_recipients()
    assert used, "the rules file names no recipient of a mandatory category"
    unrouted = {r: sorted(cats) for r, cats in used.items() if unit_kind(r) is None}
    assert unrouted == {}, f"recipients with no unit kind in server/routing.py: {unrouted}"


def test_the_categories_added_in_kz_2026_2_reach_the_police_or_guardianship() -> None:
    used = _mandatory_recipients()
    reached = {
        category: {unit_kind(r) for r, cats in used.items() if category in cats}
        for category in ("bullying", "running_away", "substance_use", "neglect")
    }
    assert reached == {
        "bullying": {"police"},
        "running_away": {"police"},
        "substance_use": {"police"},
        "neglect": {"guardianship"},
    }


def test_every_routed_kind_is_a_unit_kind_of_the_server() -> None:
    assert set(RECIPIENT_UNIT.values()) <= set(UNIT_KINDS)


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_every_category_of_the_rules_has_its_name_in_the_workspace(language: str) -> None:
    rules = tomllib.loads(RULES.read_text(encoding="utf-8"))
    env = Environment(loader=FileSystemLoader(ROOT / "server" / "templates"), autoescape=True)
    label = env.from_string(
        '{% from "macros.html" import category_label with context %}'
        "{{ category_label(code, sent) }}"
    )
    gettext = translations(language).ugettext
    shown = {
        code: label.render(_=gettext, code=code, sent="as sent") for code in rules["categories"]
    }
    expected = {
        code: str(escape(category[f"name_{language}"]))
        for code, category in rules["categories"].items()
    }
    assert shown == expected
    # a category the server does not know shows what the school sent, never nothing
    assert label.render(_=gettext, code="new_in_2027", sent="Новая категория") == "Новая категория"
