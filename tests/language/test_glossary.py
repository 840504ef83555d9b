"""Issue 18: one glossary of the domain's words (docs/glossary.toml, rendered to
docs/glossary.md); the translations, the built-in duker and the guides use only
its forms for those words."""

from __future__ import annotations

import pytest

from tests.language import glossary
from tests.language.texts import LANGUAGES, Text, all_texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_uses_the_glossarys_forms(lang: str) -> None:
    found = glossary.forbidden_uses(glossary.load(), lang, all_texts(lang))
    assert not found, (f"{len(found)} forbidden variants in the {lang} texts "
                       "(docs/glossary.md):\n" + "\n".join(found))


def test_a_forbidden_variant_is_found_with_where_it_is() -> None:
    texts = [Text("a.ts: «x»", "Lukk saka no"), Text("b.ts: «y»", "Slag sak"),
             Text("c.ts: «z»", "Avslutt saka, og sjå vegen")]
    found = glossary.forbidden_uses(glossary.load(), "nn", texts)
    assert any(f.startswith("a.ts: «x»: «lukk saka»") for f in found)
    assert any(f.startswith("b.ts: «y»: «slag sak»") for f in found)
    assert not any(f.startswith("c.ts") for f in found)


def test_the_rendered_glossary_is_current() -> None:
    assert glossary.RENDERED.read_text("utf-8") == glossary.render(glossary.load()), (
        "docs/glossary.md is stale: run python3 -m tests.language.glossary")
