"""No leaks: after a scripted session (cases with unique marker names, edits, a
print, a backup, a handover export, an access export, and a crash in the middle of
editing), no marker appears in plain bytes (UTF-8, UTF-16 LE/BE, any case) in the
data folder (store, key file, backups, lock files), the temporary folder the program
was given, or anything it wrote to stdout/stderr. The files the user asked for (PDF,
case file, access export) go to a folder of the user's choosing, outside the scan."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from samtaleduk.store.store import store_file
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import files_holding, plaintext_copy

ROOT = Path(__file__).resolve().parents[3]
MARKERS = ["Qzlekkasjenamn", "Wyxmedlem", "Vkjnotatmerke"]

EDITOR = r"""
import sys, uuid
from pathlib import Path
from samtaleduk.domain.model import Note
from samtaleduk.store.store import Store
store = Store.open(Path(sys.argv[1]), sys.argv[2])
meeting = store.get_meeting(uuid.UUID(sys.argv[3]))
field = sys.argv[4]
n = 0
while True:
    n += 1
    meeting.field(field).notes.append(Note(text=f"{sys.argv[5]} {n}"))
    store.save_meeting(meeting)
    print(n, flush=True)
"""


def test_scripted_session_leaves_no_marker_in_plain_bytes(tmp_path: Path) -> None:
    data, temp, mine = tmp_path / "data", tmp_path / "tmp", tmp_path / "mine"
    temp.mkdir()
    mine.mkdir()
    env = {**os.environ, "SAMTALEDUK_DATA_DIR": str(data), "SAMTALEDUK_PASSPHRASE":
           TEST_PASSPHRASE, "SAMTALEDUK_FILE_PASSPHRASE": "fil-passordfrase til kollegaen",
           "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    logs: list[str] = []
    from samtaleduk.store.store import FAST_KDF, Store

    Store.create(data, TEST_PASSPHRASE, FAST_KDF).close()  # fast key; the rest via the CLI

    def cli(*commands: list[str]) -> list[str]:
        # One interpreter runs several commands, as a user's session would.
        script = ("import json, sys; from samtaleduk.cli import main\n"
                  "for argv in json.loads(sys.argv[1]):\n"
                  "    code = main(argv)\n"
                  "    print('\\x1e', flush=True)\n"
                  "    assert code == 0, argv\n")
        result = subprocess.run([sys.executable, "-c", script, json.dumps(commands)], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=120)
        logs.extend([result.stdout, result.stderr])
        assert result.returncode == 0, result.stderr
        return [part.strip() for part in result.stdout.split("\x1e")]

    (case_id, _) = cli(["case", "new", "--name", f"Familien {MARKERS[0]}", "--duk", "familie",
                        "--member", f"Emil {MARKERS[1]}"])
    (meeting_id, _) = cli(["meeting", "new", case_id, "--date", "2026-03-02"])
    # Edit, then crash in the middle of the stream of saves.
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(data), TEST_PASSPHRASE,
                               meeting_id, "fungerer", MARKERS[2]], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert editor.stdout is not None
    for _ in range(5):
        editor.stdout.readline()
    os.kill(editor.pid, signal.SIGKILL)
    out, err = editor.communicate(timeout=30)
    logs.extend([out, err])
    cli(["print", case_id, "--out", str(mine / "duk.pdf")],
        ["backup"],
        ["export", case_id, "--out", str(mine / "sak.samtaleduk")],
        ["access", case_id, "--out", str(mine / "innsyn")],
        ["meeting", "new", case_id, "--date", "2026-04-06"])  # reopens after the crash

    # Control: the markers really are in the store (decrypted here, inside the test).
    from samtaleduk.trust import keyfile

    key = keyfile.unwrap_with_passphrase(keyfile.read_key_file(data / "samtaleduk.key"),
                                         TEST_PASSPHRASE)
    plain = plaintext_copy(store_file(data), key, tmp_path / "plain.db")
    for marker in MARKERS:
        assert marker.encode() in plain
    (tmp_path / "plain.db").unlink()

    assert (data / "backups").is_dir() and any((data / "backups").iterdir())
    for marker in MARKERS:
        assert files_holding([data, temp], marker) == []
        for text in logs:
            assert marker.casefold() not in text.casefold()
    assert not [p for p in temp.rglob("*")]  # nothing left behind in the temp folder
