"""Rules a duk file must keep across keys and across files (issue 14): the line of a
missing bokmål text, two files with one id, a field id equal to a life-domain id,
label colours without enough contrast."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.paths import builtin_duker_dir
from samtaleduk.templates.loading import (
    TemplateFileError,
    TemplateProblem,
    load_all,
    parse_template,
)
from samtaleduk.templates.rules import contrast_warnings

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
    assert "manglar" in problem.problem.render("nn")


# --- defect 7: a field id may not equal a life-domain id ---------------------------

def test_field_id_equal_to_a_domain_id_is_refused_naming_both() -> None:
    text = familie_text().replace('id = "rus"', 'id = "viktig"', 1)
    [problem] = problems_of(text)
    assert problem.field == "fields[viktig].id"
    lines = text.splitlines()
    assert problem.line is not None and 'id = "viktig"' in lines[problem.line - 1]
    assert "livsområdet «viktig»" in problem.problem.render("nn")
    assert "--leave-out" in problem.problem.render("nn")


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
    assert words in problem.problem.render("nn")


def test_two_domains_may_not_claim_one_former_id() -> None:
    text = familie_text().replace('id = "rus"\n', 'id = "rusbruk"\nformer_ids = ["gammal"]\n', 1)
    text = text.replace('id = "fritid"\n', 'id = "fritida"\nformer_ids = ["gammal"]\n', 1)
    [problem] = problems_of(text)
    assert problem.field == "life_domains[rusbruk].former_ids"
    assert "«gammal»" in problem.problem.render("nn") and "fritida" in problem.problem.render("nn")


# --- defect 4: two files with one id -----------------------------------------------

def two_files_with_one_id(user: Path) -> tuple[Path, Path]:
    user.mkdir(parents=True, exist_ok=True)
    a, b = user / "a.toml", user / "b.TOML"
    a.write_text(familie_text().replace("\nversion = 2", "\nversion = 3", 1), "utf-8")
    b.write_text(familie_text().replace("\nversion = 2", "\nversion = 4", 1), "utf-8")
    return a, b


def test_two_user_files_with_one_id_are_both_left_out(tmp_path: Path) -> None:
    a, b = two_files_with_one_id(tmp_path / "duker")
    found = load_all(tmp_path / "duker")
    # Neither silently wins: the installed duk stays, the two files are named.
    assert found.sources["familie"] == FAMILIE
    assert found.get("familie").version == 2
    assert sorted(p.path for p in found.problems) == [a, b]
    for problem in found.problems:
        assert problem.field == "id"
        assert problem.line == line_with(familie_text(), 'id = "familie"')
        assert "a.toml" in problem.problem.render("nn") and "b.TOML" in problem.problem.render("nn")
        assert "ingen av dei" in problem.problem.render("nn")
        assert f"så lenge vert «familie» frå {FAMILIE.name} brukt" in problem.problem.render("nn")


def test_a_third_file_with_another_id_is_still_used(tmp_path: Path) -> None:
    two_files_with_one_id(tmp_path / "duker")
    own = familie_text().replace('id = "familie"', 'id = "velferd"', 1)
    (tmp_path / "duker" / "velferd.toml").write_text(own, "utf-8")
    found = load_all(tmp_path / "duker")
    assert found.sources["velferd"] == tmp_path / "duker" / "velferd.toml"
    assert len(found.problems) == 2


# --- defect 7: colours without contrast --------------------------------------------

def test_builtin_duker_have_no_contrast_warnings() -> None:
    for path in sorted(builtin_duker_dir().glob("*.toml")):
        text = path.read_text("utf-8")
        template = parse_template(text.encode(), path)
        assert contrast_warnings(path, template, text) == []


def test_contrast_of_a_default_field_colour_points_at_colours_field() -> None:
    text = familie_text().replace('field = "#FFFFFF"', 'field = "#8899AA"', 1)
    path = Path("min.toml")
    template = parse_template(text.encode(), path)
    warnings = contrast_warnings(path, template, text)
    # Only fields without their own colour use colours.field.
    plain = [f.id for f in template.fields if f.colour is None]
    assert plain
    assert {w.field for w in warnings} == {"colours.field"}
    assert {w.line for w in warnings} == {line_with(text, 'field = "#8899AA"')}
    assert all("4,5:1" in w.problem.render("nn") for w in warnings)


def test_contrast_of_a_group_heading_on_the_paper() -> None:
    text = familie_text().replace(
        'subtitle = { nn = "Dagens situasjon"',
        'colour = "#F0F0F0"\nsubtitle = { nn = "Dagens situasjon"', 1)
    path = Path("min.toml")
    template = parse_template(text.encode(), path)
    [warning] = contrast_warnings(path, template, text)
    assert warning.field == "groups[i_dag].colour"
    assert warning.line == line_with(text, 'colour = "#F0F0F0"')
    assert "gruppeoverskrifta" in warning.problem.render("nn")


# --- defect 6: a key in the wrong table is not "did you mean" the same word ----------

@pytest.mark.parametrize(("key", "places"), [
    ('former_ids = ["x"]', "[[life_domains]] og [[fields]]"),
    ('horizon = "short"', "[[fields]]"),
])
def test_a_key_in_the_wrong_table_says_where_it_belongs(key: str, places: str) -> None:
    text = familie_text().replace('id = "i_dag"\n', f'id = "i_dag"\n{key}\n', 1)
    [problem] = problems_of(text)
    name = key.split(" ")[0]
    assert problem.field == f"groups[i_dag].{name}"
    assert problem.line == line_with(text, key)
    assert "meinte du" not in problem.problem.render("nn")
    assert problem.problem.render("nn") == f"«{name}» høyrer ikkje til her, berre i {places}"


def test_a_typo_is_still_matched_against_the_keys_of_its_own_table() -> None:
    text = familie_text().replace('id = "i_dag"\n', 'id = "i_dag"\ncolor = "#000000"\n', 1)
    [problem] = problems_of(text)
    assert problem.problem.render("nn") == "er ikkje eit kjent namn her (meinte du «colour»?)"
    text = familie_text().replace('id = "i_dag"\n', 'id = "i_dag"\nlabl = "x"\n', 1)
    assert "meinte du «label»?" in problems_of(text)[-1].problem.render("nn")


# --- fields: the same rules for former_ids as life domains ----------------------------

def test_two_fields_may_not_claim_one_former_id() -> None:
    """Carry-forward took the first claimant and the comparison the last: the notes
    went to one field and were reported as moved to the other."""
    text = familie_text().replace('id = "viktig"\n', 'id = "viktig"\nformer_ids = ["gammal"]\n', 1)
    text = text.replace('id = "draumar"\n', 'id = "draumar"\nformer_ids = ["gammal"]\n', 1)
    [problem] = problems_of(text)
    assert problem.field == "fields[draumar].former_ids"
    second = [n for n, line in enumerate(text.splitlines(), 1) if 'former_ids = ["gammal"]' in line]
    assert problem.line == second[1]
    assert "«gammal»" in problem.problem.render("nn") and "«viktig»" in problem.problem.render("nn")


def test_a_field_former_id_may_not_be_a_present_field() -> None:
    text = familie_text().replace('id = "viktig"\n', 'id = "viktig"\nformer_ids = ["draumar"]\n', 1)
    [problem] = problems_of(text)
    assert problem.field == "fields[viktig].former_ids"
    assert "feltet «draumar» finst" in problem.problem.render("nn")
