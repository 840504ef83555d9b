"""The duk format's reference and JSON Schema: generated from the model, committed,
never stale, and the schema really accepts the built-in duker and catches typos."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from samtaleduk.cli import main as cli_main
from samtaleduk.paths import builtin_duker_dir
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind
from samtaleduk.templates.reference import (
    COMMAND,
    SCHEMA_DIRECTIVE,
    SCHEMA_FILE,
    generated_files,
    stale_files,
    texts,
    write_files,
)
from samtaleduk.templates.reference import __main__ as generator
from samtaleduk.templates.reference.model_walk import missing_words, unused_words
from samtaleduk.templates.reference.reference import (
    LANGUAGES,
    reference_file,
    reference_text,
    resolve_conditionals,
    slug,
)
from samtaleduk.templates.reference.schema import json_schema

ROOT = Path(__file__).resolve().parents[3]
GUIDES = {"nn": ROOT / "docs" / "guide" / "rettleiing-nn.md",
          "nb": ROOT / "docs" / "guide" / "veiledning-nb.md"}
BUILT_IN = sorted(builtin_duker_dir().glob("*.toml"))


# --- generated, committed, never stale ------------------------------------------

def test_the_committed_reference_and_schema_are_what_the_model_gives() -> None:
    stale = stale_files(ROOT)
    assert stale == [], (
        f"{', '.join(stale)} no longer match(es) samtaleduk/templates/model.py and "
        f"samtaleduk/templates/reference/; run `{COMMAND}` and commit the result")


def test_every_key_and_value_of_the_format_has_words_and_no_words_are_left_over() -> None:
    assert missing_words() == [], (
        "add the words to samtaleduk/templates/reference/texts.py, then run "
        f"`{COMMAND}`")
    assert unused_words() == []


def test_a_key_without_words_stops_the_generator(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fields = dict(texts.FIELDS)
    del fields["Grid.rows"]
    monkeypatch.setattr(texts, "FIELDS", fields)
    monkeypatch.setattr("samtaleduk.templates.reference.model_walk.FIELDS", fields)
    assert any("Grid.rows" in p for p in missing_words())
    assert generator.main(["--check"]) == 1
    assert "Grid.rows has no words" in capsys.readouterr().err


def test_check_names_a_stale_file_and_the_command_then_writing_fixes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sorted(write_files(tmp_path)) == sorted(generated_files())
    assert generator.main(["--check", "--root", str(tmp_path)]) == 0
    reference = tmp_path / reference_file("nb")
    reference.write_text(reference.read_text("utf-8").replace("hvem", "kven"), "utf-8")
    assert generator.main(["--check", "--root", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"stale: {reference_file('nb')} (run `{COMMAND}`)")
    assert write_files(tmp_path) == [reference_file("nb")]
    assert stale_files(tmp_path) == []


def test_prose_about_a_key_is_kept_only_while_the_model_has_the_key() -> None:
    prose = ("a\n<!-- if: TemplateField.former_ids -->\nhas\n<!-- else -->\nlacks\n"
             "<!-- end if -->\n<!-- if: Grid.nonexistent -->\ngone\n<!-- else -->\n"
             "kept\n<!-- end if -->\nb\n")
    assert resolve_conditionals(prose) == "a\nhas\nkept\nb\n"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reference_names_every_field_kind_case_kind_and_key(lang: str) -> None:
    text = reference_text(lang)
    for kind in FieldKind:
        assert f"| `{kind.value}` |" in text
    for case_kind in ("family", "individual"):
        assert f"- `{case_kind}`:" in text
    for key in ("format_version", "former_ids", "consent_kinds", "row_weights", "short",
                "free_text", "domains_layout"):
        assert f"| `{key}` |" in text
    assert "{{" not in text and "<!-- generated" not in text and "<!-- if" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_inside_the_reference_finds_its_heading(lang: str) -> None:
    text = reference_text(lang)
    slugs = {slug(h.lstrip("#"))
             for h in text.splitlines() if h.startswith("#") and not h.startswith("#:")}
    for target in re.findall(r"\]\(#([^)]+)\)", text):
        assert target in slugs, target
    for target in re.findall(r"\]\(([^)#:]+)\)", text):
        assert (ROOT / "docs" / "guide" / target).is_file(), target


# --- the guide links to it -----------------------------------------------------

@pytest.mark.parametrize(("lang", "chapter"), [("nn", "## Eigne dukar"), ("nb", "## Egne duker")])
def test_the_user_guide_has_the_chapter_and_links_the_reference(lang: str, chapter: str) -> None:
    text = GUIDES[lang].read_text("utf-8")
    assert chapter in text.splitlines()
    assert f"](duk-format-{lang}.md)" in text
    assert "duker check" in text and "former_ids" in text and "version" in text


# --- the schema line in the built-in duker -------------------------------------

@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.name)
def test_every_built_in_duk_names_the_schema_on_its_first_line(path: Path) -> None:
    first = path.read_text("utf-8").splitlines()[0]
    assert first == SCHEMA_DIRECTIVE
    assert (path.parent / first.removeprefix("#:schema ").strip()).resolve() == ROOT / SCHEMA_FILE


def test_a_copied_duk_loads_in_the_users_folder_with_or_without_the_schema_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_schema = tmp_path / "a" / "duker"
    with_schema.mkdir(parents=True)
    shutil.copytree(builtin_duker_dir() / "schema", with_schema / "schema")
    without = tmp_path / "b" / "duker"
    without.mkdir(parents=True)
    for user in (with_schema, without):
        text = (builtin_duker_dir() / "familie.toml").read_text("utf-8")
        copy = user / "var_familie.toml"
        copy.write_text(text.replace("\nversion = 2", "\nversion = 3", 1), "utf-8")
        found = load_all(user)
        assert found.problems == []
        assert found.sources["familie"] == copy
        assert found.get("familie").version == 3
        assert cli_main(["duker", "check", str(copy)]) == 0
        assert "var_familie.toml: i orden" in capsys.readouterr().out


# --- the schema validates what the loader accepts, and flags typos -----------------

def _problems(schema: dict[str, Any], value: Any, root: dict[str, Any], at: str = "") -> list[str]:
    """A small draft-07 validator for the keywords the schema uses (the project has
    no jsonschema package); `test_the_schema_uses_only_draft_07_keywords` keeps it
    honest."""
    if "$ref" in schema:
        node: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        return _problems(node, value, root, at)
    out: list[str] = []
    for sub in schema.get("allOf", []):
        out += _problems(sub, value, root, at)
    if "anyOf" in schema and all(_problems(s, value, root, at) for s in schema["anyOf"]):
        out.append(f"{at}: none of anyOf")
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool}
    expected = schema.get("type")
    if expected in kinds and not isinstance(value, kinds[expected]) or (
            expected == "integer" and (not isinstance(value, int) or isinstance(value, bool))) or (
            expected == "number" and (not isinstance(value, int | float) or isinstance(value, bool))):
        return [*out, f"{at}: not {expected}"]
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{at}: {value!r} not in enum")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        out.append(f"{at}: pattern")
    for word, test in (("minimum", lambda v, m: v >= m), ("maximum", lambda v, m: v <= m),
                       ("minLength", lambda v, m: len(v) >= m),
                       ("maxLength", lambda v, m: len(v) <= m),
                       ("minItems", lambda v, m: len(v) >= m)):
        if word in schema and not test(value, schema[word]):
            out.append(f"{at}: {word}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        out += [f"{at}.{k}: required" for k in schema.get("required", []) if k not in value]
        if schema.get("additionalProperties") is False:
            out += [f"{at}.{k}: additional" for k in value if k not in props]
        for k, v in value.items():
            if k in props:
                out += _problems(props[k], v, root, f"{at}.{k}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            out += _problems(schema["items"], item, root, f"{at}[{i}]")
    return out


DRAFT_07 = {"$schema", "$ref", "title", "description", "type", "properties", "required",
            "additionalProperties", "items", "enum", "pattern", "minimum", "maximum",
            "minLength", "maxLength", "minItems", "anyOf", "allOf", "default", "definitions"}


def test_the_schema_uses_only_draft_07_keywords() -> None:
    def keywords(node: Any, inside_names: bool = False) -> set[str]:
        if isinstance(node, list):
            return {k for n in node for k in keywords(n)}
        if not isinstance(node, dict):
            return set()
        found = set() if inside_names else set(node)
        for key, child in node.items():
            if key in ("default", "enum"):
                continue
            found |= keywords(child, inside_names=key in ("properties", "definitions"))
        return found

    assert keywords(json_schema()) <= DRAFT_07


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.name)
def test_the_schema_accepts_every_built_in_duk(path: Path) -> None:
    schema = json_schema()
    assert _problems(schema, tomllib.loads(path.read_text("utf-8")), schema) == []


@pytest.mark.parametrize(("old", "new", "where"), [
    ('[colours]\npaper', '[colours]\npapir', ".colours.papir: additional"),
    ('kind = "helpers"', 'kind = "hjelparar"', ".fields[9].kind: 'hjelparar' not in enum"),
    ('label = { nn = "Jobb", nb = "Jobb", en = "Work" }', 'label = { nn = "Jobb" }',
     ".life_domains[0].label.nb: required"),
    ("format_version = 1", "format_version = 2", ".format_version: maximum"),
    ('case_kind = "family"', 'case_kind = "familie"', ".case_kind: 'familie' not in enum"),
    ('id = "jobb"', 'id = "Jobb"', ".life_domains[0].id: pattern"),
    ('colour = "#E7F1E6"', 'colour = "grøn"', ".fields[3].colour: pattern"),
])
def test_the_schema_flags_what_the_loader_refuses(old: str, new: str, where: str,
                                                  tmp_path: Path) -> None:
    text = (builtin_duker_dir() / "familie.toml").read_text("utf-8")
    assert old in text
    broken = text.replace(old, new, 1)
    schema = json_schema()
    assert where in _problems(schema, tomllib.loads(broken), schema)
    path = tmp_path / "familie.toml"
    path.write_text(broken, "utf-8")
    assert cli_main(["duker", "check", str(path)]) == 1
