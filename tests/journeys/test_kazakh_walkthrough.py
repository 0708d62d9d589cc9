"""Journey: switch to Kazakh in Settings, then walk every page and open every dialog.

Every text a person can read — window titles, labels, buttons, menus, column titles, combo
items, placeholders, tooltips, tab names, Qt's own file dialog — is collected, and the test
fails on any that is still an English source string: ours (from the .ts catalogue: a source
whose Kazakh translation differs) or Qt's (the file dialog's and standard buttons' texts).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services.demo import seed_demo
from app.vault import Vault
from tests.support.qt_dialogs import answer_file_dialog
from tests.ui.conftest import (  # noqa: F401 - fixtures
    OFFSCREEN_NOISE,
    isolated_settings,
    translations,
)
from ui.dialogs.incident import IncidentDialog
from ui.i18n import Translations
from ui.main_window import PAGES, MainWindow, Nav
from ui.settings_store import SettingsStore

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "qorgau_kk.ts"
# Qt's own English that a Kazakh user must not see (file dialogs, standard buttons).
QT_ENGLISH = {
    "Look in:",
    "Files of type:",
    "File name:",
    "Cancel",
    "Save",
    "Open",
    "OK",
    "Close",
    "Discard",
    "Yes",
    "No",
    "Apply",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "Date Modified",
    "Directory:",
    "Save As",
}


def plain(text: str) -> str:
    """As read on screen: without accelerator ampersands and surrounding space."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


class English:
    """Recognises our untranslated English source strings, also once formatted."""

    def __init__(self, catalogue: Path) -> None:
        exact: set[str] = set()
        patterns: list[str] = []
        for message in ET.parse(catalogue).getroot().iter("message"):  # noqa: S314 - our own
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if not source or plain(translation) == plain(source):
                continue  # the same in Kazakh (a name, a number format): not a leak
            text = plain(source)
            if re.search(r"\{\w*\}", text):
                parts = re.split(r"\{\w*\}", text)
                if sum(len(p.strip()) for p in parts) < 6:
                    continue  # "{0} ({1})": nothing English to recognise
                patterns.append(".+?".join(re.escape(p) for p in parts))
            else:
                exact.add(text)
        exact |= QT_ENGLISH
        self.exact = exact
        self.formatted = re.compile("^(?:" + "|".join(patterns) + ")$", re.DOTALL)

    def leaks(self, texts: Iterable[str]) -> set[str]:
        found = set()
        for text in texts:
            shown = plain(text)
            if shown in self.exact or self.formatted.match(shown):
                found.add(shown)
        return found


def readable(root: QWidget) -> list[str]:
    """Every text a person can read in ``root`` and its visible children."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(min(widget.count(), 50)))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            horizontal = widget.orientation().name == "Horizontal"
            count = model.columnCount() if horizontal else 0
            texts.extend(str(model.headerData(i, widget.orientation()) or "") for i in range(count))
    for menu in root.findChildren(QMenu):
        texts.append(menu.title())
        texts.extend(action.text() for action in menu.actions())
    return [t for t in texts if t and t.strip()]


def new_windows(before: set[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]


class Walk:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.seen: dict[str, list[str]] = {}

    def look(self, where: str, widget: QWidget) -> None:
        self.seen.setdefault(where, []).extend(readable(widget))

    def open_dialog(self, where: str, action: Callable[[], object]) -> None:
        """Do what opens a dialog, read every new window, close them again."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        action()
        QApplication.processEvents()
        opened = new_windows(before)
        assert opened, f"{where}: nothing opened"
        for window in opened:
            self.look(where, window)
        for window in reversed(opened):
            if isinstance(window, QDialog):
                window.done(QDialog.DialogCode.Rejected)  # untouched: nothing to ask about
            else:
                window.close()
        QApplication.processEvents()


