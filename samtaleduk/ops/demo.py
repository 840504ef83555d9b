"""The fictional demo cases written into a store: `samtaleduk demo`, the offscreen
pictures, the self-test and the tests use this one function."""

from __future__ import annotations

from samtaleduk.domain.demo import demo_cases
from samtaleduk.ops.changes import Changes
from samtaleduk.ops.transaction import one_transaction
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet, load_all


def fill_demo(store: Store, templates: TemplateSet | None = None) -> Changes:
    """Write every demo case with its meetings in one transaction. Each meeting keeps
    the snapshot of its duk when the installed one (of `templates`, else the built-in
    ones) has the meeting's version."""
    installed = (templates or load_all()).templates
    cases, meetings, kept = set(), set(), set()
    with one_transaction(store):
        for case, case_meetings in demo_cases():
            store.save_case(case)
            cases.add(case.id)
            for meeting in case_meetings:
                template = installed.get(meeting.template_id)
                if template is not None and template.version != meeting.template_version:
                    template = None
                store.save_meeting(meeting, template)
                meetings.add(meeting.id)
                if template is not None:
                    kept.add(template.id)
    return Changes(cases=frozenset(cases), meetings=frozenset(meetings),
                   people=frozenset(cases), templates=frozenset(kept))
