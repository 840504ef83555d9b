"""Starting the graphical app: `run()` is what `samtaleduk` (no subcommand) calls.

Order matters for a calm start: the QApplication, then the shipped font, the
theme and the language (so the very first frame is right), then the
one-instance lock, then the window.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import samtaleduk
from samtaleduk.paths import APP_NAME, user_duker_dir
from samtaleduk.paths import data_dir as resolve_data_dir


def application() -> QApplication:
    """The running QApplication, created with the app's name if there is none."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app


def prepare(app: QApplication, data: Path) -> tuple[Any, Any]:
    """Font, theme and language for `app` from the settings in `data`;
    returns (prefs, language manager)."""
    from ui.look.fonts import install_app_font
    from ui.look.theme import apply_theme
    from ui.shell.prefs import Prefs
    from ui.tools.i18n import LanguageManager
    from ui.tools.qt_settings import redirect_qt_settings

    prefs = Prefs(data)
    redirect_qt_settings(data)  # before any dialog: Qt's own settings stay in `data`
    install_app_font(app)
    apply_theme(app, prefs.theme)
    languages = LanguageManager()
    languages.set_language(prefs.language)
    return prefs, languages


def start(data_dir: str | os.PathLike[str] | None = None, passphrase: str | None = None,
          **options: Any) -> tuple[Any, Any] | None:
    """Build and show the main window; returns (window, instance lock), or None
    when another instance holds the data folder (after saying so).

    Options: `kdf` (KdfParams for a new store; tests and the demo use cheap ones),
    `hint` (a text shown on the unlock page, e.g. the demo passphrase) and `quick`
    (the app's own start: show the unlock page first and build the rest of the
    window, with the duker, the store and the pages, right after it is drawn).
    """
    from ui.shell.main_window import MainWindow
    from ui.shell.single_instance import InstanceLock

    app = application()
    data = resolve_data_dir(data_dir)
    prefs, languages = prepare(app, data)

    if prefs.folder_problem is not None:
        # A data folder that cannot be made: say so, and open no window over it.
        QMessageBox.warning(
            None, QCoreApplication.translate("App", "The data folder cannot be used"),
            QCoreApplication.translate(
                "App", "Samtaleduk could not create its data folder %1 (%2). Nothing was "
                "changed. Ask IT for a folder you may write in, or start Samtaleduk with "
                "--data-dir and another folder.").replace("%1", str(data))
            .replace("%2", str(prefs.folder_problem)))
        return None
    lock = InstanceLock(data)
    acquired = lock.acquire()
    if not acquired and not lock.held_elsewhere():
        # Not another window: the folder cannot be written (rights, a read-only or
        # full disk). The store can still be read; the unlock says what is true.
        QMessageBox.warning(
            None, QCoreApplication.translate("App", "The data folder cannot be written"),
            QCoreApplication.translate(
                "App", "Samtaleduk cannot write in the data folder %1 (no write rights, "
                "or the disk is read-only or full). You can open and read your cases, but "
                "nothing new can be saved until this is fixed. Nothing was changed.")
            .replace("%1", str(data)))
    elif not acquired:
        QMessageBox.information(
            None, QCoreApplication.translate("App", "Samtaleduk is already open"),
            QCoreApplication.translate(
                "App", "Samtaleduk is already open on this computer, in another window. "
                "Switch to that window to go on.\n\nOnly one window at a time may use "
                "the same cases, so that nothing written in one is lost in the other."))
        return None

    kdf = options.get("kdf")
    if kdf is not None:
        from samtaleduk.trust.keyfile import KdfParams

        kdf = kdf if isinstance(kdf, KdfParams) else None
    from ui.controllers.store_damage import DamageGuard

    if options.get("quick") and not passphrase:
        # Cold start: the unlock page first; pydantic, the duker, the store and the
        # pages (about two thirds of the start-up imports) after its first paint.
        window = MainWindow(data, None, languages, prefs, kdf=kdf,
                            hint=str(options.get("hint") or ""))
        DamageGuard(window, window.state, window)
        # Until the rest is built an unlock waits (`UnlockPage.hold`); typing does not.
        window.unlock_page.hold(True)
        _after_first_paint(window, lambda: _finish_in_background(window, data))
        window.show()
        return window, lock
    window = MainWindow(data, _load_templates(data), languages, prefs, kdf=kdf,
                        hint=str(options.get("hint") or ""))
    DamageGuard(window, window.state, window)
    _set_version()
    window.show()
    _report_problems(window)
    if passphrase:
        window.unlock_page.passphrase.setText(passphrase)
        window.unlock_page.confirm.setText(passphrase)
        window.unlock_page.attempt()
    return window, lock


def _load_templates(data: Path) -> Any:
    from samtaleduk.templates import loading

    return loading.load_all(user_duker_dir(data))


