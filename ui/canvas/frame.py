"""The frame every field is drawn in: colour, number circle, label, date blank.

A field widget subclasses `FieldFrame`, fills `self.body`, and implements
`refresh()` (redraw from the session's meeting) and `entry_widget()` (where typing
starts when the field gets focus). The frame listens to the session and refreshes
only when *its* field changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from samtaleduk.templates.model import TemplateField
from ui.canvas.proportions import KeepsPaperProportions
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import DateBlank
from ui.meeting.session import MeetingSession


def tr(text: str) -> str:
    """Translate UI chrome of the canvas. pyside6-lupdate files a bare `tr("…")`
    call under the empty context, so the lookup must use that context too."""
    return QCoreApplication.translate("", text)


class NumberCircle(QWidget):
    """The conversation number (1–5) in a circle, as on the paper."""

    def __init__(self, number: int, style: CanvasStyle) -> None:
        super().__init__()
        self._number = number
        self._style = style
        style.mark(self, 1.05, True)
        self.setAccessibleName(tr("Step %1").replace("%1", str(number)))
        self._resize()
        style.zoom_changed.connect(self._resize)

    def _resize(self, *_: object) -> None:
        side = self.fontMetrics().height() + self._style.px(8)
        self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = QColor(self._style.colours["heading"])
        p.setPen(QPen(accent, 2.5 if self._style.contrast else 1.5))
        p.setBrush(QColor(self._style.colours["card"]))
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        p.drawEllipse(r)
        p.setPen(accent)
        p.setFont(self.font())
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(self._number))
        p.end()


class FieldTitle(QLabel):
    """A field's label. When it wraps, it asks for the lines it needs at its
    present width, not for Qt's guess at a narrow one: a label that fits on one
    line must not take three lines of the laptop's height."""

    def __init__(self) -> None:
        super().__init__()
        self._last_height = 0

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.wordWrap() and self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.wordWrap() and self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.minimumSizeHint().height()
        if height != self._last_height:
            self._last_height = height
            self.updateGeometry()


class FieldFrame(KeepsPaperProportions, QFrame):
    """Base of every field widget on the canvas."""

    focus_chain_changed = Signal()
    """The field's layout moved its inputs: `focus_chain()` is in a new order."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.field = field
        self.style_ = style
        self.setObjectName(f"field_{field.id}")
        self.setProperty("sdRole", "field")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        m = style.px(7)
        outer.setContentsMargins(m, style.px(4), m, style.px(5))
        outer.setSpacing(style.px(3))
        self.header = QHBoxLayout()
        self.header.setSpacing(style.px(6))
        outer.addLayout(self.header)
        if field.number is not None:
            self.header.addWidget(NumberCircle(field.number, style), 0,
                                  Qt.AlignmentFlag.AlignTop)
        self.title = FieldTitle()
        # A label with a blank after it ("innan ____") stays on one line.
        self.title.setWordWrap(not field.date_blank)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        style.mark(self.title, 1.0, True)
        self.header.addWidget(self.title, 1 if not field.date_blank else 0)
        self.date_blank: DateBlank | None = None
        if field.date_blank:
            self.date_blank = DateBlank(style, 0.95)
            self.date_blank.date_edited.connect(
                lambda d: self.session.set_field_date(self.field.id, d))
            self.header.addWidget(self.date_blank, 0, Qt.AlignmentFlag.AlignVCenter)
            self.header.addStretch(1)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(style.px(3))
        outer.addLayout(self.body, 1)
        self.relabel()
        session.changed.connect(self._on_changed)
        style.language_changed.connect(lambda _l: self.relabel())

    # ------------------------------------------------------------ subclass API
    def refresh(self) -> None:
        """Redraw the field's content from the meeting (subclasses extend)."""
        if self.date_blank is not None:
            self.date_blank.set_value(self.session.field_date(self.field.id))

    def entry_widget(self) -> QWidget | None:
        """The widget where typing starts in this field."""
        return None

    def focus_chain(self) -> list[QWidget]:
        """This field's focusable widgets, in tab order: reading order, as on the
        paper — the date in the label's blank, what is written in the field, then
        the entry line under it. (Typing starts in the entry all the same: F6,
        Ctrl+N and a click go straight there.)"""
        chain: list[QWidget] = []
        if self.date_blank is not None:
            chain.append(self.date_blank)
        chain += self.item_chain()
        entry = self.entry_widget()
        if entry is not None and entry is not self.date_blank:
            chain.append(entry)
        return chain

    def keep_draft(self, entry: QLineEdit) -> None:
        """Put the saved draft back in the field's entry line and keep saving what
        stands there (typed, not yet added with Enter), so it survives a close, a
        crash or a shutdown."""
        entry.setText(self.session.draft(self.field.id))
        entry.textChanged.connect(lambda text: self.session.set_draft(self.field.id, text))

    def item_chain(self) -> list[QWidget]:
        """The focusable widgets of what is written in the field, top to bottom
        (subclasses with items provide it)."""
        return []

    def watches(self, field_id: str) -> bool:
        """True when a change of `field_id` concerns this widget."""
        return field_id == self.field.id

    def relabel(self) -> None:
        """Labels in the case's language (after a language change)."""
        lang = self.style_.lang
        label = self.field.label.get(lang)
        self.title.setText(label)
        help_text = self.field.help.get(lang) if self.field.help else ""
        self.setAccessibleName(label)
        self.setAccessibleDescription(help_text)
        self.setToolTip(help_text)
        if self.date_blank is not None:
            self.date_blank.setAccessibleName(tr("Date for: %1").replace("%1", label))
            self.date_blank.setAccessibleDescription(
                tr("Empty until a date is chosen. Ctrl+Backspace empties it."))
        entry = self.entry_widget()
        if entry is not None:
            entry.setAccessibleName(label)
            entry.setAccessibleDescription(help_text)

    # ------------------------------------------------------------ internals
    def _on_changed(self, field_id: str) -> None:
        if self.watches(field_id):
            self.refresh()

    def focus_entry(self) -> None:
        """Put the cursor where typing starts (Ctrl+N, F6)."""
        target = self.entry_widget() or next(iter(self.focus_chain()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
