"""Stores for the pilot tests: the demo cases, copied under new ids."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import Case, Meeting
from samtaleduk.ops.demo import fill_demo
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all


def copied(case: Case, meetings: list[Meeting], k: int) -> tuple[Case, list[Meeting]]:
    """Copy `k` of a demo case: the case and its meetings under new ids (the items
    keep theirs: ids are followed within a case)."""
    ids = {case.id: uuid.uuid5(case.id, f"copy-{k}")}
    ids.update({m.id: uuid.uuid5(m.id, f"copy-{k}") for m in meetings})

    def renamed(text: str) -> str:
        for old, new in ids.items():
            text = text.replace(str(old), str(new))
        return text

    return (Case.model_validate_json(renamed(case.model_dump_json())),
            [Meeting.model_validate_json(renamed(m.model_dump_json())) for m in meetings])


def save(store: Store, cases: Iterable[tuple[Case, list[Meeting]]]) -> None:
    installed = load_all().templates
    for case, meetings in cases:
        store.save_case(case)
        for m in meetings:
            t = installed.get(m.template_id)
            store.save_meeting(m, t if t is not None and t.version == m.template_version else None)


def demo_times(store: Store, n: int) -> None:
    """Both demo cases `n` times each."""
    if n == 1:
        fill_demo(store)
        return
    save(store, (copied(c, ms, k) for k in range(n) for c, ms in demo_cases()))


def haugland_times(store: Store, n: int) -> None:
    """The demo family `n` times (and not Jonas)."""
    case, meetings = demo_cases()[0]
    save(store, (copied(case, meetings, k) for k in range(n)))
