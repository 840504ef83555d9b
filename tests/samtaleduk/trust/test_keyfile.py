"""The key file: passphrase edge cases, NFC/NFD, re-wrapping, damage."""

from __future__ import annotations

import json
import stat
import time
import unicodedata
from pathlib import Path

import pytest

from samtaleduk.errors import UserError
from samtaleduk.store.errors import StoreError, WrongPassphrase
from samtaleduk.trust import keyfile
from samtaleduk.trust.keyfile import DEFAULT_KDF, FAST_KDF

ODD_PASSPHRASES = {
    "quotes": "han sa \"hei\" og 'hallo' ` igjen",
    "semicolon": "x'; DROP TABLE cases; -- ; PRAGMA key = 'a';",
    "sami": "Ŋŋ Đđ Šš Ŧŧ Žž Čč Áá gollegiella",
    "arabic": "كلمة المرور السرية جدا",
    "emoji": "🌱 familie 👨‍👩‍👧 møte",
    "long": "æøå ŋ " * 166 + "ende",  # 1,000 characters
    "backslash": "C:\\mappe\\x00\\n ikkje eit nullteikn",
}


def _make(tmp_path: Path, passphrase: str) -> tuple[Path, bytes]:
    kf, key = keyfile.new_key_file(passphrase, FAST_KDF)
    path = tmp_path / "samtaleduk.key"
    keyfile.write_key_file(path, kf)
    return path, key


@pytest.mark.parametrize("name", sorted(ODD_PASSPHRASES))
def test_odd_passphrases_round_trip(tmp_path: Path, name: str) -> None:
    passphrase = ODD_PASSPHRASES[name]
    path, key = _make(tmp_path, passphrase)
    assert keyfile.unwrap_with_passphrase(keyfile.read_key_file(path), passphrase) == key
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap_with_passphrase(keyfile.read_key_file(path), passphrase + "x")


def test_thousand_characters_is_accepted() -> None:
    assert len(ODD_PASSPHRASES["long"]) == 1000


def test_passphrase_never_appears_in_key_file(tmp_path: Path) -> None:
    path, key = _make(tmp_path, "hemmeleg-ŋ-passord")
    raw = path.read_bytes()
    assert b"hemmeleg" not in raw
    assert key not in raw and key.hex().encode() not in raw


@pytest.mark.parametrize("form_made, form_typed", [("NFC", "NFD"), ("NFD", "NFC")])
def test_nfd_and_nfc_unlock_each_other(tmp_path: Path, form_made: str, form_typed: str) -> None:
    base = "Ánde Čáhppes Åse ŋ"
    made = unicodedata.normalize(form_made, base)  # type: ignore[arg-type]
    typed = unicodedata.normalize(form_typed, base)  # type: ignore[arg-type]
    assert made != typed
    path, key = _make(tmp_path, made)
    assert keyfile.unwrap_with_passphrase(keyfile.read_key_file(path), typed) == key


@pytest.mark.parametrize("bad", ["", "   ", "\t\n"])
def test_empty_passphrase_is_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(UserError, match="tom"):
        keyfile.new_key_file(bad, FAST_KDF)
    path, _ = _make(tmp_path, "ei god passordfrase")
    with pytest.raises(UserError, match="tom"):
        keyfile.unwrap_with_passphrase(keyfile.read_key_file(path), bad)


def test_new_passphrase_needs_eight_characters() -> None:
    with pytest.raises(UserError, match="minst 8"):
        keyfile.new_key_file("kort", FAST_KDF)
    # Eight characters counted after NFC: "å" typed as a + ring counts once.
    with pytest.raises(UserError, match="minst 8"):
        keyfile.new_key_file(unicodedata.normalize("NFD", "ååååååå"), FAST_KDF)
    keyfile.new_key_file("åååååååå", FAST_KDF)


def test_lone_surrogate_passphrase_gives_a_message(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="ugyldig teikn"):
        keyfile.new_key_file("passord\udcff-med-feil", FAST_KDF)


def test_wrong_passphrase_message_is_one_calm_norwegian_line(tmp_path: Path) -> None:
    path, _ = _make(tmp_path, "rett passordfrase")
    with pytest.raises(WrongPassphrase) as info:
        keyfile.unwrap_with_passphrase(keyfile.read_key_file(path), "feil passordfrase")
    message = str(info.value)
    assert message == "Passordfrasa er feil. Prøv på nytt."
    assert "\n" not in message
    assert isinstance(info.value, StoreError) and isinstance(info.value, UserError)


