"""Loading duk templates: the built-in duker, the corpus of broken files, the user's folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samtaleduk.paths import builtin_duker_dir
from samtaleduk.templates.loading import (
    MAX_TEMPLATE_BYTES,
    TemplateFileError,
    TemplateProblem,
    load_all,
    load_template_file,
    load_templates,
    parse_template,
)
from samtaleduk.templates.model import Template, Text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
BROKEN = FIXTURES / "broken_duker"
GOOD = FIXTURES / "good_duker" / "liten.toml"


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    """The 1-based line number of the nth line containing `needle`."""
    hits = [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line]
    return hits[nth - 1]


def only_problem(path: Path) -> TemplateProblem:
    with pytest.raises(TemplateFileError) as caught:
        load_template_file(path)
    assert len(caught.value.problems) == 1, caught.value.problems
    return caught.value.problems[0]


# --- the built-in duker -------------------------------------------------------

def builtin_files() -> list[Path]:
    return sorted(builtin_duker_dir().glob("*.toml"))


def test_builtin_folder_holds_both_duker() -> None:
    found = load_all()
    assert found.problems == []
    assert {"familie", "individuell"} <= set(found.templates)
    assert len(found.templates) == len(builtin_files())


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.name)
def test_every_builtin_file_loads(path: Path) -> None:
    template = load_template_file(path)
    assert template.id == path.stem


def _texts(template: Template) -> list[tuple[str, Text]]:
    """Every user-facing text of a template, named by where it sits."""
    texts: list[tuple[str, Text]] = [("name", template.name)]
    if template.description:
        texts.append(("description", template.description))
    for g in template.groups:
        texts.append((f"groups[{g.id}].label", g.label))
    for d in template.life_domains:
        texts.append((f"life_domains[{d.id}].label", d.label))
    for f in template.fields:
        texts.append((f"fields[{f.id}].label", f.label))
        if f.help:
            texts.append((f"fields[{f.id}].help", f.help))
        for k in f.consent_kinds:
            texts.append((f"fields[{f.id}].consent_kinds[{k.id}]", k.label))
    return texts


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.name)
def test_builtin_texts_exist_in_nynorsk_bokmal_and_english(path: Path) -> None:
    template = load_template_file(path)
    for where, text in _texts(template):
        for lang in ("nn", "nb", "en"):
            value = getattr(text, lang)
            assert value and value.strip() == value, f"{path.name} {where}.{lang}: {value!r}"
    for f in template.fields:
        assert f.help is not None, f"{path.name}: fields[{f.id}] has no help text"


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.name)
def test_builtin_labels_differ_between_nynorsk_and_bokmal_somewhere(path: Path) -> None:
    # A file where nb is a copy of nn everywhere was not translated.
    template = load_template_file(path)
    assert any(text.nn != text.nb for _, text in _texts(template))


# --- the corpus of broken templates -------------------------------------------

CORPUS = [
    # file, line (needle, nth) or None, field, words of the problem
    ("wrong_type.toml", ('columns = "to"', 1), "grid.columns", "må vera eit heilt tal"),
    ("unknown_kind.toml", ('kind = "drawing"', 1), "fields[viktig].kind",
     "«drawing» er ikkje ein kjend type"),
    ("duplicate_ids.toml", ('id = "dato"', 2), "fields[dato].id", "meir enn éin gong"),
    ("missing_label.toml", ("[[fields]]", 2), "fields[viktig].label", "manglar"),
    ("missing_nb_label.toml", ('label = { nn = "Det som er viktig for meg" }', 1),
     "fields[viktig].label.nb", "manglar"),
    ("unknown_key.toml", ("color =", 1), "fields[viktig].color", "meinte du «colour»"),
    ("overlapping_layout.toml", ("layout = { col = 0, row = 0, col_span = 2 }", 1),
     "fields[viktig].layout", "ligg oppå «dato»"),
    ("out_of_grid.toml", ("col_span = 3", 1), "fields[viktig].layout", "utanfor rutenettet"),
    ("bad_colour.toml", ('colour = "gul"', 1), "fields[viktig].colour", "ein farge som #A1B2C3"),
    ("unknown_group.toml", ('group = "framtid"', 1), "fields[viktig].group",
     "gruppa «framtid» finst ikkje"),
    ("too_new_format.toml", ("format_version = 2", 1), "format_version", "nyare enn programmet"),
    ("invalid_toml.toml", ('kind = "date', 1), None, "ikkje gyldig TOML"),
]


@pytest.mark.parametrize(("name", "where", "field", "words"), CORPUS, ids=[c[0] for c in CORPUS])
def test_broken_template_names_file_line_field_and_problem(
    name: str, where: tuple[str, int], field: str | None, words: str
) -> None:
    path = BROKEN / name
    problem = only_problem(path)
    expected_line = line_of(path, *where)
    assert problem.path == path
    assert problem.line == expected_line
    assert problem.field == field
    assert words in problem.problem.render("nn")
    message = problem.message()
    assert message.startswith(f"{name}, linje {expected_line}")
    if field:
        assert f"«{field}»" in message
    assert words in message


def test_corpus_covers_every_fixture_file() -> None:
    covered = {c[0] for c in CORPUS} | {"not_utf8.toml", "empty.toml"}
    assert covered == {p.name for p in BROKEN.iterdir()}


def test_file_not_in_utf8_names_the_line_of_the_bad_byte() -> None:
    path = BROKEN / "not_utf8.toml"
    problem = only_problem(path)
    raw_lines = path.read_bytes().split(b"\n")
    bad_line = next(n for n, line in enumerate(raw_lines, 1) if b"b\xf8rn" in line)
    assert problem.line == bad_line
    assert "ikkje lagra som UTF-8" in problem.problem.render("nn")
    assert "0xF8" in problem.problem.render("nn")


def test_empty_file_says_so() -> None:
    problem = only_problem(BROKEN / "empty.toml")
    assert problem.message() == "empty.toml: fila er tom"


def test_whitespace_only_file_is_empty_too(tmp_path: Path) -> None:
    path = tmp_path / "blank.toml"
    path.write_text("\n  \r\n\t\n")
    assert only_problem(path).problem.render("nn") == "fila er tom"


def test_five_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "stor.toml"
    with path.open("wb") as handle:
        handle.write(GOOD.read_bytes())
        handle.write(b"# " + b"x" * 5_000_000 + b"\n")
    problem = only_problem(path)
    assert re.search(r"^fila er for stor \(50\d\d kB; ein duk kan vera høgst 1000 kB\)$",
                     problem.problem.render("nn"))
    assert problem.message().startswith("stor.toml: ")


def test_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "lang.toml"
    padding = MAX_TEMPLATE_BYTES - GOOD.stat().st_size - 10
    path.write_bytes(GOOD.read_bytes() + b"#" + b"x" * padding + b"\n")
    assert load_template_file(path).id == "liten"


def test_deeply_nested_toml_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "djup.toml"
    path.write_text("x = " + "[" * 50_000 + "]" * 50_000 + "\n")
    assert "ikkje gyldig TOML" in only_problem(path).problem.render("nn")


def test_missing_file_and_folder_named_toml_are_problems(tmp_path: Path) -> None:
    assert "finst ikkje" in only_problem(tmp_path / "borte.toml").problem.render("nn")
    (tmp_path / "mappe.toml").mkdir()
    assert "finst ikkje, eller er ei mappe" in only_problem(tmp_path / "mappe.toml").problem.render("nn")


def test_one_file_can_report_several_problems(tmp_path: Path) -> None:
    path = tmp_path / "fleire.toml"
    text = GOOD.read_text("utf-8").replace('colour = "#FCF3D9"', 'colour = "gul"')
    path.write_text(text.replace('kind = "date"', 'kind = "dag"'))
    with pytest.raises(TemplateFileError) as caught:
        load_template_file(path)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"fields[dato].kind", "fields[viktig].colour"}
    assert "fleire.toml" in str(caught.value)


def test_long_wrong_value_is_shortened_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "lang_type.toml"
    path.write_text(GOOD.read_text("utf-8").replace('kind = "notes"', f'kind = "{"n" * 500}"'))
    problem = only_problem(path)
    assert len(problem.message()) < 300
    assert "…" in problem.problem.render("nn")


def test_literal_choice_lists_the_allowed_values(tmp_path: Path) -> None:
    path = tmp_path / "kind.toml"
    path.write_text(GOOD.read_text("utf-8").replace('"individual"', '"familie"'))
    problem = only_problem(path)
    assert problem.field == "case_kind"
    assert problem.problem.render("nn") == (
        "«familie» er ikkje gyldig her; bruk ein av 'family' eller 'individual'")


# --- Notepad's files: a byte order mark and CRLF line ends load fine ----------

@pytest.mark.parametrize(
    ("bom", "newline"), [(True, "\n"), (False, "\r\n"), (True, "\r\n")],
    ids=["bom", "crlf", "bom+crlf"],
)
def test_bom_and_crlf_files_load(tmp_path: Path, bom: bool, newline: str) -> None:
    text = GOOD.read_text("utf-8").replace("\n", newline)
    path = tmp_path / "notepad.toml"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    assert load_template_file(path) == load_template_file(GOOD)


def test_crlf_file_with_an_error_still_names_the_right_line(tmp_path: Path) -> None:
    source = BROKEN / "bad_colour.toml"
    path = tmp_path / "bad_colour.toml"
    path.write_bytes(b"\xef\xbb\xbf" + source.read_bytes().replace(b"\n", b"\r\n"))
    assert only_problem(path).line == line_of(source, 'colour = "gul"')


# --- the user's own folder ----------------------------------------------------

def test_broken_user_file_never_hides_the_others(tmp_path: Path) -> None:
    user = tmp_path / "duker"
    user.mkdir()
    for name in ("bad_colour.toml", "empty.toml", "not_utf8.toml"):
        shutil.copy(BROKEN / name, user / name)
    shutil.copy(GOOD, user / "liten.toml")
    (user / "notes.txt").write_text("not a template")
    found = load_all(user)
    assert set(found.templates) == {"familie", "individuell", "liten"}
    assert found.sources["liten"] == user / "liten.toml"
    assert sorted(p.path.name for p in found.problems) == [
        "bad_colour.toml", "empty.toml", "not_utf8.toml"]


def test_user_file_with_the_same_id_overrides_the_builtin(tmp_path: Path) -> None:
    user = tmp_path / "duker"
    user.mkdir()
    text = (builtin_duker_dir() / "familie.toml").read_text("utf-8")
    text = text.replace('\nversion = 2', '\nversion = 3', 1)
    text = text.replace('name = { nn = "Samtaleduk familielosen"', 'name = { nn = "Kommunen sin duk"')
    (user / "var_familie.toml").write_text(text)
    found = load_all(user)
    assert found.problems == []
    assert found.get("familie").name.nn == "Kommunen sin duk"
    assert found.get("familie").version == 3
    assert found.sources["familie"] == user / "var_familie.toml"
    assert found.get("individuell").id == "individuell"


def test_broken_override_keeps_the_builtin(tmp_path: Path) -> None:
    user = tmp_path / "duker"
    user.mkdir()
    text = (builtin_duker_dir() / "familie.toml").read_text("utf-8")
    (user / "familie.toml").write_text(text.replace('kind = "helpers"', 'kind = "helper"'))
    found = load_all(user)
    assert found.sources["familie"] == builtin_duker_dir() / "familie.toml"
    [problem] = found.problems
    assert problem.field == "fields[hjelparar].kind"


def test_missing_user_folder_and_folder_named_toml_are_harmless(tmp_path: Path) -> None:
    assert set(load_all(tmp_path / "finst_ikkje").templates) == {"familie", "individuell"}
    user = tmp_path / "duker"
    (user / "mappe.toml").mkdir(parents=True)
    found = load_templates([builtin_duker_dir(), user])
    assert set(found.templates) == {"familie", "individuell"}
    assert [p.path.name for p in found.problems] == ["mappe.toml"]


def test_unknown_id_gives_a_readable_key_error() -> None:
    with pytest.raises(KeyError, match="ingen duk med id «borte»"):
        load_all().get("borte")


# --- no input makes the loader raise anything but TemplateFileError -----------

def _never_crashes(raw: bytes) -> None:
    try:
        parse_template(raw, Path("fuzz.toml"))
    except TemplateFileError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.message().startswith("fuzz.toml")


_GOOD_LINES = GOOD.read_bytes().split(b"\n")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_give_problems_not_crashes(raw: bytes) -> None:
    _never_crashes(raw)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mutated_template_gives_problems_not_crashes(data: st.DataObject) -> None:
    lines = list(_GOOD_LINES)
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "dup", "cut", "swap"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "cut":
            lines[i] = lines[i][: data.draw(st.integers(0, max(0, len(lines[i]) - 1)))]
        else:
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        if not lines:
            break
    _never_crashes(b"\n".join(lines))


@pytest.mark.slow
@settings(max_examples=3_000, deadline=None)
@given(st.binary(max_size=4_000))
def test_random_bytes_give_problems_not_crashes_long(raw: bytes) -> None:
    _never_crashes(raw)
