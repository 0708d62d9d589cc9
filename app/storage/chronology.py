"""The pupil card's chronology: everything that happened to one pupil, newest first.

One UNION ALL query, each branch served by a ``pupil_id`` index, sorted and cut by LIMIT in
SQLite. What ``title`` and ``detail`` hold per ``kind``:

================  ====================  =========================  ==============================
kind              at                    title                      detail
================  ====================  =========================  ==============================
incident          detected_at           incident category          the pupil's role
session           held_at               session kind               shared summary (never the
                                                                   confidential notes)
referral          referred_on           destination                reason
council           meeting held_on       meeting status             why the pupil was discussed
council_decision  meeting held_on       meeting status             the decision
absence           date_from             ``excused``/``unexcused``  reason
register_open     opened_on             register category          basis
register_review   reviewed_on           register category          review note
register_close    closed_on             register category          close reason
plan              created_at            plan title                 plan kind
task              done_on/due_on/       task title                 ``done`` or ``open``
                  created_at
================  ====================  =========================  ==============================
"""

from __future__ import annotations

from app.domain.pupils import ChronologyEvent
from app.storage.db import Database

_SQL = """
SELECT 'incident' AS kind, i.id AS id, i.detected_at AS at, i.category AS title, ip.role AS detail
  FROM incident_pupils ip JOIN incidents i ON i.id = ip.incident_id
 WHERE ip.pupil_id = :pid
UNION ALL
SELECT 'session', s.id, s.held_at, s.kind, s.summary
  FROM counselling_sessions s WHERE s.pupil_id = :pid
UNION ALL
SELECT 'referral', r.id, r.referred_on, r.destination, r.reason
  FROM referrals r WHERE r.pupil_id = :pid
UNION ALL
SELECT 'council', m.id, m.held_on, m.status, cp.reason
  FROM council_pupils cp JOIN council_meetings m ON m.id = cp.meeting_id
 WHERE cp.pupil_id = :pid
UNION ALL
SELECT 'council_decision', d.id, m.held_on, m.status, d.text
  FROM council_decisions d JOIN council_meetings m ON m.id = d.meeting_id
 WHERE d.pupil_id = :pid
UNION ALL
SELECT 'absence', a.id, a.date_from,
       CASE WHEN a.excused THEN 'excused' ELSE 'unexcused' END, a.reason
  FROM absences a WHERE a.pupil_id = :pid
UNION ALL
SELECT 'register_open', e.id, e.opened_on, e.category, e.basis
  FROM register_entries e WHERE e.pupil_id = :pid
UNION ALL
SELECT 'register_review', v.id, v.reviewed_on, e.category, v.note
  FROM register_entries e JOIN register_reviews v ON v.entry_id = e.id
 WHERE e.pupil_id = :pid
UNION ALL
SELECT 'register_close', e.id, e.closed_on, e.category, coalesce(e.close_reason, '')
  FROM register_entries e WHERE e.pupil_id = :pid AND e.closed_on IS NOT NULL
UNION ALL
SELECT 'plan', pl.id, pl.created_at, pl.title, pl.kind
  FROM plans pl WHERE pl.pupil_id = :pid
UNION ALL
SELECT 'task', t.id, coalesce(t.done_on, t.due_on, t.created_at), t.title,
       CASE WHEN t.done_on IS NULL THEN 'open' ELSE 'done' END
  FROM tasks t WHERE t.pupil_id = :pid
ORDER BY at DESC, kind, id DESC
LIMIT :limit
"""


def for_pupil(db: Database, pupil_id: int, *, limit: int) -> list[ChronologyEvent]:
    return [
        ChronologyEvent(
            kind=str(r["kind"]),
            id=int(r["id"]),
            at=str(r["at"]),
            title=str(r["title"]),
            detail=str(r["detail"]),
        )
        for r in db.all_named(_SQL, {"pid": pupil_id, "limit": limit})
    ]
