"""Synthetic demo data: plausible, consistent, audited, and refused to administrators."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.errors import PermissionDenied
from app.iin import parse_iin
from app.services.demo import seed_demo
from app.services.notifications import list_notifications
from app.storage import audit
from app.vault import Vault


def test_demo_school_is_consistent(psy: Vault) -> None:
    now = datetime.now(UTC)
    summary = seed_demo(psy, pupils=120, incidents=40, seed=7, now=now)
    assert summary.pupils == 120
    assert 0 < summary.notifications < 40
    assert summary.sessions > 0 and summary.register_entries > 0
    for (iin,) in psy.db.all("SELECT iin FROM pupils"):
        parse_iin(iin)  # every synthetic IIN is valid
    views = list_notifications(psy, now=now)
    assert len(views) == summary.notifications
    # created when recorded, so a demo notification is never created after its deadline
    # by months; and the demo shows more than one state
    assert all(v.created_at - v.deadline < timedelta(hours=2) for v in views)
    assert {"queued", "phoned"} <= {v.display_state for v in views}
    assert (
        psy.db.scalar(
            "SELECT count(*) FROM counselling_sessions WHERE confidential_notes IS NOT NULL"
        )
        > 0
    )
    assert audit.first_broken_entry(psy.db) is None


def test_seeding_twice_adds_only_new_pupils(soc: Vault) -> None:
    first = seed_demo(soc, pupils=30, incidents=3, seed=1)
    again = seed_demo(soc, pupils=30, incidents=3, seed=1)
    assert first.pupils == 30 and again.pupils == 0
    assert soc.db.scalar("SELECT count(*) FROM pupils") == 30
    # a social pedagogue holds no notes key: the demo writes no confidential notes for them
    assert (
        soc.db.scalar(
            "SELECT count(*) FROM counselling_sessions WHERE confidential_notes IS NOT NULL"
        )
        == 0
    )


def test_administrators_do_not_seed(admin: Vault) -> None:
    with pytest.raises(PermissionDenied):
        seed_demo(admin, pupils=5, incidents=1)
