"""Referrals to outside help."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import NotFound, PermissionDenied, ValidationError
from app.services.referrals import create_referral, list_referrals, record_referral_outcome
from app.storage import audit as audit_repo
from app.vault import Vault
from tests.app.test_incidents import add_pupils


def test_referral_lifecycle(soc: Vault, admin: Vault) -> None:
    pupil, other = add_pupils(soc, 2)
    first = create_referral(
        soc, pupil, "psych_support_centre", date(2026, 11, 2), "длительное тревожное состояние"
    )
    second = create_referral(soc, other, "child_friendly_office", date(2026, 11, 10), "")
    assert first.outcome == "" and first.created_by == soc.user.id
    assert [r.id for r in list_referrals(admin)] == [second.id, first.id]
    assert [r.id for r in list_referrals(soc, pupil_id=pupil)] == [first.id]

    done = record_referral_outcome(soc, first.id, "принят на консультацию 05.11")
    assert done.outcome.startswith("принят")
    assert [r.id for r in list_referrals(soc, open_only=True)] == [second.id]

    actions = [e.action for e in audit_repo.entries(soc.db, object_type="referral")]
    assert sorted(actions) == ["referral.create", "referral.create", "referral.outcome"]
    assert all("тревож" not in e.detail for e in audit_repo.entries(soc.db))
    assert audit_repo.first_broken_entry(soc.db) is None


def test_referral_validation(psy: Vault, admin: Vault) -> None:
    [pupil] = add_pupils(psy, 1)
    with pytest.raises(ValidationError) as err:
        create_referral(psy, pupil, "astrologer", date(2026, 11, 2), "")
    assert err.value.field == "destination"
    with pytest.raises(ValidationError):
        create_referral(psy, 999, "medical", date(2026, 11, 2), "")
    with pytest.raises(PermissionDenied):
        create_referral(admin, pupil, "medical", date(2026, 11, 2), "")
    referral = create_referral(psy, pupil, "helpline_111", date(2026, 11, 2), "")
    with pytest.raises(ValidationError):
        record_referral_outcome(psy, referral.id, " ")
    with pytest.raises(NotFound):
        record_referral_outcome(psy, 999, "x")
