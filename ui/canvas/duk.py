"""DukCanvas: the whole sheet, laid out from the template and nothing else.

`template.layout_cells()` says where each field, group heading and the strip of
life domains go on the template's grid; `template.grid` weights size the rows and
columns. Each field gets the widget for its *kind*, so both duker (and any duk a
municipality writes) come out of the same code.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QScrollArea,
    QWidget,
)

from samtaleduk.fieldkinds import spec_of
from samtaleduk.templates.model import Template
from ui.canvas.domains import DomainStrip
from ui.canvas.frame import FieldFrame, tr
from ui.canvas.group_heading import GroupHeading
from ui.canvas.kinds import widgets_of
from ui.canvas.notes import TAG_KEYS, NotesField
from ui.canvas.participants import ParticipantsField
from ui.canvas.rows import tell_rows
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import keep_text_on_tab
from ui.meeting.session import MeetingSession

COLUMN_MIN_PX = 150.0
"""Minimum width of a grid column of weight 1 at zoom 1 (readable cards)."""
VISIBLE_ROWS = 4
"""A goal list and "Kven gjer kva" show at least this many rows before they
scroll inside: the sheet gives them that height first, the notes the rest."""
ROW_CHROME_PX = 6
"""What a one-line item row adds to the font's height at zoom 1: the editors'
padding and frame, and the row's own margin and border."""
LIST_ROW_SHARE = 1.3
"""On screen, a row holding only a field of rows (the next step) takes this many
times its paper weight of the spare height: who does what reads first."""
ROOMY_HEIGHT_PX = 760
"""A sheet at least this tall (at zoom 1) shows three lines of today's
participants in its header; a laptop's shows one."""


class _SheetGrid(QGridLayout):
    """The sheet's grid. It never trades width for height: the sheet fills the
    scroll area and each field scrolls its own cards, as the paper keeps its size."""

    def hasHeightForWidth(self) -> bool:
        return False


