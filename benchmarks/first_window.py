"""Child process for the cold-start figures: start, show the first window, and print
the wall-clock time (time.time()) of its first paint, then quit.

    python benchmarks/first_window.py bare          # an empty QMainWindow (baseline)
    python benchmarks/first_window.py app DATA_DIR  # the real `samtaleduk` start-up

Only Qt's offscreen platform is used (set by the parent). For the app, the
QApplication is made here first so that a filter can see the first paint; the app's
own `ui.shell.app.run` then reuses it, and everything else follows the real path
through `ui.main.main`, as the `samtaleduk` command does.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            if (not self.seen and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QWidget) and obj.isWindow()):
                self.seen = True
                print(f"FIRST_PAINT {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    first = FirstPaint()
    app.installEventFilter(first)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.show()
        return app.exec()
    from ui.main import main as samtaleduk_main

    return samtaleduk_main(["--data-dir", sys.argv[2]])


if __name__ == "__main__":
    sys.exit(main())
