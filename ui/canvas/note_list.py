"""The cards of one notes field: a delegate that draws each note as a card, and
the list view that holds them (the list model is in `note_model`).

One view per field, painting only the cards in sight, keeps a duk of 150 notes
quick to open (a widget per card cost several milliseconds each); the cards are
laid out when the list is first shown and again only when its width changes. The model reads
the meeting through the session and never writes; every change goes through the
session, which tells the field to `sync()`.
"""

from __future__ import annotations

import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.canvas.frame import tr
from ui.canvas.note_model import (
    FILTER_ROLE,
    ID_ROLE,
    MARKS_ROLE,
    NOTE_MIME,
    NotesModel,
    note_from_mime,
)
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import NoteEditor
from ui.meeting.session import MeetingSession

_Index = QModelIndex | QPersistentModelIndex

__all__ = ["FILTER_ROLE", "ID_ROLE", "MARKS_ROLE", "NOTE_MIME", "CardDelegate", "NoteList",
           "NotesModel", "note_from_mime"]


class CardDelegate(QStyledItemDelegate):
    """Draws a note as a card: its text, and small quiet marks under it."""

    def __init__(self, view: NoteList) -> None:
        super().__init__(view)
        self.view = view
        self.style_ = view.style_
        self._heights: dict[tuple[object, ...], int] = {}
        self._advances: dict[str, int] = {}
        self._font_key: tuple[object, ...] | None = None
        self._fm: tuple[QFontMetrics, int] = (QFontMetrics(view.font()), 0)
        self._small_font: tuple[QFont, QFontMetrics] = (view.font(), self._fm[0])

    def _pad(self) -> int:
        return self.style_.px(7)

    def _small(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.8)
        return small

    def _text_rect_width(self) -> int:
        # The same width paint() draws in: the item (viewport less the list's
        # spacing on both sides), less the card's border and padding.
        item = self.view.viewport().width() - 2 * self.view.spacing()
        return max(40, item - 2 * self._pad() - 2)

    def _metrics(self, font: QFont) -> tuple[QFontMetrics, int]:
        """The font's metrics and the height of a line of marks, kept while the
        font stays (a new QFontMetrics per card costs as much as the card)."""
        key = (font.pointSizeF(), font.family(), self.style_.zoom)
        if self._font_key != key:
            self._font_key = key
            small = self._small(font)
            self._small_font = (small, QFontMetrics(small))
            self._fm = (QFontMetrics(font), self._small_font[1].height() + self.style_.px(2))
            self._advances.clear()
            self._heights.clear()
        return self._fm

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # The list asks several times per card while it lays out, at each width
        # it passes through; the answer depends only on these, so it is worked
        # out once, and a text's one-line width once whatever the list's width.
        view = self.view
        note = view.notes_model.note_at(index.row())
        text = note.text if note is not None else ""
        has_marks = note is not None and bool(view.notes_model.card_marks(note))
        item_width = view.viewport().width() - 2 * view.spacing()
        width = max(40, item_width - 2 * self._pad() - 2)  # as _text_rect_width
        fm, marks_height = self._metrics(view.font())
        key = (text, width, has_marks)
        height = self._heights.get(key)
        if height is None:
            advance = self._advances.get(text)
            if advance is None:
                advance = fm.horizontalAdvance(text) if "\n" not in text else -1
                self._advances[text] = advance
            if 0 <= advance < width:
                text_height = fm.height()  # one line: no need to lay out the wrap
            else:
                text_height = fm.boundingRect(QRect(0, 0, width, 100_000),
                                              int(Qt.TextFlag.TextWordWrap),
                                              text or " ").height()
            # +3: the card's border and a descender's room below the last line.
            height = text_height + 2 * self.style_.px(5) + 3
            if has_marks:
                height += marks_height
            if len(self._heights) > 5_000:
                self._heights.clear()
                self._advances.clear()
            self._heights[key] = height
        return QSize(item_width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        model = self.view.notes_model
        note = model.note_at(index.row())
        state = model.filter_state(note) if note is not None else None
        focus = bool(option.state & QStyle.StateFlag.State_HasFocus) or (
            self.view.hasFocus() and self.view.currentIndex() == index)
        k = self.style_.colours
        border = QColor(k["focus"]) if focus else (
            QColor(k["accent"]) if state == "hit" else QColor(k["card_border"]))
        firm = focus or state == "hit" or self.style_.contrast
        painter.setPen(QPen(border, (3 if focus and self.style_.contrast else 2) if firm else 1))
        painter.setBrush(QColor(k["card"]))
        r = self.style_.px(6)
        painter.drawRoundedRect(rect, r, r)
        ink = QColor(k["dim_ink"] if state == "dim" else k["ink"])
        pad = self._pad()
        text_rect = rect.adjusted(pad, self.style_.px(5), -pad, -self.style_.px(5))
        font = self.view.font()
        painter.setFont(font)
        painter.setPen(ink)
        text = note.text if note is not None else ""
        painter.drawText(text_rect, int(Qt.TextFlag.TextWordWrap), text)
        marks = model.card_marks(note) if note is not None else []
        if marks:
            self._metrics(font)
            small, fm = self._small_font
            painter.setFont(small)
            x = text_rect.left()
            y = text_rect.bottom() - fm.height()
            for label, kind in marks:
                shown = f"● {label}" if kind == "domain" else label
                w = fm.horizontalAdvance(shown) + (8 if kind == "child" else 0)
                chip = QRectF(x, y, w, fm.height())
                if kind == "child":
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(k["child_bg"]))
                    painter.drawRoundedRect(chip, 3, 3)
                    painter.setPen(QColor(k["child_ink"]))
                else:
                    painter.setPen(QColor(k["domain_ink"] if kind == "domain" else k["voice_ink"]))
                painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), shown)
                x += w + self.style_.px(8)
        painter.restore()

    # -------------------------------------------------------------- editing
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = NoteEditor(self.style_)
        editor.setParent(parent)
        editor.setAccessibleName(tr("Edit note"))
        editor.setAccessibleDescription(
            tr("Enter keeps the text, Shift+Enter starts a new line, Esc puts it back."))
        note_id = uuid.UUID(str(index.data(ID_ROLE)))
        original = str(index.data(Qt.ItemDataRole.EditRole))
        session = self.view.session
        session.seal_typing()
        editor.setPlainText(original)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.textChanged.connect(
            lambda: session.set_note_text(note_id, editor.toPlainText()))

        def done() -> None:
            if editor.property("sdClosed"):
                return
            editor.setProperty("sdClosed", True)
            # The view may have closed the editor itself (hidden, closing).
            if shiboken6.isValid(self.view) and \
                    self.view.state() == QAbstractItemView.State.EditingState:
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                self.view.editing_done(note_id)

        def cancel() -> None:
            session.set_note_text(note_id, original)
            done()

        editor.committed.connect(done)
        editor.cancelled.connect(cancel)
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The note editor handles Enter, Esc (put the text back) and leaving
        # itself; the delegate's default would close it without putting back.
        if isinstance(watched, NoteEditor):
            return False
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        return None  # the editor is filled once, in createEditor; typing is live

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        return None  # every keystroke already went through the session

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: _Index) -> None:
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), rect.width(),
                           max(rect.height(), editor.height()))