def test_key_file_is_versioned_json_with_room_for_recovery(tmp_path: Path) -> None:
    path, _ = _make(tmp_path, "rett passordfrase")
    body = json.loads(path.read_text("utf-8"))
    assert body["format"] == "samtaleduk-key" and body["version"] == 1
    (wrapping,) = body["wrappings"]
    assert wrapping["kind"] == "passphrase"
    assert wrapping["kdf"]["name"] == "argon2id"
    assert wrapping["kdf"]["memory_kib"] == FAST_KDF.memory_kib
    assert {"salt"} <= set(wrapping["kdf"]) and {"nonce", "wrapped_key"} <= set(wrapping)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["samtaleduk.key"]  # no temp left


def test_rewrap_keeps_data_key_and_other_wrappings(tmp_path: Path) -> None:
    path, key = _make(tmp_path, "gamal passordfrase")
    body = json.loads(path.read_text("utf-8"))
    recovery = {"kind": "recovery", "algorithm": "future", "wrapped_key": "AAAA"}
    body["wrappings"].append(recovery)
    path.write_text(json.dumps(body), "utf-8")

    keyfile.rewrap(path, "gamal passordfrase", "ny passordfrase ŋ")
    kf = keyfile.read_key_file(path)
    assert keyfile.unwrap_with_passphrase(kf, "ny passordfrase ŋ") == key
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap_with_passphrase(kf, "gamal passordfrase")
    assert recovery in kf.wrappings
    assert keyfile.current_kdf(kf) == FAST_KDF


def test_rewrap_with_wrong_old_passphrase_changes_nothing(tmp_path: Path) -> None:
    path, _ = _make(tmp_path, "gamal passordfrase")
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        keyfile.rewrap(path, "ikkje den gamle", "ny passordfrase")
    with pytest.raises(UserError, match="minst 8"):
        keyfile.rewrap(path, "gamal passordfrase", "kort")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b"",
        lambda b: b"\xff\xfe not json",
        lambda b: json.dumps({"format": "noko anna"}).encode(),
        lambda b: b.replace(b'"argon2id"', b'"scrypt"'),
        lambda b: b.replace(b'"memory_kib": 8', b'"memory_kib": 99999999999'),
    ],
)
def test_damaged_key_file_gives_clear_error(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    path, _ = _make(tmp_path, "rett passordfrase")
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(StoreError) as info:
        keyfile.unwrap_with_passphrase(keyfile.read_key_file(path), "rett passordfrase")
    assert not isinstance(info.value, WrongPassphrase)
    assert "\n" not in str(info.value)


def test_newer_key_file_format_is_refused(tmp_path: Path) -> None:
    path, _ = _make(tmp_path, "rett passordfrase")
    body = json.loads(path.read_text("utf-8"))
    body["version"] = 99
    path.write_text(json.dumps(body), "utf-8")
    with pytest.raises(StoreError, match="nyare"):
        keyfile.read_key_file(path)


def test_wrapping_is_bound_to_its_store(tmp_path: Path) -> None:
    path, _ = _make(tmp_path, "rett passordfrase")
    body = json.loads(path.read_text("utf-8"))
    body["store_id"] = "0" * 32
    path.write_text(json.dumps(body), "utf-8")
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap_with_passphrase(keyfile.read_key_file(path), "rett passordfrase")


def test_default_kdf_is_strong_and_not_too_slow() -> None:
    assert DEFAULT_KDF.memory_kib >= 64 * 1024 and DEFAULT_KDF.time_cost >= 3
    kf, key = keyfile.new_key_file("ei passordfrase", DEFAULT_KDF)
    start = time.perf_counter()
    assert keyfile.unwrap_with_passphrase(kf, "ei passordfrase") == key
    assert time.perf_counter() - start < 3.0


def test_too_little_memory_per_lane_is_damage_not_an_argon2_crash() -> None:
    # A flipped byte can leave memory_kib below Argon2's 8 KiB per lane.
    wrapping = keyfile.wrap_with_passphrase(b"k" * 32, "passordfrase", "id", FAST_KDF)
    wrapping["kdf"]["parallelism"] = wrapping["kdf"]["memory_kib"] // 8 + 1
    with pytest.raises(StoreError):
        keyfile.unwrap_passphrase_wrapping(wrapping, "passordfrase", "id")
