"""The date blank of the duk ("Dato ____", "innan ____", an action's "by when").

A line a date is typed into, the way people write dates on a Norwegian form
("6.10.26", "06.10.2026", "06102026", read by `samtaleduk.domain.dates`), with a calendar
beside it (the button, Alt+Down or F4); Up and Down step a day. The date counts once it is committed:
Enter, Tab, leaving the blank or picking a day in the calendar. What is not a date
("31.02.2026") is refused where it was typed: a red frame and a tooltip say so, the
date that was there stays stored, and Esc puts it back on the line.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolTip,
    QVBoxLayout,
)

from samtaleduk.domain.dates import format_norwegian_date, parse_norwegian_date
from ui.canvas.keys import editor_focus_in, editor_keys, escape_while_editing, keep_text_on_tab
from ui.canvas.style import CanvasStyle

_OWN_SHEET = "QToolButton { min-height: 0px; min-width: 0px; padding: 0px; border: none; " \
    "background: transparent; }"
"""The calendar button inside the line is sized by the line: the app's button
rule (min-height 1.6em) made it taller than the blank and pushed the icon down."""

_REFUSED_SHEET = "QLineEdit { border: 2px solid #C0392B; }"
"""A refusal's red frame where no canvas style sheet draws it."""

_WIDEST = "00.00.00000"
"""Room for a whole date as the blank writes it, and a little more."""


def tr(text: str) -> str:
    """Translate canvas chrome (the empty context, as in ui.canvas.frame)."""
    return QCoreApplication.translate("", text)


