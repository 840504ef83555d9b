"""A count with a noun takes Qt's plural forms (%n): "1 møte", "2 møte" in
nynorsk, "1 møte", "2 møter" in bokmål — never "1 møter" (issue 18, point 5)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.tools import i18n

# (context, source, n, nynorsk, bokmål, English)
CASES = [
    ("ImportDialog", "The case is received: %n meetings.", 1,
     "Saka er teken imot: 1 møte.", "Saken er tatt imot: 1 møte.",
     "The case is received: 1 meeting."),
    ("ImportDialog", "The case is received: %n meetings.", 2,
     "Saka er teken imot: 2 møte.", "Saken er tatt imot: 2 møter.",
     "The case is received: 2 meetings."),
    ("AccessDialog", "Written: %n files in the folder %1.", 1,
     "Skrive: 1 fil i mappa %1.", "Skrevet: 1 fil i mappen %1.",
     "Written: 1 file in the folder %1."),
    ("AccessDialog", "Written: %n files in the folder %1.", 2,
     "Skrive: 2 filer i mappa %1.", "Skrevet: 2 filer i mappen %1.",
     "Written: 2 files in the folder %1."),
    ("PrintDialog", "%n pages", 1, "1 side", "1 side", "1 page"),
    ("PrintDialog", "%n pages", 2, "2 sider", "2 sider", "2 pages"),
]


@pytest.fixture
def manager(qapp: QApplication) -> Iterator[i18n.LanguageManager]:
    chosen = i18n.LanguageManager()
    yield chosen
    chosen.set_language("en")


@pytest.mark.parametrize(("context", "source", "n", "nn", "nb", "en"), CASES)
@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_a_count_takes_the_right_plural_form(
        manager: i18n.LanguageManager, lang: str, context: str, source: str, n: int,
        nn: str, nb: str, en: str) -> None:
    assert manager.set_language(lang)
    expected = {"nn": nn, "nb": nb, "en": en}[lang]
    assert QCoreApplication.translate(context, source, None, n) == expected


def test_the_print_dialog_asks_qt_for_the_plural() -> None:
    """The dialog itself asks with %n (not "1 page" / "%1 pages" chosen in code)."""
    import inspect

    from ui.dialogs import print_dialog

    code = inspect.getsource(print_dialog)
    assert '"%n pages", "", ' in code and '"1 page"' not in code
