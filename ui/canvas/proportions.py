"""What every part of the duk's grid shares: it keeps the paper's proportions."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


class KeepsPaperProportions:
    """Mixed into a widget placed in the duk's grid (a field, a group heading, the
    life domains), before its Qt class: the grid's weights share out the sheet,
    as the paper does, whatever the widget's text."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        # A field never grows taller because its text wraps (its cards scroll).
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # No more than the minimum: the grid's weights share out the rest.
        return cast(QWidget, self).minimumSizeHint()
