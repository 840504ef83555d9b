"""Issue 14: a note still tagged with a life domain's former id (written before a
rename) shows the renamed domain's words on the canvas and the mini duk, like paper."""

from __future__ import annotations

from samtaleduk.domain.model import Note
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import Template
from ui.canvas.note_tags import NoteTags, tags_words
from ui.evaluation.mini_duk import item_text


def renamed() -> Template:
    data = load_all().get("familie").model_dump()
    for d in data["life_domains"]:
        if d["id"] == "rus":
            d.update(id="rusbruk", former_ids=["rus"], short=None,
                     label={"nn": "Rusbruk", "nb": "Rusbruk"})
    return Template.model_validate({**data, "version": data["version"] + 1})


def test_the_entry_line_and_the_mini_duk_name_a_renamed_domain() -> None:
    template = renamed()
    assert tags_words(NoteTags(domain="rus"), template, "nn") == "Rusbruk"
    assert item_text(Note(text="Drikk for mykje", domain="rus"), template, "nn") == \
        "Drikk for mykje (Rusbruk)"


def test_an_unknown_tag_is_never_shown_as_a_bare_id() -> None:
    template = renamed()
    assert item_text(Note(text="Anna", domain="nettverk"), template, "nn") == "Anna"