def _calendar_icon(colour: str, side: int) -> QIcon:
    """A small calendar sheet, drawn so it takes the duk's ink at any zoom."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    pen = QPen(ink)
    pen.setWidthF(max(1.0, side / 14))
    painter.setPen(pen)
    m = side * 0.12
    sheet = QRectF(m, m * 1.6, side - 2 * m, side - 2.6 * m)
    painter.drawRoundedRect(sheet, side / 12, side / 12)
    painter.fillRect(QRectF(sheet.left(), sheet.top(), sheet.width(), sheet.height() / 4), ink)
    dot = side / 9
    for row in range(2):
        for col in range(3):
            x = sheet.left() + sheet.width() * (0.22 + 0.28 * col)
            y = sheet.top() + sheet.height() * (0.48 + 0.28 * row)
            painter.fillRect(QRectF(x - dot / 2, y - dot / 2, dot, dot), ink)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """A month to pick a day from, under its date blank. Arrows move, Enter picks,
    Esc closes without changing anything."""

    picked = Signal(object)
    """A day was chosen: a datetime.date."""

    def __init__(self, blank: DateBlank, start: dt.date) -> None:
        # No parent: the popup takes the app's look, not the duk's style sheet
        # (which shrank its weekday names to "…").
        super().__init__(None, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        cal = self.calendar
        cal.setFont(blank.font())
        cal.setLocale(blank.locale())
        cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        cal.setGridVisible(True)
        cal.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        cal.setSelectedDate(QDate(start.year, start.month, start.day))
        cal.setAccessibleName(tr("Choose a date"))
        # Wide enough for the weekday names and week numbers at this font.
        metrics = cal.fontMetrics()
        names = [cal.locale().dayName(d, cal.locale().FormatType.ShortFormat)
                 for d in range(1, 8)]
        column = max(metrics.horizontalAdvance(n) for n in [*names, "88"]) + metrics.height()
        cal.setMinimumWidth(8 * column + metrics.height())
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(cal)
        cal.activated.connect(self._pick)
        cal.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(dt.date(day.year(), day.month(), day.day()))
        self.close()


class DateBlank(QLineEdit):
    """A date that may be empty (the paper's "____"), typed or picked.

    `value()` is the committed date; `set_value()` shows a date from the model
    without emitting; `date_edited` tells of a date the person committed.
    """

    date_edited = Signal(object)
    """The user changed the date: a datetime.date or None."""

    def __init__(self, style: CanvasStyle | None, factor: float = 1.0,
                 empty: str = "__.__.____") -> None:
        """`style` is the canvas's (None: a blank outside the duk, in the app's
        own look); `factor` its font size relative to the duk's; `empty` what an
        empty blank shows."""
        super().__init__()
        self.setProperty("sdRole", "date")
        self.setProperty("sdInvalid", False)
        self.setPlaceholderText(empty)
        self.setMaxLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if style is None:
            # On the duk the canvas sheet carries this rule (`CanvasStyle.stylesheet`):
            # a sheet of its own on each of the duk's blanks cost a style per widget.
            self.setStyleSheet(_OWN_SHEET)
        self._style = style
        self._value: dt.date | None = None
        self._fresh = False
        """The line shows the stored date untouched since the focus came: a digit
        typed now starts a new date instead of adding to the old one."""
        self._focus_click = False
        self._popup: CalendarPopup | None = None
        if style is not None:
            style.mark(self, factor)
            editor_keys(self)  # pass_undo and keep_text_on_tab: see focusInEvent
        else:
            keep_text_on_tab(self)
        self._calendar = self.addAction(QIcon(), QLineEdit.ActionPosition.TrailingPosition)
        self._calendar.setToolTip(tr("Choose in a calendar (Alt+Down)"))
        self._calendar.triggered.connect(self.open_calendar)
        self.setAccessibleDescription(tr("Type a date such as 6.10.26 or 06.10.2026. "
                                         "Alt+Down opens a calendar; Ctrl+Backspace empties it."))
        self._usual_tip = ""
        self._refusal = ""
        """Why what was typed is not a date, while it is shown refused."""
        self._draw_icon()  # again at every font change (zoom): see changeEvent
        self.textEdited.connect(self._typed)

    # ------------------------------------------------------------ public API
    def value(self) -> dt.date | None:
        """The committed date, or None when the blank is empty."""
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Show a model value without emitting `date_edited`."""
        if value == self._value:
            return
        self._value = value
        self._show_stored()

    def commit(self) -> bool:
        """Take what was typed as the date; False (and a visible refusal) when it
        is not a date. Emits `date_edited` when the date changed."""
        text = self.text().strip()
        if text:
            parsed = parse_norwegian_date(text, dt.date.today())
            if parsed is None:
                self._refuse(text)
                return False
        else:
            parsed = None
        changed = parsed != self._value
        self._value = parsed
        self._show_stored()
        self._fresh = self.hasFocus()
        if changed:
            self.date_edited.emit(parsed)
        return True

    def open_calendar(self) -> None:
        """Pick the date in a month view under the blank (Alt+Down, F4)."""
        if self.isReadOnly() or not self.isEnabled():
            return
        typed = parse_norwegian_date(self.text(), dt.date.today())
        popup = CalendarPopup(self, typed or self._value or dt.date.today())
        popup.picked.connect(self._picked)
        popup.destroyed.connect(self._popup_gone)
        self._popup = popup
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - popup.width())
        y = below.y() if below.y() + popup.height() <= screen.bottom() else \
            self.mapToGlobal(QPoint(0, 0)).y() - popup.height()
        popup.move(max(screen.left(), x), max(screen.top(), y))
        popup.show()
        popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendar_popup(self) -> CalendarPopup | None:
        """The open calendar, if any."""
        return self._popup

    # ------------------------------------------------------------ internals
    def _show_stored(self) -> None:
        self.setText(format_norwegian_date(self._value) if self._value else "")
        self._mark_invalid(False)

    def _mark_invalid(self, on: bool) -> None:
        was = bool(self.property("sdInvalid"))
        if on and not was:
            self._usual_tip = self.toolTip()  # the owner's (e.g. a goal's deadline)
        if on:
            self.setToolTip(self._refusal)
        elif was:
            self.setToolTip(self._usual_tip)
        if was != on:
            if self._style is None:  # no canvas style sheet to draw the refusal
                self.setStyleSheet(_OWN_SHEET + (_REFUSED_SHEET if on else ""))
            self.setProperty("sdInvalid", on)
            self.style().unpolish(self)
            self.style().polish(self)

    def _refuse(self, text: str) -> None:
        self._refusal = tr("“%1” is not a date. Write it as 6.10.26 or 06.10.2026; "
                           "Esc puts back the date that was there.").replace("%1", text)
        self._mark_invalid(True)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self._refusal, self)

    def _typed(self, _text: str) -> None:
        self._fresh = False
        self._mark_invalid(False)

    def _picked(self, day: dt.date) -> None:
        self.setText(format_norwegian_date(day))
        self.commit()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self._fresh = True

    def _popup_gone(self) -> None:
        self._popup = None

    def _draw_icon(self) -> None:
        side = max(12, self.fontMetrics().height())
        if self._style is None:
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            self._calendar.setIcon(_calendar_icon(colour, side))
            return
        # Drawn once per size for all the duk's blanks (a duk has a dozen or more).
        colour = self._style.colours["muted"]
        icon = self._style.icons.get((colour, side))
        if icon is None:
            icon = self._style.icons[(colour, side)] = _calendar_icon(colour, side)
        self._calendar.setIcon(icon)

    def editing(self) -> bool:
        """True when the line holds something else than the stored date."""
        stored = format_norwegian_date(self._value) if self._value else ""
        return self.text() != stored

    # ------------------------------------------------------------ Qt events
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance(_WIDEST),
                   metrics.horizontalAdvance(self.placeholderText() + "00"))
        hint.setWidth(text + metrics.height() * 2 + 8)
        # At least as tall as the calendar button inside: Qt makes a line edit's
        # action button a small icon plus 2 px, whatever the font, and the
        # canvas's thin padding would otherwise let the line cut it.
        button = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self) + 2
        hint.setHeight(max(hint.height(), button))
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if not hasattr(self, "_calendar"):
            pass  # still being built
        elif event.type() in (QEvent.Type.ReadOnlyChange, QEvent.Type.EnabledChange):
            self._calendar.setVisible(self.isEnabled() and not self.isReadOnly())
        elif event.type() == QEvent.Type.FontChange:
            self._draw_icon()
            self.updateGeometry()
        super().changeEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab commits; what is not a date keeps the focus here, refused. (Qt
        # also asks a focused widget being hidden to pass the focus on: it must.)
        if self.isVisible() and not self.commit():
            return True
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and ctrl:
            self.clear()
            self.commit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A date taken goes on as any line edit's Enter does: in a dialog
            # it presses the default button ("Start the meeting"). One refused
            # stays here, with its red frame.
            if self.commit():
                event.ignore()
            return
        if key == Qt.Key.Key_Escape and self.editing():
            self._show_stored()
            self._fresh = True
            return
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not (ctrl or alt):
            # A day later or earlier, as the old date box's arrows did.
            shown = parse_norwegian_date(self.text(), dt.date.today()) if self.text() \
                else dt.date.today()
            if shown is not None:
                step = dt.timedelta(days=1 if key == Qt.Key.Key_Up else -1)
                self.setText(format_norwegian_date(shown + step if self.text() else shown))
                self.commit()
            return
        if self._fresh and event.text() and event.text()[0].isdigit() \
                and not self.hasSelectedText():
            # Typing over the stored date writes a new one (Esc brings it back).
            self.clear()
        self._fresh = False
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Esc while a typed date is pending belongs to the blank (it puts the
        # date back), not to a window's shortcut.
        escape_while_editing(self)
        if self._style is not None:
            editor_focus_in(self, event, super().focusInEvent)
        else:
            super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._fresh = not self.editing()
        self._focus_click = event.reason() == Qt.FocusReason.MouseFocusReason

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The click that brought the focus keeps "typing writes a new date";
        # a later click places the cursor to edit the date in place.
        if not self._focus_click:
            self._fresh = False
        self._focus_click = False
        super().mousePressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        reason = event.reason()
        if reason == Qt.FocusReason.PopupFocusReason:
            return  # the calendar or a context menu; still editing
        if not self.isVisible() and self.window().isVisible():
            # Hidden on its own: its row went (deleted, or its adding undone),
            # and a date typed there has nothing left to belong to.
            self._show_stored()
            return
        if not self.commit() and reason != Qt.FocusReason.ActiveWindowFocusReason:
            # Left by the mouse with something that is not a date: the stored
            # date comes back rather than a line that says something else.
            self._show_stored()

