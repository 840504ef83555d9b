"""The status box of a goal or an action row: a combo box that makes its drop-down
list only when someone reaches for it.

A QComboBox builds its popup (a frame holding a list view, the view's viewport,
two scroll bars and their holders, two scroll arrows: nine widgets) as soon as it
gets a current item, a font or a style, and every box on the duk gets all three
while the duk is built. A duk with a dozen rows carried a hundred widgets nobody
sees, each polished by the canvas style sheet, laid out and kept: a good part of
opening a meeting (issue 16).

So a `StatusBox` starts *dormant*: its items are in place (count, texts and data
answer as usual) but Qt's current item is unset, the box paints the status it
shows exactly as QComboBox paints its current item, and it answers a font or
style change the way QComboBox would for the box itself (a new size), without
the popup. It wakes, becoming a plain QComboBox with that status current, the
moment a person reaches for it: keyboard focus (Tab, a click), a mouse press,
the wheel, a key, or a popup asked for. With a screen reader running, it is
awake from the start, so the reader can say every status, focused or not.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import (
    QAccessible,
    QContextMenuEvent,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_DEFERRED = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange})
"""What QComboBox answers by making its popup."""


class StatusBox(QComboBox):
    """A combo box of fixed choices whose popup is made when it is first used."""

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        """`choices`: (text, data) of each item, in order; the first is shown."""
        super().__init__(parent)
        self._dormant = True
        self._shown = 0
        self._hint: QSize | None = None
        self._least: QSize | None = None
        """The size hints, kept as QComboBox keeps them (see changeEvent)."""
        self._shown_once = False
        # With a placeholder, adding items leaves Qt's current item unset (a
        # current item makes the popup). It is never drawn: see paintEvent.
        self.setPlaceholderText(choices[0][0] if choices else " ")
        for text, data in choices:
            self.addItem(text, data)
        if QAccessible.isActive():
            self.wake()

    # ------------------------------------------------------------ public API
    def is_dormant(self) -> bool:
        """True while the popup is not made (nobody has reached for the box)."""
        return self._dormant

    def show_data(self, value: Any) -> None:
        """Show the item holding `value`, emitting nothing (a model value)."""
        i = self.findData(value)
        if i < 0:
            return
        if self._dormant:
            if i != self._shown:
                self._shown = i
                self.update()
        elif self.currentIndex() != i:
            self.blockSignals(True)
            self.setCurrentIndex(i)
            self.blockSignals(False)

    def wake(self) -> None:
        """Become a plain QComboBox with the shown item current (popup and all)."""
        if not self._dormant:
            return
        self._dormant = False
        self.blockSignals(True)
        try:
            # The popup is made here; Qt gives it the box's font and palette.
            self.setPlaceholderText("")
            self.setCurrentIndex(self._shown)
        finally:
            self.blockSignals(False)
        self.update()

    # The current item, as Python callers see it while dormant.
    def currentIndex(self) -> int:  # noqa: N802 (Qt API)
        return self._shown if self._dormant else super().currentIndex()

    def currentData(self, role: int = 256) -> Any:  # noqa: N802 (Qt API)
        return self.itemData(self._shown, role) if self._dormant else super().currentData(role)

    def currentText(self) -> str:  # noqa: N802 (Qt API)
        return self.itemText(self._shown) if self._dormant else super().currentText()

    # ------------------------------------------------------------ Qt events
    # Waking where a person reaches for the box: each of these is called by Qt
    # for its own event only (an event() override would see every event).
    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self.wake()
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self.wake()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self.wake()
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        self.wake()
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        self.wake()
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        self.wake()
        super().contextMenuEvent(event)

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        self.wake()
        super().showPopup()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        # QComboBox forgets its size hint at a new style or font, its minimum
        # at a new style only; so do these, awake or not.
        if event.type() in _DEFERRED:
            self._hint = None
        if event.type() == QEvent.Type.StyleChange:
            self._least = None
        if self._dormant and event.type() in _DEFERRED:
            # For the box itself only its size changes; the popup waits.
            self.updateGeometry()
            QWidget.changeEvent(self, event)
            return
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if not self._dormant:
            super().paintEvent(event)
            return
        # QComboBox::paintEvent, with the shown item as the current one.
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.itemText(self._shown)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if not self._shown_once:  # as QComboBox adjusting to its contents
            self._shown_once = True
            self._hint = None
            self.updateGeometry()
        super().showEvent(event)

    # Computed when first asked for and kept until a style or font change, as
    # QComboBox does (a box asked first while focused is sized with its focus
    # frame; one sized before keeps that size when it takes the focus).
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        if self._hint is None:
            self._hint = self._size_for_contents()
        return QSize(self._hint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # With no minimum contents length, Qt's minimum is computed as its size hint.
        if self._least is None:
            self._least = self._size_for_contents()
        return QSize(self._least)

    def _size_for_contents(self) -> QSize:
        """QComboBoxPrivate::recomputeSizeHint for a box adjusting to its
        contents (the default policy), computed afresh each time."""
        metrics = self.fontMetrics()
        icon = self.iconSize()
        has_icon = False
        width = 0
        if self.count() == 0:
            width = 7 * metrics.horizontalAdvance("x")
        for i in range(self.count()):
            text_width = metrics.boundingRect(self.itemText(i)).width()
            if not self.itemIcon(i).isNull():
                has_icon = True
                text_width += icon.width() + 4
            width = max(width, text_width)
        if self.placeholderText():
            width = max(width, metrics.boundingRect(self.placeholderText()).width())
        height = max(math.ceil(QFontMetricsF(metrics).height()), 14) + 2
        if has_icon:
            height = max(height, icon.height() + 2)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                             QSize(width, height), self)
