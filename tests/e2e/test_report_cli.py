"""`qorgau report`, `certificate`, `protocol` and `case-summary` as real processes on a real
vault seeded with synthetic data; the documents' text is read back with pypdf."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest

SURNAME_HINT = "Синтетиков"


def qorgau(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QORGAU_KDF_PROFILE": "fast", **env},
        timeout=180,
        check=False,
    )


def pdf_text(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("cli-reports")
    (root / "admin-pw").write_text("long admin passphrase\n")
    (root / "psy-pw").write_text("long psy passphrase\n")
    config = root / "config"  # no settings file: the language follows LANG
    base = {
        "QORGAU_DATA_DIR": str(root / "vault"),
        "XDG_CONFIG_HOME": str(config),
        "HOME": str(root),
        "LANG": "ru_RU.UTF-8",
        "LC_ALL": "",
        "QT_QPA_PLATFORM": "",
        "DISPLAY": "",
    }
    admin = {**base, "QORGAU_USER": "admin", "QORGAU_PASSWORD_FILE": str(root / "admin-pw")}
    steps = [
        (admin, ["init", "--school", "Қорғау мектебі №1", "--user", "admin"]),
        (
            admin,
            [
                "users",
                "add",
                "psy",
                "--role",
                "psychologist",
                "--new-password-file",
                str(root / "psy-pw"),
            ],
        ),
    ]
    for env, args in steps:
        result = qorgau(*args, env=env)
        assert result.returncode == 0, result.stderr
    psy = {**base, "QORGAU_USER": "psy", "QORGAU_PASSWORD_FILE": str(root / "psy-pw")}
    result = qorgau("seed-demo", "--pupils", "60", "--incidents", "20", env=psy)
    assert result.returncode == 0, result.stderr
    return {**psy, "ROOT": str(root)}


def current_quarter() -> str:
    today = date.today()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def test_report_pdf_and_csv(seeded: dict[str, str]) -> None:
    root = Path(seeded["ROOT"])
    out_pdf, out_csv = root / "out" / "report.pdf", root / "out" / "report.csv"
    result = qorgau(
        "report",
        "--period",
        current_quarter(),
        "--format",
        "pdf",
        "--output",
        str(out_pdf),
        env=seeded,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out_pdf}"
    text = " ".join(pdf_text(out_pdf).split())
    assert "Отчёт за период" in text  # LANG=ru: the document is in Russian
    assert "Қорғау мектебі №1" in text
    result = qorgau(
        "report",
        "--period",
        current_quarter(),
        "--format",
        "csv",
        "--output",
        str(out_csv),
        env=seeded,
    )
    assert result.returncode == 0, result.stderr
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Школа" and len({len(r) for r in rows}) == 1
    assert sorted(p.name for p in out_pdf.parent.iterdir()) == ["report.csv", "report.pdf"]


def test_report_in_kazakh_and_english(seeded: dict[str, str]) -> None:
    root = Path(seeded["ROOT"])
    for lang, title in (("kk_KZ.UTF-8", "Кезең бойынша есеп"), ("en_GB.UTF-8", "Period report")):
        out = root / f"report-{lang[:2]}.pdf"
        result = qorgau(
            "report", "--period", "2026", "--output", str(out), env={**seeded, "LANG": lang}
        )
        assert result.returncode == 0, result.stderr
        assert title in " ".join(pdf_text(out).split())


def test_names_never_reach_the_report(seeded: dict[str, str]) -> None:
    root = Path(seeded["ROOT"])
    export = root / "pupils.csv"
    result = qorgau("export-pupils", "--output", str(export), env=seeded)
    assert result.returncode == 0, result.stderr
    pupils = list(csv.DictReader(io.StringIO(export.read_text(encoding="utf-8-sig"))))
    out = root / "anon.csv"
    result = qorgau(
        "report", "--period", current_quarter(), "--format", "csv", "--output", str(out), env=seeded
    )
    assert result.returncode == 0, result.stderr
    anon = out.read_text(encoding="utf-8-sig")
    out_pdf = root / "anon.pdf"
    result = qorgau("report", "--period", "2026", "--output", str(out_pdf), env=seeded)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out_pdf)
    for pupil in pupils:
        assert pupil["iin"] not in anon and pupil["iin"] not in text
        assert pupil["surname"] not in anon and pupil["surname"] not in text


def test_bad_period_is_one_line_and_writes_nothing(seeded: dict[str, str]) -> None:
    root = Path(seeded["ROOT"])
    out = root / "bad.pdf"
    result = qorgau("report", "--period", "last-summer", "--output", str(out), env=seeded)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "period" in lines[0] and "Traceback" not in result.stderr
    assert not out.exists()


def test_certificate_protocol_and_case_summary(seeded: dict[str, str]) -> None:
    root = Path(seeded["ROOT"])
    listed = qorgau("notifications", "list", "--json", env=seeded)
    assert listed.returncode == 0, listed.stderr
    notification = json.loads(listed.stdout)[0]["id"]
    cert = root / "cert.pdf"
    result = qorgau("certificate", notification, "--output", str(cert), env=seeded)
    assert result.returncode == 0, result.stderr
    assert notification in "".join(pdf_text(cert).split())
    protocol = root / "protocol.pdf"
    result = qorgau("protocol", "1", "--output", str(protocol), env=seeded)
    assert result.returncode == 0, result.stderr
    assert "Директор (председатель)" in " ".join(pdf_text(protocol).split())
    summary = root / "summary.pdf"
    result = qorgau(
        "case-summary",
        "1",
        "--sections",
        "profile,sessions",
        "--output",
        str(summary),
        env=seeded,
    )
    assert result.returncode == 0, result.stderr
    assert summary.exists()
    bad = qorgau(
        "case-summary", "1", "--sections", "notes", "--output", str(root / "x.pdf"), env=seeded
    )
    assert bad.returncode != 0 and "sections" in bad.stderr and not (root / "x.pdf").exists()


def test_report_for_a_school_quarter(seeded: dict[str, str]) -> None:
    """`--period 2026-S2`: the 2nd четверть of the school year 2026/2027, named so in the PDF;
    a 5th school quarter is refused in one line."""
    root = Path(seeded["ROOT"])
    out = root / "s2.pdf"
    result = qorgau("report", "--period", "2026-S2", "--output", str(out), env=seeded)
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert "2-я четверть 2026/2027 учебного года" in text
    assert "01.11.2026" in text and "31.12.2026" in text
    bad = qorgau("report", "--period", "2026-S5", "--output", str(root / "s5.pdf"), env=seeded)
    assert bad.returncode != 0 and "2026-S1" in bad.stderr
