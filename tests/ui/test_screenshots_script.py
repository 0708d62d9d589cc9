"""scripts/screenshots.py: one view in one language, from a fresh demo vault, into tmp_path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from scripts import screenshots


def test_one_view_in_one_language(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    code = screenshots.main(
        ["--out", str(out), "--view", "incident", "--lang", "kk", "--pupils", "40"]
    )
    assert code == 0
    png = out / "incident_kk.png"
    assert png.stat().st_size > 10_000
    image = QImage(str(png))
    assert (image.width(), image.height()) == screenshots.SCREEN
    assert sorted(p.name for p in out.iterdir()) == ["incident_kk.png"]
    assert QApplication.topLevelWidgets() == [] or all(
        not w.isVisible() for w in QApplication.topLevelWidgets()
    )
