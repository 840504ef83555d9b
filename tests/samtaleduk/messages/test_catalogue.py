"""Every engine message renders in nynorsk, bokmål and English (issue 18), and every
error the engine raises names a message of the catalogue.

The scan reads the engine's source (an AST walk), so it sees every `raise`, also
those no other test reaches."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from samtaleduk import messages
from samtaleduk.messages import LANGUAGES, Hint, Message, catalogue, placeholders, render

ENGINE = Path(__file__).resolve().parents[3] / "samtaleduk"
UI = ENGINE.parent / "ui"
"""The GUI raises the engine's `UserError` too (launching, printing): same rule."""
IDS = sorted(catalogue())

HOW_TO_ADD = """
Every user-facing message of the engine is an id of the catalogue (issue 18), so the
GUI and the command line can show it in nynorsk, bokmål or English. To add one:

  1. Put the id and its three sentences in the catalogue module of its area,
     samtaleduk/messages/catalogue_<area>.py (store, trust, engine, cli, cli_help, dukfile, …):
         "area.what_happened": {
             "nn": "Fann ikkje {file}; ingenting er endra.",
             "nb": "Fant ikke {file}; ingenting er endret.",
             "en": "{file} was not found; nothing was changed.",
         },
  2. Raise it with its parameters:  raise UserError("area.what_happened", file=path.name)
     A parameter is a file name, a number or an id; words go in as messages
     (msg("word.a_case")) and the operating system's reason as os_reason(exc),
     never exc.strerror (English system text).
  3. Advice that names a command on the command line and a menu in the GUI is a
     Hint("name") parameter with ids hint.name.cli and hint.name.gui.
"""

_ERROR_NAMES = {
    "UserError", "StoreError", "WrongPassphrase", "StoreMissing", "StoreTooNew",
    "UnreadableRecord", "NotFound", "SaveFailed", "DiskFull", "StoreDamaged",
    "FolderUnwritable", "SuspectedDamage", "KeyMismatch", "RecoveryError", "StoreBusy",
    "BundleError", "CaseFileTooBig", "BundleConflict", "BundlePassphraseWrong",
}
"""`UserError` and every subclass of it in the engine (held to the code below)."""


def _sample(name: str) -> Message | str:
    # A parameter as the code passes it: text, or a message rendered with it.
    return Message("os.other") if name in ("reason", "what", "problem") else f"<{name}>"


@pytest.mark.parametrize("message_id", IDS)
def test_every_message_renders_in_every_language(message_id: str) -> None:
    texts = catalogue()[message_id]
    assert set(texts) == set(LANGUAGES), f"{message_id}: languages {sorted(texts)}"
    names = placeholders(texts["nn"])
    params = {name: _sample(name) for name in names}
    rendered = {}
    for lang in LANGUAGES:
        assert placeholders(texts[lang]) == names, (
            f"{message_id}: the {lang} sentence has parameters "
            f"{sorted(placeholders(texts[lang]))}, nynorsk has {sorted(names)}")
        text = render(Message(message_id, params), lang)
        assert text.strip(), f"{message_id} is empty in {lang}"
        assert not re.search(r"\{\w*\}", text), (
            f"{message_id} ({lang}) kept a placeholder: {text}")
        for name in names:
            if isinstance(params[name], str):
                assert params[name] in text, f"{message_id} ({lang}) dropped {{{name}}}"
        rendered[lang] = text
    if not message_id.startswith(("os.", "store.busy_holder")) and message_id not in (
            "store.locked", "os.disk_full", "store.damaged_put_aside", "dukfile.at_file",
            "dukfile.comma", "cli.out.status_open") and not message_id.startswith(
                "cli.metavar."):  # names in capitals (DUK_ID) may be one word in all
        assert rendered["en"] != rendered["nn"], f"{message_id}: English is nynorsk"


def test_hints_have_a_command_line_and_a_gui_form() -> None:
    hints = {i.rsplit(".", 1)[0] for i in IDS if i.startswith("hint.")}
    for hint in hints:
        assert {f"{hint}.cli", f"{hint}.gui"} <= set(IDS), hint
        for lang in LANGUAGES:
            assert "samtaleduk " in render(Message(f"{hint}.cli"), lang)
            assert "samtaleduk " not in render(Message(f"{hint}.gui"), lang)
            assert "→" in render(Message(f"{hint}.gui"), lang)


def test_a_hint_follows_the_surface() -> None:
    damaged = Message("store.damaged", {"restore": Hint("restore_newest")})
    assert "«samtaleduk restore»" in render(damaged, "nb")
    messages.use_surface("gui")
    try:
        assert render(damaged, "nb").endswith(
            "hent fram den nyeste sikkerhetskopien med Fil → Hent fram sikkerhetskopi.")
        assert "samtaleduk restore" not in render(damaged, "en")
    finally:
        messages.use_surface("cli")


# -- the engine raises only what the catalogue holds ---------------------------------


