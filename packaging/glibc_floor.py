"""Lower the glibc a Linux bundle needs by rebinding symbols to their older versions.

`.venv/bin/python packaging/glibc_floor.py DIR [--ceiling 2.34]` (packaging/build.sh runs
it on the bundle's `_internal`): every ELF file in DIR that asks for a glibc version newer
than the ceiling has its symbols of that version rebound, where that is known to be
safe, to an older version the same library also exports, and the newer version's
requirement removed. It prints what it changed and what is still too new (exit 0: the
bundle test is what fails on a symbol newer than the ceiling).

Why: the bundle's libpython is built on the build machine (Debian 12, glibc 2.36). Since
glibc 2.35 `hypot` has a new default version that only drops the old SVID error-handling
wrapper (`_LIB_VERSION`, itself gone since glibc 2.27, so both return the same values and
set errno alike); libpython's one use of it (`abs()` of a complex number) is served by
`hypot@GLIBC_2.2.5` on every glibc, including RHEL 9's 2.34. Only the symbols in REBINDS
are touched; anything else newer than the ceiling is reported and left alone.

The edit is in place and small: in `.gnu.version` the symbol's version index, and in
`.gnu.version_r` the newer version's entry unlinked from its library's list (so the
dynamic loader no longer asks libm for GLIBC_2.35). No code or addresses move.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

# symbol -> the older version it may be bound to instead (x86-64 names).
REBINDS = {"hypot": "GLIBC_2.2.5"}

SHT_DYNSYM = 11
SHT_GNU_VERNEED = 0x6FFFFFFE
SHT_GNU_VERSYM = 0x6FFFFFFF
ELF_MAGIC = b"\x7fELF"


@dataclass
class _Aux:
    offset: int  # of this Vernaux in the file
    name: str
    index: int  # vna_other: what .gnu.version entries use
    next: int  # vna_next


@dataclass
class _Need:
    offset: int  # of this Verneed in the file
    file: str
    auxes: list[_Aux]


def glibc_version(name: str) -> tuple[int, ...] | None:
    """(2, 35) for "GLIBC_2.35"; None for other version names."""
    match = re.fullmatch(r"GLIBC_([0-9]+(?:\.[0-9]+)*)", name)
    return tuple(int(n) for n in match.group(1).split(".")) if match else None


def _cstring(data: bytes | bytearray, offset: int) -> str:
    return bytes(data[offset:data.index(b"\0", offset)]).decode("ascii", "replace")


class _Elf:
    """The dynamic symbol and version sections of a little-endian ELF64 file."""

    def __init__(self, data: bytearray) -> None:
        self.data = data
        shoff = struct.unpack_from("<Q", data, 0x28)[0]
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                    for i in range(shnum)]
        by_type = {s[1]: s for s in sections}
        dynsym, versym, verneed = (by_type.get(t) for t in
                                   (SHT_DYNSYM, SHT_GNU_VERSYM, SHT_GNU_VERNEED))
        self.ok = dynsym is not None and versym is not None and verneed is not None
        if not self.ok:
            return
        assert dynsym is not None and versym is not None and verneed is not None
        strtab = sections[dynsym[6]][4]
        self.versym_offset = versym[4]
        count = dynsym[5] // 24
        self.symbols = [_cstring(data, strtab + struct.unpack_from("<I", data, dynsym[4] + 24 * i)[0])
                        for i in range(count)]
        self.needs: list[_Need] = []
        needstr = sections[verneed[6]][4]
        offset, left = verneed[4], verneed[7]  # sh_info: the number of entries
        while left:
            _version, cnt, file, aux, nxt = struct.unpack_from("<HHIII", data, offset)
            auxes, at = [], offset + aux
            for _ in range(cnt):
                _hash, _flags, other, name, anext = struct.unpack_from("<IHHII", data, at)
                auxes.append(_Aux(at, _cstring(data, needstr + name), other, anext))
                at += anext
            self.needs.append(_Need(offset, _cstring(data, needstr + file), auxes))
            offset, left = offset + nxt, left - 1

    def version_index(self, symbol: int) -> int:
        return int(struct.unpack_from("<H", self.data, self.versym_offset + 2 * symbol)[0]) & 0x7FFF

    def set_version_index(self, symbol: int, index: int) -> None:
        hidden = struct.unpack_from("<H", self.data, self.versym_offset + 2 * symbol)[0] & 0x8000
        struct.pack_into("<H", self.data, self.versym_offset + 2 * symbol, index | hidden)

    def unlink(self, need: _Need, aux: _Aux) -> None:
        """Take `aux` out of its library's list of required versions."""
        position = need.auxes.index(aux)
        if position == 0:
            first = struct.unpack_from("<I", self.data, need.offset + 8)[0]
            struct.pack_into("<I", self.data, need.offset + 8, first + aux.next)
        else:
            before = need.auxes[position - 1]
            before.next = before.next + aux.next if aux.next else 0
            struct.pack_into("<I", self.data, before.offset + 12, before.next)
        need.auxes.remove(aux)
        struct.pack_into("<H", self.data, need.offset + 2, len(need.auxes))


def lower(path: Path, ceiling: tuple[int, ...]) -> tuple[list[str], list[str]]:
    """Rebind what REBINDS allows in one file; (what changed, what is still too new)."""
    data = bytearray(path.read_bytes())
    if data[:4] != ELF_MAGIC or data[4] != 2 or data[5] != 1:  # ELF64, little-endian
        return [], []
    elf = _Elf(data)
    if not elf.ok:
        return [], []
    changed: list[str] = []
    too_new: list[str] = []
    for need in elf.needs:
        for aux in list(need.auxes):
            version = glibc_version(aux.name)
            if version is None or version <= ceiling:
                continue
            users = [i for i in range(1, len(elf.symbols)) if elf.version_index(i) == aux.index]
            older = {a.name: a for a in need.auxes}
            if not users or any(older.get(REBINDS.get(elf.symbols[i], "")) is None for i in users):
                too_new += [f"{elf.symbols[i]}@{aux.name}" for i in users] or [aux.name]
                continue
            for i in users:
                elf.set_version_index(i, older[REBINDS[elf.symbols[i]]].index)
                changed.append(f"{elf.symbols[i]}@{aux.name} -> {REBINDS[elf.symbols[i]]}")
            elf.unlink(need, aux)
    if changed:
        path.write_bytes(bytes(data))
    return changed, too_new


def main(argv: list[str] | None = None) -> int:
    """Lower every ELF file under the folder given; print what changed and what could not."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--ceiling", default="2.34", help="the oldest glibc to run on")
    args = parser.parse_args(argv)
    ceiling = tuple(int(n) for n in args.ceiling.split("."))
    for path in sorted(args.folder.rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        changed, too_new = lower(path, ceiling)
        name = path.relative_to(args.folder)
        for line in changed:
            print(f"glibc floor: {name}: {line}")
        if too_new:
            print(f"glibc floor: {name} still needs {', '.join(too_new)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