def test_every_page_and_dialog_speaks_kazakh(
    qtbot: QtBot,
    psy: Vault,
    isolated_settings: SettingsStore,  # noqa: F811
    translations: Translations,  # noqa: F811
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    seed_demo(psy, pupils=25, incidents=12)
    translations.set_language("ru")
    window = MainWindow(psy, store=isolated_settings, translations=translations)

    def close_all() -> None:  # before the fixtures reset the language under a closed vault
        for widget in QApplication.topLevelWidgets():
            widget.hide()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    request.addfinalizer(close_all)
    window.resize(1280, 800)
    window.show()

    # Switch to Kazakh the way a person does: Settings → Language.
    window.show_page(Nav.SETTINGS)
    settings = window.page(Nav.SETTINGS)
    language: QComboBox = settings.language
    language.setCurrentIndex(language.findData("kk"))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Шолу", timeout=5_000)

    walk = Walk(qtbot)
    walk.look("menus", window)
    for key in PAGES:
        window.show_page(key)
        QApplication.processEvents()
        walk.look(f"page {key.key}", window)

    # Record dialogs from the pages and the menus.
    walk.open_dialog("new pupil", lambda: window.actions["new_pupil"].trigger())
    walk.open_dialog("new incident", lambda: window.actions["new_incident"].trigger())
    window.show_page(Nav.COUNCIL)
    walk.open_dialog("new meeting", lambda: window.page(Nav.COUNCIL).new_button.click())

    # The questions a form asks: no pupil attached to a mandatory incident, unsaved input.
    window.actions["new_incident"].trigger()
    [incident] = [w for w in QApplication.topLevelWidgets() if isinstance(w, IncidentDialog)]
    incident.category.setCurrentIndex(incident.category.findData("violence"))
    incident.description.setPlainText("Синтетикалық оқиға")
    walk.open_dialog("no pupil question", incident.save_button.click)
    walk.open_dialog("discard question", incident.reject)
    incident.discard()

    # Import: Qt's open dialog, then the import dialog with a file's problems.
    window.show_page(Nav.PUPILS)
    listing = tmp_path / "class.csv"
    listing.write_text("ИИН;Фамилия;Имя;Класс\n123;Аманов;Ерлан;5А\n", encoding="utf-8")
    answer = answer_file_dialog(listing)
    walk.open_dialog("import dialog", window.page(Nav.PUPILS).import_button.click)
    walk.seen["open file dialog"] = [answer.title, *answer.texts, *answer.filters]

    # A pupil's card, its tabs and the forms it opens.
    window.show_page(Nav.PUPILS)
    pupils = window.page(Nav.PUPILS)
    pupils.open_pupil(pupils.model.item(0).id)
    card = pupils.card
    assert card is not None and card.isVisible()
    for tab in card.findChildren(QTabBar):
        for index in range(tab.count()):
            tab.setCurrentIndex(index)
            QApplication.processEvents()
            walk.look(f"card tab {index}", card)
    for name in (
        "incident_button",
        "session_button",
        "referral_button",
        "absence_button",
        "summary_button",
        "edit_button",
        "add_representative_button",
        "open_entry_button",
        "new_plan_button",
    ):
        button = getattr(card, name)
        if button.isEnabled():
            walk.open_dialog(f"card {name}", button.click)
    card.done(QDialog.DialogCode.Rejected)

    # Qt's own file dialog, opened from Reports → Save as…, then cancelled.
    window.show_page(Nav.REPORTS)
    answer = answer_file_dialog(None)
    window.page(Nav.REPORTS).save_button.click()
    assert answer.answered
    walk.seen["save file dialog"] = [answer.title, *answer.texts, *answer.filters]

    english = English(CATALOGUE)
    leaks = {where: sorted(english.leaks(texts)) for where, texts in walk.seen.items()}
    leaks = {where: found for where, found in leaks.items() if found}
    assert not leaks, leaks
    # The walk did see things: Kazakh everywhere, and Qt's dialog in Kazakh too.
    assert sum(len(texts) for texts in walk.seen.values()) > 300
    assert "Бас тарту" in walk.seen["save file dialog"]
    assert "Енгізілген өзгерістерден бас тарту керек пе?" in walk.seen["discard question"]
    assert "Оқиғаға бірде-бір білім алушы тіркелмеген." in walk.seen["no pupil question"]
    assert answer.answered and walk.seen["import dialog"]


def test_the_detector_recognises_english_as_shown() -> None:
    english = English(CATALOGUE)
    assert english.leaks(["Pupils found: 37"]) == {"Pupils found: 37"}
    assert english.leaks(["&Look in:", "Files of &type:", "Cancel"]) == {
        "Look in:",
        "Files of type:",
        "Cancel",
    }
    assert english.leaks(["Dashboard", "Save the council protocol"]) == {
        "Dashboard",
        "Save the council protocol",
    }
    assert not english.leaks(["Шолу", "Білім алушылар табылды: 37", "PDF", "7А", "Qorgau"])
