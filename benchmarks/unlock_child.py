"""Child process for the unlock and memory figures (offscreen Qt, set by the parent).

    python benchmarks/unlock_child.py app DATA_DIR PASSPHRASE REPEATS
        the real main window on DATA_DIR: type the passphrase, unlock (on the page's
        worker thread, as a user would), until the case list is drawn; REPEATS times
        (locking in between). Prints `UNLOCK ms` (its first screen drawn), `ALL ms`
        (every case in the list) and `ROWS n` per round, then `MAXRSS kib`.
    python benchmarks/unlock_child.py base PASSPHRASE REPEATS
        the baseline: Argon2id key derivation with the program's parameters, then a
        bare QMainWindow shown until drawn. Prints `UNLOCK ms` per round, `MAXRSS kib`.
    python benchmarks/unlock_child.py bare PASSPHRASE
        the memory baseline: a bare QMainWindow drawn, then one Argon2id key
        derivation with the program's parameters (64 MiB, which any unlock needs):
        `MAXRSS kib`.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])

    class Painted(QObject):
        """Notes when `target` (or a child of it) is painted."""

        def __init__(self) -> None:
            super().__init__()
            self.target: QWidget | None = None
            self.seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            target = self.target
            if (target is not None and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QWidget) and (obj is target or target.isAncestorOf(obj))):
                self.seen = True
            return False

    painted = Painted()

    def until_painted(target: QWidget, deadline_s: float = 120.0) -> None:
        # Watched only while waiting for the paint, on both sides: an application
        # filter in Python is called for every event, and the app's window has many
        # more events than the bare one (its busy state, while the key is derived).
        painted.target, painted.seen = target, False
        app.installEventFilter(painted)
        target.update()
        end = time.perf_counter() + deadline_s
        while not painted.seen:
            app.processEvents()
            if time.perf_counter() > end:
                raise SystemExit("timed out waiting for a paint")
        app.removeEventFilter(painted)
        painted.target = None

    mode = sys.argv[1]
    if mode == "bare":
        window = QMainWindow()
        window.show()
        until_painted(window)
        _derive(sys.argv[2])
    elif mode == "base":
        passphrase, repeats = sys.argv[2], int(sys.argv[3])
        for _ in range(repeats):
            began = time.perf_counter()
            _derive(passphrase)
            window = QMainWindow()
            window.resize(1200, 760)
            window.show()
            until_painted(window)
            print(f"UNLOCK {(time.perf_counter() - began) * 1000:.3f}", flush=True)
            window.close()
            window.deleteLater()
            app.processEvents()
    else:
        from ui.shell.app import start
        data_dir, passphrase, repeats = Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
        started = start(data_dir)
        if started is None:
            raise SystemExit("another instance holds the data folder")
        main_window, lock = started
        until_painted(main_window)
        for _ in range(repeats):
            page = main_window.unlock_page
            begin = time.perf_counter()
            page.passphrase.setText(passphrase)
            # Wait in an event loop, not by polling: a busy GUI thread would take
            # the interpreter from the worker that derives the key and opens the store.
            loop = QEventLoop()
            main_window.pages.currentChanged.connect(loop.quit)
            QTimer.singleShot(300_000, loop.quit)
            page.attempt()
            while main_window.pages.currentWidget() is not main_window.cases_page:
                loop.exec()
                if time.perf_counter() - begin > 300:
                    raise SystemExit("timed out waiting for the case list")
            main_window.pages.currentChanged.disconnect(loop.quit)
            until_painted(main_window.cases_page)
            print(f"UNLOCK {(time.perf_counter() - begin) * 1000:.3f}", flush=True)
            # The first screen is drawn; every case follows, read on the store's lane.
            model = main_window.cases_page.model
            model.modelReset.connect(loop.quit)
            while main_window.cases_page.first_only:
                loop.exec()
                if time.perf_counter() - begin > 300:
                    raise SystemExit("timed out waiting for every case")
            model.modelReset.disconnect(loop.quit)
            print(f"ALL {(time.perf_counter() - begin) * 1000:.3f}", flush=True)
            rows = main_window.cases_page.model.rowCount()
            print(f"ROWS {rows}", flush=True)
            main_window.lock()
            app.processEvents()
        main_window.close()
        lock.release()
    print(f"MAXRSS {peak_kib()}", flush=True)
    return 0


def _derive(passphrase: str) -> None:
    """One Argon2id key derivation with the program's parameters."""
    from argon2.low_level import Type, hash_secret_raw

    from samtaleduk.trust.keyfile import DEFAULT_KDF

    hash_secret_raw(passphrase.encode(), os.urandom(16), time_cost=DEFAULT_KDF.time_cost,
                    memory_cost=DEFAULT_KDF.memory_kib, parallelism=DEFAULT_KDF.parallelism,
                    hash_len=32, type=Type.ID)


def peak_kib() -> int:
    """This process's resident-memory high-water mark in KiB. VmHWM belongs to the
    process's own memory map; ru_maxrss would carry the parent's peak across
    fork + exec on Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


if __name__ == "__main__":
    sys.exit(main())
