"""The absence register on the absences page (issue 13): who reached the rules' threshold, on
the register or not, and the button that puts the others on it after a confirmation naming
them — through the real page, a real vault, and what the page and the pupil card show."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.rules import load_rules
from app.services import absences as absence_service
from app.vault import Vault
from tests.journeys.app_window import column
from tests.ui.helpers import add_pupil
from ui.dialogs.pupil_card import PupilCard
from ui.pages.absences import AbsencesPage
from ui.vocabulary import register_category_names


def older_absence(vault: Vault, pupil_id: int, days: int) -> None:
    """Unexcused days recorded before the register existed (straight into the table, as an
    older version of the app left them): nobody put the pupil on the register."""
    last = date.today()
    with vault.db.transaction():
        vault.db.execute(
            "INSERT INTO absences (pupil_id, date_from, date_to, days, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, '2026-11-23T08:00:00Z')",
            (
                pupil_id,
                (last - timedelta(days=days - 1)).isoformat(),
                last.isoformat(),
                days,
                vault.user.id,
            ),
        )


def page_of(qtbot: QtBot, vault: Vault) -> AbsencesPage:
    page = AbsencesPage(vault)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def question(qtbot: QtBot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def test_page_lists_absentees_and_puts_the_others_on_the_register(qtbot: QtBot, psy: Vault) -> None:
    rule = load_rules().absence
    older = add_pupil(psy, "Қасымов", "Ерлан", serial=1)
    recent = add_pupil(psy, "Ахметова", serial=2)
    below = add_pupil(psy, "Сейтова", serial=3)
    older_absence(psy, older.id, rule.systematic_days + 1)
    today = date.today()
    absence_service.record_absence(  # reaches the threshold: on the register at once
        psy, recent.id, today - timedelta(days=rule.systematic_days - 1), today, False
    )
    absence_service.record_absence(psy, below.id, today, today, False)  # one day: under it

    page = page_of(qtbot, psy)
    panel = page.register_panel
    assert panel.isVisible()
    assert str(rule.systematic_days) in panel.threshold.text()
    assert str(rule.window.days) in panel.threshold.text()
    assert column(panel.table, panel.tr("Pupil")) == ["Қасымов Ерлан", "Ахметова Айгерим"]
    assert column(panel.table, panel.tr("On the register")) == [panel.tr("no"), panel.tr("yes")]
    assert panel.register_button.isEnabled()

    # "No" changes nothing.
    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert "Қасымов Ерлан" in box.text() and "Ахметова" not in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert column(panel.table, panel.tr("On the register")) == [panel.tr("no"), panel.tr("yes")]

    with qtbot.waitSignal(page.changed, timeout=3000):
        qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
        box = question(qtbot)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert column(panel.table, panel.tr("On the register")) == [panel.tr("yes"), panel.tr("yes")]
    assert not panel.register_button.isEnabled()

    # Enter on a row opens the pupil's card: the entry, where its reviews are logged.
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(panel.card, PupilCard) and panel.card.isVisible())
    card = panel.card
    assert isinstance(card, PupilCard)
    assert column(card.register_table, card.tr("Category")) == [
        register_category_names()["unexcused_absence"]
    ]
    assert column(card.register_table, card.tr("Basis"))[0].startswith(
        f"{rule.systematic_days + 1} дн."
    )


def test_nobody_at_the_threshold(qtbot: QtBot, psy: Vault) -> None:
    page = page_of(qtbot, psy)
    panel = page.register_panel
    assert panel.none_label.isVisible() and not panel.table.isVisible()
    assert not panel.register_button.isEnabled()


def test_the_administrator_sees_the_register_but_does_not_register(
    qtbot: QtBot, psy: Vault, admin: Vault
) -> None:
    pupil = add_pupil(psy, "Омаров", serial=4)
    older_absence(psy, pupil.id, load_rules().absence.systematic_days)
    page = page_of(qtbot, admin)
    panel = page.register_panel
    assert column(panel.table, panel.tr("On the register")) == [panel.tr("no")]
    assert not panel.register_button.isEnabled()
