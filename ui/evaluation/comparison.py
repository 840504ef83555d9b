"""Compare any two meetings of a case: the summary on top, the duker below.

Two combo boxes pick the meetings (the older is always drawn on the left). The
summary says, in the case's language and the words of the paper, Kva er gjort ·
Kva står att · Kva har endra seg (the engine's `summary_lines`). Below, either the
two duker side by side or one duk with the changes inline; every change carries
a symbol and a word as well as a colour (see `ui.evaluation.change_marks`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.domain.vocab import SUMMARY_HEADINGS, word
from samtaleduk.evaluation import (
    SUMMARY_KEYS,
    Comparison,
    compare_meetings,
    format_date,
    summary_lines,
)
from samtaleduk.templates.model import Template
from ui.evaluation.change_marks import SYMBOLS, MarkKind, SideMarks, legend, marks_for
from ui.evaluation.mini_duk import MiniDuk
from ui.look.fonts import scaled_font
from ui.look.theme import colour

TemplateFor = Callable[[str, int], Template]
"""(template id, version) -> the template the meeting was written with."""

_SUMMARY_SYMBOL = {"done": "✓", "remains": "☐", "changed": "✎"}


class SummaryColumn(QFrame):
    """One heading of the summary and its sentences."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("summaryColumn")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(self)
        self.box = box
        box.setContentsMargins(10, 8, 10, 8)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading.font(), 1.15))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.heading)
        box.addWidget(self.body, 1)
        self.lines: list[str] = []

    def show_lines(self, heading: str, lines: list[str], nothing: str) -> None:
        self.lines = list(lines)
        self.heading.setText(f"{_SUMMARY_SYMBOL[self.key]}  {heading}")
        self.body.setText("\n".join(f"• {line}" for line in lines) if lines else nothing)
        self.setAccessibleName(heading)
        self.body.setAccessibleName(heading)


