"""Start-up: the sign-in screen comes before the main window's modules are imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Imported only once they are needed: after signing in (the main window with every page, the
# sync engine with ``requests``, the lock, the backups) or on the first run (the wizard).
LATER = (
    "ui.main_window",
    "ui.dialogs.wizard",
    "ui.pages.dashboard",
    "ui.pages.notifications",
    "ui.background.sync_service",
    "sync.engine",
    "requests",
    "ui.lock",
    "ui.background.backup_scheduler",
    "ui.widgets.backup_section",
)


def test_importing_the_app_leaves_the_heavy_modules_for_later() -> None:
    code = (
        "import json, sys\n"
        "import ui.app\n"
        f"print(json.dumps([m for m in {LATER!r} if m in sys.modules]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_session_imports_what_it_needs_when_it_needs_it() -> None:
    from ui.app import Session

    # The lazily imported names resolve (a typo would only show after signing in).
    from ui.background.backup_scheduler import BackupScheduler, backup_error_sentence  # noqa: F401
    from ui.background.sync_service import SyncService  # noqa: F401
    from ui.dialogs.wizard import SetupWizard  # noqa: F401
    from ui.lock import LockManager  # noqa: F401
    from ui.main_window import MainWindow  # noqa: F401
    from ui.widgets.backup_section import restore_into  # noqa: F401

    assert callable(Session.open_main) and callable(Session.show_wizard)
