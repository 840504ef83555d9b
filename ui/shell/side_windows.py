"""Windows that open beside the main one for the shown case: the comparison of two
meetings and the case's journey. They hold case data, so locking closes them all."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.templates.model import Template

TemplateFor = Callable[[str, int], Template]


class SideWindows(QObject):
    """Opens the comparison or journey of a case and remembers what is open."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.windows: list[QDialog] = []

    def open(self, kind: str, case: Case, meetings: Sequence[Meeting],
             template_for: TemplateFor) -> QDialog:
        """Show the comparison ("compare") or the journey ("journey"), non-modal."""
        window: QDialog
        if kind == "compare":
            from ui.evaluation.comparison import ComparisonDialog

            window = ComparisonDialog(case, meetings, template_for, parent=self._parent)
        else:
            from ui.evaluation.journey import JourneyDialog

            window = JourneyDialog(case, meetings, template_for, parent=self._parent)
        # Print button: the print dialog preset to this comparison or journey.
        print_from = getattr(self._parent, "print_from_side", None)
        if print_from is not None:
            what = "evaluation" if kind == "compare" else "journey"
            window.print_requested.connect(  # type: ignore[attr-defined]
                lambda pair=None, w=window, k=what: print_from(w, case, k, list(meetings), pair))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        self.windows.append(window)
        window.show()
        window.activateWindow()
        return window

    def _forget(self, window: QDialog) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def close_all(self) -> None:
        """Close every side window (lock, quit)."""
        for window in list(self.windows):
            window.close()
        self.windows.clear()
