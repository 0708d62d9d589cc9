"""A pupil's case summary for a referral (psychological support centre, child-friendly office).

Only the sections the user chose. Sessions show their shared summary: the data behind this
document never contains confidential notes (``app.services.reports.case_summary_data``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.reports import CaseSummary
from ui.documents.pdf import day, esc, render_pdf, table, when
from ui.vocabulary import (
    incident_category_names,
    participant_roles,
    plan_kinds,
    plan_statuses,
    referral_destinations,
    register_category_names,
    relation_name,
    session_kinds,
)

translate = QCoreApplication.translate


def title() -> str:
    return QCoreApplication.translate("CaseSummary", "Case summary")


def section_names() -> dict[str, str]:
    return {
        "profile": QCoreApplication.translate("CaseSummary", "Profile"),
        "representatives": QCoreApplication.translate("CaseSummary", "Legal representatives"),
        "register": QCoreApplication.translate("CaseSummary", "Register entries"),
        "incidents": QCoreApplication.translate("CaseSummary", "Incidents"),
        "sessions": QCoreApplication.translate("CaseSummary", "Counselling sessions"),
        "plans": QCoreApplication.translate("CaseSummary", "Plans and tasks"),
        "referrals": QCoreApplication.translate("CaseSummary", "Referrals"),
    }


def _yes_no(value: bool) -> str:
    return translate("CaseSummary", "yes") if value else translate("CaseSummary", "no")


def _profile(data: CaseSummary) -> str:
    p = data.pupil
    sex = translate("CaseSummary", "male") if p.sex == "M" else translate("CaseSummary", "female")
    rows = [
        (translate("CaseSummary", "Full name"), p.full_name),
        (translate("CaseSummary", "IIN"), p.iin),
        (translate("CaseSummary", "Class"), p.class_name),
        (translate("CaseSummary", "Date of birth"), day(p.birth_date)),
        (translate("CaseSummary", "Sex"), sex),
        (translate("CaseSummary", "Address"), p.address or "—"),
    ]
    return table(
        [esc(translate("CaseSummary", "Field")), esc(translate("CaseSummary", "Value"))],
        [[esc(label), esc(value)] for label, value in rows],
    )


def _representatives(data: CaseSummary) -> str:
    if not data.representatives:
        return "<p>—</p>"
    return table(
        [
            esc(translate("CaseSummary", "Name")),
            esc(translate("CaseSummary", "Relation")),
            esc(translate("CaseSummary", "Phone")),
            esc(translate("CaseSummary", "Consent to support")),
        ],
        [
            [
                esc(r.full_name),
                esc(relation_name(r.relation) if r.relation else "—"),
                esc(r.phone or "—"),
                esc(_yes_no(r.consent_support)),
            ]
            for r in data.representatives
        ],
    )


def _register(data: CaseSummary) -> str:
    if not data.register:
        return "<p>—</p>"
    names = register_category_names()
    return table(
        [
            esc(translate("CaseSummary", "Category")),
            esc(translate("CaseSummary", "Basis")),
            esc(translate("CaseSummary", "Opened")),
            esc(translate("CaseSummary", "Closed")),
        ],
        [
            [
                esc(names.get(e.category, e.category)),
                esc(e.basis),
                esc(day(e.opened_on)),
                esc(day(e.closed_on) + (f" — {e.close_reason}" if e.close_reason else "")),
            ]
            for e in data.register
        ],
    )


def _incidents(data: CaseSummary) -> str:
    if not data.incidents:
        return "<p>—</p>"
    names = incident_category_names()
    roles = participant_roles()
    return table(
        [
            esc(translate("CaseSummary", "Detected")),
            esc(translate("CaseSummary", "Category")),
            esc(translate("CaseSummary", "Role")),
            esc(translate("CaseSummary", "What happened; measures")),
        ],
        [
            [
                esc(when(i.detected_at)),
                esc(names.get(i.category, i.category)),
                esc(roles.get(i.role, i.role)),
                esc(i.description + (f"\n{i.measures}" if i.measures else "")),
            ]
            for i in data.incidents
        ],
    )


def _sessions(data: CaseSummary) -> str:
    if not data.sessions:
        return "<p>—</p>"
    kinds = session_kinds()
    minutes = translate("CaseSummary", "{0} min")
    return table(
        [
            esc(translate("CaseSummary", "Held")),
            esc(translate("CaseSummary", "Kind")),
            esc(translate("CaseSummary", "Duration")),
            esc(translate("CaseSummary", "Summary")),
        ],
        [
            [
                esc(when(s.held_at)),
                esc(kinds.get(s.kind, s.kind)),
                esc(minutes.format(s.duration_min)),
                esc(s.summary or "—"),
            ]
            for s in data.sessions
        ],
    )


def _plans(data: CaseSummary) -> str:
    if not data.plans:
        return "<p>—</p>"
    kinds, statuses = plan_kinds(), plan_statuses()
    done = translate("CaseSummary", "done {0}")
    due = translate("CaseSummary", "due {0}")
    parts = []
    for item in data.plans:
        plan = item.plan
        parts.append(
            f"<p><b>{esc(plan.title)}</b> — {esc(kinds.get(plan.kind, plan.kind))}, "
            f"{esc(statuses.get(plan.status, plan.status))}</p>"
        )
        if plan.goals:
            parts.append(f"<p>{esc(plan.goals)}</p>")
        if item.tasks:
            parts.append(
                "<ul>"
                + "".join(
                    f"<li>{esc(t.title)} ("
                    + esc(done.format(day(t.done_on)) if t.done_on else due.format(day(t.due_on)))
                    + (f", {esc(t.responsible_name)}" if t.responsible_name else "")
                    + ")</li>"
                    for t in item.tasks
                )
                + "</ul>"
            )
    return "".join(parts)


def _referrals(data: CaseSummary) -> str:
    if not data.referrals:
        return "<p>—</p>"
    names = referral_destinations()
    return table(
        [
            esc(translate("CaseSummary", "Date")),
            esc(translate("CaseSummary", "Destination")),
            esc(translate("CaseSummary", "Reason")),
            esc(translate("CaseSummary", "Outcome")),
        ],
        [
            [
                esc(day(r.referred_on)),
                esc(names.get(r.destination, r.destination)),
                esc(r.reason or "—"),
                esc(r.outcome or "—"),
            ]
            for r in data.referrals
        ],
    )


_SECTIONS = {
    "profile": _profile,
    "representatives": _representatives,
    "register": _register,
    "incidents": _incidents,
    "sessions": _sessions,
    "plans": _plans,
    "referrals": _referrals,
}


def summary_html(data: CaseSummary) -> str:
    p = data.pupil
    heading = translate("CaseSummary", "Case summary: {0}, class {1}").format(
        p.full_name, p.class_name
    )
    parts = [f"<h1>{esc(heading)}</h1>", f"<p><b>{esc(data.school)}</b></p>"]
    names = section_names()
    for section in data.sections:
        parts.append(f"<h2>{esc(names[section])}</h2>")
        parts.append(_SECTIONS[section](data))
    prepared = translate("CaseSummary", "Prepared by {0} with Qorgau on {1}. Confidential.")
    parts.append(
        f'<p class="muted small">{esc(prepared.format(data.prepared_by, when(data.generated_at)))}</p>'
    )
    return "".join(parts)


def summary_pdf(data: CaseSummary) -> bytes:
    return render_pdf(summary_html(data), title=title(), school=data.school)