def _report_problems(window: Any) -> None:
    # A broken duk file never stops the app. The report waits for the unlock (a box
    # over the unlock page took the passphrase's keystrokes) and lists every problem.
    from ui.dialogs.duk_problems import report_after_unlock

    report_after_unlock(window)


def _finish(window: Any, data: Path, templates: Any = None) -> None:
    window.finish_setup(templates if templates is not None else _load_templates(data))
    _set_version()
    _report_problems(window)
    window.unlock_page.hold(False)


ENGINE_FOR_THE_WINDOW = ("samtaleduk.store.store", "samtaleduk.store.safe_open",
                         "samtaleduk.ops.meetings", "samtaleduk.evaluation")
"""Engine modules the rest of the window imports (pydantic, the domain model, the
store): imported on a worker with the duker, no Qt in them."""


def _engine_and_templates(data: Path) -> Any:
    import importlib

    for name in ENGINE_FOR_THE_WINDOW:
        importlib.import_module(name)
    return _load_templates(data)


def _finish_in_background(window: Any, data: Path) -> None:
    """The app's own start, after the unlock page is drawn: the engine's imports and
    the duker load on a worker, so keys typed meanwhile land at once; the pages are
    built when they are there (`_finish`). Loading that failed is done again on
    the GUI thread, where its error is met as before."""
    from ui.tools.jobs import jobs

    def done(result: object) -> None:
        _finish(window, data, None if isinstance(result, Exception) else result)

    jobs().run(lambda: _engine_and_templates(data), done, owner=window)


def _set_version() -> None:
    # After the first frame: the version lookup (importlib.metadata) takes a while.
    application().setApplicationVersion(getattr(samtaleduk, "__version__", ""))


class _FirstPaint(QObject):
    """Calls `then` once, on the next turn of the event loop after `window`'s first
    paint (so that frame reaches the screen before the slower set-up starts)."""

    def __init__(self, window: QWidget, then: Any) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _after_first_paint(window: QWidget, then: Any) -> None:
    _FirstPaint(window, then)


QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT")
                     if hasattr(signal, name))
"""Signals that end the app as Ctrl+Q does (log-out and shutdown send SIGTERM,
a closed terminal SIGHUP, Ctrl+C in it SIGINT). Windows has only the last two."""


class _SignalQuit(QObject):
    """Turns a quit signal into the window's own close (save, close the store).

    A Python signal handler runs only when the interpreter gets control, which
    Qt's event loop never gives it while idle. So the C-level handler writes the
    signal number into a socket (`signal.set_wakeup_fd`), a QSocketNotifier wakes
    the event loop, and the close runs there, on the GUI thread, like Ctrl+Q.
    A pipe, not a socket: the app has no network code at all. (POSIX only: on
    Windows a GUI process is ended without a signal it could catch.)"""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = os.pipe()
        for fd in (self._reader, self._writer):
            os.set_blocking(fd, False)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        self._previous = {sig: signal.signal(sig, self._noted) for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)
        self.signals: list[int] = []
        """Signal numbers received (the caller may exit with 128 + the first)."""

    @staticmethod
    def _noted(_signum: int, _frame: object) -> None:
        # The number is already in the wake-up socket; the work is done there.
        return

    def _on_signal(self) -> None:
        try:
            data = os.read(self._reader, 64)
        except BlockingIOError:  # pragma: no cover - woken without a byte
            return
        self.signals += [b for b in data if b in QUIT_SIGNALS]
        if not self.signals:
            return
        self._window.close()  # saves as Ctrl+Q does; asks only if saving failed
        if not self._window.isVisible():
            application().quit()

    def restore(self) -> None:
        """Put the previous handlers back and close the sockets."""
        self._notifier.setEnabled(False)
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._reader)
        os.close(self._writer)


def quit_on_signals(window: QWidget) -> _SignalQuit | None:
    """From now on SIGTERM, SIGHUP and SIGINT close `window` as Ctrl+Q does:
    the open meeting, including a note typed but not added, is saved first.
    None on Windows (see _SignalQuit)."""
    if sys.platform == "win32":
        return None
    return _SignalQuit(window)


def run(data_dir: str | os.PathLike[str] | None = None, passphrase: str | None = None,
        **options: Any) -> int:
    """Open the main window on the store in `data_dir` and run until it closes;
    returns the exit code (1 when another instance already has the folder).
    Options as for `start`; the window is built in two steps (`quick`) unless a
    passphrase is given."""
    options.setdefault("quick", True)
    started = start(data_dir, passphrase, **options)
    if started is None:
        return 1
    window, lock = started
    signals = quit_on_signals(window)
    try:
        code = application().exec()
    finally:
        from ui.tools.jobs import jobs

        jobs().end()  # a quit while the start-up still loads: its worker ends first
        if signals is not None:
            signals.restore()
        window.deleteLater()
        lock.release()
    if signals is not None and signals.signals:
        return 128 + signals.signals[0]  # as a shell reports a process ended by it
    return int(code)
