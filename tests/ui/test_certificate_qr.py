"""The certificate's QR code carries the server's signed receipt, and an officer checks it offline
with `qorgau-server verify-receipt` and the server's public key.

A notification is delivered to the real reference server on loopback; the certificate PDF is
read back with pypdf. segno cannot decode QR codes, so the test checks the payload handed to
segno (the receipt's canonical JSON) and that the image in the PDF is that QR code, module by
module; then it runs the verification command on the payload, and on tampered copies.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pypdf
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtGui import QImage

from app.canonical import canonical_json
from app.services import reports
from app.storage import notifications as outbox
from app.vault import Vault
from sync.engine import sync_once
from sync.enrollment import enroll
from sync.protocol import PATH_HEALTH, public_key_to_b64
from tests.support.server_process import REPO_ROOT, make_enroll_code, running_server
from tests.sync.test_sync_engine import record_mandatory
from tests.ui.test_documents import pdf_text, words
from ui import documents
from ui.documents import certificate
from ui.i18n import Translations


def verify_receipt_cli(
    payload: str, public_key: str, *extra: str
) -> subprocess.CompletedProcess[str]:
    """The officer's command, reading the QR code's text from stdin."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "server.cli",
            "verify-receipt",
            "--public-key",
            public_key,
            *extra,
            "-",
        ],
        cwd=REPO_ROOT,
        input=payload,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def pdf_images(data: bytes) -> list[bytes]:
    """The raw streams of the image XObjects of every page (Qt writes them as JPEG)."""
    images = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        resources = page["/Resources"]
        assert isinstance(resources, pypdf.generic.DictionaryObject)
        objects = resources.get("/XObject") or {}
        images += [obj.get_object() for obj in objects.values()]
    return [img.get_data() for img in images if img["/Subtype"] == "/Image"]


def matches_qr(image: QImage, payload: str) -> bool:
    """Every module of the QR code of ``payload`` has the right colour in ``image``."""
    qr = certificate.receipt_qr(payload)
    matrix = qr.matrix
    border = 4
    modules = len(matrix) + 2 * border
    if abs(image.width() - image.height()) > 1 or image.width() < modules:
        return False
    step = image.width() / modules
    for row, line in enumerate(matrix):
        for col, dark in enumerate(line):
            x = int((col + border + 0.5) * step)
            y = int((row + border + 0.5) * step)
            if (image.pixelColor(x, y).lightness() < 128) != bool(dark):
                return False
    return True


def test_certificate_qr_is_the_signed_receipt_and_verifies_offline(
    psy: Vault, tmp_path: Path, translations: Translations
) -> None:
    translations.set_language("ru")
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:
        enroll(psy, server.base_url, make_enroll_code(server_dir, "Школа №1"))
        [nid] = record_mandatory(psy, 1)
        assert sync_once(psy.db).delivered == 1
        # What the officer's organisation knows: the key the server signs receipts with.
        public_key = requests.get(server.base_url + PATH_HEALTH, timeout=10).json()[
            "server_public_key"
        ]

    data = reports.notification_certificate_data(psy, nid)
    assert data.receipt is not None
    payload = data.receipt.signed_json
    stored = outbox.receipt_for(psy.db, nid)
    assert stored is not None
    # The whole receipt as the server sent it, as compact canonical JSON.
    assert json.loads(payload) == json.loads(stored.receipt_json)
    assert payload.encode() == canonical_json(json.loads(payload))
    assert json.loads(payload)["notification_id"] == nid
    assert json.loads(payload)["signature"] == stored.signature

    out = tmp_path / "certificate.pdf"
    documents.export_certificate(psy, nid, out)
    text = words(pdf_text(out.read_bytes()))
    assert "Acceptance by law enforcement" not in text  # was left English in every language
    # The command may wrap at its hyphens; on paper that is fine.
    assert "qorgau-serververify-receipt--public-key" in "".join(text.split())
    images = pdf_images(out.read_bytes())
    assert len(images) == 1, "the certificate has exactly one image: the QR code"
    qr_image = QImage.fromData(images[0])
    assert not qr_image.isNull()
    assert matches_qr(qr_image, payload)
    assert not matches_qr(qr_image, payload.replace(nid, nid[:-1] + "0"))  # the check can fail

    valid = verify_receipt_cli(payload, public_key)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert valid.stdout.startswith("VALID")
    assert f"notification_id: {nid}" in valid.stdout
    # The certificate's printed facts can be required too.
    printed = verify_receipt_cli(
        payload, public_key, "--notification-id", nid, "--payload-sha256", data.payload_sha256
    )
    assert printed.returncode == 0, printed.stdout

    # A tampered copy: another server time (say, to look on time) no longer verifies.
    tampered = dict(json.loads(payload), server_received_at="2020-01-01T00:00:00Z")
    refused = verify_receipt_cli(canonical_json(tampered).decode(), public_key)
    assert refused.returncode == 1
    assert refused.stdout.startswith("INVALID")
    assert "not signed by the server key" in refused.stdout
    # The genuine receipt shown for another notification is refused as well...
    other = verify_receipt_cli(payload, public_key, "--notification-id", nid[:-1] + "0")
    assert other.returncode == 1 and "INVALID" in other.stdout
    # ...and so is one checked against another server's key.
    foreign_key = public_key_to_b64(Ed25519PrivateKey.generate().public_key())
    stranger = verify_receipt_cli(payload, foreign_key)
    assert stranger.returncode == 1 and "INVALID" in stranger.stdout
