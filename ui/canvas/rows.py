"""Base for fields whose items are small forms: goals, actions, helpers.

Each item is a row of editors kept by item id; a refresh updates the rows in place
(so the cursor stays where it is while someone types) and adds, removes or reorders
rows only when the list changed. An entry line at the bottom adds an item in one
step.
"""

from __future__ import annotations

import uuid
from abc import abstractmethod
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.templates.model import TemplateField
from ui.canvas.frame import FieldFrame, tr
from ui.canvas.status_box import StatusBox
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import line_edit, set_text_quietly
from ui.meeting.session import MeetingSession


class ItemRow(QFrame):
    """One item's editors, and a ✕ that deletes the item (reached with Tab after
    the editors; Ctrl+Z brings the item back)."""

    def __init__(self, owner: ItemRowsField, item_id: uuid.UUID) -> None:
        # Made in the list it stands in: moved there, it would be styled again.
        super().__init__(owner.list_widget)
        self.owner = owner
        self.item_id = item_id
        self.setProperty("sdRole", "row")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.grid = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        px = owner.style_.px
        self.grid.setContentsMargins(px(5), 0, px(3), 0)
        self.grid.setSpacing(px(1))
        self.editors: list[QWidget] = []
        self.detail: QWidget | None = None
        self.delete_btn: QToolButton | None = None

    def line(self, *widgets: QWidget, stretch_first: bool = True) -> QHBoxLayout:
        """Add a line of editors to the row."""
        box = QHBoxLayout()
        box.setSpacing(self.owner.style_.px(4))
        for i, w in enumerate(widgets):
            box.addWidget(w, 1 if (i == 0 and stretch_first) else 0)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.property("sdDelete"):
                self.editors.append(w)
        self.grid.addLayout(box, 1 if not self.grid.count() else 0)
        return box

    def detail_line(self, *widgets: QWidget) -> QWidget:
        """A second line that shows only when it says something (a value is set)
        or while the row has the keyboard focus: a calm duk, full control."""
        holder = QWidget()
        box = QHBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(self.owner.style_.px(4))
        for w in widgets:
            box.addWidget(w)
            self.editors.append(w)
        box.addStretch(1)
        self.grid.addWidget(holder)
        self.detail = holder
        return holder

    lazy_detail = False
    """True for rows whose detail line is made by `make_detail`, the first time
    it is to be seen (the value it shows is set, or the row has the focus): an
    untouched duk builds no hidden editors."""

    def make_detail(self) -> None:
        """Make the detail line's editors and call `detail_line` (rows with
        `lazy_detail`)."""

    def detail_needed(self) -> bool:
        """True when the detail line holds a value worth showing (subclasses)."""
        return True

    def _ensure_detail(self) -> None:
        if self.detail is None and self.lazy_detail:
            self.make_detail()
            # Tab goes through the new editors, right after the row's first line.
            self.owner.focus_chain_changed.emit()

    def update_detail(self) -> None:
        focus = QApplication.focusWidget()
        inside = focus is not None and self.isAncestorOf(focus)
        wanted = inside or self.detail_needed()
        if wanted:
            self._ensure_detail()
        if self.detail is not None:
            self.detail.setVisible(wanted)

    def focus_moved(self, came: bool) -> None:
        """The keyboard focus came into the row (`came`) or left it: told by the
        canvas, which follows the application's focus (one call per move, where
        an event filter on every editor saw every event of each)."""
        if came:
            self._ensure_detail()
            if self.detail is not None:
                # At once, so the next Tab (or Shift+Tab, coming in at the ✕)
                # can reach the detail line.
                self.detail.setVisible(True)
        else:
            # With the row as context: a row deleted meanwhile (its meeting
            # closed or locked, the item deleted) is not called any more.
            QTimer.singleShot(0, self, self.update_detail)

    def delete_button(self, what: str) -> QToolButton:
        button = QToolButton()
        button.setText("✕")
        button.setProperty("sdRole", "small")
        button.setAccessibleName(tr("Delete %1").replace("%1", what))
        button.setToolTip(tr("Delete"))
        # Last in the row's tab order, so Tab through a row edits before it deletes.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setProperty("sdDelete", True)
        # The ✕ is the row's too: Shift+Tab comes into the row there, and the
        # detail line opens then (`focus_moved`), or Shift+Tab would skip it.
        self.delete_btn = button
        button.clicked.connect(lambda: self.owner.delete_item(self.item_id))
        return button

    wide_ok = False
    """Rows whose lines may stand side by side in a wide field (actions)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A wide row (a field spanning columns) puts its lines side by side.
        char = QFontMetrics(self.owner.style_.font()).averageCharWidth()
        wide = self.wide_ok and event.size().width() > 80 * max(1, char)
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self.grid.direction() != direction:
            self.grid.setDirection(direction)
        super().resizeEvent(event)

    @abstractmethod
    def update_from(self, item: Any) -> None:
        """Show the item's values (each row kind provides it)."""


