"""Figures for the desktop app: start-up, sign-in to the dashboard, memory, GUI stalls.

Every measurement runs in a fresh ``python`` subprocess (so memory and caches start clean) with
its own settings, log and cache folders, offscreen unless a display is set. The parent only
builds the vault (also in a subprocess), starts the children and reads the one ``RESULT`` line
each prints. Each figure has a baseline measured the same way in the same run:

- ``startup_ms``: process start → the sign-in window is exposed (``ui.app.main`` on an existing
  vault); baseline: process start → a bare ``QLabel`` exposed.
- ``signin_to_dashboard_ms``: "Sign in" clicked (the real Argon2id KDF included) → the dashboard
  shows its data, on a 50,000-pupil vault; baseline: ``open_vault`` + the dashboard service
  without any Qt.
- ``rss_mb``: resident memory with the pupil list open and scrolled; baseline: a bare
  ``QApplication`` with a ``QTableView``.
- ``gui_stall_max_ms``: the longest gap between the ticks of a 5 ms timer while 30 characters
  are typed into the pupil search box (each keystroke slower than the search delay, so every
  one searches); baseline: the same timer, same window, nobody typing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.core_figures import figure

Result = dict[str, object]

ROOT = Path(__file__).resolve().parent.parent
LOGIN = "bench-psy"
PASSPHRASE = "bench-psychologist-passphrase"  # noqa: S105 - a throw-away benchmark vault
# One pupil in SEEDED_SHARE gets a school's worth of records from seed_demo (5,000 of 50,000);
# the rest are added in bulk.
SEEDED_SHARE = 10
TYPED = "Абдуллаева Амина Арсеновна 11В"  # 30 characters, as the brief of the figure says
TIMEOUT_S = 240

_vaults: dict[int, Path] = {}  # pupils -> vault folder, shared by the figures of one run


# -- running children ------------------------------------------------------------------------


def child_env(work: Path) -> dict[str, str]:
    """Offscreen unless there is a display; settings, logs and caches inside ``work``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    xdg = work / "xdg"
    for name in ("CONFIG", "STATE", "CACHE", "DATA"):
        env[f"XDG_{name}_HOME"] = str(xdg / name.lower())
    env.pop("QORGAU_KDF_PROFILE", None)  # the real Argon2id parameters, as users have them
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return env


def run_child(work: Path, code: str, *args: object) -> tuple[float, dict[str, Any]]:
    """Run ``python -c code args``; returns the monotonic start time and its RESULT."""
    command = [sys.executable, "-c", code, *map(str, args)]
    started = time.monotonic()  # CLOCK_MONOTONIC: the same clock in the child
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=child_env(work),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("RESULT "):
            return started, json.loads(line[len("RESULT ") :])
    raise RuntimeError(
        f"benchmark child failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-4000:]}"
    )


def call(work: Path, function: str, *args: object) -> dict[str, Any]:
    """Run ``function(*args)`` of this module in a child; it prints its own RESULT."""
    code = f"import sys; from benchmarks import ui_figures as f; f.{function}(*sys.argv[1:])"
    return run_child(work, code, *args)[1]


def emit(result: dict[str, Any]) -> None:
    print("RESULT " + json.dumps(result), flush=True)


# -- the vault -----------------------------------------------------------------------------------


def vault_with(work: Path, pupils: int, *, fast_kdf: bool = False) -> Path:
    """A vault of ``pupils`` synthetic pupils, built once per run (in a child). ``fast_kdf``
    when nothing measured signs in (the KDF parameters are stored in each key slot)."""
    if pupils not in _vaults:
        folder = work / f"vault-{pupils}"
        call(work, "child_build_vault", folder, pupils, "fast" if fast_kdf else "")
        _vaults[pupils] = folder
    return _vaults[pupils]


