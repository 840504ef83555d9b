"""The fault-injection suite: every test here carries the `faults` marker.

Each test reproduces a fault found when the program was tried as a careless day
or an attacker would (issue "Trust, second round") and asserts the fixed
behaviour: nothing lost, a clear Norwegian message, no traceback, nothing
deleted, the true state reported.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test collected under tests/faults/ with `faults`."""
    for item in items:
        if "tests/faults/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.faults)
