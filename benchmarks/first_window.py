"""Child process for the cold-start figures: start, show the first window, and print
the wall-clock time (time.time()) of its first paint and of the moment it first
accepts typing, then quit.

    python benchmarks/first_window.py bare          # an empty QMainWindow (baseline)
    python benchmarks/first_window.py bare-input    # a QMainWindow around one focused
                                                    # QLineEdit (baseline for "usable")
    python benchmarks/first_window.py app DATA_DIR  # the real `samtaleduk` start-up

Printed: `FIRST_PAINT t` at the first paint of a top-level window; `USABLE t` when
the focused text field took a typed key (a key press posted to the focus widget
after the first paint, queued behind what the app queued itself, changed its
text; "bare" prints none); `PLATFORM name` (Qt's platform plugin).
Only Qt's offscreen platform is used (set by the parent). For the app, the
QApplication is made here first so that a filter can see the first paint; the app's
own `ui.shell.app.run` then reuses it, and everything else follows the real path
through `ui.main.main`, as the `samtaleduk` command does.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    # The worktree's own code, not whichever copy the installed package points at.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    print(f"PLATFORM {app.platformName()}", flush=True)
    wants_input = sys.argv[1] != "bare"

    def try_typing() -> None:
        # From the event loop after the first paint: a key is posted to the focused
        # field, behind whatever the app queued for itself (the rest of its set-up),
        # as a key typed then would wait; "usable" is when it has landed.
        field = app.focusWidget()
        if not (isinstance(field, QLineEdit) and field.isEnabled() and field.isVisible()):
            QTimer.singleShot(0, try_typing)
            return
        before = field.text()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.postEvent(field, QKeyEvent(kind, Qt.Key.Key_X,
                                           Qt.KeyboardModifier.NoModifier, "x"))
        QTimer.singleShot(0, lambda: landed(field, before))

    def landed(field: QLineEdit, before: str) -> None:
        if field.text() != before:
            print(f"USABLE {time.time():.6f}", flush=True)
            field.setText(before)
            app.quit()
        else:
            QTimer.singleShot(0, try_typing)

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            if (not self.seen and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QWidget) and obj.isWindow()):
                self.seen = True
                print(f"FIRST_PAINT {time.time():.6f}", flush=True)
                QTimer.singleShot(0, try_typing if wants_input else app.quit)
            return False

    first = FirstPaint()
    app.installEventFilter(first)
    if sys.argv[1] in ("bare", "bare-input"):
        window = QMainWindow()
        if wants_input:
            field = QLineEdit()
            window.setCentralWidget(field)
            field.setFocus()
        window.show()
        return app.exec()
    from ui.main import main as samtaleduk_main

    return samtaleduk_main(["--data-dir", sys.argv[2]])


if __name__ == "__main__":
    sys.exit(main())