class NoteList(QListView):
    """The cards of a field. Keys on a card: F2/Enter edit, Delete deletes,
    Ctrl+Alt+Up/Down reorder, Ctrl+Alt+Left/Right move to the neighbouring field,
    Ctrl+D life domain, Ctrl+K who said it (the canvas's shortcuts), the menu key
    opens "Move to…" and the same two menus."""

    layouts = 0
    """How many times the cards were laid out (each card asked for its size)."""
    _defer_layout = False

    def __init__(self, owner: Any, session: MeetingSession, field_id: str,
                 style: CanvasStyle) -> None:
        super().__init__()
        self.owner = owner
        self.session = session
        self.style_ = style
        self.notes_model = NotesModel(session, field_id, style)
        self.setObjectName("noteList")
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(style.px(2))
        self.setUniformItemSizes(False)
        # Lay the cards out a batch at a time, so a long field opens at once.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(40)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        style.mark(self)
        # The cards last: each setting above lays out every card again once a model
        # is there (about five times the size hints of a long field).
        self.setItemDelegate(CardDelegate(self))
        self.setModel(self.notes_model)

    # ------------------------------------------------------------- layout
    # A card's height depends on the width its text wraps in: the viewport's,
    # known only once the duk is on screen (and narrower by the scroll bar when
    # the cards overflow). Qt lays every card out again on a change of style
    # (the canvas's style sheet, set while the duk is still being built) and on
    # a change of the list's height, and not on a change of its width alone.
    # Here the cards are laid out when the list is shown and again whenever the
    # viewport's width changes, and on nothing else.
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.StyleChange and not self.isVisible():
            self._defer_layout = True
            try:
                return super().event(e)
            finally:
                self._defer_layout = False
        return super().event(e)

    def doItemsLayout(self) -> None:
        if self._defer_layout:
            # Done when the list is shown (or when the event loop comes round).
            self.scheduleDelayedItemsLayout()
            return
        model = self.model()
        if model is not None and model.rowCount():
            self.layouts += 1
        super().doItemsLayout()

    def resizeEvent(self, e: QResizeEvent) -> None:
        # The scroll bars and viewport follow; the cards move only if the
        # viewport's width changed (viewportEvent).
        QAbstractItemView.resizeEvent(self, e)

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Resize and isinstance(e, QResizeEvent) and \
                e.size().width() != e.oldSize().width() and e.oldSize().isValid():
            self.scheduleDelayedItemsLayout()
        return super().viewportEvent(e)

    def note_at(self, row: int) -> uuid.UUID | None:
        index = self.notes_model.index(row)
        return uuid.UUID(str(index.data(ID_ROLE))) if index.isValid() else None

    def current_note(self) -> uuid.UUID | None:
        index = self.currentIndex()
        return self.note_at(index.row()) if index.isValid() else None

    def select_note(self, note_id: uuid.UUID) -> bool:
        row = self.notes_model.row_of(note_id)
        if row < 0:
            return False
        index = self.notes_model.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def edit_note(self, note_id: uuid.UUID) -> None:
        if self.select_note(note_id):
            self.edit(self.currentIndex())

    def editing_done(self, note_id: uuid.UUID) -> None:
        self.session.seal_typing()
        note = next((n for n in self.notes_model.notes() if n.id == note_id), None)
        if note is not None and not note.text.strip():
            self.owner.delete_note(note_id)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.select_note(note_id)

    def _menu(self, pos: Any) -> None:
        index = self.indexAt(pos) if pos is not None else self.currentIndex()
        if not index.isValid():
            index = self.currentIndex()
        note_id = self.note_at(index.row()) if index.isValid() else None
        if note_id is not None:
            menu = self.owner.note_menu(note_id)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.viewport().mapToGlobal(self.visualRect(index).center()))

    def keyPressEvent(self, event: Any) -> None:
        note_id = self.current_note()
        key = event.key()
        mods = event.modifiers()
        ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if note_id is None:
            super().keyPressEvent(event)
            return
        if (mods & ctrl_alt) == ctrl_alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.owner.shift(note_id, -1 if key == Qt.Key.Key_Up else 1)
        elif (mods & ctrl_alt) == ctrl_alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.owner.move_to_neighbour(note_id, -1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != \
                QAbstractItemView.State.EditingState:
            self.edit_note(note_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.owner.delete_note(note_id)
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and
                                        mods & Qt.KeyboardModifier.ShiftModifier):
            self._menu(None)
        else:
            super().keyPressEvent(event)

    def first_in_sight(self) -> QModelIndex:
        """The topmost card wholly in sight (or the one at the top, partly)."""
        top = self.indexAt(QPoint(self.viewport().width() // 2, self.spacing() + 1))
        if not top.isValid():
            return self.notes_model.index(0)
        below = self.notes_model.index(top.row() + 1)
        if self.visualRect(top).top() < 0 and below.isValid() and \
                self.visualRect(below).bottom() <= self.viewport().height():
            return below
        return top

    def focusInEvent(self, event: Any) -> None:
        # A click makes the clicked card current itself (in mousePressEvent,
        # after this): choosing a card here would scroll the list under the
        # pointer and the press would land on another card. Tab or a shortcut
        # lands on the first card in sight, never on an unseen one that Delete
        # would then remove.
        if event.reason() != Qt.FocusReason.MouseFocusReason and \
                not self.currentIndex().isValid() and self.notes_model.rowCount():
            self.setCurrentIndex(self.first_in_sight())
        super().focusInEvent(event)