class ComparisonView(QWidget):
    """Pick two meetings; see what was done, what remains and what changed."""

    compared = Signal()
    """A new pair of meetings is shown."""

    def __init__(self, case: Case, meetings: Sequence[Meeting], template_for: TemplateFor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.case = case
        self.lang = case.language
        self.meetings = sorted(meetings, key=lambda m: m.number)
        self.template_for = template_for
        self.comparison: Comparison | None = None
        self.marks = SideMarks()
        self.duker: list[MiniDuk] = []
        self._build()
        self.retranslate()
        if len(self.meetings) >= 2:
            self.old_combo.setCurrentIndex(len(self.meetings) - 2)
            self.new_combo.setCurrentIndex(len(self.meetings) - 1)
        self.old_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.inline_toggle.toggled.connect(lambda _on: self._show_duker())
        self.refresh()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        bar = QHBoxLayout()
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title.font(), 1.4))
        bar.addWidget(self.title)
        bar.addSpacing(16)
        self.old_label, self.new_label = QLabel(), QLabel()
        self.old_combo, self.new_combo = QComboBox(), QComboBox()
        self.old_combo.setObjectName("compareFrom")
        self.new_combo.setObjectName("compareTo")
        for m in self.meetings:
            text = f"{m.number} · {format_date(m.date)}"
            self.old_combo.addItem(text, m.number)
            self.new_combo.addItem(text, m.number)
        self.old_label.setBuddy(self.old_combo)
        self.new_label.setBuddy(self.new_combo)
        for w in (self.old_label, self.old_combo, self.new_label, self.new_combo):
            bar.addWidget(w)
        bar.addSpacing(16)
        self.inline_toggle = QCheckBox()
        self.inline_toggle.setObjectName("compareInline")
        bar.addWidget(self.inline_toggle)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.legend = QLabel()
        self.legend.setObjectName("compareLegend")
        self.legend.setProperty("role", "muted")
        self.legend.setWordWrap(True)
        lay.addWidget(self.legend)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        self.columns = {k: SummaryColumn(k) for k in SUMMARY_KEYS}
        for col in self.columns.values():
            columns.addWidget(col, 1)
        top_box.addLayout(columns, 1)
        summary_scroll = QScrollArea()
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        summary_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Named by the paper's own three questions (no chrome string needed).
        summary_scroll.setAccessibleName(" · ".join(
            word(SUMMARY_HEADINGS, k, self.lang) for k in SUMMARY_KEYS))
        summary_scroll.setWidget(top)
        self.splitter.addWidget(summary_scroll)

        self.duk_scroll = QScrollArea()
        self.duk_scroll.setWidgetResizable(True)
        self.duk_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Reachable by Tab, so the arrows and Page Down scroll the duker.
        self.duk_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.splitter.addWidget(self.duk_scroll)
        summary_scroll.setMinimumHeight(120)
        self.duk_scroll.setMinimumHeight(200)
        # A bigger window gives the room to the duker; the summary keeps its fit.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 570])
        lay.addWidget(self.splitter, 1)
        self.setStyleSheet(
            f"QFrame#summaryColumn {{ background: {colour('surface')};"
            f" border: 1px solid {colour('line')}; border-radius: 8px; }}")

    # ------------------------------------------------------------ behaviour
    def pick(self, old_number: int, new_number: int) -> None:
        """Compare meeting `old_number` with `new_number` (as the combos would)."""
        self.old_combo.setCurrentIndex(self.old_combo.findData(old_number))
        self.new_combo.setCurrentIndex(self.new_combo.findData(new_number))

    def pair(self) -> tuple[Meeting, Meeting] | None:
        """The two chosen meetings, older first; None while fewer than one exists."""
        if not self.meetings:
            return None
        a = self.meetings[max(0, self.old_combo.currentIndex())]
        b = self.meetings[max(0, self.new_combo.currentIndex())]
        return (a, b) if a.number <= b.number else (b, a)

    def label(self, field_id: str) -> str:
        assert self.comparison is not None
        return self.comparison.fields.label(field_id, self.lang)

    def refresh(self) -> None:
        """Compare the chosen meetings and redraw everything."""
        pair = self.pair()
        if pair is None:
            self.comparison = None
            for col in self.columns.values():
                col.show_lines(word(SUMMARY_HEADINGS, col.key, self.lang), [],
                               self.tr("No meetings yet."))
            return
        old, new = pair
        old_t = self.template_for(old.template_id, old.template_version)
        new_t = self.template_for(new.template_id, new.template_version)
        self.comparison = compare_meetings(old, new, old_t, new_t)
        self.marks = marks_for(self.comparison, self.label)
        lines = summary_lines(self.comparison, self.lang)
        nothing = self.tr("Nothing here.")
        for key, col in self.columns.items():
            col.show_lines(word(SUMMARY_HEADINGS, key, self.lang), lines[key], nothing)
        self._show_duker()
        self._fit_summary()
        self.compared.emit()

    def _fit_summary(self) -> None:
        """Give the summary the height its sentences need (at most two fifths),
        the duker the rest."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        if total <= 0:
            return
        # Wrapped sentences: ask each column how tall it is at the width it gets
        # (a third of the view; its own width may not be laid out yet).
        width = max(200, (self.width() - 60) // len(self.columns))
        need = max(col.box.totalHeightForWidth(width)
                   for col in self.columns.values()) + 12
        top = max(120, min(need, total * 2 // 5))
        self.splitter.setSizes([top, max(200, total - top)])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # After the layout has given the columns their new width.
        QTimer.singleShot(0, self._fit_summary)

    def _show_duker(self) -> None:
        pair = self.pair()
        if pair is None or self.comparison is None:
            return
        old, new = pair
        old_t = self.template_for(old.template_id, old.template_version)
        new_t = self.template_for(new.template_id, new.template_version)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        m = self.marks
        if self.inline_toggle.isChecked():
            title = self.tr("Meeting %1 with the changes since meeting %2")
            self.duker = [MiniDuk(
                new, new_t, self.lang, m.new, ghosts=m.ghosts, was=m.was,
                title=title.replace("%1", self._name(new)).replace("%2", self._name(old)))]
        else:
            self.duker = [
                MiniDuk(old, old_t, self.lang, m.old,
                        title=self.tr("Meeting %1").replace("%1", self._name(old))),
                MiniDuk(new, new_t, self.lang, m.new,
                        title=self.tr("Meeting %1").replace("%1", self._name(new))),
            ]
        for duk in self.duker:
            row.addWidget(duk, 1)
        old_widget = self.duk_scroll.takeWidget()
        self.duk_scroll.setWidget(holder)
        if old_widget is not None:
            old_widget.deleteLater()
        self._describe()

    def _name(self, m: Meeting) -> str:
        return f"{m.number} ({format_date(m.date)})"

    def _describe(self) -> None:
        counts = self.marks.counts()
        bits = [f"{SYMBOLS[k]} {n}" for k in MarkKind if (n := counts.get(k, 0))]
        self.duk_scroll.setAccessibleName(self.tr("The duker, changes marked"))
        self.duk_scroll.setAccessibleDescription(" · ".join(bits))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Compare meetings"))
        self.old_label.setText(self.tr("&From meeting"))
        self.new_label.setText(self.tr("&To meeting"))
        self.old_combo.setAccessibleName(self.tr("The earlier meeting"))
        self.new_combo.setAccessibleName(self.tr("The later meeting"))
        self.inline_toggle.setText(self.tr("One duk with the changes &inline"))
        self.legend.setText(legend())
        if self.comparison is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ComparisonDialog(QDialog):
    """The comparison in its own window beside the main one (not modal)."""

    print_requested = Signal(object)
    """Print was pressed: the chosen pair of meetings (older first), or None."""

    def __init__(self, case: Case, meetings: Sequence[Meeting], template_for: TemplateFor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonDialog")
        self._template_for = template_for
        self.view = ComparisonView(case, meetings, template_for, self)
        box = QVBoxLayout(self)
        self._box = box
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 16, 12)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print the evaluation …"))
        self.print_button.setObjectName("printEvaluation")
        self.print_button.setEnabled(len(meetings) >= 2)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.view.pair()))
        row.addWidget(self.print_button)
        box.addLayout(row)
        self.setWindowTitle(self.tr("Compare meetings — %1").replace("%1", case.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1280, 800)

    def show_meetings(self, case: Case, meetings: Sequence[Meeting]) -> None:
        """Show the case as it is now (changed elsewhere: a meeting added or edited,
        the case renamed). A pair the user picked stays when both meetings are still
        there, unless it ended at the latest meeting: then the newest two are shown."""
        old = self.view
        picked = old.pair()
        latest = not old.meetings or (picked is not None
                                      and picked[1].number == old.meetings[-1].number)
        view = ComparisonView(case, meetings, self._template_for, self)
        numbers = {m.number for m in view.meetings}
        if picked is not None and not latest and {picked[0].number,
                                                  picked[1].number} <= numbers:
            view.pick(picked[0].number, picked[1].number)
        self._box.replaceWidget(old, view)
        old.hide()
        old.deleteLater()
        self.view = view
        self.print_button.setEnabled(len(view.meetings) >= 2)
        self.setWindowTitle(self.tr("Compare meetings — %1").replace("%1", case.name))
