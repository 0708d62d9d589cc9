"""Background work: results reach connections made after run_task returns."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from ui.background.workers import run_task, wait_all


def test_a_task_that_finishes_at_once_still_delivers_its_result(qtbot: QtBot) -> None:
    # Regression: the work used to start inside run_task, so a task finishing before the
    # caller connected emitted `finished` to nobody and the result was lost.
    task = run_task(lambda report: 42)
    time.sleep(0.05)  # the caller is slow to connect; a started task would be done by now
    with qtbot.waitSignal(task.finished, timeout=3000) as got:
        pass
    assert got.args == [42]


def test_failures_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    def work(report: object) -> None:
        assert callable(report)
        report("half")
        raise ValueError("bad input")

    task = run_task(work)
    seen: list[object] = []
    task.progress.connect(seen.append)
    with qtbot.waitSignal(task.failed, timeout=3000) as got:
        pass
    assert isinstance(got.args[0], ValueError)
    assert seen == ["half"]
    assert wait_all()


def test_every_slot_gets_the_result_when_the_caller_keeps_no_reference(qtbot: QtBot) -> None:
    """Regression (issue 10, council protocol segfault): the task used to be deleted by its own
    first slot (or on the worker thread), discarding the queued calls of the other slots."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.background.workers import Task

    got: list[object] = []
    for n in range(50):

        def start(n: int = n) -> None:
            def work(_report: object) -> int:
                time.sleep(0.002)
                return n

            task = run_task(work)
            task.finished.connect(lambda value: got.append(("first", value)))
            task.finished.connect(lambda value: got.append(("second", value)))

        start()  # the caller drops the task at once, as a page does
        gc.collect()

        def all_delivered(n: int = n) -> bool:
            return len(got) == 2 * (n + 1)

        qtbot.waitUntil(all_delivered, timeout=3000)
    assert got == [(slot, n) for n in range(50) for slot in ("first", "second")]
    assert wait_all()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app = QCoreApplication.instance()
    assert app is not None
    assert app.findChildren(Task) == []  # all deleted, none leaked
