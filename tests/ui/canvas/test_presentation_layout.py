"""Where the presentation sheet's cells go: each block on one page at most, every
block of the meeting on some page (the life-domain list only when the whole duk
fits one screen), the other pages' blocks unplaced, the type reported the
smallest on any page. (The sheet's own tests check the pages end to end.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from tests.ui.canvas.test_presentation import full_session
from tests.ui.canvas_support import demo_session
from ui.canvas.presentation_content import sheet_blocks
from ui.canvas.presentation_layout import SheetLayout


@pytest.mark.parametrize("paged", [True, False])
def test_each_block_is_placed_on_exactly_one_page(qtbot: QtBot, store: Store,
                                                  paged: bool) -> None:
    # The full family meeting needs pages on a laptop; the individual duk is one.
    session = full_session(store) if paged else demo_session(store, "individuell")
    size = (1366, 768) if paged else (1920, 1080)
    blocks = sheet_blocks(session.template, session.meeting, "nn")
    layout = SheetLayout(session.template, blocks, QSize(*size))
    assert (len(layout.pages) > 1) is paged
    assert layout.body_pt == min(m.body_pt for m in layout.page_metrics)
    seen: list[int] = []
    for page in range(len(layout.pages)):
        metrics = layout.place(page)
        assert metrics is layout.page_metrics[page]
        placed = [i for i, b in enumerate(blocks) if not b.rect.isEmpty()]
        assert placed
        seen += placed
    assert len(seen) == len(set(seen)), "a block was placed on two pages"
    left_out = {blocks[i].kind for i in set(range(len(blocks))) - set(seen)}
    assert left_out == ({"domains"} if paged else set())
