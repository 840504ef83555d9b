"""A corpus of duk histories: what a municipality's own `familie` duk goes through
over the years, written as the quality adviser would write it — by editing the
built-in TOML file's text.

Every history starts from the built-in `familie` v1 and gives the file text of a
later state. The tests feed each through carry-forward, the canvas, print and
compare (tests/samtaleduk/templates/test_duk_histories.py, tests/ui/canvas/test_duk_histories_canvas.py).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from samtaleduk.domain.model import Case, CaseKind, Meeting, Note
from samtaleduk.paths import builtin_duker_dir
from samtaleduk.templates.loading import parse_template
from samtaleduk.templates.model import Template

RENAMED_FROM, RENAMED_TO = "vanskeleg", "utfordringar"
REMOVED = "draumar"
NEW_DOMAIN = "nettverk"
EDITED_LABEL = "Det som er tungt for oss"


def v1_text() -> str:
    """The built-in family duk as it is shipped (version `V1`)."""
    return (builtin_duker_dir() / "familie.toml").read_text("utf-8")


V1: int = tomllib.loads(v1_text())["version"]
"""The built-in's version: the corpus's "v1". Its later states are numbered from here
(`V2`, `V3`), so that they never share a version with the built-in file."""
V2, V3 = V1 + 1, V1 + 2


def _must_replace(text: str, old: str, new: str) -> str:
    assert old in text, f"the corpus expects {old!r} in familie.toml"
    return text.replace(old, new, 1)


def v2_text() -> str:
    """Version 2: `vanskeleg` renamed to `utfordringar` (former_ids), `draumar`
    removed, a tenth life domain `nettverk`."""
    text = _must_replace(v1_text(), f"\nversion = {V1}", f"\nversion = {V2}")
    text = _must_replace(text, 'id = "vanskeleg"',
                         f'id = "{RENAMED_TO}"\nformer_ids = ["{RENAMED_FROM}"]')
    start = text.index('[[fields]]\nid = "draumar"')
    end = text.index("[[fields]]", start + 1)
    text = text[:start] + text[end:]
    domain = (f'[[life_domains]]\nid = "{NEW_DOMAIN}"\n'
              'label = { nn = "Nettverk", nb = "Nettverk", en = "Network" }\n\n')
    return _must_replace(text, "[[groups]]", domain + "[[groups]]")


def v2_edited_text() -> str:
    """Version 2 edited without a version bump: a label changed."""
    return _must_replace(v2_text(), '"Det som er vanskeleg for oss"', f'"{EDITED_LABEL}"')


def v2_broken_text() -> str:
    """Version 2 broken: an unknown field kind (a typo)."""
    return _must_replace(v2_text(), 'id = "viktig"\nkind = "notes"', 'id = "viktig"\nkind = "notat"')


def parse(text: str, name: str = "familie.toml") -> Template:
    """The template of a file text (validated as the loader does)."""
    return parse_template(text.encode("utf-8"), Path(name))


def v1() -> Template:
    return parse(v1_text())


def v2() -> Template:
    return parse(v2_text())


def v2_edited() -> Template:
    return parse(v2_edited_text())


def imported_v2() -> Template:
    """What another municipality's case file carries under `familie` v2: same id
    and version as ours, other content (its own labels)."""
    return parse(_must_replace(v2_text(), '"Det som fungerer for oss"',
                               '"Dette går bra hjå oss"'))


@dataclass
class History:
    """One state of the user's duker folder after cases were written on v1/v2."""

    name: str
    files: dict[str, str] = field(default_factory=dict)
    """File name -> text in the user's duker folder."""

    def write(self, folder: Path) -> Path:
        """Write the files into `folder` (made if needed) and return it."""
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.toml"):
            old.unlink()
        for name, text in self.files.items():
            (folder / name).write_text(text, "utf-8")
        return folder


def histories() -> list[History]:
    """The corpus: each state a case written on familie v2 may meet later."""
    return [
        History("v2 installed", {"familie.toml": v2_text()}),
        History("edited without a bump", {"familie.toml": v2_edited_text()}),
        History("broken v2", {"familie.toml": v2_broken_text()}),
        History("v2 file gone", {}),
        History("two files with one id", {"familie.toml": v2_text(),
                                          "familie_kopi.toml": v2_edited_text()}),
    ]


def family_case() -> Case:
    return Case(name="Familien Test", kind=CaseKind.FAMILY, template_id="familie")


def filled_meeting(case: Case, template: Template, *, number: int = 1,
                   date: dt.date = dt.date(2026, 3, 11)) -> Meeting:
    """A meeting on `template` with one note in every notes field, the notes of
    `fungerer` tagged with the last life domain of the template."""
    from samtaleduk.evaluation import blank_meeting

    meeting = blank_meeting(case, template, number=number, date=date)
    last_domain = template.life_domains[-1].id if template.life_domains else None
    for f in template.fields:
        if f.kind.value == "notes":
            meeting.field(f.id).notes.append(Note(
                text=f"notat i {f.id}", domain=last_domain if f.domain_tags else None))
    return meeting


DOMAIN_RENAMED_TO = "sosialt_nettverk"


def v3_domain_renamed_text() -> str:
    """Version 3: the life domain `nettverk` renamed to `sosialt_nettverk` with
    `former_ids` (needs LifeDomain.former_ids, issue 14 defect 6)."""
    text = _must_replace(v2_text(), f"\nversion = {V2}", f"\nversion = {V3}")
    return _must_replace(
        text, f'id = "{NEW_DOMAIN}"\nlabel = {{ nn = "Nettverk", nb = "Nettverk", en = "Network" }}',
        f'id = "{DOMAIN_RENAMED_TO}"\nformer_ids = ["{NEW_DOMAIN}"]\n'
        'label = { nn = "Sosialt nettverk", nb = "Sosialt nettverk", en = "Social network" }')


def domain_renames_supported() -> bool:
    """True once life domains can carry `former_ids`."""
    from samtaleduk.templates.model import LifeDomain

    return "former_ids" in LifeDomain.model_fields
