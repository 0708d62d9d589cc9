"""The protocol of a prevention council meeting, ready to print and sign.

Date, members present, the pupils discussed and why, the decisions with the responsible
person and due date of each, and signature lines for the chair and the secretary.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.reports import CouncilProtocol
from ui.documents.pdf import day, esc, render_pdf, table, when
from ui.vocabulary import meeting_statuses

translate = QCoreApplication.translate


def title() -> str:
    return QCoreApplication.translate("CouncilProtocol", "Protocol of the prevention council")


def protocol_html(data: CouncilProtocol) -> str:
    heading = translate("CouncilProtocol", "Protocol No. {0} of the prevention council meeting")
    date_line = translate("CouncilProtocol", "Date of the meeting: {0}").format(day(data.held_on))
    parts = [
        f"<h1>{esc(heading.format(data.meeting_id))}</h1>",
        f"<p><b>{esc(data.school)}</b></p>",
        f"<p>{esc(date_line)}</p>",
    ]
    if data.status != "held":
        status = meeting_statuses().get(data.status, data.status)
        note = translate("CouncilProtocol", "Status: {0} (the meeting is not marked as held)")
        parts.append(f'<p class="no">{esc(note.format(status))}</p>')

    members = translate("CouncilProtocol", "Members present")
    parts.append(f"<h2>{esc(members)}</h2>")
    if data.members:
        parts.append("<ol>" + "".join(f"<li>{esc(m)}</li>" for m in data.members) + "</ol>")
    else:
        parts.append("<p>—</p>")

    if data.agenda:
        agenda = translate("CouncilProtocol", "Agenda")
        parts.append(f"<h2>{esc(agenda)}</h2><p>{esc(data.agenda)}</p>")

    discussed = translate("CouncilProtocol", "Pupils discussed")
    parts.append(f"<h2>{esc(discussed)}</h2>")
    if data.pupils:
        parts.append(
            table(
                [
                    "№",
                    esc(translate("CouncilProtocol", "Pupil")),
                    esc(translate("CouncilProtocol", "Class")),
                    esc(translate("CouncilProtocol", "Reason")),
                ],
                [
                    [str(n), esc(p.full_name), esc(p.class_name), esc(p.reason)]
                    for n, p in enumerate(data.pupils, start=1)
                ],
            )
        )
    else:
        parts.append("<p>—</p>")

    decided = translate("CouncilProtocol", "Decisions")
    parts.append(f"<h2>{esc(decided)}</h2>")
    if data.decisions:
        parts.append(
            table(
                [
                    "№",
                    esc(translate("CouncilProtocol", "Decision")),
                    esc(translate("CouncilProtocol", "Pupil")),
                    esc(translate("CouncilProtocol", "Responsible")),
                    esc(translate("CouncilProtocol", "Due")),
                ],
                [
                    [
                        str(n),
                        esc(d.text),
                        esc(d.pupil_name or "—"),
                        esc(d.responsible_name or "—"),
                        esc(day(d.due_on)),
                    ]
                    for n, d in enumerate(data.decisions, start=1)
                ],
            )
        )
    else:
        parts.append("<p>—</p>")

    line = "_" * 28
    chair = translate("CouncilProtocol", "Chair")
    secretary = translate("CouncilProtocol", "Secretary")
    signature = translate("CouncilProtocol", "signature")
    full_name = translate("CouncilProtocol", "full name")
    parts.append(
        '<table width="100%" cellpadding="6" style="margin-top: 28px;">'
        f"<tr><td width='30%'>{esc(chair)}</td><td>{line}</td><td>{line}</td></tr>"
        f"<tr><td></td><td class='small muted'>{esc(signature)}</td>"
        f"<td class='small muted'>{esc(full_name)}</td></tr>"
        f"<tr><td>{esc(secretary)}</td><td>{line}</td><td>{line}</td></tr>"
        f"<tr><td></td><td class='small muted'>{esc(signature)}</td>"
        f"<td class='small muted'>{esc(full_name)}</td></tr>"
        "</table>"
    )
    prepared = translate("CouncilProtocol", "Prepared with Qorgau on {0}.")
    parts.append(f'<p class="muted small">{esc(prepared.format(when(data.generated_at)))}</p>')
    return "".join(parts)


def protocol_pdf(data: CouncilProtocol) -> bytes:
    return render_pdf(protocol_html(data), title=title(), school=data.school)
