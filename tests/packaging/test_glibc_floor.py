"""packaging/glibc_floor.py on a copy of this Python's own libpython (issue 17, RHEL 9).

Built against glibc 2.35 or newer, libpython takes `hypot@GLIBC_2.35`; the floor tool
rebinds it to `hypot@GLIBC_2.2.5` and drops the requirement, and the copy still loads
and computes the same. On an older build machine there is nothing to lower (skipped).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF, glibc")


def _floor() -> ModuleType:
    spec = importlib.util.spec_from_file_location("glibc_floor", ROOT / "packaging" / "glibc_floor.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _dynamic_info(path: Path) -> str:
    return subprocess.run(["objdump", "-T", "-p", str(path)], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def libpython(tmp_path: Path) -> Path:
    name = sysconfig.get_config_var("INSTSONAME") or ""
    source = Path(sysconfig.get_config_var("LIBDIR") or "") / name
    if not name or not source.is_file():
        pytest.skip("this Python has no shared libpython")
    if "GLIBC_2.35" not in _dynamic_info(source):
        pytest.skip("this libpython needs no glibc newer than 2.34")
    copy = tmp_path / "lib" / name
    copy.parent.mkdir()
    shutil.copy2(source, copy)
    return copy


def test_hypot_is_rebound_and_glibc_2_35_no_longer_required(libpython: Path) -> None:
    changed, too_new = _floor().lower(libpython, (2, 34))
    assert changed == ["hypot@GLIBC_2.35 -> GLIBC_2.2.5"]
    assert too_new == []
    info = _dynamic_info(libpython)
    assert "GLIBC_2.35" not in info
    assert any(line.split()[-2:] == ["(GLIBC_2.2.5)", "hypot"] for line in info.splitlines())


def test_the_rebound_library_loads_and_computes_the_same(libpython: Path) -> None:
    _floor().lower(libpython, (2, 34))
    program = "print(abs(3+4j), abs(complex(1e308, 1e307)), abs(complex(-1e-310, 1e-310)))"
    env = dict(os.environ, LD_LIBRARY_PATH=str(libpython.parent), LD_DEBUG="bindings")
    result = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True,
                            text=True, check=True)
    # The copy is the libpython that ran (this Python links it dynamically)...
    assert f"{libpython} [0] to " in result.stderr and "`hypot' [GLIBC_2.2.5]" in result.stderr
    # ...and complex abs() (libpython's use of hypot) gives what this Python gives.
    assert result.stdout == subprocess.run([sys.executable, "-c", program], capture_output=True,
                                           text=True, check=True).stdout


def test_a_symbol_it_may_not_rebind_is_reported_and_the_file_left_alone(
        libpython: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    floor = _floor()
    monkeypatch.setattr(floor, "REBINDS", {})
    before = libpython.read_bytes()
    changed, too_new = floor.lower(libpython, (2, 34))
    assert (changed, too_new) == ([], ["hypot@GLIBC_2.35"])
    assert libpython.read_bytes() == before


def test_not_an_elf_file_is_left_alone(tmp_path: Path) -> None:
    text = tmp_path / "libnot.so.1"
    text.write_text("not a library", encoding="utf-8")
    assert _floor().lower(text, (2, 34)) == ([], [])
