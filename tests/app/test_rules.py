"""The rules file (DESIGN §5) and its validator: every reportable case creates a notification,
nothing in the file is dead data, every follow-up is something the app does."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.errors import ValidationError
from app.rules import DEFAULT_RULES_FILE, load_rules

LAW_ENFORCEMENT = (
    "offence_by_minor",
    "offence_against_minor",
    "violence",
    "cruel_treatment",
    "sexual_abuse",
)
VIOLENCE = ("offence_against_minor", "violence", "cruel_treatment", "sexual_abuse", "bullying")
REQUIRED_CATEGORIES = (
    *LAW_ENFORCEMENT,
    "bullying",
    "neglect",
    "self_harm_risk",
    "unexcused_absence",
    "antisocial_behaviour",
    "running_away",
    "substance_use",
    "conflict",
    "other",
)


def test_shipped_file_loads() -> None:
    rules = load_rules()
    assert rules.version == "kz-2026.2"
    assert rules.effective_from == date(2026, 3, 2)
    assert rules.immediate == timedelta(hours=1)
    assert set(REQUIRED_CATEGORIES) <= set(rules.selectable())
    for rule in rules.categories.values():
        assert set(rule.names) == {"ru", "kk", "en"}
        assert set(rule.follow_up) <= set(rules.follow_ups)
        assert set(rule.recipients) <= set(rules.recipients)
        assert "245-VIII" in rule.legal_basis
        assert "245-VIII" in rule.legal_basis_in("kk")
        assert rule.legal_basis_in("kk") != rule.legal_basis  # Kazakh text, not Russian
    assert rules.recipients["police_102"].phone == "102"
    assert rules.recipients["helpline_111"].phone == "111"
    assert {
        "increased_attention",
        "internal_school_register",
        "juvenile_police_register",
        "family_in_difficulty",
        "probation",
        "violence_victim",
    } <= set(rules.register_categories)
    assert rules.register_categories["internal_school_register"]["ru"] == "Внутришкольный учёт"
    assert rules.absence.systematic_days == 5
    assert rules.absence.window == timedelta(days=30)


@pytest.mark.parametrize("category", LAW_ENFORCEMENT)
def test_law_enforcement_categories_are_mandatory_and_immediate(category: str) -> None:
    rule = load_rules().rule(category)
    assert rule.mandatory
    assert "police_102" in rule.recipients
    assert "juvenile_inspector" in rule.recipients
    assert rule.deadline_text == "immediately"
    assert rule.deadline == timedelta(hours=1)


def test_bullying_notifies_the_juvenile_inspector() -> None:
    rule = load_rules().rule("bullying")
    assert rule.mandatory
    assert rule.recipients == ("juvenile_inspector",)
    assert rule.deadline == timedelta(hours=1)


@pytest.mark.parametrize(
    ("category", "recipient"),
    [("running_away", "police_102"), ("substance_use", "juvenile_inspector")],
)
def test_missing_child_and_substance_use_are_mandatory(category: str, recipient: str) -> None:
    rule = load_rules().rule(category)
    assert rule.mandatory
    assert recipient in rule.recipients
    assert rule.deadline_text == "immediately"


def test_neglect_notifies_the_guardianship_authority() -> None:
    rule = load_rules().rule("neglect")
    assert rule.mandatory
    assert "guardianship_authority" in rule.recipients


def test_self_harm_is_no_police_matter_but_a_duty_with_deadlines() -> None:
    rules = load_rules()
    rule = rules.rule("self_harm_risk")
    assert not rule.mandatory and rule.recipients == () and rule.deadline is None
    assert {"inform_representatives", "psych_support_centre", "contact_111"} <= set(rule.follow_up)
    assert rules.follow_ups["contact_111"].recipient == "helpline_111"
    assert all(rules.follow_ups[f].due <= timedelta(days=1) for f in rule.follow_up)


@pytest.mark.parametrize("category", VIOLENCE)
def test_violence_categories_rehabilitate_victims_and_witnesses(category: str) -> None:
    rules = load_rules()
    rule = rules.rule(category)
    assert "rehabilitation_plan" in rule.follow_up
    assert "child_help_office" in rule.follow_up
    rehab = rules.follow_ups["rehabilitation_plan"]
    assert set(rehab.roles) == {"victim", "witness"}
    assert rehab.plan == "rehabilitation"


def test_witness_of_violence_is_a_role_not_a_category_but_old_incidents_stay_readable() -> None:
    rules = load_rules()
    assert "witness_of_violence" not in rules.selectable()
    old = rules.rule("witness_of_violence")  # incidents recorded under kz-2026.1
    assert old.retired and old.names["ru"] == "Свидетель насилия"


def test_the_probation_register_has_its_follow_ups() -> None:
    rules = load_rules()
    assert rules.register_follow_ups["probation"] == ("probation_contact", "learning_plan")
    assert rules.follow_ups["learning_plan"].plan == "accompaniment"


def test_legal_basis_uses_the_laws_words() -> None:
    rules = load_rules()
    text = DEFAULT_RULES_FILE.read_text(encoding="utf-8")
    for invented in (
        "органы внутренних дел",
        "систематически пропускающими",
        "индивидуальная профилактическая работа",
    ):
        assert invented not in text
    for code in LAW_ENFORCEMENT:
        rule = rules.rule(code)
        assert "правоохранительные органы" in rule.legal_basis
        assert "вне организации образования" in rule.legal_basis
        assert "құқық қорғау органдарына" in rule.legal_basis_in("kk")
    assert "review" in text.lower()  # the note asking for legal and language review stays


def test_unknown_category() -> None:
    with pytest.raises(ValidationError) as exc:
        load_rules().rule("nope")
    assert (exc.value.field, exc.value.reason) == ("category", "unknown")


def test_immediate_override() -> None:
    rules = load_rules(immediate_override=timedelta(minutes=15))
    assert rules.immediate == timedelta(minutes=15)
    assert rules.rule("violence").deadline == timedelta(minutes=15)
    assert rules.follow_ups["council_review"].due == timedelta(days=14)  # durations unchanged


def test_env_var_selects_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, lambda d: d.update(version="test-9"))
    monkeypatch.setenv("QORGAU_RULES_FILE", str(path))
    assert load_rules().version == "test-9"


# -- the validator, on edited copies of the shipped file -----------------------------------------


def _toml_value(value: Any) -> str:
    # Strings, booleans, integers and lists of strings are all the file holds; JSON spells
    # those the TOML way.
    return json.dumps(value, ensure_ascii=False)


def _write(tmp_path: Path, edit: Callable[[dict[str, Any]], object]) -> Path:
    """The shipped file, parsed, edited and written back (a minimal TOML writer)."""
    data = tomllib.loads(DEFAULT_RULES_FILE.read_text(encoding="utf-8"))
    edit(data)
    lines = []
    for key, value in data.items():
        if not isinstance(value, dict):
            lines.append(f"{key} = {_toml_value(value)}")
    for key, value in data.items():
        if not isinstance(value, dict):
            continue
        if value and all(isinstance(v, dict) for v in value.values()):
            for code, table in value.items():
                lines.append(f"[{key}.{code}]")
                lines += [f"{k} = {_toml_value(v)}" for k, v in table.items()]
        else:
            lines.append(f"[{key}]")
            lines += [f"{k} = {_toml_value(v)}" for k, v in value.items()]
    path = tmp_path / "rules.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _refused(tmp_path: Path, edit: Callable[[dict[str, Any]], object]) -> ValidationError:
    path = _write(tmp_path, edit)
    with pytest.raises(ValidationError) as exc:
        load_rules(path)
    return exc.value


def test_the_writer_round_trips(tmp_path: Path) -> None:
    assert load_rules(_write(tmp_path, lambda d: None)) == load_rules()


def test_refuses_a_non_mandatory_category_with_recipients(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["categories"]["conflict"]["recipients"] = ["juvenile_inspector"]

    error = _refused(tmp_path, edit)
    assert error.reason == "not_mandatory" and "conflict" in str(error)


def test_refuses_a_non_mandatory_category_with_a_deadline(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["categories"]["conflict"]["deadline"] = "P1D"

    error = _refused(tmp_path, edit)
    assert error.reason == "not_mandatory" and "conflict" in str(error)


def test_refuses_a_recipient_no_category_uses(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["recipients"]["education_department"] = {
            "name_ru": "Отдел образования",
            "name_kk": "Білім бөлімі",
            "name_en": "Education department",
        }

    error = _refused(tmp_path, edit)
    assert error.reason == "unused_recipient" and "education_department" in str(error)


def test_a_recipient_used_only_by_a_retired_category_is_dead(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        for code, table in d["categories"].items():
            if code != "neglect":
                table["recipients"] = [
                    r for r in table.get("recipients", []) if r != "guardianship_authority"
                ]
        d["categories"]["neglect"]["retired"] = True

    assert _refused(tmp_path, edit).reason == "unused_recipient"


def test_refuses_a_follow_up_no_category_uses(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        for table in d["categories"].values():
            table["follow_up"] = [f for f in table["follow_up"] if f != "contact_111"]

    error = _refused(tmp_path, edit)
    assert error.reason == "unused_follow_up" and "contact_111" in str(error)


@pytest.mark.parametrize(
    ("edit", "reason", "named"),
    [
        (
            lambda d: d["categories"]["offence_by_minor"].update(recipients=["pol1ce"]),
            "unknown_recipient",
            "offence_by_minor",
        ),
        (
            lambda d: d["categories"]["sexual_abuse"].update(follow_up=["rehab"]),
            "follow_up",
            "sexual_abuse",
        ),
        (
            lambda d: d["categories"]["violence"].update(recipients=[]),
            "no_recipients",
            "violence",
        ),
        (
            lambda d: d["categories"]["violence"].update(deadline="P1M"),
            "duration",
            "violence",
        ),
        (
            lambda d: d["categories"]["violence"].pop("legal_basis_kk"),
            "missing",
            "violence",
        ),
        (
            lambda d: d["follow_ups"]["council_review"].update(roles=["bystander"]),
            "role",
            "council_review",
        ),
        (
            lambda d: d["follow_ups"]["rehabilitation_plan"].update(plan="holiday"),
            "plan",
            "rehabilitation_plan",
        ),
        (
            lambda d: d["follow_ups"]["contact_111"].update(recipient="helpline_150"),
            "unknown_recipient",
            "contact_111",
        ),
        (
            lambda d: d["absence"].update(systematic_days=0),
            "absence",
            "systematic_days",
        ),
    ],
)
def test_broken_file_names_what_is_wrong(
    tmp_path: Path, edit: Callable[[dict[str, Any]], object], reason: str, named: str
) -> None:
    error = _refused(tmp_path, edit)
    assert error.reason == reason
    assert named in str(error)


def test_missing_key_and_bad_syntax(tmp_path: Path) -> None:
    error = _refused(tmp_path, lambda d: d["categories"]["conflict"].pop("mandatory"))
    assert "conflict" in str(error)

    bad = tmp_path / "bad.toml"
    bad.write_text("version = [", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        load_rules(bad)
    assert exc.value.reason == "syntax"

    with pytest.raises(ValidationError) as exc:
        load_rules(tmp_path / "absent.toml")
    assert exc.value.reason == "not_found"


def test_phone_report_policy_comes_from_the_file() -> None:
    policy = load_rules().phone_report
    assert policy.near_deadline == timedelta(hours=2)
    assert (policy.first.code, policy.first.phone) == ("police_102", "102")
    assert (policy.last.code, policy.last.phone) == ("helpline_111", "111")


def test_phone_report_near_deadline_is_read_not_assumed(tmp_path: Path) -> None:
    path = _write(tmp_path, lambda d: d["phone_report"].update(near_deadline="PT3H"))
    assert load_rules(path).phone_report.near_deadline == timedelta(hours=3)


def test_refuses_a_phone_report_number_without_a_phone(tmp_path: Path) -> None:
    error = _refused(tmp_path, lambda d: d["phone_report"].update(last="juvenile_inspector"))
    assert error.reason == "phone_report" and "juvenile_inspector" in str(error)


def test_refuses_a_file_without_phone_report(tmp_path: Path) -> None:
    error = _refused(tmp_path, lambda d: d.pop("phone_report"))
    assert error.reason == "missing" and "phone_report" in str(error)
