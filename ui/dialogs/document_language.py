"""The language a letter or a text is written in, chosen in its dialog: three radio
buttons, each language named in itself (the invitation and the minutes share it)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from samtaleduk.domain.model import Case

NAMED_IN_ITSELF = (("nn", "Nynorsk"), ("nb", "Bokmål"), ("en", "English"))


def starting_language(ui_lang: str, case: Case) -> str:
    """The case's own written language, or English when the UI is English."""
    return ui_lang if ui_lang == "en" else case.language


def language_buttons(parent: QWidget, prefix: str,
                     start: str) -> tuple[QButtonGroup, dict[str, QRadioButton]]:
    """One exclusive group of the three languages, `start` checked; object names
    `<prefix>_<code>`. The caller lays the buttons out."""
    group = QButtonGroup(parent)
    buttons: dict[str, QRadioButton] = {}
    for i, (code, name) in enumerate(NAMED_IN_ITSELF):
        button = QRadioButton(name)
        button.setObjectName(f"{prefix}_{code}")
        button.setChecked(code == start)
        group.addButton(button, i)
        buttons[code] = button
    return group, buttons


def chosen_language(buttons: dict[str, QRadioButton]) -> str:
    """The code of the checked button."""
    return next(code for code, b in buttons.items() if b.isChecked())
