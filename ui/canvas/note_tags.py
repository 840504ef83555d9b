"""Tagging a note in a few keys: the life-domain menu (Ctrl+D) and the "who said
it" menu (Ctrl+K), the same in every notes field and inside the card's own menu,
and the chip under an entry line that shows what the note being written will get.

Every entry of these menus has a one-key accelerator shown before its words: 1–9,
then a–z, in order, and 0 for "none". So a life domain is Ctrl+D then a digit, and
who said it is Ctrl+K then a digit: two keys each. A field without life domains
says so in its Ctrl+D menu instead of offering another list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from samtaleduk.domain.model import SaidBy
from samtaleduk.domain.speakers import Speaker, pick_speaker
from samtaleduk.domain.vocab import SAID_BY, word
from samtaleduk.templates.model import Template, TemplateField
from ui.canvas.frame import tr
from ui.canvas.style import CanvasStyle

ACCELERATORS = "123456789abcdefghijklmnopqrstuvwxyz"
"""The keys of a tag menu's entries, in order; "0" is always "none"."""


def accelerated(i: int, words: str) -> str:
    """Menu text with the i-th accelerator before the words ("&3  Skole")."""
    words = words.replace("&", "&&")
    return f"&{ACCELERATORS[i]}  {words}" if i < len(ACCELERATORS) else f"    {words}"


@dataclass(frozen=True)
class NoteTags:
    """A note's life domain and speaker (what the tag menus choose)."""

    domain: str | None = None
    said_by: SaidBy | None = None
    said_by_name: str = ""

    def is_empty(self) -> bool:
        return self.domain is None and self.said_by is None and not self.said_by_name

    def with_speaker(self, picked: Speaker | SaidBy | None) -> NoteTags:
        name, role = pick_speaker(self.said_by_name, self.said_by, picked)
        return replace(self, said_by=role, said_by_name=name)


def fill_domain_menu(menu: QMenu, template: Template, field: TemplateField, lang: str,
                     current: str | None, choose: Callable[[str | None], None]) -> None:
    """The life domains of the template, or a disabled line saying the field has none."""
    if not field.domain_tags or not template.life_domains:
        menu.addAction(tr("This field has no life domains")).setEnabled(False)
        return
    for i, d in enumerate(template.life_domains):
        act = menu.addAction(accelerated(i, d.label.get(lang)))
        act.triggered.connect(lambda _c=False, d=d.id: choose(d))
        act.setCheckable(True)
        act.setChecked(current == d.id)
    menu.addSeparator()
    none = menu.addAction("&0  " + tr("None"))
    none.triggered.connect(lambda _c=False: choose(None))
    none.setCheckable(True)
    none.setChecked(current is None)


def fill_speaker_menu(menu: QMenu, people: list[Speaker], lang: str, tags: NoteTags,
                      choose: Callable[[Speaker | SaidBy | None], None]) -> None:
    """Today's participants and the case's members by name, then the kinds of voice."""
    i = 0
    for person in people:
        words = person.name + (f" ({person.detail})" if person.detail else "")
        act = menu.addAction(accelerated(i, words))
        act.triggered.connect(lambda _c=False, p=person: choose(p))
        act.setCheckable(True)
        act.setChecked(tags.said_by_name == person.name)
        i += 1
    if people:
        menu.addSeparator()
    for s in SaidBy:
        act = menu.addAction(accelerated(i, word(SAID_BY, s, lang)))
        act.triggered.connect(lambda _c=False, s=s: choose(s))
        act.setCheckable(True)
        act.setChecked(tags.said_by is s)
        i += 1
    menu.addSeparator()
    none = menu.addAction("&0  " + tr("Nobody in particular"))
    none.triggered.connect(lambda _c=False: choose(None))
    none.setCheckable(True)
    none.setChecked(tags.said_by is None and not tags.said_by_name)


def tags_words(tags: NoteTags, template: Template, lang: str) -> str:
    """The tags as shown beside an entry line: "Skole · Emil Haugland"."""
    parts = []
    domain = template.domain(tags.domain) if tags.domain else None
    if domain is not None:
        parts.append((domain.short or domain.label).get(lang))
    if tags.said_by_name:
        parts.append(tags.said_by_name)
    elif tags.said_by is not None:
        parts.append(word(SAID_BY, tags.said_by, lang))
    return " · ".join(parts)


class PendingTagsChip(QWidget):
    """Under an entry line while the note being written has tags: "New note gets:
    Skole · Emil ✕". The ✕ (or Ctrl+D 0 / Ctrl+K 0) takes them off."""

    def __init__(self, style: CanvasStyle, clear: Callable[[], None]) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(style.px(4))
        self.label = QLabel()
        self.label.setProperty("sdRole", "muted")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        style.mark(self.label, 0.85)
        row.addWidget(self.label, 1)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setProperty("sdRole", "small")
        # Ctrl+D 0 and Ctrl+K 0 clear from the keyboard; Tab stays on the way
        # from the entry line to the cards.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(clear)
        style.mark(self.clear_button, 0.85)
        row.addWidget(self.clear_button)
        self.hide()

    def show_tags(self, words: str) -> None:
        """Show `words` as what the next note gets ("" hides the chip)."""
        text = tr("New note gets: %1").replace("%1", words) if words else ""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.clear_button.setAccessibleName(tr("Take the tags off the new note"))
        self.clear_button.setToolTip(tr("Take the tags off the new note"))
        self.setVisible(bool(words))
