"""The real app in a child process, offscreen, for the signal tests.

`python -m tests.faults.app_child DATA PASSPHRASE MEETING_ID FIELD_ID TEXT` runs
`ui.shell.app.run` (the app's own start and event loop) on DATA, opens the meeting,
types TEXT into FIELD_ID's entry line by key events, without Enter, and prints
READY. The autosave pauses are made ten minutes long, so that only the signal
handling can have saved what was typed when the parent's signal arrives.
"""

from __future__ import annotations

import os
import sys
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    data, passphrase, meeting_id, field_id, text = sys.argv[1:6]
    import ui.meeting.autosave as autosave

    autosave.DEBOUNCE_MS = autosave.MAX_WAIT_MS = 600_000
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from samtaleduk.store.store import FAST_KDF
    from ui.shell import app
    from ui.shell.main_window import MainWindow

    def drive() -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow)), None)
        if window is None or window.store is None:
            QTimer.singleShot(20, drive)  # still unlocking on the worker
            return
        window.open_meeting(uuid.UUID(meeting_id), editable=True)
        view = window.meeting_page.view
        assert view is not None
        entry = view.canvas.fields[field_id].entry_widget()
        assert entry is not None
        entry.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClicks(QApplication.focusWidget(), text)
        print("READY", flush=True)

    QTimer.singleShot(0, drive)
    return app.run(data, passphrase, kdf=FAST_KDF)


if __name__ == "__main__":
    sys.exit(main())
