"""The duker commands' look into the store: is an installed file the same duk as the
snapshot the cases were written with?

`duker list`, `duker check` and `print --blank` do not need the store and must not
ask for a passphrase; when one is given in the environment (SAMTALEDUK_PASSPHRASE)
and a store exists, they open it to compare (see `samtaleduk.templates.identity`).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from samtaleduk.cli.common import PASSPHRASE_ENV
from samtaleduk.errors import UserError
from samtaleduk.messages import msg
from samtaleduk.paths import data_dir
from samtaleduk.store.store import Store, store_exists
from samtaleduk.templates.identity import DukDrift, content_hash, effective_template, find_drift
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.templates.model import Template


@contextmanager
def store_if_available(args: argparse.Namespace) -> Iterator[Store | None]:
    """The open store when a passphrase is in the environment and a store exists;
    else None (also when it cannot be opened: the command goes on without it)."""
    folder = data_dir(getattr(args, "data_dir", None))
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None or not store_exists(folder):
        yield None
        return
    try:
        store = Store.open(folder, passphrase)
    except (UserError, OSError):
        yield None
        return
    with store:
        yield store


def unchecked_hint(args: argparse.Namespace) -> str | None:
    """A line for stderr when a store exists but was not compared (no passphrase)."""
    folder = data_dir(getattr(args, "data_dir", None))
    if os.environ.get(PASSPHRASE_ENV) is not None or not store_exists(folder):
        return None
    return str(msg("cli.out.note", note=msg("cli.out.unchecked_drift", env=PASSPHRASE_ENV)))


def drift_in_store(args: argparse.Namespace, templates: TemplateSet) -> list[DukDrift]:
    """The installed duker whose file differs from the store's snapshot of its version."""
    with store_if_available(args) as store:
        return find_drift(store, templates) if store is not None else []


def files_drift(args: argparse.Namespace,
                checked: Iterable[tuple[Path, Template]]) -> list[DukDrift]:
    """The checked files that differ from the store's snapshot of their id and
    version (the store is opened once; nothing when there is no store to read)."""
    found: list[DukDrift] = []
    with store_if_available(args) as store:
        if store is None:
            return found
        for path, template in checked:
            stored = store.template_snapshot(template.id, template.version)
            if stored is not None and content_hash(stored) != content_hash(template):
                found.append(DukDrift(template.id, template.version, path,
                                      content_hash(template), content_hash(stored)))
    return found


def file_drift(args: argparse.Namespace, template: Template, path: Path) -> DukDrift | None:
    """The drift of one checked file against the store (None: same, or no store)."""
    found = files_drift(args, [(path, template)])
    return found[0] if found else None


def blank_template(args: argparse.Namespace, templates: TemplateSet,
                   template_id: str) -> tuple[Template, DukDrift | None]:
    """The duk a blank print uses: the same as new meetings (the stored snapshot
    when the file was edited without a version bump), and the drift if any."""
    with store_if_available(args) as store:
        chosen = effective_template(store, templates, template_id)
        drifts = find_drift(store, templates) if store is not None else []
    return chosen, next((d for d in drifts if d.template_id == template_id), None)