class DukCanvas(QWidget):
    """The duk on screen: every field of the template in its place."""

    def __init__(self, session: MeetingSession, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self.template: Template = session.template
        self.setObjectName("dukCanvas")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._styled = False
        self.fields: dict[str, FieldFrame] = {}
        self.groups: dict[str, GroupHeading] = {}
        self.domains: DomainStrip | None = None
        self._current: FieldFrame | None = None
        self._chain: list[QWidget] = []
        self._grid = _SheetGrid(self)
        if parent is not None:
            # Styled before its fields are made on it: each is styled as it is
            # made, not once more by a sheet set over a finished tree.
            self.apply_style(fonts=False)
        self._build()
        if self._styled:
            self.style_.apply_fonts(self)
        self._size_grid()
        self._actions()
        # Connected after the fields' own slots, so it sees their new widgets.
        session.changed.connect(lambda _f: self.fix_tab_order())
        style.zoom_changed.connect(self._zoomed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.fix_tab_order()

    # ------------------------------------------------------------- building
    def _build(self) -> None:
        # Fields are made in conversation order so that even Qt's default tab
        # chain follows the conversation; fix_tab_order keeps it so. Each is made
        # on the canvas, not moved there: a move styles the whole field again.
        order = self.template.conversation_order()
        for f in order:
            self.fields[f.id] = widgets_of(f.kind).widget(self.session, f, self.style_, self)
            self.fields[f.id].focus_chain_changed.connect(self.fix_tab_order)
        for cell in self.template.layout_cells():
            c = cell.cell
            widget: QWidget
            if cell.element == "field":
                widget = self.fields[cell.id]
            elif cell.element == "group":
                group = self.template.group(cell.id)
                assert group is not None
                if cell.id not in self.groups:
                    self.groups[cell.id] = GroupHeading(group, self.style_, self)
                widget = self.groups[cell.id]
            else:
                self.domains = DomainStrip(self.style_, self)
                self.domains.filter_changed.connect(self.set_domain_filter)
                widget = self.domains
            self._grid.addWidget(widget, c.row, c.col, c.row_span, c.col_span)

    def _size_grid(self) -> None:
        grid = self.template.grid
        m = self.style_.px(5)
        self._grid.setContentsMargins(m, m, m, m)
        self._grid.setSpacing(self.style_.px(4))
        strip = self._domain_column()
        for col in range(grid.columns):
            w = grid.col_weight(col)
            if col == strip:
                # The strip of life domains is as wide as its longest word, on
                # every screen: the width goes to the cards.
                self._grid.setColumnStretch(col, 0)
                self._grid.setColumnMinimumWidth(col, 0)
                continue
            self._grid.setColumnStretch(col, max(1, round(w * 100)))
            self._grid.setColumnMinimumWidth(col, self.style_.px(w * COLUMN_MIN_PX))
        compact = self._compact_rows()
        lists = self._list_rows()
        for row in range(grid.rows):
            w = grid.row_weight(row) * (LIST_ROW_SHARE if row in lists else 1.0)
            # Heights come from what the fields need (their title, entry line and
            # VISIBLE_ROWS rows); the weights share out what is left.
            self._grid.setRowStretch(row, 0 if row in compact else max(1, round(w * 100)))
            self._grid.setRowMinimumHeight(row, 0)
        for field in self.fields.values():
            parts = widgets_of(field.field.kind)
            if parts.list_rows:
                self._reserve_rows(field, VISIBLE_ROWS)
            elif parts.least_rows is not None:
                rows, lines = parts.least_rows
                self._reserve_rows(field, rows, lines=lines)
            elif isinstance(field, ParticipantsField):
                self._size_participants(field)

    def _size_participants(self, field: ParticipantsField) -> None:
        """The header stays slim on a laptop: the label and entry, then one line
        of names that scrolls (every name is in its tooltip too); a taller
        screen shows three."""
        lines = 3 if self.height() >= self.style_.px(ROOMY_HEIGHT_PX) else 1
        want = lines * field.list.fontMetrics().lineSpacing() + self.style_.px(2)
        if field.list_scroll.minimumHeight() != want:
            field.list_scroll.setMinimumHeight(want)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for field in self.fields.values():
            if isinstance(field, ParticipantsField):
                self._size_participants(field)

    def _reserve_rows(self, field: FieldFrame, rows: int, lines: int = 1) -> None:
        """Make the field's list tall enough for `rows` rows of `lines` lines."""
        scroll = field.findChild(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
        widget = scroll.widget() if scroll is not None else None
        box = widget.layout() if widget is not None else None
        if scroll is None or box is None:
            return
        # A line of editors (a line edit, a date, a combo box) in the row's
        # frame: the font's height, their padding and frame, the row's.
        line = QFontMetrics(self.style_.font()).height() + self.style_.px(ROW_CHROME_PX)
        row = lines * line
        spacing = box.spacing()
        scroll.setMinimumHeight(rows * row + (rows - 1) * spacing)

    def _domain_column(self) -> int | None:
        """The grid column that holds only the strip of life domains, if any."""
        for cell in self.template.layout_cells():
            if cell.element == "domains" and cell.cell.col_span == 1:
                return cell.cell.col
        return None

    def _list_rows(self) -> set[int]:
        """Rows given over to one field of rows ("Kva er neste steg?"): on screen
        its rows are one line each, so it can use more of a tall screen."""
        return {cell.cell.row for cell in self.template.layout_cells()
                if cell.element == "field" and cell.cell.row_span == 1
                and widgets_of(self.template.field(cell.id).kind).list_rows}

    def _compact_rows(self) -> set[int]:
        """Rows holding only one-line fields (the header blanks): on screen they
        take the height they need and leave the rest to the notes."""
        rows: dict[int, bool] = {}
        for cell in self.template.layout_cells():
            c = cell.cell
            one_line = (cell.element == "field" and c.row_span == 1
                        and spec_of(self.template.field(cell.id).kind).one_line)
            for r in range(c.row, c.row + c.row_span):
                rows[r] = rows.get(r, True) and one_line
        return {r for r, only in rows.items() if only}

    def _actions(self) -> None:
        def add(keys: list[QKeySequence | QKeySequence.StandardKey | str], slot: object,
                name: str) -> QAction:
            action = QAction(name, self)
            # The same keys twice in one action make Qt call it ambiguous.
            unique: list[QKeySequence] = []
            for k in keys:
                seq = QKeySequence(k)
                if seq not in unique:
                    unique.append(seq)
            action.setShortcuts(unique)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        add(["Ctrl+N"], self.new_entry, tr("New note in this field"))
        add(["Ctrl+Down", "F6"], lambda: self.next_field(1), tr("Next field"))
        add(["Ctrl+Up", "Shift+F6"], lambda: self.next_field(-1), tr("Previous field"))
        add([QKeySequence.StandardKey.Undo], self.session.undo, tr("Undo"))
        add([QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"], self.session.redo,
            tr("Redo"))
        add([QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="], self.style_.zoom_in,
            tr("Zoom in"))
        add([QKeySequence.StandardKey.ZoomOut, "Ctrl+-"], self.style_.zoom_out, tr("Zoom out"))
        add(["Ctrl+0"], self.style_.zoom_reset, tr("Actual size"))
        # Tag the focused note (or the one being written) in two keys: the
        # menu's entries answer to 1–9 and 0 (see ui.canvas.notes).
        add([TAG_KEYS["domain"]], lambda: self.tag_note("domain"), tr("Life domain"))
        add([TAG_KEYS["speaker"]], lambda: self.tag_note("speaker"), tr("Who said it"))

    def tag_note(self, what: str) -> None:
        """Ctrl+D / Ctrl+K: the tag menu of the notes field holding the focus."""
        field = self.current_field()
        if isinstance(field, NotesField):
            field.open_tag_menu(what)

    # --------------------------------------------------------------- zoom
    def _zoomed(self, _zoom: float) -> None:
        self.setUpdatesEnabled(False)
        try:
            self.apply_style()
            self.style_.apply_fonts(self)
            self._size_grid()
        finally:
            self.setUpdatesEnabled(True)

    # ------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        """Show the duk's labels in nn, nb or en."""
        self.style_.set_language(lang)
        for f in self.fields.values():
            f.refresh()

    # ------------------------------------------------------------- domains
    def set_domain_filter(self, domain: str | None) -> None:
        for f in self.fields.values():
            if isinstance(f, NotesField):
                f.set_domain_filter(domain)

    # ------------------------------------------------------------ keyboard
    def field_order(self) -> list[FieldFrame]:
        return [self.fields[f.id] for f in self.template.conversation_order()]

    def current_field(self) -> FieldFrame | None:
        """The field holding the keyboard focus, if any."""
        w: QObject | None = QApplication.focusWidget()
        while w is not None and w is not self:
            if isinstance(w, FieldFrame) and w.parent() is self:
                return w
            w = w.parent()
        return None

    def new_entry(self) -> None:
        (self.current_field() or self.field_order()[0]).focus_entry()

    def next_field(self, step: int) -> None:
        order = self.field_order()
        current = self.current_field()
        i = order.index(current) + step if current in order else (0 if step > 0 else -1)
        order[i % len(order)].focus_entry()

    def focus_field(self, field_id: str) -> None:
        self.fields[field_id].focus_entry()

    def fix_tab_order(self) -> None:
        """Tab walks the fields in conversation order, then the life domains."""
        if not shiboken6.isValid(self):
            return  # the session outlives its canvas (closed, or locked)
        chain: list[QWidget] = []
        for f in self.field_order():
            chain += f.focus_chain()
        if self.domains is not None:
            chain += self.domains.focus_chain()
        if chain == self._chain:
            return
        self._chain = chain
        # Every editor on the duk, whoever built it, takes Tab without
        # selecting its text (issue 12: a goal was overwritten through Tab).
        for w in chain:
            keep_text_on_tab(w)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return
        tell_rows(old, new, self)
        current = self.current_field()
        if current is self._current:
            return
        for frame, on in ((self._current, False), (current, True)):
            if frame is not None:
                frame.setProperty("sdCurrent", on)
                frame.style().unpolish(frame)
                frame.style().polish(frame)
        self._current = current
        if not shiboken6.isValid(self.session):
            return
        # Moving to another field (or out of the duk) is a natural moment to write.
        self.session.flush()

    def apply_style(self, fonts: bool = True) -> None:
        """Set the canvas style sheet. Done once, when the canvas is first shown
        in its place: every re-parenting of a styled tree re-polishes every card,
        so styling before the sheet is placed would cost a polish per move."""
        self._styled = True
        # Placeholders ("Skriv, og trykk Enter") and text take the duk's ink,
        # not the app theme's (high contrast is light on black, the duk is not).
        k = self.style_.colours
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(k["muted"]))
        pal.setColor(QPalette.ColorRole.Text, QColor(k["ink"]))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(k["ink"]))
        pal.setColor(QPalette.ColorRole.Base, QColor(k["card"]))
        self.setPalette(pal)
        self.setStyleSheet(self.style_.stylesheet())
        if fonts:
            # Combo boxes lose an explicitly set font when their parents change;
            # now the sheet is in place, give every marked widget its size again.
            self.style_.apply_fonts(self)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Polish and not self._styled:
            self.apply_style()
        if e.type() == QEvent.Type.Hide:
            self.session.flush()
        if e.type() == QEvent.Type.ApplicationPaletteChange and self.style_.follow_theme():
            # The high-contrast theme was switched on or off with the duk open.
            if self._styled:
                self.apply_style()
            for w in self.findChildren(QWidget):
                w.update()
        return super().event(e)
