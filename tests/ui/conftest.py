"""UI fixtures: settings in tmp_path, translators removed after each test, workers drained."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.domain.cases import IncidentDraft, Participant, RecordedIncident
from app.domain.pupils import PupilDraft
from app.iin import make_iin
from app.vault import Vault
from ui.background.workers import wait_all
from ui.i18n import Translations
from ui.settings_store import SettingsStore

# The offscreen platform plugin says so for every dialog (and popup) it shows; it is not our
# warning.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[SettingsStore]:
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    yield SettingsStore()
    wait_all()
    # Dates are formatted in the default locale's language (ui.formatting): a test that
    # switched the language without the ``translations`` fixture must not leak it.
    QLocale.setDefault(QLocale.c())
    # Windows of this test must not outlive its (closed) vault: a later test's language
    # switch would make them retranslate against it.
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def store(isolated_settings: SettingsStore) -> SettingsStore:
    return isolated_settings


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    tr = Translations()
    yield tr
    tr.clear()
    QLocale.setDefault(QLocale.c())


def add_pupil(vault: Vault, surname: str = "Ахметов", serial: int = 1) -> int:
    from app.services.pupils import create_pupil

    iin = make_iin(datetime(2012, 5, 17).date(), "M", serial)
    pupil = create_pupil(vault, PupilDraft(iin=iin, surname=surname, name="Ерлан", class_name="7А"))
    return pupil.id


def add_mandatory_incident(
    vault: Vault, pupil_id: int | None = None, detected_at: datetime | None = None
) -> RecordedIncident:
    from app.services.incidents import record_incident

    participants = (Participant(pupil_id, "victim"),) if pupil_id else ()
    draft = IncidentDraft(
        detected_at=detected_at or datetime.now(UTC) - timedelta(minutes=5),
        category="violence",
        description="Синтетический случай для теста",
        participants=participants,
    )
    return record_incident(vault, draft)


@pytest.fixture(scope="session", autouse=True)
def drain_at_exit() -> Iterator[None]:
    """Deliver queued cross-thread signals and collect garbage while Qt is still alive."""
    yield
    import gc

    wait_all()
    QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
