"""No network: a whole command-line session (demo cases, cases, meetings, search,
print, compare, backup, restore list, export, import, access, audit, delete) runs
with every way of making a socket forbidden, and opens no socket."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samtaleduk.cli import main
from tests.network_guard import no_sockets


def test_full_cli_session_makes_no_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", "nettfri passordfrase")
    monkeypatch.setenv("SAMTALEDUK_FILE_PASSPHRASE", "nettfri filfrase")

    def run(*argv: str) -> str:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert code == 0, (argv, err)
        return out

    with no_sockets(monkeypatch):
        # The demo cases in a store with cheap key derivation (each command below
        # unlocks it again); `samtaleduk demo` itself would use the real, slow one.
        from samtaleduk.domain.demo import demo_cases
        from samtaleduk.paths import data_dir
        from samtaleduk.store.store import FAST_KDF, Store
        from samtaleduk.templates.loading import load_all

        with Store.create(data_dir(), "nettfri passordfrase", FAST_KDF) as store:
            for t in load_all().ordered():
                store.remember_template(t)
            for case, meetings in demo_cases():
                store.save_case(case)
                for m in meetings:
                    store.save_meeting(m)
        run("duker", "list")
        cases = json.loads(run("cases", "--json"))["cases"]
        first = cases[0]["id"]
        run("case", "new", "--name", "Familien Nett", "--duk", "familie", "--member", "Ola")
        run("meeting", "new", first)
        run("search", "skule")
        run("compare", first)
        run("print", first, "--out", str(tmp_path / "duk.pdf"))
        run("backup")
        run("restore")
        run("export", first, "--out", str(tmp_path / "sak.samtaleduk"))
        run("import", str(tmp_path / "sak.samtaleduk"), "--as-copy")
        run("access", first, "--out", str(tmp_path / "innsyn"))
        run("audit", "--json")
        run("retention")
        run("case", "delete", first, "--yes")


def test_the_guard_itself_catches_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.network_guard import socket

    with pytest.raises(AssertionError, match="socket use attempted"):  # noqa: PT012
        with no_sockets(monkeypatch):
            with pytest.raises(OSError, match="no network"):
                socket.create_connection(("example.invalid", 80))


def test_the_guard_sees_sockets_made_below_python(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc/self/fd")
    raw = importlib.import_module("_socket")  # what a C library would do: no Python class
    with pytest.raises(AssertionError, match="C level"):  # noqa: PT012
        with no_sockets(monkeypatch):
            leaked = raw.socket()
    leaked.close()
