"""`qorgau sync [--once]` for the command line and scheduled tasks."""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType

from app.vault import Vault
from sync.engine import NotEnrolled, SyncReport, run_forever, sync_once

EXIT_ALL_DELIVERED = 0
EXIT_SOME_QUEUED = 1
EXIT_NOT_ENROLLED = 2


def _describe(report: SyncReport) -> str:
    parts = [f"delivered {report.delivered}", f"{report.remaining} still queued"]
    if report.acknowledged:
        parts.append(f"{report.acknowledged} newly acknowledged")
    if report.conflicts:
        parts.append(
            f"{len(report.conflicts)} refused as changed (409): " + ", ".join(report.conflicts[:5])
        )
    if report.oversized:
        parts.append(
            f"{len(report.oversized)} too large to send, report them by phone: "
            + ", ".join(report.oversized[:5])
        )
    if report.error:
        parts.append(f"stopped: {report.error}")
    return "; ".join(parts)


def run_sync(vault: Vault, *, once: bool) -> int:
    """Exit status: 0 when nothing is left queued, 1 when something is, 2 when not enrolled."""
    try:
        if once:
            report = sync_once(vault.db)
            print(_describe(report))
            return EXIT_ALL_DELIVERED if report.complete else EXIT_SOME_QUEUED
        cancel = threading.Event()

        def stop(_signum: int, _frame: FrameType | None) -> None:
            cancel.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        last: list[SyncReport] = []

        def show(report: SyncReport) -> None:
            last[:] = [report]
            print(_describe(report), flush=True)

        run_forever(vault.db, cancel=cancel, on_report=show)
        return EXIT_ALL_DELIVERED if last and last[0].complete else EXIT_SOME_QUEUED
    except NotEnrolled as exc:
        print(f"qorgau: {exc}", file=sys.stderr)
        return EXIT_NOT_ENROLLED
