"""PySide6 6.12 on Python 3.11 under-counts None; importing ui must make that harmless."""

from __future__ import annotations

import os
import subprocess
import sys

_SCRIPT = """
import ui
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
for _ in range(30_000):
    edit.setText("x")      # a void method: returns None
    edit.resize(50, 20)
print("ok")
"""


def test_many_void_calls_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                          env=env, timeout=120, cwd=os.path.dirname(os.path.dirname(os.path.dirname(
                              os.path.dirname(os.path.abspath(__file__))))))
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip().endswith("ok")