def child_build_vault(folder: str, pupils: str, kdf_profile: str) -> None:
    if kdf_profile:
        os.environ["QORGAU_KDF_PROFILE"] = kdf_profile

    from app.services.demo import add_synthetic_pupils, seed_demo
    from app.storage import pupils as pupils_repo
    from app.synthetic import generate_pupils
    from app.vault import create_vault, open_vault

    total = int(pupils)
    created = create_vault(
        Path(folder),
        school="Бенчмарк-школа (синтетические данные)",
        login="bench-admin",
        full_name="Администратор",
        passphrase=PASSPHRASE + "-admin",
    )
    admin = created.vault
    admin.add_account(LOGIN, role="psychologist", full_name="Психолог", passphrase=PASSPHRASE)
    admin.grant_compartment(LOGIN, recovery_key=created.recovery_key)
    admin.close()
    vault = open_vault(Path(folder), LOGIN, PASSPHRASE)
    # A big school's year of records through the services; the other pupils in bulk (the
    # same storage path seed_demo uses for pupils), which keeps the full run short.
    seeded = min(total, max(200, total // SEEDED_SHARE))
    seed_demo(vault, pupils=seeded, incidents=40)
    rest = total - seeded
    if rest:
        known = pupils_repo.all_iins(vault.db)
        extra = [p for p in generate_pupils(rest + 500, seed=4242) if p.iin not in known][:rest]
        add_synthetic_pupils(vault, extra)
    count = vault.db.scalar("SELECT count(*) FROM pupils")
    vault.close()
    emit({"pupils": count})


# -- children: what runs inside the measured process ---------------------------------------------

# Prints the monotonic time at which the first window is exposed, then quits. ``{body}`` starts
# the thing measured; nothing else is imported before it.
EXPOSE_CHILD = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            at = time.monotonic()
            QApplication.instance().removeEventFilter(self)
            print("RESULT " + json.dumps({{"exposed": at, "title": obj.title()}}), flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
spy = Spy()
app.installEventFilter(spy)
{body}
"""
STARTUP_APP = """
from pathlib import Path
import ui.app
ui.app.main(sys.argv[:1], data_dir=Path(sys.argv[1]))
"""
STARTUP_BASELINE = """
from PySide6.QtWidgets import QLabel
label = QLabel("Qorgau")
label.show()
app.exec()
"""


def _qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["qorgau-bench"])
    app.setOrganizationName("Qorgau")
    app.setApplicationName("Qorgau")
    return app


def _session(folder: str) -> Any:
    from ui.app import Session
    from ui.i18n import Translations
    from ui.settings_store import SettingsStore

    app = _qt_app()
    translations = Translations(app)
    translations.set_language("ru")
    return Session(Path(folder), SettingsStore(), translations)


def vm_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def child_signin(folder: str) -> None:
    from PySide6.QtCore import QTimer

    app = _qt_app()
    session = _session(folder)
    marks: dict[str, float] = {}

    def on_window(window: Any) -> None:
        from ui.main_window import Nav

        marks["signed_in"] = time.perf_counter()
        page = window.page(Nav.DASHBOARD)

        def shown() -> None:
            if page.error.isVisible():
                raise RuntimeError(page.error.text())
            window.repaint()  # the data painted, not only loaded
            marks["dashboard"] = time.perf_counter()
            app.quit()

        page.refreshed.connect(shown)

    def sign_in() -> None:
        dialog = session.front
        dialog.account.setCurrentText(LOGIN)
        dialog.passphrase.setText(PASSPHRASE)
        marks["clicked"] = time.perf_counter()
        dialog.sign_in_button.click()

    session.main_window_shown.connect(on_window)
    session.start()
    QTimer.singleShot(0, sign_in)
    QTimer.singleShot(TIMEOUT_S * 1000, app.quit)
    app.exec()
    session.cleanup()
    emit(
        {
            "ms": (marks["dashboard"] - marks["clicked"]) * 1000,
            "unlock_ms": (marks["signed_in"] - marks["clicked"]) * 1000,
        }
    )


def child_signin_baseline(folder: str) -> None:
    from app.services.dashboard import dashboard
    from app.vault import open_vault

    start = time.perf_counter()
    vault = open_vault(Path(folder), LOGIN, PASSPHRASE)
    dashboard(vault)
    elapsed = (time.perf_counter() - start) * 1000
    vault.close()
    emit({"ms": elapsed})


def _pupil_list(folder: str) -> tuple[Any, Any, Any]:
    """The real main window on the pupil list, signed in (real KDF) in this process."""
    from app.vault import open_vault
    from ui.background.workers import wait_all
    from ui.main_window import Nav

    app = _qt_app()
    session = _session(folder)
    session.open_main(open_vault(Path(folder), LOGIN, PASSPHRASE))
    window = session.window
    window.show_page(Nav.PUPILS)
    for _ in range(3):
        wait_all()
        app.processEvents()
    return app, session, window.page(Nav.PUPILS)


def child_rss(folder: str, pages: str) -> None:
    app, session, view = _pupil_list(folder)
    table, model = view.table, view.model
    for _ in range(int(pages)):  # scroll down: each step at the bottom fetches a page
        table.scrollToBottom()
        app.processEvents()
    shown = {"rss_kib": vm_kib("VmRSS"), "rows": model.rowCount()}
    while model.canFetchMore(table.rootIndex()):  # End held down to the last pupil
        table.scrollToBottom()
        app.processEvents()
    emit(
        {
            **shown,
            "all_rows_rss_kib": vm_kib("VmRSS"),
            "all_rows": model.rowCount(),
            "peak_kib": vm_kib("VmHWM"),
        }
    )
    session.cleanup()


def child_rss_baseline() -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    app = _qt_app()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 5))
    table.resize(1100, 720)
    table.show()
    for _ in range(3):
        app.processEvents()
    emit({"rss_kib": vm_kib("VmRSS")})


def child_stall(folder: str) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from ui.pages.pupils import SEARCH_DELAY_MS

    app, session, view = _pupil_list(folder)
    delay = SEARCH_DELAY_MS + 50  # a slow typist: every keystroke gets its own search
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    # How long each search itself took on the GUI thread, to tell it apart from other stalls.
    searches: list[float] = []
    apply_filter = view.apply_filter

    def timed_apply_filter() -> None:
        start = time.perf_counter()
        apply_filter()
        searches.append((time.perf_counter() - start) * 1000)

    view.timer.timeout.disconnect()
    view.timer.timeout.connect(timed_apply_filter)
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    span_ms = len(TYPED) * delay + SEARCH_DELAY_MS + 200

    def run_loop(step: Callable[[], None] | None, span_ms: int = span_ms) -> list[float]:
        """The app's own event loop for ``span_ms``, with ``step`` every ``delay`` ms.

        Not QTest.keyClicks(delay=…): its waits sleep in 10 ms slices between event
        processing, which would be measured as stalls of the app."""
        loop = QEventLoop()
        keys = QTimer(interval=delay)
        if step is not None:
            keys.timeout.connect(step)
            keys.start()
        QTimer.singleShot(span_ms, loop.quit)
        gaps.clear()
        last[0] = time.perf_counter()
        loop.exec()
        keys.stop()
        return [g * 1000 for g in gaps]

    run_loop(None, 500)  # settle: first paints, caches
    idle = run_loop(None)
    view.search.setFocus()
    pending = list(TYPED)

    def type_one() -> None:
        # QTest.keyClick(s) types ASCII only; this is the same click with the character's text.
        if pending:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                view.search,
                Qt.Key.Key_unknown,
                pending.pop(0),
                Qt.KeyboardModifier.NoModifier,
                0,
            )

    typing = run_loop(type_one)
    ticker.stop()
    result = {
        "max_ms": max(typing),
        "p99_ms": sorted(typing)[int(0.99 * (len(typing) - 1))],
        "baseline_max_ms": max(idle),
        "searches": len(searches),
        "slowest_search_ms": max(searches, default=0.0),
        "typed": view.search.text(),
        "found": view.model.total(),
    }
    session.cleanup()
    app.processEvents()
    emit(result)


# -- figures -------------------------------------------------------------------------------------


def startup_ms(work: Path, quick: bool) -> list[Result]:
    # Any vault will do: the sign-in screen lists accounts and does not open the database.
    folder = next(iter(_vaults.values()), None) or vault_with(work, 200, fast_kdf=True)
    runs = 2 if quick else 5
    app_code = EXPOSE_CHILD.format(body=STARTUP_APP)
    base_code = EXPOSE_CHILD.format(body=STARTUP_BASELINE)
    samples: dict[str, list[float]] = {"app": [], "base": []}
    title = ""
    for index in range(runs + 1):  # the first of each warms the disk cache (and compiles .qm)
        for label, code in (("app", app_code), ("base", base_code)):
            started, result = run_child(work, code, folder)
            if index:
                samples[label].append((result["exposed"] - started) * 1000)
            if label == "app":
                title = result["title"]
    return [
        figure(
            "startup_ms",
            statistics.median(samples["app"]),
            "ms",
            baseline=statistics.median(samples["base"]),
            target="<=1000",
            runs=runs,
            window=title,
        )
    ]


def signin_to_dashboard_ms(work: Path, quick: bool) -> list[Result]:
    size = 5_000 if quick else 50_000
    folder = vault_with(work, size)
    runs = 1 if quick else 3
    if not quick:
        call(work, "child_signin_baseline", folder)  # warm the disk cache
    gui = [call(work, "child_signin", folder) for _ in range(runs)]
    base = [call(work, "child_signin_baseline", folder)["ms"] for _ in range(runs)]
    return [
        figure(
            "signin_to_dashboard_ms",
            statistics.median(r["ms"] for r in gui),
            "ms",
            baseline=statistics.median(base),
            pupils=size,
            unlock_ms=round(statistics.median(r["unlock_ms"] for r in gui), 1),
            note="includes the Argon2id KDF; baseline: open_vault + dashboard service, no Qt",
        )
    ]


def rss_mb(work: Path, quick: bool) -> list[Result]:
    size = 5_000 if quick else 50_000
    folder = vault_with(work, size)
    result = call(work, "child_rss", folder, 10 if quick else 50)
    base = call(work, "child_rss_baseline")
    return [
        figure(
            "rss_mb",
            result["rss_kib"] / 1024,
            "MB",
            baseline=base["rss_kib"] / 1024,
            target="<=200",
            pupils=size,
            rows_loaded=result["rows"],
            all_rows_mb=round(result["all_rows_rss_kib"] / 1024, 1),
            all_rows=result["all_rows"],
            peak_mb=round(result["peak_kib"] / 1024, 1),
        )
    ]


def gui_stall_max_ms(work: Path, quick: bool) -> list[Result]:
    size = 5_000 if quick else 50_000
    folder = vault_with(work, size)
    result = call(work, "child_stall", folder)
    return [
        figure(
            "gui_stall_max_ms",
            result["max_ms"],
            "ms",
            baseline=result["baseline_max_ms"],
            pupils=size,
            keystrokes=len(TYPED),
            p99_ms=round(result["p99_ms"], 2),
            searches=result["searches"],
            slowest_search_ms=round(result["slowest_search_ms"], 2),
            typed=result["typed"],
            found=result["found"],
        )
    ]


FIGURES: dict[str, Callable[[Path, bool], list[Result]]] = {
    "startup_ms": startup_ms,
    "signin_to_dashboard_ms": signin_to_dashboard_ms,
    "rss_mb": rss_mb,
    "gui_stall_max_ms": gui_stall_max_ms,
}
