"""The shared vocabulary: translated names for the codes the core stores
(session kinds, participant roles, referral destinations...) and the localized names from the
rules file, so that every form and list shows a code the same way.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
)

from app.rules import RuleSet, load_rules


def current_language() -> str:
    """ru, kk or en — from the default locale that the language setting installs."""
    code = QLocale().name().split("_")[0]
    return code if code in ("ru", "kk", "en") else "en"


@cache
def rules() -> RuleSet:
    return load_rules()


def incident_category_names() -> dict[str, str]:
    lang = current_language()
    return {code: rule.names.get(lang, code) for code, rule in rules().categories.items()}


def selectable_category_names() -> dict[str, str]:
    """The categories a new incident may take: not the retired ones (kept for old incidents)."""
    lang = current_language()
    return {code: rule.names.get(lang, code) for code, rule in rules().selectable().items()}


def register_category_names() -> dict[str, str]:
    lang = current_language()
    return {code: names.get(lang, code) for code, names in rules().register_categories.items()}


def recipient_name(code: str) -> str:
    recipient = rules().recipients.get(code)
    return recipient.names.get(current_language(), code) if recipient else code


def participant_roles() -> dict[str, str]:
    return {
        "victim": QCoreApplication.translate("Vocabulary", "Victim"),
        "initiator": QCoreApplication.translate("Vocabulary", "Initiator"),
        "witness": QCoreApplication.translate("Vocabulary", "Witness"),
    }


def session_kinds() -> dict[str, str]:
    return {
        "individual": QCoreApplication.translate("Vocabulary", "Individual"),
        "group": QCoreApplication.translate("Vocabulary", "Group"),
        "family": QCoreApplication.translate("Vocabulary", "Family"),
        "with_representative": QCoreApplication.translate(
            "Vocabulary", "With a legal representative"
        ),
        "crisis": QCoreApplication.translate("Vocabulary", "Crisis"),
    }


def referral_destinations() -> dict[str, str]:
    return {
        "psych_support_centre": QCoreApplication.translate(
            "Vocabulary", "Psychological support centre"
        ),
        "child_friendly_office": QCoreApplication.translate("Vocabulary", "Child-friendly office"),
        "medical": QCoreApplication.translate("Vocabulary", "Medical institution"),
        "pmpk": QCoreApplication.translate(
            "Vocabulary", "Psychological, medical and pedagogical commission (PMPK)"
        ),
        "helpline_111": QCoreApplication.translate("Vocabulary", "Helpline 111"),
        "ombudsman": QCoreApplication.translate(
            "Vocabulary", "Commissioner for the rights of the child"
        ),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }


def plan_kinds() -> dict[str, str]:
    return {
        "accompaniment": QCoreApplication.translate("Vocabulary", "Pedagogical accompaniment"),
        "rehabilitation": QCoreApplication.translate("Vocabulary", "Social rehabilitation"),
        "absence": QCoreApplication.translate("Vocabulary", "Work on absences"),
    }


def plan_statuses() -> dict[str, str]:
    return {
        "active": QCoreApplication.translate("Vocabulary", "Active"),
        "completed": QCoreApplication.translate("Vocabulary", "Completed"),
        "cancelled": QCoreApplication.translate("Vocabulary", "Cancelled"),
    }


def meeting_statuses() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("Vocabulary", "Planned"),
        "held": QCoreApplication.translate("Vocabulary", "Held"),
    }


def notification_states() -> dict[str, str]:
    return {
        "queued": QCoreApplication.translate("Vocabulary", "Waiting to be sent"),
        "phoned": QCoreApplication.translate("Vocabulary", "Reported by phone"),
        "delivered": QCoreApplication.translate("Vocabulary", "Delivered"),
        # The stored state of a notification an officer accepted (DESIGN §6a).
        "acknowledged": QCoreApplication.translate("Vocabulary", "Accepted by law enforcement"),
        "accepted": QCoreApplication.translate("Vocabulary", "Accepted by law enforcement"),
        "clarification_requested": QCoreApplication.translate(
            "Vocabulary", "Clarification requested"
        ),
    }


def follow_up_names() -> dict[str, str]:
    """The follow-ups of the rules file, named in the current language (the file holds ru, kk,
    en: the service names stay exactly as the rules write them)."""
    lang = current_language()
    return {
        code: follow.names.get(lang) or follow.names["ru"]
        for code, follow in rules().follow_ups.items()
    }


def chronology_names() -> dict[str, str]:
    """Every code that can appear in a chronology title or detail, translated."""
    names: dict[str, str] = {}
    for table in (
        incident_category_names(),
        register_category_names(),
        participant_roles(),
        session_kinds(),
        referral_destinations(),
        plan_kinds(),
        meeting_statuses(),
    ):
        names.update(table)
    names.update(
        {
            "excused": QCoreApplication.translate("Vocabulary", "Excused"),
            "unexcused": QCoreApplication.translate("Vocabulary", "Unexcused"),
            "open": QCoreApplication.translate("Vocabulary", "Open"),
            "done": QCoreApplication.translate("Vocabulary", "Done"),
        }
    )
    return names


@cache
def _rules() -> RuleSet | None:
    try:
        return load_rules()
    except Exception:
        return None


def category_name(code: str) -> str:
    rules = _rules()
    rule = rules.categories.get(code) if rules else None
    return rule.names.get(current_language(), code) if rule else code


def recipient_list(codes: tuple[str, ...]) -> list[str]:
    rules = _rules()
    names = []
    for code in codes:
        recipient = rules.recipients.get(code) if rules else None
        names.append(recipient.names.get(current_language(), code) if recipient else code)
    return names


def recipient_names(codes: tuple[str, ...]) -> str:
    return ", ".join(recipient_list(codes))


def relation_name(code: str) -> str:
    """A representative's relation as shown in lists."""
    names = {
        "mother": QCoreApplication.translate("RepresentativeForm", "Mother"),
        "father": QCoreApplication.translate("RepresentativeForm", "Father"),
        "guardian": QCoreApplication.translate("RepresentativeForm", "Guardian"),
        "grandmother": QCoreApplication.translate("RepresentativeForm", "Grandmother"),
        "grandfather": QCoreApplication.translate("RepresentativeForm", "Grandfather"),
    }
    return names.get(code, code)
