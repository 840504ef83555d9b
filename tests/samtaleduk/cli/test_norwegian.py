"""argparse speaks nynorsk (issue 18, point 8): usage, sections, -h and errors."""

from __future__ import annotations

import pytest

from samtaleduk.cli import main
from samtaleduk.cli.norwegian import in_nynorsk

ENGLISH = ("usage:", "error:", "the following arguments", "show this help", "options:",
           "positional arguments", "invalid choice", "unrecognized")


def test_help_is_nynorsk(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["case", "new", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("bruk: samtaleduk case new")
    assert "vis denne hjelpa og avslutt" in out and "val:" in out
    assert not any(word in out for word in ENGLISH), out


def test_a_missing_argument_is_said_in_nynorsk(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["case", "new"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("bruk: samtaleduk case new")
    assert err.strip().endswith("samtaleduk case new: feil: desse argumenta manglar: --name, --duk")
    assert not any(word in err for word in ENGLISH), err


def test_argparse_messages_in_nynorsk() -> None:
    assert in_nynorsk("unrecognized arguments: --x") == "ukjende argument: --x"
    assert in_nynorsk("argument --lang: invalid choice: 'xx' (choose from 'nn', 'nb')") == \
        "argumentet --lang: ugyldig val: 'xx' (vel mellom 'nn', 'nb')"
    assert in_nynorsk("argument --n: invalid int value: 'x'") == \
        "argumentet --n: ugyldig verdi: 'x'"