def _raised_messages() -> list[tuple[str, int, str, ast.expr | None]]:
    """(file, line, error class, first argument) of every engine error built in
    samtaleduk/ or ui/ (raised or returned)."""
    found = []
    for path in sorted([*ENGINE.rglob("*.py"), *UI.rglob("*.py")]):
        if "messages" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _ERROR_NAMES:
                first = node.args[0] if node.args else None
                found.append((str(path.relative_to(ENGINE.parent)), node.lineno, name, first))
    return found


def _error_classes_in_engine() -> set[str]:
    names = {"UserError"}
    for path in ENGINE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
    import samtaleduk.errors as errors_module

    subclasses: set[str] = set()
    todo = [errors_module.UserError]
    import importlib

    for path in ENGINE.rglob("*.py"):
        rel = path.relative_to(ENGINE.parent).with_suffix("")
        if rel.name == "__main__" or "reference" in rel.parts:
            continue
        try:
            importlib.import_module(".".join(rel.parts).removesuffix(".__init__"))
        except ImportError:
            continue
    while todo:
        cls = todo.pop()
        subclasses.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return subclasses


def test_the_scan_knows_every_engine_error_class() -> None:
    engine_classes = {c for c in _error_classes_in_engine()}
    missing = engine_classes - _ERROR_NAMES
    assert not missing, (
        f"New UserError subclasses {sorted(missing)}: add them to _ERROR_NAMES in "
        f"{Path(__file__).name} so their messages are checked too.")


def test_every_engine_error_names_a_catalogue_message() -> None:
    """A literal first argument must be a catalogue id; anything else must be a
    message built from one (`msg(...)`, a `Message` constant, `exc.as_param`)."""
    problems = []
    for where, line, cls, first in _raised_messages():
        if first is None:
            continue  # the class's own default message (e.g. WrongPassphrase)
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            if first.value not in catalogue():
                problems.append(f"{where}:{line}: {cls}({first.value[:60]!r}) "
                                "is not an id of the catalogue")
        elif isinstance(first, ast.JoinedStr | ast.BinOp):
            problems.append(f"{where}:{line}: {cls}(f\"...\") builds a sentence in one "
                            "language")
        elif isinstance(first, ast.Call) and getattr(first.func, "id", "") == "str":
            problems.append(f"{where}:{line}: {cls}(str(...)) renders another message "
                            "too early; pass exc.as_param")
    assert not problems, "\n".join(problems) + "\n" + HOW_TO_ADD


def test_every_message_is_used() -> None:
    """An id no code names is a sentence nobody reads: remove it. Ids built from a
    name (`bundle.why.<why>`, `bundle.limit.<limit>`, `hint.<name>.<surface>`) count
    by their last part."""
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in [*ENGINE.rglob("*.py"), *UI.rglob("*.py")]
                       if "messages" not in p.parts or p.name == "__init__.py")
    unused = []
    for message_id in IDS:
        if message_id.startswith(("bundle.why.", "bundle.limit.")):
            used = f'"{message_id.rsplit(".", 1)[1]}"' in source
        elif message_id.startswith("hint."):
            used = f'Hint("{message_id.split(".")[1]}")' in source
        else:
            used = f'"{message_id}"' in source
        if not used:
            unused.append(message_id)
    assert not unused, f"catalogue ids no code uses: {unused}"


def test_no_operating_system_text_reaches_a_message() -> None:
    """`strerror` is the system's English ("Permission denied"): os_reason instead."""
    offenders = []
    for path in sorted([*ENGINE.rglob("*.py"), *UI.rglob("*.py")]):
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "strerror" in text and not text.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(ENGINE.parent)}:{number}: {text.strip()}")
    assert not offenders, "\n".join(offenders) + "\n" + HOW_TO_ADD


_DUK_PROBLEM_ARGUMENT = {"TemplateProblem": (1, "problem"), "TemplateRuleError": (0, "problem")}
"""A duk file's problems (`samtaleduk.templates`): where each takes its message."""


def test_every_duk_file_problem_is_a_catalogue_message() -> None:
    """A duk file's problem is shown in the GUI's language and the command line's
    `--lang`: never a sentence written in one language (issue 18)."""
    problems = []
    for path in sorted([*ENGINE.rglob("*.py"), *UI.rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _DUK_PROBLEM_ARGUMENT:
                continue
            index, keyword = _DUK_PROBLEM_ARGUMENT[name]
            given = (node.args[index] if len(node.args) > index else
                     next((k.value for k in node.keywords if k.arg == keyword), None))
            if isinstance(given, ast.Constant | ast.JoinedStr | ast.BinOp):
                problems.append(f"{path.relative_to(ENGINE.parent)}:{node.lineno}: "
                                f"{name} is given a sentence, not msg(\"dukfile....\")")
    assert not problems, "\n".join(problems) + "\n" + HOW_TO_ADD
