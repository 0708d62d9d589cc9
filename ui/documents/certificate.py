"""The notification certificate: one page that proves the school reported on time.

It names no pupil: the school, the incident's category and time of detection, the recipients,
the deadline, the server's signed receipt (number, server time, payload hash) and whether it
arrived before the deadline, and its acceptance by law enforcement (officer, unit, registration
number, time) or plainly that it is not accepted yet (DESIGN §6a). The payload hash lets anyone
holding the notification check that the receipt covers exactly what was sent; a QR code carries
the signed receipt itself, for `qorgau-server verify-receipt` with the server's public key.
"""

from __future__ import annotations

import base64
import io

import segno
from PySide6.QtCore import QCoreApplication

from app.domain.reports import NotificationCertificate
from ui.documents.pdf import esc, render_pdf, when
from ui.vocabulary import incident_category_names, recipient_name

translate = QCoreApplication.translate


def title() -> str:
    return QCoreApplication.translate("Certificate", "Notification certificate")


def _yes_no(value: bool) -> str:
    if value:
        return (
            '<span class="yes">' + esc(QCoreApplication.translate("Certificate", "Yes")) + "</span>"
        )
    return '<span class="no">' + esc(QCoreApplication.translate("Certificate", "No")) + "</span>"


def _rows(pairs: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td width="30%"><b>{esc(label)}</b></td><td>{value}</td></tr>'
        for label, value in pairs
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="5" width="100%" '
        f'style="border-collapse: collapse; border-color: #999999;">{body}</table>'
    )


def certificate_html(data: NotificationCertificate) -> str:
    category = incident_category_names().get(data.category, data.category)
    recipients = "<br>".join(esc(recipient_name(code)) for code in data.recipients) or "—"
    facts: list[tuple[str, str]] = [
        (translate("Certificate", "School"), esc(data.school)),
        (
            translate("Certificate", "Notification"),
            f'<span class="mono">{esc(data.notification_id)}</span>',
        ),
        (translate("Certificate", "Incident category"), esc(category)),
        (translate("Certificate", "Detected at"), esc(when(data.detected_at, zone=True))),
        (translate("Certificate", "Recipients"), recipients),
        (translate("Certificate", "Notification created"), esc(when(data.created_at, zone=True))),
        (translate("Certificate", "Deadline"), esc(when(data.deadline, zone=True))),
        (translate("Certificate", "Rules version"), esc(data.rules_version)),
    ]
    if data.corrects:
        facts.append(
            (
                translate("Certificate", "Corrects notification"),
                f'<span class="mono">{esc(data.corrects)}</span>',
            )
        )
    parts = [f"<h1>{esc(title())}</h1>", _rows(facts)]

    heading = translate("Certificate", "Receipt of the central server")
    parts.append(f"<h2>{esc(heading)}</h2>")
    receipt = data.receipt
    if receipt is None:
        parts.append(
            '<p class="no">'
            + esc(
                translate("Certificate", "No receipt yet: the notification has not been delivered.")
            )
            + "</p>"
        )
    else:
        parts.append(
            _rows(
                [
                    (translate("Certificate", "Receipt number"), esc(receipt.number)),
                    (
                        translate("Certificate", "Server time"),
                        esc(when(receipt.server_time_parsed, seconds=True, zone=True))
                        + f'<br><span class="mono">{esc(receipt.server_time)}</span>',
                    ),
                    (
                        translate("Certificate", "Payload hash (SHA-256)"),
                        f'<span class="mono">{esc(receipt.payload_sha256)}</span>',
                    ),
                    (
                        translate("Certificate", "Server signature (Ed25519)"),
                        f'<span class="mono">{esc(_wrap(receipt.signature))}</span>',
                    ),
                    (
                        translate("Certificate", "Delivered before the deadline"),
                        _yes_no(data.delivered_before_deadline),
                    ),
                ]
            )
        )
        if receipt.signed_json:
            parts.append(_receipt_qr_html(receipt.signed_json))
    call = data.phone_report
    if call is not None:
        heading = translate("Certificate", "Reported by telephone")
        parts.append(f"<h2>{esc(heading)}</h2>")
        parts.append(
            _rows(
                [
                    (translate("Certificate", "Called at"), esc(when(call.called_at, zone=True))),
                    (translate("Certificate", "Number called"), esc(call.phone_number or "—")),
                    (translate("Certificate", "Answered by"), esc(call.answered_by)),
                    (translate("Certificate", "Registration no."), esc(call.reference or "—")),
                    (
                        translate("Certificate", "Phoned before the deadline"),
                        _yes_no(data.phoned_before_deadline),
                    ),
                ]
            )
        )
    parts.extend(_acceptance(data))
    parts.append(
        '<p class="muted small">'
        + esc(
            translate(
                "Certificate",
                "The receipt is signed by the central server; its payload hash is the SHA-256 of "
                "the notification exactly as sent. Prepared with Qorgau on {0}.",
            ).format(when(data.generated_at, zone=True))
        )
        + "</p>"
    )
    return "".join(parts)


