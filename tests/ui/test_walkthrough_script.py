"""scripts/walkthrough.py: every journey step becomes a screenshot a reviewer can look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from scripts import screenshots, walkthrough


def test_walkthrough_saves_a_screenshot_of_every_step(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "walk"
    assert walkthrough.main(["--out", str(out), "--lang", "kk", "--pupils", "30"]) == 0
    names = sorted(p.name for p in out.iterdir())
    steps = [name.split("_", 1)[1] for name in names]
    for expected in (
        "wizard_language.png",
        "pupils_search_kas.png",
        "incident_no_pupil_question.png",
        "incident_recorded.png",
        "notifications.png",
        "council_protocol_save_dialog.png",
        "settings.png",
    ):
        assert expected in steps, names
    assert [name[:2] for name in names] == [f"{n:02d}" for n in range(1, len(names) + 1)]
    image = QImage(str(out / names[0]))
    assert (image.width(), image.height()) == screenshots.SCREEN
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
