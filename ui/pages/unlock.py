"""Getting in: choose a passphrase on first start, unlock on later starts.

Key derivation (Argon2id) takes a noticeable moment by design, so the store is
opened on a worker thread (which also reads the first screen, `unlock_ahead`) while
the page shows a busy state. A wrong passphrase gets a calm message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Only light modules here: this page is the first window drawn, and the database
# layer (sqlcipher, sqlite-utils, pydantic) is imported when the store is opened.
from samtaleduk.errors import UserError
from samtaleduk.store.errors import StoreDamaged, WrongPassphrase
from samtaleduk.store.files import MIN_NEW_PASSPHRASE_CHARS, store_exists
from ui.look.fonts import scaled_font
from ui.pages.unlock_busy import OpeningIndicator
from ui.tools.jobs import jobs
from ui.tools.new_passphrase import new_passphrase_problem

if TYPE_CHECKING:
    from samtaleduk.store.safe_open import Opened
    from samtaleduk.store.store import KdfParams, Store
    from ui.pages.unlock_ahead import FirstScreenAhead

log = logging.getLogger(__name__)
Opener = Callable[[], "Store | Opened"]

class UnlockPage(QWidget):
    """First-start passphrase choice or the unlock screen, depending on the folder."""

    unlocked = Signal(object)
    """Emitted with the open `Store`."""
    damaged = Signal(object)
    """The `StoreDamaged` error: the store was put aside; it lists the backups."""
    store_notices = Signal(list)
    """After `unlocked`: what the engine says must be told (opened read-only, a WAL
    kept aside), calm Norwegian sentences, never content."""
    backup_failed = Signal(str)
    """After `unlocked`: why the automatic backup could not be made; work goes on."""
    audit_broken = Signal(str)
    """After `unlocked`: the audit log was changed outside the program; work goes on."""
    first_screen_read = Signal(object)
    """From the worker, before `unlocked`: what `read_ahead` read once the open was
    recorded; the window shows it, then calls `first_screen_drawn`."""
    open_failed = Signal()
    """An open failed (before the page says why): a first screen shown goes."""

    def __init__(
        self,
        data_dir: Path,
        *,
        kdf: KdfParams | None = None,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._data_dir = data_dir
        self._kdf = kdf
        self._hint = hint
        self._busy = False
        self._prove_next = False
        self._held = False
        self._attempt_waiting = False
        self.read_ahead: Callable[[], Callable[[Store], object] | None] | None = None
        """Set by the window: what reads the first screen on the worker, or None."""
        self._ahead: FirstScreenAhead | None = None
        self._build()
        self.refresh_mode()

    # --- building ---------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame()
        card.setProperty("role", "card")
        card.setMaximumWidth(620)
        card.setMinimumWidth(420)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        lay = QVBoxLayout(card)
        lay.setContentsMargins(32, 28, 32, 28)
        lay.setSpacing(14)
        self.app_title = QLabel()
        self.app_title.setFont(scaled_font(self.font(), 1.9))
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.3))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        lay.addWidget(self.app_title)
        lay.addWidget(self.title)
        lay.addWidget(self.intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirm")
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label = QLabel()
        self.confirm_label.setBuddy(self.confirm)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.confirm_label, self.confirm)
        lay.addLayout(form)

        self.show_text = QCheckBox()
        self.show_text.toggled.connect(self._toggle_echo)
        lay.addWidget(self.show_text)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        lay.addWidget(self.warning)

        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "warning")
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.hint_label)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setObjectName("unlockMessage")
        self.message.hide()
        lay.addWidget(self.message)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.busy_label = QLabel()
        self.busy_label.setProperty("role", "muted")
        self.opening = OpeningIndicator(self, self.busy_label, self.progress)
        lay.addWidget(self.busy_label)
        lay.addWidget(self.progress)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.submit = QPushButton()
        self.submit.setProperty("role", "primary")
        self.submit.setDefault(True)
        self.submit.setAutoDefault(True)
        self.submit.clicked.connect(self.attempt)
        buttons.addWidget(self.submit)
        lay.addLayout(buttons)

        self.passphrase.returnPressed.connect(self._return_in_passphrase)
        self.confirm.returnPressed.connect(self.attempt)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.show_text)
        self.setTabOrder(self.show_text, self.submit)

    @property
    def creating(self) -> bool:
        """True on first start, when there is no store yet."""
        return self._creating

    def refresh_mode(self) -> None:
        """Look at the data folder again (first start or unlock) and reset the page."""
        self._creating = not store_exists(self._data_dir)
        self.confirm.setVisible(self._creating)
        self.confirm_label.setVisible(self._creating)
        self.warning.setVisible(self._creating)
        self.hint_label.setVisible(bool(self._hint))
        self.passphrase.clear()
        self.confirm.clear()
        self.message.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.app_title.setText("Samtaleduk")
        self.show_text.setText(self.tr("Show what I type"))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.confirm_label.setText(self.tr("&Repeat the passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.busy_label.setText(self.tr("Opening the encrypted store …"))
        if self._hint:
            self.hint_label.setText(self.tr("Demo store. The passphrase is: %1").replace("%1", self._hint))
        if self._creating:
            self.title.setText(self.tr("Choose a passphrase"))
            self.intro.setText(self.tr(
                "Everything you write in Samtaleduk is stored encrypted on this computer. "
                "The passphrase is the key. A sentence you remember is better than a short word "
                "(at least %1 characters)."
            ).replace("%1", str(MIN_NEW_PASSPHRASE_CHARS)))
            self.warning.setText(self.tr(
                "Important: if the passphrase is lost, the data cannot be opened again — by "
                "anyone. The only exception is if your municipality has set up its recovery "
                "option. Write the passphrase down and keep it somewhere safe."
            ))
            self.submit.setText(self.tr("Create and open"))
            self.passphrase.setAccessibleDescription(self.tr("Choose a new passphrase"))
        else:
            self.title.setText(self.tr("Unlock"))
            self.intro.setText(self.tr("Type your passphrase to open your cases."))
            self.submit.setText(self.tr("Unlock"))
            self.passphrase.setAccessibleDescription(self.tr("The passphrase you chose on first start"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour --------------------------------------------------------------

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _return_in_passphrase(self) -> None:
        if self._creating and not self.confirm.text():
            self.confirm.setFocus()
            return
        self.attempt()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def validate_new(self) -> str | None:
        """The problem with the chosen passphrase, or None when it is good."""
        return new_passphrase_problem(self.passphrase.text(), self.confirm.text())

    def hold(self, held: bool) -> None:
        """While held (the window is still building the pages that show a store, at
        the app's start), an unlock asked for waits and runs when released."""
        self._held = held
        if not held and self._attempt_waiting:
            self._attempt_waiting = False
            self.attempt()

    def attempt(self) -> None:
        """Create or open the store with what was typed (after a busy state)."""
        if self._busy:
            return
        if self._held:
            self._attempt_waiting = True
            return
        passphrase = self.passphrase.text()
        # Imported here, on the GUI thread, not at start-up and not on the worker.
        from samtaleduk.store.safe_open import open_store
        from samtaleduk.store.store import Store
        from ui.pages.unlock_ahead import FirstScreenAhead

        if self._creating:
            problem = self.validate_new()
            if problem is not None:
                self.show_message(problem)
                self.confirm.clear()
                self.passphrase.setFocus()
                self.passphrase.selectAll()
                return
            kdf = self._kdf

            def opener() -> Store | Opened:
                return Store.create(self._data_dir, passphrase, kdf=kdf)
        else:
            if not passphrase:
                self.show_message(self.tr("Type your passphrase first."))
                self.passphrase.setFocus()
                return

            prove_first = self._prove_next
            reader = self.read_ahead() if self.read_ahead is not None else None
            self._ahead = (None if reader is None
                           else FirstScreenAhead(reader, self.first_screen_read.emit))
            on_open = None if self._ahead is None else self._ahead.on_open

            def opener() -> Store | Opened:
                # Damage put aside, failed unlocks logged (samtaleduk.store.safe_open);
                # the day's check and backup run later (ui.controllers.upkeep).
                return open_store(self._data_dir, passphrase, prove_first=prove_first,
                                  upkeep_now=False, on_open=on_open)
        self._run(opener)

    def _run(self, opener: Opener) -> None:
        # On the store lane: a store half-opened at quit finishes before anything else
        # touches the folder. Started first: the key derivation waits for no repaint.
        jobs().run(opener, self._on_result, owner=self, uses_store=True)
        self._set_busy(True)

    def wait(self) -> None:
        """Wait for an open in progress to finish and be handed over (quitting, tests)."""
        jobs().wait_for_store()

    def first_screen_drawn(self) -> None:
        """The first screen read ahead is drawn (or never will be): the open goes on."""
        if self._ahead is not None:
            self._ahead.drawn()

    def _on_result(self, result: object) -> None:
        self.first_screen_drawn()
        self._ahead = None
        if isinstance(result, Exception):
            self._on_failed(result)
        else:
            self._on_done(result)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.passphrase, self.confirm, self.submit, self.show_text):
            w.setEnabled(not busy)
        if busy:
            self.message.hide()
            self.opening.start()
        else:
            self.opening.stop()

    def suspect_damage(self) -> None:
        """The store failed while in use (ui.controllers.store_damage): say so, and prove the
        file before it is opened again."""
        self._prove_next = True
        self.show_message(self.tr(
            "The store could not read part of its file while you worked. Unlock again: "
            "Samtaleduk then checks the whole file first. Nothing has been deleted."))

    def _on_done(self, result: object) -> None:
        self._set_busy(False)
        self._prove_next = False
        self.passphrase.clear()
        self.confirm.clear()
        from samtaleduk.store.safe_open import Opened  # loaded by `attempt` already

        problem = result.backup_problem if isinstance(result, Opened) else None
        notices = list(result.notices) if isinstance(result, Opened) else []
        audit_problem = result.audit_problem if isinstance(result, Opened) else None
        self.unlocked.emit(result.store if isinstance(result, Opened) else result)
        if notices:
            self.store_notices.emit(notices)
        if problem:
            self.backup_failed.emit(problem)
        if audit_problem:
            self.audit_broken.emit(audit_problem)

    def _on_failed(self, exc: object) -> None:
        from samtaleduk.store.faults import is_store_damage  # not before the first paint

        self.open_failed.emit()
        self._set_busy(False)
        if isinstance(exc, BaseException) and is_store_damage(exc) and not self._prove_next:
            # Met as the open read its first screen: proved now, as at unlock.
            self._prove_next = True
            self.attempt()
            return
        if isinstance(exc, WrongPassphrase):
            self.show_message(self.tr(
                "That passphrase did not open the store. Check that Caps Lock is off, "
                "and try again."))
        elif isinstance(exc, StoreDamaged):
            self._prove_next = False
            # Put aside already; the restore dialog offers the backups.
            self.refresh_mode()
            self.show_message(str(exc))
            self.damaged.emit(exc)
        elif isinstance(exc, UserError):
            # StoreError and the key file's checks: already one calm Norwegian line.
            self.show_message(str(exc))
        else:
            # A bug, not a user's mistake: keep a trace of what kind, never content.
            log.error("opening the store failed: %s", type(exc).__name__)
            self.show_message(self.tr("The store could not be opened. Try again, or "
                                      "restart Samtaleduk."))
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    @property
    def busy(self) -> bool:
        return self._busy
