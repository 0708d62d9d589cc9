from __future__ import annotations

import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.rules import DEFAULT_RULES_FILE, FOLLOW_UPS, load_rules

LAW_ENFORCEMENT = (
    "offence_by_minor",
    "offence_against_minor",
    "violence",
    "cruel_treatment",
    "sexual_abuse",
)
REQUIRED_CATEGORIES = (
    *LAW_ENFORCEMENT,
    "bullying",
    "witness_of_violence",
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
    assert rules.version == "kz-2026.1"
    assert rules.effective_from == date(2026, 3, 2)
    assert rules.immediate == timedelta(hours=1)
    assert set(REQUIRED_CATEGORIES) <= set(rules.categories)
    for rule in rules.categories.values():
        assert set(rule.names) == {"ru", "kk", "en"}
        assert set(rule.follow_up) <= FOLLOW_UPS
        assert set(rule.recipients) <= set(rules.recipients)
        assert "245-VIII" in rule.legal_basis
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


@pytest.mark.parametrize("category", LAW_ENFORCEMENT)
def test_law_enforcement_categories_are_mandatory_and_immediate(category: str) -> None:
    rule = load_rules().rule(category)
    assert rule.mandatory
    assert "police_102" in rule.recipients
    assert "juvenile_inspector" in rule.recipients
    assert rule.deadline_text == "immediately"
    assert rule.deadline == timedelta(hours=1)


def test_bullying_and_witness_trigger_rehabilitation_plan() -> None:
    rules = load_rules()
    assert "rehabilitation_plan" in rules.rule("bullying").follow_up
    assert "rehabilitation_plan" in rules.rule("witness_of_violence").follow_up
    assert not rules.rule("conflict").mandatory
    assert rules.rule("unexcused_absence").deadline == timedelta(days=3)


def test_unknown_category() -> None:
    with pytest.raises(ValidationError) as exc:
        load_rules().rule("nope")
    assert (exc.value.field, exc.value.reason) == ("category", "unknown")


def test_immediate_override() -> None:
    rules = load_rules(immediate_override=timedelta(minutes=15))
    assert rules.immediate == timedelta(minutes=15)
    assert rules.rule("violence").deadline == timedelta(minutes=15)
    assert rules.rule("bullying").deadline == timedelta(days=1)  # explicit durations unchanged


def test_env_var_selects_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = DEFAULT_RULES_FILE.read_text(encoding="utf-8").replace(
        'version = "kz-2026.1"', 'version = "test-9"'
    )
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("QORGAU_RULES_FILE", str(path))
    assert load_rules().version == "test-9"


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_RULES_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "category", "reason"),
    [
        (
            'recipients = ["police_102", "juvenile_inspector"]',
            'recipients = ["police_102", "pol1ce"]',
            "offence_by_minor",
            "unknown_recipient",
        ),
        (
            'follow_up = ["rehabilitation_plan"]\n\n[categories.bullying]',
            'follow_up = ["rehab"]\n\n[categories.bullying]',
            "sexual_abuse",
            "follow_up",
        ),
        (
            'deadline = "P3D"\nlegal_basis = "Закон Республики Казахстан от 30 декабря 2025 года № 245-VIII «О профилактике правонарушений»: индивидуальная профилактическая работа с несовершеннолетними, систематически',
            'deadline = "P1M"\nlegal_basis = "Закон Республики Казахстан от 30 декабря 2025 года № 245-VIII «О профилактике правонарушений»: индивидуальная профилактическая работа с несовершеннолетними, систематически',
            "unexcused_absence",
            "duration",
        ),
    ],
)
def test_broken_file_names_the_category(
    tmp_path: Path, old: str, new: str, category: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        load_rules(_broken(tmp_path, old, new))
    assert exc.value.reason == reason
    assert category in str(exc.value)


def test_missing_key_and_bad_syntax(tmp_path: Path) -> None:
    data = tomllib.loads(DEFAULT_RULES_FILE.read_text(encoding="utf-8"))
    assert "mandatory" in data["categories"]["conflict"]
    path = _broken(tmp_path, 'name_en = "Conflict"\nmandatory = false', 'name_en = "Conflict"')
    with pytest.raises(ValidationError) as exc:
        load_rules(path)
    assert "conflict" in str(exc.value)

    bad = tmp_path / "bad.toml"
    bad.write_text("version = [", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        load_rules(bad)
    assert exc.value.reason == "syntax"

    with pytest.raises(ValidationError) as exc:
        load_rules(tmp_path / "absent.toml")
    assert exc.value.reason == "not_found"
