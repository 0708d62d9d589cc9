"""Walk the main journeys through the real widgets and save a screenshot of every step.

Journeys: the first-run wizard; the pupil list and a search with a Kazakh letter; recording a
mandatory incident from a pupil's card; the notifications; the settings (and the switch to
Kazakh); a prevention council meeting and its protocol saved as PDF (Qt's own save dialog
and the "Saved" box included). Synthetic data only, in a temporary folder.

Each step is ``{out}/{NN}_{step}.png``: a 1280x800 screen composed like
``scripts/screenshots.py`` does (same code), so a reviewer can look through the journey as a
user would see it. Runs offscreen without a display, or on a real X server, e.g.
``xvfb-run -s "-screen 0 1280x800x24" python scripts/walkthrough.py --out /tmp/walk``.

Usage:
    python scripts/walkthrough.py [--out walkthrough] [--lang ru|kk|en] [--pupils 120]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.screenshots import (  # noqa: E402 - after the path is set
    LANGUAGES,
    PASSPHRASE,
    build_demo,
    compose,
    isolated_settings,
    prepare_environment,
    quiet_offscreen_noise,
    save,
    settle,
)

if TYPE_CHECKING:
    from ui.i18n import Translations

DEFAULT_OUT = Path("walkthrough")
MAX_WIZARD_PAGES = 10


class Walkthrough:
    """Takes the numbered screenshots; each journey is a method."""

    def __init__(self, out: Path, log: Callable[[str], None] = print) -> None:
        self.out = out
        self.log = log
        self.count = 0
        self.saved: list[Path] = []

    # -- shooting --------------------------------------------------------------------------

    def visible_windows(self) -> list[QWidget]:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]

        def depth(window: QWidget) -> int:  # a dialog is drawn over the window it belongs to
            parent = window.parentWidget()
            return 0 if parent is None else 1 + depth(parent.window())

        return sorted(windows, key=depth)

    def shot(self, step: str, windows: Sequence[QWidget] | None = None) -> Path:
        settle()
        shown = list(windows) if windows is not None else self.visible_windows()
        fill = bool(shown) and isinstance(shown[0], QMainWindow)
        image: QImage = compose(shown, fill_first=fill)
        self.count += 1
        path = save(image, self.out / f"{self.count:02d}_{step}.png")
        self.log(str(path))
        self.saved.append(path)
        return path

    def answer_file_dialog(self, step: str, path: Path | None) -> None:
        """Screenshot the next (modal) file dialog, then save to ``path`` or cancel."""
        timer = QTimer()

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
                return
            timer.stop()
            self.shot(step)
            if path is None:
                dialog.reject()
                return
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            if name is not None:  # typed as a person would, then "Save"
                name.setText(str(path))
            else:
                dialog.selectFile(str(path))
            dialog.accept()

        timer.timeout.connect(poll)
        timer.start(50)
        self._timer = timer  # alive until it fires

    @staticmethod
    def close_all() -> None:
        for widget in QApplication.topLevelWidgets():
            widget.hide()
            widget.deleteLater()
        settle()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # -- journeys --------------------------------------------------------------------------

    def first_run(self, folder: Path) -> None:
        from ui.dialogs.wizard import SetupWizard

        wizard = SetupWizard(folder / "first-run")
        wizard.resize(760, 560)
        wizard.show()
        for _ in range(MAX_WIZARD_PAGES):
            page = wizard.currentPage()
            fill_wizard_page(page)
            self.shot(f"wizard_{type(page).__name__.removesuffix('Page').lower()}", [wizard])
            if wizard.currentId() == wizard.pageIds()[-1]:
                break
            before = wizard.currentId()
            wizard.next()
            for _wait in range(200):  # the vault is created on a worker
                settle(1)
                if wizard.currentId() != before:
                    break
            if wizard.currentId() == before:
                self.shot("wizard_stuck", [wizard])
                break
        wizard.hide()
        created = wizard.created
        if created is not None:
            created.vault.close()
        self.close_all()

    def main_journeys(self, folder: Path, pupils: int, translations: Translations) -> None:
        from ui.main_window import MainWindow, Nav
        from ui.settings_store import SettingsStore

        demo = build_demo(folder, pupils, max(10, pupils // 8))
        vault = demo.vault
        window = MainWindow(vault, store=SettingsStore(), translations=translations)
        window.resize(1278, 768)
        window.show()
        try:
            self.shot("dashboard")
            self.pupils(window)
            self.incident(window, demo.card_pupil)
            window.show_page(Nav.NOTIFICATIONS)
            self.shot("notifications")
            self.council(window, folder)
            self.settings(window)
        finally:
            self.close_all()
            vault.close()

    def pupils(self, window: QWidget) -> None:
        from ui.main_window import Nav

        window.show_page(Nav.PUPILS)  # type: ignore[attr-defined]
        page = window.page(Nav.PUPILS)  # type: ignore[attr-defined]
        self.shot("pupils_list")
        page.search.setText("Кас")
        page.apply_filter()
        self.shot("pupils_search_kas")
        page.search.clear()
        page.apply_filter()

    def incident(self, window: QWidget, pupil_id: int) -> None:
        from app.services import pupils as pupil_service
        from ui.dialogs.incident import IncidentDialog
        from ui.dialogs.pupil_card import PupilCard

        card = PupilCard(window.vault, window, pupil_id=pupil_id)  # type: ignore[attr-defined]
        card.resize(1100, 660)
        card.open()
        self.shot("pupil_card")
        dialog = IncidentDialog(window.vault, card)  # type: ignore[attr-defined]
        dialog.open()
        dialog.category.setCurrentIndex(dialog.category.findData("violence"))
        dialog.description.setPlainText(
            "На перемене двое старшеклассников толкали и ударили ученика (синтетические данные)."
        )
        dialog.location.setText("коридор у столовой")
        self.shot("incident_filled_without_pupil")
        dialog.save_button.click()
        self.shot("incident_no_pupil_question")
        question = dialog.no_pupil_question
        if question is not None and question.defaultButton() is not None:
            question.defaultButton().click()  # "Attach a pupil"
        surname = pupil_service.get_pupil(window.vault, pupil_id, audit_view=False).surname  # type: ignore[attr-defined]
        dialog.picker.search.setText(surname)
        dialog.picker.on_search()
        dialog.picker.on_pick()
        self.shot("incident_pupil_attached")
        dialog.save_button.click()
        self.shot("incident_recorded")
        dialog.accept()
        card.accept()
        settle()

    def council(self, window: QWidget, folder: Path) -> None:
        from ui.main_window import Nav

        window.show_page(Nav.COUNCIL)  # type: ignore[attr-defined]
        page = window.page(Nav.COUNCIL)  # type: ignore[attr-defined]
        self.shot("council_list")
        page.new_button.click()
        from ui.dialogs.council import MeetingDialog

        form = next(w for w in self.visible_windows() if isinstance(w, MeetingDialog))
        form.members.setPlainText("Директор А. Б. Сейтова\nПедагог-психолог Д. Серікқызы")
        form.agenda.setPlainText("Работа с обучающимися, требующими повышенного внимания.")
        self.shot("council_new_meeting")
        form.save_button.click()
        settle()
        self.shot("council_meeting_opened")
        self.close_dialogs()
        page.refresh()
        page.table.selectRow(0)
        target = folder / "protocol.pdf"
        self.answer_file_dialog("council_protocol_save_dialog", target)
        page.protocol_button.click()
        # The document is written on a worker; the "Saved" box follows (give up after 3 s
        # more: the screenshot then shows that it never came).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            settle(1)
            if any(isinstance(w, QMessageBox) for w in self.visible_windows()):
                break
            if target.exists():
                deadline = min(deadline, time.monotonic() + 3)
            time.sleep(0.05)
        self.shot("council_protocol_saved")
        self.close_dialogs()

    def settings(self, window: QWidget) -> None:
        from ui.main_window import Nav

        window.show_page(Nav.SETTINGS)  # type: ignore[attr-defined]
        self.shot("settings")
        combo: QComboBox | None = getattr(window.page(Nav.SETTINGS), "language", None)  # type: ignore[attr-defined]
        if combo is not None:
            combo.setCurrentIndex(combo.findData("kk"))
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            self.shot("settings_in_kazakh")
            window.show_page(Nav.DASHBOARD)  # type: ignore[attr-defined]
            self.shot("dashboard_in_kazakh")

    def close_dialogs(self) -> None:
        for widget in self.visible_windows():
            if not isinstance(widget, QMainWindow):
                widget.hide()
        settle()


def fill_wizard_page(page: QWidget) -> None:
    """What a psychologist types on a wizard page: school, name, passphrases."""
    values = {
        "school": "Демо-школа №1 с. Акжар (синтетические данные)",
        "full_name": "Дана Серікқызы (демо)",
    }
    for name, text in values.items():
        field = getattr(page, name, None)
        if isinstance(field, QLineEdit) and not field.text():
            field.setText(text)
    for field in page.findChildren(QLineEdit):
        if field.echoMode() == QLineEdit.EchoMode.Password and field.isVisible():
            field.setText(PASSPHRASE + "-first-run")
    for box in page.findChildren(QWidget):
        check = getattr(box, "setChecked", None)
        if check is not None and box.objectName() in ("written_down", "confirm"):
            check(True)


def run(out: Path, lang: str, pupils: int, log: Callable[[str], None] = print) -> list[Path]:
    from ui.i18n import Translations

    app = QApplication.instance() or QApplication(["qorgau-walkthrough"])
    assert isinstance(app, QApplication)
    walk = Walkthrough(out, log)
    translations = Translations()
    previous = QLocale()
    with tempfile.TemporaryDirectory(prefix="qorgau-walk-") as tmp:
        with isolated_settings(Path(tmp) / "settings"):
            translations.set_language(lang)
            try:
                walk.first_run(Path(tmp))
                walk.main_journeys(Path(tmp) / "demo", pupils, translations)
            finally:
                translations.clear()
                QLocale.setDefault(previous)
    return walk.saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python scripts/walkthrough.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNG files")
    parser.add_argument("--lang", choices=LANGUAGES, default="ru", help="language (default ru)")
    parser.add_argument("--pupils", type=int, default=120, help="synthetic pupils (default 120)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    prepare_environment()
    saved = run(args.out, args.lang, args.pupils)
    print(f"{len(saved)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    quiet_offscreen_noise()
    sys.exit(main())
