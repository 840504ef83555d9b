"""Issue 14's rule for the duker we ship: what a store holds under an id and a
version is that version, so a built-in duk's content never changes under the same
version. Stores keep a snapshot of every (id, version) a meeting was written with;
a shipped file edited without a bump would differ from those snapshots and be
reported as drift on every user's machine.

Changing a built-in duk: raise its `version`, then add its new content hash here
(the old lines stay: they are what existing meetings were written with).
"""

from __future__ import annotations

from samtaleduk.templates.identity import content_hash
from samtaleduk.templates.loading import load_all

SHIPPED = {
    ("familie", 1): "8d325b603686f34391dab213ca465c5fe4f4580059e70db59d15abb45669d7ca",
    # Issue 18: the nynorsk life domains Bustadsituasjon, Skule/utdanning, Frivilligheit.
    ("familie", 2): "75443d7a21bf7a234f9bead10fc9f30416fddc17b6e7f9608b1c5c25cdcb750c",
    ("individuell", 1): "ad027d28393fc9f64e2e11783434577f0037b6173b79e432dc1e72a25d1e949e",
}
"""Every (id, version) of a built-in duk ever shipped, with its content hash."""


def test_every_built_in_duk_has_the_content_it_shipped_with_under_its_version() -> None:
    builtin = load_all().templates
    assert builtin, "no built-in duker found"
    for template in builtin.values():
        key = (template.id, template.version)
        assert key in SHIPPED, (
            f"{template.id} version {template.version} is new: record its content hash "
            f"{content_hash(template)} in SHIPPED")
        assert content_hash(template) == SHIPPED[key], (
            f"duker/{template.id}.toml changed without raising its version "
            f"({template.version}): stores hold meetings written with the old content. "
            "Raise `version` and record the new hash.")
