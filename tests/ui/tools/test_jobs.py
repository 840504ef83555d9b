"""The one job runner: results on the GUI thread, one store user at a time."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.tools.jobs import JobRunner

WAIT_MS = 5_000


def test_a_result_arrives_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    runner = JobRunner()
    seen: list[tuple[object, bool, bool]] = []

    def work() -> str:
        return threading.current_thread().name

    runner.run(work, lambda r: seen.append(
        (r, QThread.currentThread() is qapp.thread(), r != threading.main_thread().name)))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    (_name, on_gui_thread, worked_elsewhere), = seen
    assert on_gui_thread and worked_elsewhere
    assert not runner.busy


def test_an_exception_is_handed_over_not_raised(qtbot: QtBot, qapp: QApplication) -> None:
    runner = JobRunner()
    seen: list[object] = []

    def work() -> None:
        raise OSError(28, "No space left on device")

    runner.run(work, seen.append, uses_store=True)
    runner.wait_for_store()  # delivers too
    assert len(seen) == 1 and isinstance(seen[0], OSError)


def test_store_jobs_never_overlap_and_autosave_can_see_them(
        qtbot: QtBot, qapp: QApplication) -> None:
    runner = JobRunner()
    release = threading.Event()
    inside: list[int] = []
    overlaps: list[int] = []

    def work(n: int) -> int:
        if inside:
            overlaps.append(n)
        inside.append(n)
        release.wait(WAIT_MS / 1000)
        inside.remove(n)
        return n

    done: list[object] = []
    for n in range(3):
        runner.run(lambda n=n: work(n), done.append, uses_store=True)  # type: ignore[misc]
    assert runner.store_busy
    release.set()
    with qtbot.waitSignal(runner.store_idle, timeout=WAIT_MS):
        pass
    assert done == [0, 1, 2] and overlaps == []
    assert not runner.store_busy


def test_a_deleted_owner_is_not_called(qtbot: QtBot, qapp: QApplication) -> None:
    runner = JobRunner()
    release = threading.Event()
    owner = QObject()
    called: list[object] = []
    runner.run(lambda: release.wait(WAIT_MS / 1000), called.append, owner=owner)
    with qtbot.waitSignal(owner.destroyed, timeout=WAIT_MS):
        owner.deleteLater()
    release.set()
    runner.wait_for_all()
    assert called == [] and not runner.busy


def test_a_queued_preview_can_be_dropped(qtbot: QtBot, qapp: QApplication) -> None:
    runner = JobRunner()
    release = threading.Event()
    results: list[object] = []
    runner.run(lambda: release.wait(WAIT_MS / 1000) and "first", results.append)
    runner.run(lambda: "stale", results.append)  # queued behind the first
    runner.cancel_queued()
    release.set()
    runner.wait_for_all()
    assert "stale" not in results and not runner.busy


def test_the_end_lets_running_jobs_finish_and_calls_back_nothing(
        qtbot: QtBot, qapp: QApplication) -> None:
    """At quit (`end`): every job still running or queued finishes before the
    runner can go, and no callback runs into the closed window."""
    runner = JobRunner()
    release, finished = threading.Event(), []
    called: list[object] = []

    def slow(name: str) -> str:
        release.wait(WAIT_MS / 1000)
        finished.append(name)
        return name

    runner.run(lambda: slow("import"), called.append)
    runner.run(lambda: slow("store"), called.append, uses_store=True)
    runner.run(lambda: slow("queued"), called.append)  # behind the first
    release.set()
    runner.end()
    assert sorted(finished) == ["import", "queued", "store"]
    assert called == [] and not runner.busy
    qapp.processEvents()
    assert called == []


def test_the_end_calls_back_nothing_for_results_already_waiting(
        qtbot: QtBot, qapp: QApplication) -> None:
    """A result posted but not yet delivered when the app quits is dropped too
    (stopping the upkeep delivers what waits: that must come after the drop)."""
    runner = JobRunner()
    called: list[object] = []
    runner.run(lambda: "preview", called.append)
    runner.run(lambda: "store", called.append, uses_store=True)
    # Both done and their results posted; the event loop has not run since.
    runner._other_lane.waitForDone()
    runner._store_lane.waitForDone()
    runner.end()
    qapp.processEvents()
    assert called == [] and not runner.busy


def test_garbage_with_qt_objects_is_collected_on_the_gui_thread(
        qtbot: QtBot, qapp: QApplication) -> None:
    """The soak test's segfault: a worker allocating while a closed dialog's
    wrappers wait in a reference cycle must not be the thread that frees them."""
    import gc
    import weakref

    runner = JobRunner()
    freed_on: list[str] = []

    class Closed:
        """Stands for a closed dialog's Python side: a cycle holding a Qt object."""

    def make_garbage() -> None:
        closed = Closed()
        closed.me = closed  # type: ignore[attr-defined]
        closed.buffer = QObject()  # type: ignore[attr-defined]
        weakref.finalize(closed, lambda: freed_on.append(threading.current_thread().name))

    gc.collect()
    release = threading.Event()

    def allocate() -> int:
        release.wait(WAIT_MS / 1000)
        # Far past the youngest generation's threshold: automatic collection
        # would run here, on the worker, many times over.
        junk = [[n] for n in range(20 * gc.get_threshold()[0])]
        return len(junk)

    runner.run(allocate, lambda _r: None)
    make_garbage()
    release.set()
    runner.wait_for_all()
    gc.collect()
    assert freed_on == [threading.main_thread().name]
    assert gc.isenabled()  # automatic collection is back once the workers are idle
