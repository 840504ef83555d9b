"""Every change of a case, a meeting, the people of a case, a template or a setting
that is not an edit of an open meeting (`ui.meeting.session.MeetingSession`).

Each operation is one function: it checks its input, writes in one transaction
(the store's writers nest as savepoints), adds its audit line where one is kept,
and returns what it changed as a `Changes` (inside a `Done` when it has a result
too). The CLI and the app call the same functions; nothing in `ui/` writes to the
store by itself (`tests/ui/test_no_store_writes.py` checks).

- `cases`: create, close or reopen, the people of a case, complete deletion, import
  of a case file;
- `meetings`: a new meeting (carried forward or blank), saving an open meeting;
- `settings`: the retention offer, the retention time;
- `audit`: audit lines that change no content (viewed, locked, unlocked, printed);
- `demo`: the fictional demo cases.
"""

from samtaleduk.ops.changes import NOTHING, Changes, Done

__all__ = ["NOTHING", "Changes", "Done"]
