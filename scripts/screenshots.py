"""Screenshots of the main views in each language, from a throw-away synthetic demo vault.

Builds a demo vault (a psychologist's account and ``seed_demo``: synthetic pupils, incidents,
sessions, plans) in a temporary folder, opens the real widgets and saves
``{out}/{view}_{lang}.png``. Every image is a 1280x800 "screen": the main window fills it and
dialogs are drawn over it where a window manager would centre them, each with a plain title bar
(the offscreen platform draws no window decorations) so the window titles show too.

Runs without a display (``QT_QPA_PLATFORM=offscreen``); when ``DISPLAY`` is set — for instance
under ``xvfb-run`` — Qt's usual platform is used instead.

Usage:
    python scripts/screenshots.py [--out docs/screenshots] [--view dashboard ...] [--lang ru ...]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from app.vault import Vault
    from ui.main_window import Entry, MainWindow

# Run as a file (python scripts/screenshots.py), the repository's packages are imported from
# here; they are imported inside the functions, after this.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VIEWS = (
    "signin",
    "dashboard",
    "dashboard_trends",
    "pupils",
    "pupil_card",
    "incident",
    "notifications",
)
LANGUAGES = ("en", "ru", "kk")
SCREEN = (1280, 800)
TITLE_BAR = 30
DEFAULT_OUT = ROOT / "docs" / "screenshots"

PSYCHOLOGIST = "dana"
PASSPHRASE = "screenshots-only"  # noqa: S105 - a throw-away vault of synthetic data
SCHOOL = "Демо-школа №1 (синтетические данные)"
MANDATORY_CATEGORY = "violence"


@dataclass
class Demo:
    """The throw-away vault and what the views are shown with."""

    data_dir: Path
    vault: Vault  # signed in as the psychologist
    card_pupil: int  # the pupil with the richest chronology
    witness_pupil: int


def prepare_environment() -> None:
    """Headless unless a display exists; fast Argon2 (the vault is thrown away)."""
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QORGAU_KDF_PROFILE", "fast")


# -- the demo vault ---------------------------------------------------------------------------


def build_demo(folder: Path, pupils: int, incidents: int) -> Demo:
    from app.services import chronology
    from app.services import pupils as pupil_service
    from app.services.demo import seed_demo
    from app.vault import create_vault, open_vault

    data_dir = folder / "vault"
    created = create_vault(
        data_dir,
        school=SCHOOL,
        login="admin",
        full_name="Администратор (демо)",
        passphrase=PASSPHRASE + "-admin",
    )
    admin = created.vault
    try:
        admin.add_account(
            PSYCHOLOGIST,
            role="psychologist",
            full_name="Дана Серікқызы (демо)",
            passphrase=PASSPHRASE,
        )
        admin.add_account(
            "erlan",
            role="social_pedagogue",
            full_name="Ерлан Маратұлы (демо)",
            passphrase=PASSPHRASE + "-soc",
        )
        admin.grant_compartment(PSYCHOLOGIST, recovery_key=created.recovery_key)
    finally:
        admin.close()
    vault = open_vault(data_dir, PSYCHOLOGIST, PASSPHRASE)
    seed_demo(vault, pupils=pupils, incidents=incidents, seed=2026)
    on_register = pupil_service.list_pupils(vault, on_register=True, limit=100)
    candidates = on_register or pupil_service.list_pupils(vault, limit=100)
    richest = max(candidates, key=lambda p: len(chronology.chronology(vault, p.id)))
    witness = next(p for p in pupil_service.list_pupils(vault, limit=100) if p.id != richest.id)
    return Demo(data_dir, vault, richest.id, witness.id)


# -- grabbing and composing -------------------------------------------------------------------


def settle(rounds: int = 4) -> None:
    """Let workers finish and their results, layouts and repaints reach the widgets."""
    from ui.background.workers import wait_all

    app = QCoreApplication.instance()
    assert app is not None
    for _ in range(rounds):
        wait_all()
        QCoreApplication.sendPostedEvents()
        app.processEvents()


def framed(widget: QWidget) -> QImage:
    """The widget as a window: its pixels under a plain title bar with its window title."""
    content = widget.grab().toImage()
    width, height = content.width(), content.height() + TITLE_BAR
    image = QImage(width + 2, height + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#5a6270"))
    painter = QPainter(image)
    painter.fillRect(QRect(1, 1, width, TITLE_BAR), QColor("#2f3640"))
    font = QFont(QApplication.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#f0f0f0"))
    text_rect = QRect(12, 1, width - 24, TITLE_BAR)
    title = painter.fontMetrics().elidedText(
        widget.windowTitle(), Qt.TextElideMode.ElideRight, text_rect.width()
    )
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
    painter.drawImage(QPoint(1, TITLE_BAR + 1), content)
    painter.end()
    return image


def desktop() -> QImage:
    image = QImage(*SCREEN, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 0, SCREEN[1])
    gradient.setColorAt(0, QColor("#3d5a73"))
    gradient.setColorAt(1, QColor("#1f2f3d"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    return image


def compose(windows: Sequence[QWidget], *, fill_first: bool) -> QImage:
    """A screen with ``windows`` stacked bottom to top; the first fills the screen when
    ``fill_first`` (the main window), the rest are centred over it (dialogs)."""
    screen = desktop()
    painter = QPainter(screen)
    for index, window in enumerate(windows):
        image = framed(window)
        if index == 0 and fill_first:
            at = QPoint(0, 0)
        else:
            at = QPoint(
                max(0, (SCREEN[0] - image.width()) // 2), max(0, (SCREEN[1] - image.height()) // 2)
            )
            shadow = QRect(at.x() + 6, at.y() + 6, image.width(), image.height())
            painter.fillRect(shadow, QColor(0, 0, 0, 70))
        painter.drawImage(at, image)
    painter.end()
    return screen


def save(image: QImage, path: Path) -> Path:
    """PNG at the highest zlib compression (quality 0 in Qt's terms): lossless, small."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), quality=0):
        raise OSError(f"could not write {path}")
    return path


# -- the views --------------------------------------------------------------------------------


class Stage:
    """Builds the widgets for one language, shows them, and takes them down again."""

    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.shown: list[QWidget] = []

    def show(self, widget: QWidget) -> QWidget:
        widget.show()
        self.shown.append(widget)
        settle()
        return widget

    def main_window(self, page: Entry[QWidget]) -> MainWindow:
        from ui.main_window import MainWindow

        window = MainWindow(self.demo.vault)
        window.resize(SCREEN[0] - 2, SCREEN[1] - TITLE_BAR - 2)
        self.show(window)
        window.show_page(page)
        settle()
        return window

    def teardown(self) -> None:
        for widget in reversed(self.shown):
            widget.hide()
            widget.deleteLater()
        self.shown.clear()
        settle()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # Each returns the finished screen image.

    def signin(self) -> QImage:
        from ui.dialogs.signin import SignInDialog

        dialog = SignInDialog(self.demo.data_dir)
        dialog.account.setCurrentText(PSYCHOLOGIST)
        dialog.resize(max(dialog.sizeHint().width(), 520), dialog.sizeHint().height())
        self.show(dialog)
        dialog.passphrase.setText("••••••••••••")
        settle()
        return compose([dialog], fill_first=False)

    def dashboard(self) -> QImage:
        from ui.main_window import Nav

        return compose([self.main_window(Nav.DASHBOARD)], fill_first=True)

    def dashboard_trends(self) -> QImage:
        """The dashboard scrolled down to its charts of the last 12 months."""
        from PySide6.QtWidgets import QScrollArea

        from ui.main_window import Nav
        from ui.pages.dashboard import DashboardPage

        window = self.main_window(Nav.DASHBOARD)
        page = window.findChild(DashboardPage)
        assert page is not None
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        scroll.ensureWidgetVisible(page.boxes["trends"])
        settle()
        return compose([window], fill_first=True)

    def pupils(self) -> QImage:
        from ui.main_window import Nav

        window = self.main_window(Nav.PUPILS)
        view = window.page(Nav.PUPILS)
        table = getattr(view, "table", None)
        if table is not None:
            table.selectRow(2)
        settle()
        return compose([window], fill_first=True)

    def _card(self, window: QWidget) -> QWidget:
        from ui.dialogs.pupil_card import PupilCard

        card = PupilCard(self.demo.vault, window, pupil_id=self.demo.card_pupil)
        chronology = card.chronology_table.parentWidget()
        if chronology is not None:
            card.tabs.setCurrentWidget(chronology)
        card.resize(1100, 660)
        self.show(card)
        return card

    def pupil_card(self) -> QImage:
        from ui.main_window import Nav

        window = self.main_window(Nav.PUPILS)
        card = self._card(window)
        return compose([window, card], fill_first=True)

    def incident(self) -> QImage:
        from app.services import pupils as pupil_service
        from ui.dialogs.incident import IncidentDialog
        from ui.main_window import Nav

        window = self.main_window(Nav.PUPILS)
        card = self._card(window)
        vault = self.demo.vault
        dialog = IncidentDialog(vault, card, pupil_id=self.demo.card_pupil)
        dialog.category.setCurrentIndex(dialog.category.findData(MANDATORY_CATEGORY))
        dialog.description.setPlainText(
            "На перемене у столовой двое старшеклассников толкали и ударили ученика; "
            "остановил дежурный учитель. (синтетические данные)"
        )
        dialog.role.setCurrentIndex(dialog.role.findData("witness"))
        witness = pupil_service.list_pupils(vault, limit=100)
        dialog.on_add_pupil(next(p for p in witness if p.id == self.demo.witness_pupil))
        dialog.source.setText("дежурный учитель")
        dialog.location.setText("коридор у столовой")
        dialog.update_obligation()
        self.show(dialog)
        return compose([window, card, dialog], fill_first=True)

    def notifications(self) -> QImage:
        from ui.main_window import Nav

        return compose([self.main_window(Nav.NOTIFICATIONS)], fill_first=True)


# -- running ----------------------------------------------------------------------------------


@contextmanager
def isolated_settings(folder: Path) -> Iterator[None]:
    """Keep the user's own settings (language, auto-lock) out of it, and untouched."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


def capture(
    out: Path,
    views: Sequence[str] = VIEWS,
    languages: Sequence[str] = LANGUAGES,
    *,
    pupils: int = 300,
    incidents: int = 40,
    log: Callable[[str], None] = print,
) -> list[Path]:
    """Save ``{out}/{view}_{lang}.png`` for each view and language; returns the paths."""
    from ui.i18n import Translations

    app = QApplication.instance() or QApplication(["qorgau-screenshots"])
    assert isinstance(app, QApplication)
    saved: list[Path] = []
    previous_locale = QLocale()
    translations = Translations()
    with tempfile.TemporaryDirectory(prefix="qorgau-shots-") as tmp:
        with isolated_settings(Path(tmp) / "settings"):
            log(f"building a demo vault with {pupils} synthetic pupils…")
            demo = build_demo(Path(tmp), pupils, incidents)
            try:
                for lang in languages:
                    translations.set_language(lang)
                    for view in views:
                        stage = Stage(demo)
                        try:
                            image: QImage = getattr(stage, view)()
                        finally:
                            stage.teardown()
                        path = save(image, out / f"{view}_{lang}.png")
                        log(f"{path} ({path.stat().st_size // 1024} KiB)")
                        saved.append(path)
            finally:
                settle()
                demo.vault.close()
                translations.clear()
                QLocale.setDefault(previous_locale)
                translations.deleteLater()
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python scripts/screenshots.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNG files")
    parser.add_argument(
        "--view", action="append", choices=VIEWS, help="only this view (repeatable)"
    )
    parser.add_argument(
        "--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)"
    )
    parser.add_argument("--pupils", type=int, default=300, help="synthetic pupils (default 300)")
    parser.add_argument("--incidents", type=int, default=40, help="synthetic incidents")
    args = parser.parse_args(list(argv) if argv is not None else None)
    prepare_environment()
    capture(
        args.out,
        args.view or VIEWS,
        args.lang or LANGUAGES,
        pupils=args.pupils,
        incidents=args.incidents,
    )
    return 0


def quiet_offscreen_noise() -> None:
    """The offscreen plugin warns about every dialog it shows; nothing to act on here."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


if __name__ == "__main__":
    quiet_offscreen_noise()
    sys.exit(main())
