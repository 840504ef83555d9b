"""Shared test set-up: no display needed, and no test touches the real data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from samtaleduk.store.store import KdfParams, Store

TEST_PASSPHRASE = "test-passordfrase ŋđ"
"""The passphrase of stores made by the `store` fixture and the fixture stores."""

# Qt must know before it is first imported that there is no screen here.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data folder; the user's real one is never used."""
    data = tmp_path / "data"
    monkeypatch.setenv("SAMTALEDUK_DATA_DIR", str(data))
    monkeypatch.delenv("SAMTALEDUK_PASSPHRASE", raising=False)
    # Engine messages in nynorsk, whatever the machine's locale (issue 18): tests of
    # another language choose it themselves.
    monkeypatch.setenv("SAMTALEDUK_LANG", "nn")
    yield data
    from samtaleduk import messages

    messages.use_language(messages.DEFAULT_LANGUAGE)
    messages.use_surface("cli")


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _engine_errors_render_in_every_language(
        monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every `UserError` the engine or the GUI makes while a test runs is rendered in
    nynorsk, bokmål and English with the parameters it was given, after the test
    (issue 18): a missing or unused parameter or language fails the test here, even
    when the test itself only looked at one language."""
    import sys

    from samtaleduk.errors import UserError
    from samtaleduk.messages import LANGUAGES, catalogue, placeholders

    made: list[UserError] = []
    original = UserError.__init__

    def recording(self: UserError, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        caller = Path(sys._getframe(1).f_code.co_filename).resolve()
        if caller.is_relative_to(ROOT) and caller.relative_to(ROOT).parts[0] in (
                "samtaleduk", "ui"):
            made.append(self)

    monkeypatch.setattr(UserError, "__init__", recording)
    # A duk file's problems too (`TemplateProblem`): shown in the GUI's language and
    # the command line's --lang, so each is rendered in all three here.
    from samtaleduk.templates.problems import TemplateProblem

    duk_problems: list[TemplateProblem] = []
    original_problem = TemplateProblem.__init__

    def recording_problem(self: TemplateProblem, *args: object, **kwargs: object) -> None:
        original_problem(self, *args, **kwargs)  # type: ignore[arg-type]
        duk_problems.append(self)

    monkeypatch.setattr(TemplateProblem, "__init__", recording_problem)
    yield
    problems = [_duk_problem_fault(p) for p in duk_problems]
    problems = [p for p in problems if p]
    for error in made:
        if error.message is None:
            problems.append(f"{type(error).__name__}({error.text[:60]!r}) has no message id")
            continue
        texts = catalogue()[error.message.id]
        for lang in LANGUAGES:
            if placeholders(texts[lang]) != set(error.message.params):
                problems.append(f"{error.message.id} ({lang}) takes "
                                f"{sorted(placeholders(texts[lang]))}, was given "
                                f"{sorted(error.message.params)}")
            elif "{" in error.render(lang) or not error.render(lang).strip():
                problems.append(f"{error.message.id} ({lang}) renders badly")
    assert not problems, "\n".join(problems)


@pytest.fixture
def kdf() -> KdfParams:
    """Cheap Argon2id parameters, so tests can make stores fast."""
    from samtaleduk.store.store import FAST_KDF

    return FAST_KDF


@pytest.fixture
def store(_isolated_data_dir: Path, kdf: KdfParams) -> Iterator[Store]:
    """An open, empty store in the test's data folder (passphrase TEST_PASSPHRASE)."""
    from samtaleduk.store.store import Store

    opened = Store.create(_isolated_data_dir, TEST_PASSPHRASE, kdf)
    yield opened
    opened.close()


@pytest.fixture
def store_passphrase() -> str:
    """The passphrase that opens the `store` fixture's store again."""
    return TEST_PASSPHRASE


def _duk_problem_fault(problem: object) -> str:
    """What is wrong with rendering a duk file's problem in nn, nb and en: a message
    id or parameter the catalogue does not match, or a placeholder left in the text."""
    import re

    from samtaleduk.messages import LANGUAGES, Message, catalogue, placeholders

    todo = [problem.as_message()]  # type: ignore[attr-defined]
    while todo:
        message = todo.pop()
        texts = catalogue().get(message.id)
        if texts is None:
            return f"duk problem: no message {message.id!r}"
        for lang in LANGUAGES:
            if placeholders(texts[lang]) != set(message.params):
                return (f"{message.id} ({lang}) takes {sorted(placeholders(texts[lang]))}, "
                        f"was given {sorted(message.params)}")
        todo += [v for v in message.params.values() if isinstance(v, Message)]
    for lang in LANGUAGES:
        text = problem.message(lang)  # type: ignore[attr-defined]
        if not text.strip() or re.search(r"\{\w*\}", text):
            return f"{text!r} ({lang}) renders badly"
    return ""
