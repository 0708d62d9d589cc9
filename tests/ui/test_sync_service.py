"""The background delivery service against the real reference server on loopback."""

from __future__ import annotations

import copy
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QNetworkInformation
from pytestqt.qtbot import QtBot

from app.paths import VaultPaths
from app.storage import notifications as outbox
from app.vault import Vault
from benchmarks.sync_figures import queue_notifications
from sync.backoff import Backoff
from sync.engine import SyncReport
from sync.enrollment import enroll
from sync.receipts import verify_stored_receipts
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server_process import ServerProcess, make_enroll_code, run_cli, running_server
from ui.background import sync_service
from ui.background.sync_service import SyncService
from ui.i18n import Translations
from ui.main_window import MainWindow, Nav
from ui.pages.notifications import NotificationsPage
from ui.settings_store import SettingsStore

BOUND_MS = 15_000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path / "server") as running:
        yield running


@pytest.fixture
def service_factory() -> Iterator[list[SyncService]]:
    made: list[SyncService] = []
    yield made
    for service in made:
        assert service.stop(), "a service outlived its test"


def make_service(made: list[SyncService], vault: Vault, **options: object) -> SyncService:
    service = SyncService(vault, **options)  # type: ignore[arg-type]
    made.append(service)
    return service


def collect(service: SyncService) -> list[SyncReport]:
    reports: list[SyncReport] = []
    service.report_ready.connect(reports.append)
    return reports


def server_ids(server: ServerProcess) -> list[str]:
    listed = json.loads(run_cli(server.data_dir, "notifications", "--json").stdout)
    return [n["id"] for n in listed]


