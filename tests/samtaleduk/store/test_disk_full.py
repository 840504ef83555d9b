"""A full disk (a file size limit, RLIMIT_FSIZE, in a subprocess: no root needed):
saving raises DiskFull with a plain message, a backup fails without leaving a file,
everything saved before is intact, and saving works again once there is room."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from samtaleduk.store.store import FAST_KDF, Store
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")

CHILD = r"""
import json, os, resource, signal, sys
from pathlib import Path
from samtaleduk.store import backup
from samtaleduk.domain.model import Note
from samtaleduk.store.store import Store, StoreError
from samtaleduk.store.errors import DiskFull

folder, passphrase, meeting_id, field = sys.argv[1:5]
# Without this the kernel kills the process at the limit instead of failing the write.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
report = {}
store = Store.open(Path(folder), passphrase)
meeting = next(m for c in store.list_cases() for m in store.list_meetings(c.id)
               if str(m.id) == meeting_id)
sizes = [p.stat().st_size for p in Path(folder).rglob("*") if p.is_file()]
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (max(sizes) + 8192, hard))
# More than the limit leaves room for, now that a save writes the JSON once.
meeting.field(field).notes += [Note(text=f"Ny etter full disk {i} " + "x" * 40_000)
                               for i in range(6)]
try:
    store.save_meeting(meeting)
    report["save"] = "saved"
except DiskFull as exc:
    report["save"] = str(exc)
resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, hard))  # less than a backup needs
try:
    backup.make_backup(store)
    report["backup"] = "made"
except StoreError as exc:
    report["backup"] = str(exc)
report["backup_files"] = sorted(p.name for p in (Path(folder) / "backups").iterdir())
resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # the disk has room again
store.save_meeting(meeting)
report["retry"] = "saved"
report["integrity"] = store.check_integrity()
store.close()
print(json.dumps(report))
"""


def test_full_disk_keeps_earlier_data_and_recovers(_isolated_data_dir: Path) -> None:
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Fulldisk", meetings=1, edits=2)
        (meeting,) = store.list_meetings(case.id)
        field = next(fid for fid, c in meeting.fields.items() if c.notes)
        before = store.list_meetings(case.id)
        revisions_before = len(store.revisions(meeting.id))
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(_isolated_data_dir), TEST_PASSPHRASE,
         str(meeting.id), field],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["save"].startswith("Disken er full, så endringa er ikkje lagra.")
    assert report["save"].endswith("Alt som var lagra før, er trygt.")
    assert report["backup"].startswith("Tryggingskopien vart ikkje laga"), report["backup"]
    assert "Arbeidet ditt er lagra som før" in report["backup"]
    assert not any(n.endswith(".tmp") for n in report["backup_files"])
    assert report["retry"] == "saved" and report["integrity"] is True
    with Store.open(_isolated_data_dir, TEST_PASSPHRASE) as store:
        after = store.list_meetings(case.id)
        assert store.check_integrity()
        # the earlier revisions are untouched, and the retried save is the newest one
        revs = store.revisions(meeting.id)
        assert len(revs) == revisions_before + 1
        assert [store.get_revision(r.id) for r in revs[:revisions_before]][-1] == before[0]
        assert any("Ny etter full disk" in n.text for n in after[0].field(field).notes)


def test_save_error_message_names_no_content() -> None:
    from samtaleduk.store.db import save_failed

    class Full(Exception):
        sqlite_errorcode = 13  # SQLITE_FULL: chosen by code, never by SQLite's text

    err = save_failed(Full("Fulldisk"))
    assert type(err).__name__ == "DiskFull" and "Fulldisk" not in str(err)
    # SQLite's text alone decides nothing (issue 13, point 4).
    assert type(save_failed(Exception("disk I/O error"))).__name__ == "SaveFailed"