def row_of(widget: QWidget | None, stop: QWidget) -> ItemRow | None:
    """The item row (a goal, an action, a helper) under `stop` holding `widget`."""
    while widget is not None and widget is not stop and shiboken6.isValid(widget):
        if isinstance(widget, ItemRow):
            return widget
        widget = widget.parentWidget()
    return None


def tell_rows(old: QWidget | None, new: QWidget | None, stop: QWidget) -> None:
    """The keyboard focus moved from `old` to `new`: tell the rows under `stop`
    it left and came into (`ItemRow.focus_moved`)."""
    left, came = row_of(old, stop), row_of(new, stop)
    if left is not came:
        if left is not None:
            left.focus_moved(False)
        if came is not None:
            came.focus_moved(True)


def status_combo(owner: FieldFrame, words: dict[Any, dict[str, str]], name: str) -> StatusBox:
    """A combobox of statuses in the case's language (its popup made on first use)."""
    combo = StatusBox([(table.get(owner.style_.lang) or table["nb"], status)
                       for status, table in words.items()])
    combo.setAccessibleName(name)
    owner.style_.mark(combo, 0.9)
    return combo


def set_combo_data(combo: StatusBox, value: Any) -> None:
    """Show the status `value` without emitting (a value from the model)."""
    combo.show_data(value)


def flat(owner: FieldFrame, placeholder: str, name: str, bold: bool = False,
         factor: float = 1.0) -> QLineEdit:
    edit = line_edit(owner.style_, "flat", placeholder, factor, bold)
    edit.setAccessibleName(name)
    return edit


def sync(edit: QLineEdit, text: str) -> None:
    """Show model text unless the user is typing in this very editor."""
    if not edit.hasFocus() or edit.text() != text:
        set_text_quietly(edit, text)


class ItemRowsField(FieldFrame):
    """A field of item rows over an entry line."""

    list_name = "goals"
    row_class: type[ItemRow]
    """Set by each field: the row it draws an item with (`ItemRow` itself is abstract)."""
    entry_hint = ""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self._rows: dict[uuid.UUID, ItemRow] = {}
        self.entry = line_edit(style, "entry", self.entry_hint or tr("Write, then press Enter"))
        scroll = QScrollArea(self)
        self._list = QWidget(scroll.viewport())
        self._layout = QVBoxLayout(self._list)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(style.px(2))
        self._layout.addStretch(1)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._list)
        self._scroll = scroll
        self.body.addWidget(scroll, 1)
        self.body.addWidget(self.entry)
        self.entry.returnPressed.connect(self._add_from_entry)
        self.keep_draft(self.entry)
        self.relabel()
        self.refresh()

    @property
    def list_widget(self) -> QWidget:
        """The widget the item rows stand in."""
        return self._list

    def entry_widget(self) -> QWidget | None:
        return getattr(self, "entry", None)

    def rows(self) -> list[ItemRow]:
        """The rows on screen, in the items' order."""
        return [self._rows[item.id] for item in self.items() if item.id in self._rows]

    def items(self) -> list[Any]:
        content = self.session.meeting.fields.get(self.field.id)
        return list(getattr(content, self.list_name)) if content is not None else []

    def item_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for item in self.items():
            row = self._rows.get(item.id)
            if row is not None:
                chain += row.editors
                if row.delete_btn is not None:
                    chain.append(row.delete_btn)
        return chain

    @abstractmethod
    def add(self, text: str) -> uuid.UUID:
        """Add an item from the entry line's text (each field kind provides it)."""

    def _add_from_entry(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.add(text)
            self.entry.clear()

    def delete_item(self, item_id: uuid.UUID) -> None:
        self.session.delete(item_id)
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        super().refresh()
        if not hasattr(self, "_rows"):
            return
        items = self.items()
        wanted: list[QWidget] = []
        for item in items:
            row = self._rows.get(item.id)
            if row is None:
                row = self.row_class(self, item.id)
                self._rows[item.id] = row
            row.update_from(item)
            row.update_detail()
            wanted.append(row)
        ids = {item.id for item in items}
        for item_id in [i for i in self._rows if i not in ids]:
            row = self._rows.pop(item_id)
            row.hide()
            row.deleteLater()
        slots = [self._layout.itemAt(i) for i in range(self._layout.count() - 1)]
        current = [slot.widget() if slot is not None else None for slot in slots]
        if current != wanted:
            while self._layout.count():
                self._layout.takeAt(0)
            for w in wanted:
                self._layout.addWidget(w)
                w.show()
            self._layout.addStretch(1)
            # Some widgets (combo boxes) drop their font when re-parented.
            for widget in wanted:
                self.style_.apply_fonts(widget)
