"""A heading over several fields of the duk ("SLIK VI HAR DET I DAG"), with its
subtitle beside it when there is room and under it when there is not."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from samtaleduk.templates.model import Group
from ui.canvas.proportions import KeepsPaperProportions
from ui.canvas.style import CanvasStyle


class GroupHeading(KeepsPaperProportions, QWidget):
    """A heading over several fields: "SLIK VI HAR DET I DAG" (Dagens situasjon).
    The subtitle stands after the title on one line when there is room (a
    laptop's height is precious), under it when there is not."""

    def __init__(self, group: Group, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.style_ = style
        self._last_min = 0
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(style.px(6), style.px(1), style.px(6), 0)
        self._box.setSpacing(style.px(8))
        self.title = QLabel()
        self.title.setProperty("sdRole", "group")
        self.title.setWordWrap(False)
        style.mark(self.title, 1.2, True)
        self.subtitle = QLabel()
        self.subtitle.setProperty("sdRole", "subtitle")
        style.mark(self.subtitle, 0.95)
        self._box.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        self._box.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBaseline)
        self.relabel()
        style.language_changed.connect(lambda _l: self.relabel())

    def _one_line(self, width: int) -> bool:
        if not self.subtitle.isVisibleTo(self):
            return True
        need = (self.title.fontMetrics().horizontalAdvance(self.title.text())
                + self._box.spacing()
                + self.subtitle.fontMetrics().horizontalAdvance(self.subtitle.text()))
        return need <= width

    def minimumSizeHint(self) -> QSize:
        # Tall enough for the heading as it wraps at its present width (large
        # type in presentation mode may take two lines).
        m = self._box.contentsMargins()
        width = max(60, self.width() - m.left() - m.right())
        if self._one_line(width):
            height = max(self.title.fontMetrics().height(), self.subtitle.sizeHint().height())
        else:
            height = max(self.title.heightForWidth(width), self.title.sizeHint().height())
            if self.subtitle.isVisibleTo(self):
                height += self.subtitle.sizeHint().height()
        height += m.top() + m.bottom()
        return QSize(60, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        m = self._box.contentsMargins()
        direction = (QBoxLayout.Direction.LeftToRight
                     if self._one_line(event.size().width() - m.left() - m.right())
                     else QBoxLayout.Direction.TopToBottom)
        if self._box.direction() != direction:
            self._box.setDirection(direction)
            # On one line the title keeps its words together; stacked, it wraps.
            self.title.setWordWrap(direction == QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)
        if self.minimumSizeHint().height() != self._last_min:
            self._last_min = self.minimumSizeHint().height()
            self.updateGeometry()

    def relabel(self) -> None:
        lang = self.style_.lang
        self.title.setText(self.group.label.get(lang))
        sub = self.group.subtitle.get(lang) if self.group.subtitle else ""
        self.subtitle.setText(sub)
        self.subtitle.setVisible(bool(sub))
        self.title.setAccessibleName(self.group.label.get(lang))
        self.title.setAccessibleDescription(sub)
