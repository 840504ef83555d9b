"""The `hunspell` command line with Debian's Norwegian dictionaries (`hunspell-no`:
nn_NO and nb_NO), one process per dictionary for a whole batch of words.

`scripts/setup.sh` installs them; without them the spelling tests fail with
`MISSING` (never skip: CI must run them).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

DICTIONARY_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))

MISSING = ("the spelling check needs the hunspell command and Debian's Norwegian "
           "dictionaries (nn_NO, nb_NO): run `bash scripts/setup.sh` as root, or "
           "`apt-get install hunspell hunspell-no`")


def dictionary_path(name: str) -> Path | None:
    """The .dic of `name` (e.g. "nn_NO") without its suffix, or None."""
    for folder in DICTIONARY_DIRS:
        if (folder / f"{name}.dic").exists() and (folder / f"{name}.aff").exists():
            return folder / name
    return None


def available(*names: str) -> bool:
    """Whether hunspell and every named dictionary are installed."""
    return shutil.which("hunspell") is not None and all(dictionary_path(n) for n in names)


def unknown_words(words: Iterable[str], dictionary: str) -> set[str]:
    """The words `dictionary` does not accept, checked in one hunspell process
    (`-l` lists the misspelled words of its input)."""
    unique = sorted(set(words))
    path, program = dictionary_path(dictionary), shutil.which("hunspell")
    if path is None or program is None:
        raise RuntimeError(MISSING)
    done = subprocess.run(
        [program, "-i", "UTF-8", "-d", str(path), "-l"],
        input="\n".join(unique) + "\n", capture_output=True, text=True, encoding="utf-8",
        check=True, env={"LANG": "C.UTF-8"})
    return set(done.stdout.split())
