"""Issue 14 defect 9: an imported case file never replaces or shadows an installed
duk or the snapshot the user's own meetings were written with. A snapshot whose
content differs gets its own identity and is used only by the imported meetings."""

from __future__ import annotations

from pathlib import Path

from samtaleduk.handover import case_file
from samtaleduk.paths import user_duker_dir
from samtaleduk.store.store import Store
from samtaleduk.templates.identity import content_hash, effective_template, meeting_template
from samtaleduk.templates.loading import load_all
from samtaleduk.trust.keyfile import FAST_KDF
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.templates import duk_histories as h

FILE_PASS = "ei lang passordfrase for saksfila"


def _case_file(tmp_path: Path) -> Path:
    """Another municipality's case on *its* familie v2 (other labels), as a file."""
    with Store.create(tmp_path / "avsendar", TEST_PASSPHRASE, FAST_KDF) as other:
        case = h.family_case()
        other.save_case(case)
        first = h.filled_meeting(case, h.imported_v2())
        other.save_meeting(first, h.imported_v2())
        out = tmp_path / "sak.samtaleduk"
        case_file.export_case(other, case.id, out, FILE_PASS, kdf=FAST_KDF)
    return out


def _hash_without_id(template: object) -> str:
    from samtaleduk.templates.model import Template

    assert isinstance(template, Template)
    return content_hash(template.model_copy(update={"id": "x"}))


def test_import_never_replaces_the_snapshot_of_the_users_own_meetings(tmp_path: Path) -> None:
    out = _case_file(tmp_path)
    with Store.create(tmp_path / "mottakar", TEST_PASSPHRASE, FAST_KDF) as store:
        own_case = h.family_case()
        store.save_case(own_case)
        own = h.filled_meeting(own_case, h.v2())
        store.save_meeting(own, h.v2())
        imported = case_file.import_case(store, out, FILE_PASS)
        templates = load_all(user_duker_dir(store.data_dir))
        # The user's own meeting still draws and prints with its own v2.
        own_tpl = meeting_template(store, templates, own.template_id, own.template_version)
        assert own_tpl is not None and content_hash(own_tpl) == content_hash(h.v2())
        # The imported meetings keep the snapshot they were written with, under
        # an identity of their own.
        (theirs,) = store.list_meetings(imported.case_id)
        assert theirs.template_id != "familie"
        their_tpl = meeting_template(store, templates, theirs.template_id,
                                     theirs.template_version)
        assert their_tpl is not None
        assert _hash_without_id(their_tpl) == _hash_without_id(h.imported_v2())


def test_import_never_shadows_an_installed_duk_of_the_same_version(tmp_path: Path) -> None:
    out = _case_file(tmp_path)
    data = tmp_path / "mottakar"
    with Store.create(data, TEST_PASSPHRASE, FAST_KDF) as store:
        folder = user_duker_dir(data)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "familie.toml").write_text(h.v2_text(), "utf-8")
        case_file.import_case(store, out, FILE_PASS)
        templates = load_all(folder)
        # New meetings and blank prints of the user's familie still use the file.
        chosen = effective_template(store, templates, "familie")
        assert content_hash(chosen) == content_hash(h.v2())


def test_an_import_with_the_same_content_shares_the_snapshot(tmp_path: Path) -> None:
    with Store.create(tmp_path / "avsendar", TEST_PASSPHRASE, FAST_KDF) as other:
        case = h.family_case()
        other.save_case(case)
        other.save_meeting(h.filled_meeting(case, h.v2()), h.v2())
        out = tmp_path / "sak.samtaleduk"
        case_file.export_case(other, case.id, out, FILE_PASS, kdf=FAST_KDF)
    with Store.create(tmp_path / "mottakar", TEST_PASSPHRASE, FAST_KDF) as store:
        store.remember_template(h.v2())
        imported = case_file.import_case(store, out, FILE_PASS)
        (theirs,) = store.list_meetings(imported.case_id)
        assert (theirs.template_id, theirs.template_version) == ("familie", h.V2)


def test_an_import_of_an_unknown_version_never_shadows_a_file_installed_later(
        tmp_path: Path) -> None:
    """The other order: the import comes first (this computer knows no familie v2),
    then the municipality installs its own familie v2. Its file must be the one
    new meetings and blank prints use, not the imported case's copy."""
    out = _case_file(tmp_path)
    data = tmp_path / "mottakar"
    with Store.create(data, TEST_PASSPHRASE, FAST_KDF) as store:
        imported = case_file.import_case(store, out, FILE_PASS)
        folder = user_duker_dir(data)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "familie.toml").write_text(h.v2_text(), "utf-8")
        templates = load_all(folder)
        assert content_hash(effective_template(store, templates, "familie")) == content_hash(
            h.v2())
        (theirs,) = store.list_meetings(imported.case_id)
        their_tpl = meeting_template(store, templates, theirs.template_id,
                                     theirs.template_version)
        assert their_tpl is not None
        assert _hash_without_id(their_tpl) == _hash_without_id(h.imported_v2())


def test_a_forged_content_id_does_not_shadow_an_earlier_import(tmp_path: Path) -> None:
    """A case file that names its duk like an earlier import's (…_i<hash>) but with
    other content gets an id from its own content."""
    from samtaleduk.templates.adoption import imported_id

    out = _case_file(tmp_path)
    data = tmp_path / "mottakar"
    with Store.create(data, TEST_PASSPHRASE, FAST_KDF) as store:
        first = case_file.import_case(store, out, FILE_PASS)
        (theirs,) = store.list_meetings(first.case_id)
        stored = store.template_snapshot(theirs.template_id, theirs.template_version)
        assert stored is not None and theirs.template_id == imported_id(stored)
        forged = h.v2().model_copy(update={"id": theirs.template_id})
        with Store.create(tmp_path / "falsk", TEST_PASSPHRASE, FAST_KDF) as other:
            case = h.family_case()
            other.save_case(case)
            other.save_meeting(h.filled_meeting(case, forged), forged)
            case_file.export_case(other, case.id, tmp_path / "falsk.sak", FILE_PASS, kdf=FAST_KDF)
        second = case_file.import_case(store, tmp_path / "falsk.sak", FILE_PASS)
        (forged_meeting,) = store.list_meetings(second.case_id)
        assert forged_meeting.template_id != theirs.template_id
        again = store.template_snapshot(theirs.template_id, theirs.template_version)
        assert again is not None and content_hash(again) == content_hash(stored)
