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


# --- defect 7: a field id may not equal a life-domain id ---------------------------

def test_field_id_equal_to_a_domain_id_is_refused_naming_both() -> None:
    text = familie_text().replace('id = "rus"', 'id = "viktig"', 1)
    [problem] = problems_of(text)
    assert problem.field == "fields[viktig].id"
    lines = text.splitlines()
    assert problem.line is not None and 'id = "viktig"' in lines[problem.line - 1]
    assert "livsområdet «viktig»" in problem.problem
    assert "--leave-out" in problem.problem


# --- defect 6: life domains can be renamed -----------------------------------------

def renamed_rus() -> str:
    return familie_text().replace(
        'id = "rus"\n', 'id = "rusbruk"\nformer_ids = ["rus"]\n', 1)


def test_life_domain_takes_former_ids() -> None:
    template = parse_template(renamed_rus().encode(), Path("min.toml"))
    domain = template.domain("rusbruk")
    assert domain is not None and domain.former_ids == ["rus"]


@pytest.mark.parametrize(("former", "words"), [
    ('["jobb"]', "livsområdet «jobb» finst"),
    ('["rusbruk"]', "sin eigen id"),
])
def test_domain_former_id_may_not_be_a_present_id(former: str, words: str) -> None:
    text = familie_text().replace('id = "rus"\n', f'id = "rusbruk"\nformer_ids = {former}\n', 1)
    [problem] = problems_of(text)
    assert problem.field == "life_domains[rusbruk].former_ids"
    assert problem.line == line_with(text, f"former_ids = {former}")
    assert words in problem.problem


def test_two_domains_may_not_claim_one_former_id() -> None:
    text = familie_text().replace('id = "rus"\n', 'id = "rusbruk"\nformer_ids = ["gammal"]\n', 1)
    text = text.replace('id = "fritid"\n', 'id = "fritida"\nformer_ids = ["gammal"]\n', 1)
    [problem] = problems_of(text)
    assert problem.field == "life_domains[rusbruk].former_ids"
    assert "«gammal»" in problem.problem and "fritida" in problem.problem
