"""The strip of life domains (Jobb · Boligsituasjon · … · Rus) down the side of a
duk that has them. Choosing one highlights the notes tagged with it and dims the
rest; choosing it again clears it. It only shows: it does not tag new notes (that
was invisible, so notes got tags nobody saw given). A note is tagged with Ctrl+D
or its menu (ui.canvas.notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.canvas.frame import tr
from ui.canvas.proportions import KeepsPaperProportions
from ui.canvas.style import CanvasStyle


class DomainStrip(KeepsPaperProportions, QFrame):
    """One button per life domain of the template."""

    filter_changed = Signal(object)
    """The chosen domain id, or None."""

    def __init__(self, style: CanvasStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_ = style
        self.current: str | None = None
        self.setObjectName("lifeDomains")
        self.setProperty("sdRole", "field")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(self)
        box.setContentsMargins(style.px(4), style.px(6), style.px(4), style.px(6))
        box.setSpacing(0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setProperty("sdRole", "muted")
        style.mark(self.title, 0.85, True)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box.addWidget(self.title)
        # No QButtonGroup: Qt then leaves only one checkable button of the group
        # on the Tab chain and moves by arrows only in exclusive groups, so eight
        # of the nine domains could not be reached by keyboard. `choose` keeps
        # at most one checked.
        self.buttons: dict[str, QPushButton] = {}
        for domain in style.template.life_domains:
            button = QPushButton()
            button.setProperty("sdRole", "domain")
            button.setCheckable(True)
            # Spread evenly down the strip, as the words are on the paper.
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            button.setProperty("domainId", domain.id)
            style.mark(button, 0.95)
            button.clicked.connect(lambda on, d=domain.id: self.choose(d if on else None))
            self.buttons[domain.id] = button
            box.addWidget(button, 1)
        self.setAccessibleName(tr("Life domains"))
        self.relabel()
        style.language_changed.connect(lambda _l: self.relabel())

    def relabel(self) -> None:
        lang = self.style_.lang
        self.title.setText(tr("Life domains"))
        for domain in self.style_.template.life_domains:
            b = self.buttons[domain.id]
            b.setText(domain.label.get(lang))
            b.setAccessibleName(domain.label.get(lang))
            b.setAccessibleDescription(
                tr("Highlights the notes about this part of life"))

    def choose(self, domain: str | None) -> None:
        """Filter by `domain` (None clears the filter)."""
        self.current = domain
        for did, button in self.buttons.items():
            button.setChecked(did == domain)
        self.filter_changed.emit(domain)

    def focus_chain(self) -> list[QWidget]:
        return list(self.buttons.values())
