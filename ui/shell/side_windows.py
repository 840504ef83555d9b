"""Windows that open beside the main one for the shown case: the comparison of two
meetings and the case's journey. They hold case data, so locking closes them all.

They follow the change bus (`ui.shell.state.AppState.changed`): when their case or
its meetings change elsewhere (a meeting added, the case closed or renamed), they
read the case again and show it as it is; a case deleted closes its windows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.ops.changes import Changes
from samtaleduk.store.errors import NotFound
from samtaleduk.templates.model import Template
from ui.shell.state import AppState

if TYPE_CHECKING:
    from ui.evaluation.comparison import ComparisonDialog
    from ui.evaluation.journey import JourneyDialog

TemplateFor = Callable[[str, int], Template]
PrintFrom = Callable[[QWidget, Case, str, list[Meeting], "tuple[Meeting, Meeting] | None"],
                     object]


class SideWindows(QObject):
    """Opens the comparison or journey of a case, remembers what is open and keeps
    it current."""

    def __init__(self, parent: QWidget, state: AppState,
                 print_from: PrintFrom | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._state = state
        self._print_from = print_from
        self.windows: list[ComparisonDialog | JourneyDialog] = []
        self._shown: dict[ComparisonDialog | JourneyDialog, tuple[Case, list[Meeting]]] = {}
        """What each window shows (for its print button)."""
        state.changed.connect(self._on_changed)

    def open(self, kind: str, case: Case, meetings: Sequence[Meeting],
             template_for: TemplateFor) -> QDialog:
        """Show the comparison ("compare") or the journey ("journey"), non-modal."""
        window: ComparisonDialog | JourneyDialog
        if kind == "compare":
            from ui.evaluation.comparison import ComparisonDialog

            window = ComparisonDialog(case, meetings, template_for, parent=self._parent)
            window.print_requested.connect(
                lambda pair=None, w=window: self._print(w, "evaluation", pair))
        else:
            from ui.evaluation.journey import JourneyDialog

            window = JourneyDialog(case, meetings, template_for, parent=self._parent)
            window.print_requested.connect(
                lambda _none=None, w=window: self._print(w, "journey", None))
        self._shown[window] = (case, list(meetings))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        self.windows.append(window)
        window.show()
        window.activateWindow()
        return window

    def _print(self, window: ComparisonDialog | JourneyDialog, what: str,
               pair: tuple[Meeting, Meeting] | None) -> None:
        # Print button: the print dialog preset to this comparison or journey.
        shown = self._shown.get(window)
        if self._print_from is not None and shown is not None:
            self._print_from(window, shown[0], what, list(shown[1]), pair)

    def _on_changed(self, changes: Changes) -> None:
        store = self._state.store
        if store is None:
            return
        for window in list(self.windows):
            shown = self._shown.get(window)
            if shown is None or not changes.touches_case(shown[0].id):
                continue
            case_id = shown[0].id
            try:
                case = store.get_case(case_id)
            except NotFound:  # deleted: nothing of it may stay on screen
                window.close()
                continue
            meetings = store.list_meetings(case_id)
            self._shown[window] = (case, meetings)
            if meetings:
                window.show_meetings(case, meetings)

    def _forget(self, window: ComparisonDialog | JourneyDialog) -> None:
        if window in self.windows:
            self.windows.remove(window)
        self._shown.pop(window, None)

    def close_all(self) -> None:
        """Close every side window (lock, quit)."""
        for window in list(self.windows):
            window.close()
        self.windows.clear()
        self._shown.clear()
