"""The -wal file (issue 13, point 6).

A flipped byte in a WAL that holds committed work made the next open drop that
work in silence; a -wal from another store made the healthy main file be put
aside as damaged. Now the WAL is checked before SQLite reads it: work SQLite
would drop is kept (a copy of the store and its WAL in aside/) and the user is
told; a foreign WAL is moved aside and the store opens as it is.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from samtaleduk.domain.model import Note
from samtaleduk.store import restore
from samtaleduk.store.store import Store
from samtaleduk.templates.model import FieldKind
from tests.conftest import TEST_PASSPHRASE
from tests.faults.conftest import MadeStore, Run, flip_byte
from tests.samtaleduk.trust.trust_support import family

WAL_HEADER, FRAME = 32, 24 + 4096


def crashed_copy(made: MadeStore, target: Path, notes: int = 5) -> None:
    """Save `notes` more notes with checkpoints off, and copy the files while the
    store is still open: the folder a power cut would leave (work in the WAL)."""
    with Store.open(made.folder, TEST_PASSPHRASE) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        (meeting,) = store.list_meetings(store.list_cases()[0].id)
        field = family().fields_of_kind(FieldKind.NOTES)[0].id
        for i in range(notes):
            meeting.field(field).notes.append(Note(text=f"Berre i WAL-fila {i}"))
            store.save_meeting(meeting)
        target.mkdir()
        for name in ("samtaleduk.db", "samtaleduk.db-wal", "samtaleduk.key"):
            shutil.copy2(made.folder / name, target / name)
        shutil.copytree(made.folder / "backups", target / "backups")


def test_flipped_byte_in_the_wal_is_told_and_the_wal_kept(
        tmp_path: Path, make_store: Callable[..., MadeStore],
        run_cli: Callable[..., Run]) -> None:
    made = make_store(tmp_path / "made", after_backup=1)
    folder = tmp_path / "crashed"
    crashed_copy(made, folder)
    wal = folder / "samtaleduk.db-wal"
    flip_byte(wal, WAL_HEADER + FRAME + 24 + 100)  # in the second frame's page
    damaged_wal = wal.read_bytes()
    result = run_cli("--data-dir", str(folder), "cases")
    assert "Traceback" not in result.err and result.code == 0, result.err
    assert "WAL-fila" in result.err and "lagringar manglar" in result.err, result.err
    kept = [p for p in restore.list_aside(folder) if p.name.startswith("wal-")]
    assert len(kept) == 1
    assert kept[0].with_name(kept[0].name + "-wal").read_bytes() == damaged_wal
    assert (folder / "samtaleduk.db").exists()


def test_wal_of_another_store_does_not_put_the_store_aside(
        tmp_path: Path, make_store: Callable[..., MadeStore],
        run_cli: Callable[..., Run], count_notes: Callable[[Path], int]) -> None:
    made = make_store(tmp_path / "made", after_backup=3)
    other = tmp_path / "other"
    crashed_copy(make_store(other / "made", after_backup=0), other / "crashed")
    stray = other / "crashed" / "samtaleduk.db-wal"
    shutil.copy2(stray, made.folder / "samtaleduk.db-wal")
    result = run_cli("--data-dir", str(made.folder), "cases")
    assert "Traceback" not in result.err and result.code == 0, result.err
    assert "skadd" not in result.err.replace("ikkje skadd", "")
    assert "høyrer til dette lageret" in result.err
    assert "Vern" in result.out
    moved = [p for p in (made.folder / "aside").iterdir() if p.name.endswith("-wal")]
    assert len(moved) == 1 and moved[0].read_bytes() == stray.read_bytes()
    assert not any(p.name.startswith("damaged-") for p in restore.list_aside(made.folder))
    assert count_notes(made.folder) == made.notes
