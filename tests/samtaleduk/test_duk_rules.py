"""Rules a duk file must keep across keys and across files (issue 14): the line of a
missing bokmål text, two files with one id, a field id equal to a life-domain id,
label colours without enough contrast."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.duker import TemplateFileError, TemplateProblem, parse_template
from samtaleduk.paths import builtin_duker_dir

FAMILIE = builtin_duker_dir() / "familie.toml"


def familie_text() -> str:
    return FAMILIE.read_text("utf-8")


def problems_of(text: str, name: str = "min.toml") -> list[TemplateProblem]:
    with pytest.raises(TemplateFileError) as caught:
        parse_template(text.encode("utf-8"), Path(name))
    return caught.value.problems


def line_with(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# --- defect 6: a missing nb text is reported on its own line ---------------------

@pytest.mark.parametrize(("before", "after", "field"), [
    ('name = { nn = "Samtaleduk familielosen", nb = "Samtaleduk familielosen",',
     'name = { nn = "Samtaleduk familielosen",', "name.nb"),
    ('label = { nn = "SLIK VI HAR DET I DAG", nb = "SLIK VI HAR DET I DAG",',
     'label = { nn = "SLIK VI HAR DET I DAG",', "groups[i_dag].label.nb"),
    ('label = { nn = "Jobb", nb = "Jobb", en = "Work" }',
     'label = { nn = "Jobb", en = "Work" }', "life_domains[jobb].label.nb"),
])
def test_missing_nb_text_names_the_line_it_is_missing_from(
        before: str, after: str, field: str) -> None:
    text = familie_text()
    assert before in text
    text = text.replace(before, after, 1)
    [problem] = problems_of(text)
    assert problem.field == field
    assert problem.line == line_with(text, after)
    assert "manglar" in problem.problem
