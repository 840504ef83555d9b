"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6-Essentials 6.12.0 (the abi3 wheel) returns `None` from every void method
(`setText`, `resize`, `keyPressEvent` of a base class, …) without taking a
reference, as if `None` were immortal. It is immortal only from Python 3.12 on
(PEP 683). On 3.11 each such call lowers None's count by one, and after a few
thousand calls the interpreter aborts with "Fatal Python error: none_dealloc" —
in a meeting, while someone types. Checked: 20 000 `QLineEdit.setText` calls
abort on 3.11.7 and run fine on 3.12.1.

The cure is Python 3.12 or newer. Until every installation has it, this gives the
singletons the same practical immortality 3.12 gives them: a reference count so
large that no session can bring it to zero. It does nothing on 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_applied = False


def keep_singletons_alive() -> None:
    """Raise the reference counts of None, True and False out of reach (3.11 only)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every CPython object (non-debug build).
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _applied = True
