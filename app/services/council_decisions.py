"""A prevention council decision that does what it says (issue 13).

Accompaniment of a pupil requiring increased attention is appointed by a prevention council
decision with an individual plan; taking a pupil off a register is a council decision too. So a
decision can, in the same transaction as the decision and its task (``record_decision``):

- open a register entry (category of the rules file; basis: the decision),
- close an open register entry (reason: the decision),
- create a plan for the pupil (accompaniment by default) whose goals are the decision.

Everything or nothing is written. Opening and closing entries and creating plans keep their
own role rules (psychologist or social pedagogue), so an administrator can record a plain
decision but not one that changes a register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.cases import CouncilDecision, Plan
from app.domain.pupils import RegisterEntry
from app.errors import ValidationError
from app.services import council as council_service
from app.services import plans as plan_service
from app.services import register as register_service
from app.vault import Vault

__all__ = ["DecisionOutcome", "decide"]


@dataclass(frozen=True)
class DecisionOutcome:
    decision: CouncilDecision
    opened: RegisterEntry | None = None
    closed: RegisterEntry | None = None
    plan: Plan | None = None


def decide(
    vault: Vault,
    meeting_id: int,
    pupil_id: int,
    text: str,
    *,
    held_on: date,
    responsible_id: int | None = None,
    due_on: date | None = None,
    open_register: str | None = None,
    review_due: date | None = None,
    close_entry_id: int | None = None,
    plan_kind: str | None = None,
    plan_title: str = "",
    open_basis: str = "",
    close_reason: str = "",
    plan_goals: str = "",
    language: str = "ru",
) -> DecisionOutcome:
    """Record a decision about a pupil and carry it out (see the module doc).

    ``held_on`` is the meeting's day: the register entry opens or closes on it. The entry's
    basis and the closing reason name the decision and add ``open_basis`` / ``close_reason``
    (else the decision's text); the plan's goals are ``plan_goals`` (else the decision's text).
    ``language`` names the tasks the rules attach to the register category (probation).
    """
    if open_register is None and close_entry_id is None and plan_kind is None:
        raise ValidationError("decision", "nothing_to_do", "use record_decision for a decision")
    with vault.db.transaction():
        decision = council_service.record_decision(
            vault, meeting_id, pupil_id, text, responsible_id, due_on
        )
        heading = f"Решение совета профилактики от {held_on:%d.%m.%Y}"
        basis = f"{heading}: {open_basis.strip() or decision.text}"
        reason = f"{heading}: {close_reason.strip() or decision.text}"
        opened = closed = plan = None
        if open_register is not None:
            opened = register_service.open_entry(
                vault,
                pupil_id,
                open_register,
                basis[:2000],
                held_on,
                review_due=review_due,
                language=language,
            )
        if close_entry_id is not None:
            entry = register_service.get_entry(vault, close_entry_id)
            if entry.pupil_id != pupil_id:
                raise ValidationError(
                    "close_entry_id", "mismatch", "the register entry is about another pupil"
                )
            closed = register_service.close_entry(vault, close_entry_id, reason[:2000], held_on)
        if plan_kind is not None:
            plan = plan_service.create_plan(
                vault,
                pupil_id,
                plan_title.strip() or decision.text[:200],
                plan_goals.strip() or decision.text,
                plan_kind,
            )
    return DecisionOutcome(decision, opened, closed, plan)
