"""Issue 17, defect 2: on Windows a redirected stream is cp1252, and a Sami letter in
a case name crashed the command with UnicodeEncodeError. The CLI writes UTF-8."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.store.store import FAST_KDF, Store
from tests.conftest import TEST_PASSPHRASE


def test_a_sami_name_reaches_a_cp1252_pipe_as_utf8(
        _isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF).close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    name = "Čálli Áŋŋá Sámi-Nilsen"
    assert main(["case", "new", "--name", name, "--duk", "familie"]) == 0

    pipe = io.BytesIO()
    # What Windows gives a redirected stream: the ANSI code page, strict errors.
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(pipe, encoding="cp1252", errors="strict"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="cp1252"))
    assert main(["cases"]) == 0
    sys.stdout.flush()
    assert name in pipe.getvalue().decode("utf-8")