def test_delivers_in_the_background_and_send_now_cuts_the_wait(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    queued = queue_notifications(psy, 5)
    service = make_service(service_factory, psy, idle_poll_s=600.0)
    reports = collect(service)
    with qtbot.waitSignal(service.state_changed, timeout=BOUND_MS) as state:
        service.start()
    assert state.args == ["online"]
    qtbot.waitUntil(lambda: sum(r.delivered for r in reports) == 5, timeout=BOUND_MS)
    queued += queue_notifications(psy, 2)
    service.send_now()  # it would otherwise sleep for idle_poll_s (600 s)
    qtbot.waitUntil(lambda: sum(r.delivered for r in reports) == 7, timeout=BOUND_MS)
    start = time.monotonic()
    assert service.stop()
    assert time.monotonic() - start < 3.0
    assert not service.running
    assert sorted(server_ids(server)) == sorted(queued)
    assert verify_stored_receipts(psy).problems == []


def test_a_notification_recorded_meanwhile_goes_out_without_waiting_for_the_poll(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    service = make_service(service_factory, psy, idle_poll_s=600.0, network_hint=False)
    reports = collect(service)
    with qtbot.waitSignal(service.state_changed, timeout=BOUND_MS):
        service.start()
    queued = queue_notifications(psy, 1)  # as a dialog or the pupil card would: no send_now()
    qtbot.waitUntil(lambda: sum(r.delivered for r in reports) == 1, timeout=BOUND_MS)
    assert server_ids(server) == queued


def test_offline_until_the_server_comes_back(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    server.stop()
    queue_notifications(psy, 3)
    service = make_service(service_factory, psy, backoff=Backoff(base=600.0, cap=600.0))
    states: list[str] = []
    service.state_changed.connect(states.append)
    service.start()
    qtbot.waitUntil(lambda: states == ["offline"], timeout=BOUND_MS)
    server.start()
    qtbot.waitUntil(lambda: states == ["offline", "online"], timeout=BOUND_MS)
    qtbot.waitUntil(lambda: outbox.queued_count(psy.db) == 0, timeout=BOUND_MS)


def test_network_online_wakes_it_and_other_reachability_does_not(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    # New work would wake it too (within new_work_poll_s): here only the network may.
    service = make_service(service_factory, psy, idle_poll_s=600.0, new_work_poll_s=600.0)
    reports = collect(service)
    service.start()
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=BOUND_MS)  # nothing queued: idle now
    queue_notifications(psy, 2)
    service.on_reachability_changed(QNetworkInformation.Reachability.Disconnected)
    service.on_reachability_changed(QNetworkInformation.Reachability.Local)
    qtbot.wait(1500)
    assert len(reports) == 1 and outbox.queued_count(psy.db) == 2
    service.on_reachability_changed(QNetworkInformation.Reachability.Online)
    qtbot.waitUntil(lambda: sum(r.delivered for r in reports) == 2, timeout=BOUND_MS)


def test_restarts_after_stop_as_after_a_lock(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    service = make_service(service_factory, psy, idle_poll_s=600.0)
    reports = collect(service)
    service.start()
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=BOUND_MS)
    assert service.stop()
    queue_notifications(psy, 4)
    qtbot.wait(300)
    assert outbox.queued_count(psy.db) == 4  # stopped means stopped
    service.start()
    qtbot.waitUntil(lambda: sum(r.delivered for r in reports) == 4, timeout=BOUND_MS)


def test_not_enrolled_is_a_state_not_a_crash(
    qtbot: QtBot, psy: Vault, service_factory: list[SyncService]
) -> None:
    service = make_service(service_factory, psy, network_hint=False)
    failures: list[object] = []
    service.failed.connect(failures.append)
    with qtbot.waitSignal(service.state_changed, timeout=BOUND_MS) as state:
        service.start()
    assert state.args == ["not_enrolled"]
    qtbot.wait(200)
    assert service.running  # waiting for an enrollment, not ended
    assert failures == []


def test_an_enrollment_made_meanwhile_starts_delivery(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    """As after `qorgau enroll` in a terminal: the vault gets its device row from another
    connection while the session's service waits; no sign-out, no restart."""
    queue_notifications(psy, 2)
    service = make_service(service_factory, psy, network_hint=False, enroll_poll_s=0.2)
    reports = collect(service)
    with qtbot.waitSignal(service.state_changed, timeout=BOUND_MS):
        service.start()
    assert service.state == "not_enrolled"
    with qtbot.waitSignal(service.enrolled, timeout=BOUND_MS) as enrolled:
        enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    assert enrolled.args[0].server_url == server.base_url
    qtbot.waitUntil(lambda: sum(r.delivered for r in reports) == 2, timeout=BOUND_MS)
    assert service.state == "online"
    assert service.enrollment is not None and service.enrollment.server_url == server.base_url


def test_an_unexpected_error_is_a_state_and_its_traceback_is_logged(
    qtbot: QtBot,
    psy: Vault,
    tmp_path: Path,
    service_factory: list[SyncService],
    caplog: pytest.LogCaptureFixture,
) -> None:
    gone = copy.copy(psy)
    gone.paths = VaultPaths(tmp_path / "unplugged-usb-stick")  # the vault's disk went away
    service = make_service(service_factory, gone, network_hint=False)
    failures: list[object] = []
    service.failed.connect(failures.append)
    with qtbot.waitSignal(service.state_changed, timeout=BOUND_MS) as state:
        service.start()
    assert state.args == ["stopped"]
    assert len(failures) == 1
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "Traceback (most recent call last)" in record.getMessage()
    assert "sync_service.py" in record.getMessage()


def test_stop_is_bounded_while_a_request_hangs(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    with FaultProxy("127.0.0.1", server.port) as proxy:
        enroll(psy, proxy.base_url, make_enroll_code(server.data_dir, "Школа"))
        proxy.fault_paths = ("/v1/notifications",)
        proxy.queue(Fault.stall(60.0))  # far past stop()'s bound
        queue_notifications(psy, 1)
        service = make_service(service_factory, psy, network_hint=False)
        service.start()
        qtbot.waitUntil(lambda: len(proxy.seen("/v1/notifications")) == 1, timeout=BOUND_MS)
        start = time.monotonic()
        assert service.stop(timeout_s=0.5) is False
        assert time.monotonic() - start < 1.5
        assert sync_service._stragglers  # kept alive until it ends, never destroyed running
    # Leaving the proxy ends the stall; the cancelled worker then finishes on its own.
    qtbot.waitUntil(lambda: not sync_service._stragglers, timeout=BOUND_MS)


# -- "Send now" asks this service: one engine, one round, one count -----------------------------


def enrolled_page(
    qtbot: QtBot, psy: Vault, server: ServerProcess, made: list[SyncService]
) -> tuple[NotificationsPage, SyncService, list[SyncReport], list[bool]]:
    """The Notifications page on a running service that has done its first (empty) round and
    now sleeps: nothing but "Send now" may start another round."""
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    service = make_service(made, psy, idle_poll_s=600.0, new_work_poll_s=600.0, network_hint=False)
    reports = collect(service)
    rounds: list[bool] = []
    service.sending_changed.connect(rounds.append)
    service.start()
    qtbot.waitUntil(lambda: len(reports) == 1 and not service.sending, timeout=BOUND_MS)
    page = NotificationsPage(psy)
    qtbot.addWidget(page)
    page.set_sync_service(service)
    rounds.clear()
    return page, service, reports, rounds


def test_send_now_runs_exactly_one_round_of_the_background_service(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    page, _service, reports, rounds = enrolled_page(qtbot, psy, server, service_factory)
    queued = queue_notifications(psy, 30)
    assert page.send_button.isEnabled()
    with qtbot.waitSignal(page.sync_finished, timeout=BOUND_MS) as finished:
        page.send_button.click()
        page.send_button.click()  # a second click before the round is over
        assert "already under way" in page.status.text()
    report = finished.args[0]
    assert isinstance(report, SyncReport) and report.delivered == 30 and report.complete
    qtbot.wait(1500)  # nothing else may follow: no second round for the second click
    assert len(reports) == 2 and rounds == [True, False]
    assert sorted(server_ids(server)) == sorted(queued)
    assert outbox.queued_count(psy.db) == 0
    assert page.status.text() == "Sending finished: 30 delivered."
    assert not page.progress.isVisible()


def test_send_now_progress_is_determinate_and_counted_in_russian(
    qtbot: QtBot,
    psy: Vault,
    server: ServerProcess,
    service_factory: list[SyncService],
    translations: Translations,
) -> None:
    translations.set_language("ru")
    page, service, _reports, _rounds = enrolled_page(qtbot, psy, server, service_factory)
    page.show()
    queue_notifications(psy, 1200)
    seen: list[tuple[int, int, str]] = []
    service.progress.connect(
        lambda p: seen.append((page.progress.maximum(), page.progress.value(), page.status.text()))
    )
    with qtbot.waitSignal(page.sync_finished, timeout=60_000):
        page.send_button.click()
        assert page.status.text() == "Отправка…"
    # Determinate from the first count on: maximum = queued, value = sent so far; Russian
    # digit grouping (a no-break space).
    assert seen[0] == (1200, 0, "Отправка 0 из 1\xa0200")
    assert seen[-1] == (1200, 1200, "Отправка 1\xa0200 из 1\xa0200")
    assert [value for _, value, _ in seen] == sorted(value for _, value, _ in seen)
    assert len(seen) >= 3  # batches of 200: counted as they go
    assert page.status.text() == "Отправка завершена: доставлено 1\xa0200."


def test_send_now_during_a_round_of_its_own_is_answered_by_the_next_round(
    qtbot: QtBot, psy: Vault, server: ServerProcess, service_factory: list[SyncService]
) -> None:
    # The service starts a round by itself (new work) and its request is slow; "Send now"
    # clicked meanwhile is not that round's business (it may have counted the queue and skipped
    # the acknowledgements before the click): the round that starts next answers it.
    with FaultProxy("127.0.0.1", server.port) as proxy:
        enroll(psy, proxy.base_url, make_enroll_code(server.data_dir, "Школа"))
        service = make_service(
            service_factory, psy, idle_poll_s=600.0, new_work_poll_s=0.2, network_hint=False
        )
        reports = collect(service)
        service.start()
        qtbot.waitUntil(lambda: len(reports) == 1 and not service.sending, timeout=BOUND_MS)
        page = NotificationsPage(psy)
        qtbot.addWidget(page)
        page.set_sync_service(service)
        proxy.fault_paths = ("/v1/notifications",)
        proxy.queue(Fault.delay(2.0))
        queue_notifications(psy, 1)
        qtbot.waitUntil(lambda: service.sending, timeout=BOUND_MS)  # its own round, held up
        clicked = len(proxy.log)
        with qtbot.waitSignal(page.sync_finished, timeout=BOUND_MS) as finished:
            page.send_button.click()
            assert page.status.text() == "Sending…"  # not "already under way"
        assert len(reports) == 3  # the first, the service's own, and the one asked for
        assert finished.args[0] is reports[-1] and reports[1].delivered == 1
        # Each round pulled acknowledgements after the click: its own, then the one asked for.
        pulls = [
            seen
            for seen in proxy.log[clicked:]
            if seen.method == "GET" and seen.path.startswith("/v1/acknowledgements")
        ]
        assert len(pulls) == 2
        assert not service.sending


def test_the_window_hands_the_service_to_its_page_and_the_status_bar_counts_the_round(
    qtbot: QtBot,
    psy: Vault,
    server: ServerProcess,
    service_factory: list[SyncService],
    store: SettingsStore,
) -> None:
    enroll(psy, server.base_url, make_enroll_code(server.data_dir, "Школа"))
    service = make_service(
        service_factory, psy, idle_poll_s=600.0, new_work_poll_s=600.0, network_hint=False
    )
    reports = collect(service)
    window = MainWindow(psy, store=store)
    qtbot.addWidget(window)
    window.set_sync_service(service)
    service.state_changed.connect(lambda state: window.set_delivery_state(state, server.base_url))
    service.start()
    qtbot.waitUntil(lambda: len(reports) == 1 and not service.sending, timeout=BOUND_MS)
    window.show_page(Nav.NOTIFICATIONS)
    page = window.page(Nav.NOTIFICATIONS)
    assert page.sync_service is service
    queue_notifications(psy, 600)
    bar: list[str] = []
    service.progress.connect(lambda _p: bar.append(window.delivery_label.text()))
    with qtbot.waitSignal(page.sync_finished, timeout=BOUND_MS):
        page.send_button.click()
    assert bar[0] == "Sending 0 of 600"  # the C locale of the tests: no digit grouping
    assert all(text.startswith("Sending ") for text in bar[:-1])
    # The round over, the status bar says the state again.
    assert window.delivery_label.text() == f"Server {server.base_url}: connected"
    assert len(reports) == 2 and reports[-1].delivered == 600
