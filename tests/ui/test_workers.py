"""Background work: results reach connections made after run_task returns."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from ui.workers import run_task, wait_all


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