def _acceptance(data: NotificationCertificate) -> list[str]:
    """Who in law enforcement accepted it, under which number, when — or that nobody has yet."""
    # Not inside the f-string: pyside6-lupdate does not look there, and the heading stayed English.
    heading = translate("Certificate", "Acceptance by law enforcement")
    parts = [f"<h2>{esc(heading)}</h2>"]
    if not data.acceptances:
        parts.append(
            '<p class="no">'
            + esc(
                translate(
                    "Certificate",
                    "Not yet accepted: no officer has accepted this notification so far.",
                )
            )
            + "</p>"
        )
    for ack in data.acceptances:
        unknown = translate("Certificate", "not reported by the server")
        parts.append(
            _rows(
                [
                    (translate("Certificate", "Accepted by"), esc(ack.officer or unknown)),
                    (translate("Certificate", "Unit"), esc(ack.unit or unknown)),
                    (
                        translate("Certificate", "Registration no. (KUI / ERDR)"),
                        esc(ack.reference or unknown),
                    ),
                    (
                        translate("Certificate", "Accepted at"),
                        esc(when(ack.at, seconds=True, zone=True)),
                    ),
                ]
            )
        )
    parts.append(
        _rows(
            [
                (
                    translate(
                        "Certificate",
                        "Accepted on time (accepted, or delivered and phoned, before the deadline)",
                    ),
                    _yes_no(data.accepted_on_time),
                )
            ]
        )
    )
    return parts


# The QR code is printed about 45 mm wide, which a phone reads easily. Qt's rich text measures
# an image's width in pixels of a 96 dpi screen and scales them to the device (170 px -> 45 mm
# on the PDF and on a preview alike); the PNG itself has about the PDF's 300 dpi, in whole
# pixels per module so that the edges stay sharp.
QR_WIDTH = 170
QR_IMAGE_PX = 530


def receipt_qr(payload: str) -> segno.QRCode:
    """The QR code of the receipt's canonical JSON (error correction M survives a fold)."""
    return segno.make(payload, error="m", micro=False)


def receipt_qr_png(payload: str) -> tuple[bytes, int]:
    """PNG bytes of ``receipt_qr(payload)`` and its width in pixels (quiet zone included)."""
    qr = receipt_qr(payload)
    modules = int(qr.symbol_size(scale=1, border=4)[0])
    scale = max(2, QR_IMAGE_PX // modules)
    out = io.BytesIO()
    qr.save(out, kind="png", scale=scale, border=4)
    return out.getvalue(), modules * scale


def _receipt_qr_html(payload: str) -> str:
    png, _pixels = receipt_qr_png(payload)
    source = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    explanation = translate(
        "Certificate",
        "The QR code holds this receipt exactly as the central server signed it. Anyone with "
        "the server's public key can check it without a network connection:",
    )
    command = "qorgau-server verify-receipt --public-key KEY RECEIPT.json"
    return (
        '<table cellspacing="0" cellpadding="4" width="100%"><tr>'
        f'<td width="{QR_WIDTH}"><img src="{source}" width="{QR_WIDTH}" height="{QR_WIDTH}"></td>'
        f'<td valign="middle"><p class="small">{esc(explanation)}</p>'
        f'<p class="mono">{esc(command)}</p></td>'
        "</tr></table>"
    )


def _wrap(text: str, width: int = 64) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def certificate_pdf(data: NotificationCertificate) -> bytes:
    return render_pdf(certificate_html(data), title=title(), school=data.school)
