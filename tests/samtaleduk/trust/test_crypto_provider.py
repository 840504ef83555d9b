"""samtaleduk/trust/crypto_provider.py: SQLCipher's own account of its crypto library."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.trust.crypto_provider import CryptoVersions, openssl_branch, read_versions
from tests.conftest import TEST_PASSPHRASE


def test_read_versions_names_sqlcipher_and_its_openssl() -> None:
    found = read_versions()
    assert re.match(r"^\d+\.\d+\.\d+", found.sqlcipher), found
    assert re.match(r"^\d+\.\d+\.\d+$", found.sqlite), found
    # sqlcipher3's wheels bundle OpenSSL; a build against something else would
    # change what the audit must watch, so it should show here first.
    assert found.provider == "openssl"
    assert found.provider_version.startswith("OpenSSL ")
    assert found.provider_branch is not None
    assert found.summary() == f"SQLCipher {found.sqlcipher}, {found.provider_version}"


def test_a_store_connection_reports_the_same(tmp_path: Path) -> None:
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST_KDF) as store:
        assert read_versions(store.conn) == read_versions()


@pytest.mark.parametrize(("text", "branch"), [
    ("OpenSSL 3.6.0 1 Oct 2025", "3.6"),
    ("OpenSSL 3.0.15 3 Sep 2024", "3.0"),
    ("OpenSSL 10.2.1 1 Jan 2040", "10.2"),
    ("LibreSSL 3.9.2", None),
    ("ukjend", None),
])
def test_openssl_branch(text: str, branch: str | None) -> None:
    assert openssl_branch(text) == branch
    assert CryptoVersions("4.19.0", "3.53.4", "openssl", text).provider_branch == branch
