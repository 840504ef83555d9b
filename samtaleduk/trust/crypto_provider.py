"""Which SQLCipher, and which crypto library under it, this program runs on.

sqlcipher3's wheels bundle SQLCipher and OpenSSL inside the extension module, so the
OpenSSL that encrypts the store is not the system's and is not updated by the system's
security updates; only a new sqlcipher3 release changes it. IT and the dependency audit
(scripts/dependency_audit.py) therefore need to see it: `samtaleduk --version`,
`samtaleduk selftest` and Help › About report it, read from SQLCipher itself
(`PRAGMA cipher_version`, `cipher_provider`, `cipher_provider_version`).
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from typing import Any

import sqlcipher3

_THROWAWAY_KEY = "x'" + "00" * 32 + "'"
"""SQLCipher names its provider only once a key is set; an in-memory database with a
raw all-zero key never derives a key, touches no file and holds nothing."""


@dataclass(frozen=True)
class CryptoVersions:
    """What SQLCipher reports about itself and its crypto provider."""

    sqlcipher: str
    """e.g. "4.19.0 community"."""
    sqlite: str
    """The SQLite under SQLCipher, e.g. "3.53.4"."""
    provider: str
    """The crypto provider's name, e.g. "openssl"."""
    provider_version: str
    """e.g. "OpenSSL 3.6.0 1 Oct 2025"."""

    @property
    def provider_branch(self) -> str | None:
        """OpenSSL's release branch ("3.6"), which decides its end of support; None
        for another provider or a version text this does not recognise."""
        return openssl_branch(self.provider_version)

    def summary(self) -> str:
        """One line: "SQLCipher 4.19.0 community, OpenSSL 3.6.0 1 Oct 2025"."""
        return f"SQLCipher {self.sqlcipher}, {self.provider_version}"


def _pragma(connection: Any, name: str) -> str:
    row = connection.execute(f"PRAGMA {name}").fetchone()
    return str(row[0]) if row and row[0] is not None else "ukjend"


def read_versions(connection: Any | None = None) -> CryptoVersions:
    """Ask SQLCipher for its version and its crypto provider's.

    `connection`: an open, keyed store connection to ask; without one a throwaway
    in-memory database is used (the same library, so the same answer)."""
    own = connection is None
    conn: Any = sqlcipher3.connect(":memory:") if own else connection
    try:
        if own:
            conn.execute(f'PRAGMA key = "{_THROWAWAY_KEY}"')
        return CryptoVersions(
            sqlcipher=_pragma(conn, "cipher_version"),
            sqlite=str(sqlcipher3.sqlite_version),
            provider=_pragma(conn, "cipher_provider"),
            provider_version=_pragma(conn, "cipher_provider_version"),
        )
    finally:
        if own:
            conn.close()


_OPENSSL = re.compile(r"^OpenSSL (\d+)\.(\d+)\.\d+")


def openssl_branch(provider_version: str) -> str | None:
    """ "OpenSSL 3.6.0 1 Oct 2025" -> "3.6"; None when it is not OpenSSL."""
    match = _OPENSSL.match(provider_version.strip())
    return f"{match.group(1)}.{match.group(2)}" if match else None


def version_lines(program_version: str) -> list[str]:
    """The lines `samtaleduk --version` prints (labels in the current language;
    versions as reported)."""
    from samtaleduk.messages import msg

    found = read_versions()
    return [
        f"samtaleduk {program_version}",
        f"Python {platform.python_version()}",
        f"SQLCipher {found.sqlcipher} (SQLite {found.sqlite})",
        str(msg("cli.out.crypto_library", provider=found.provider,
                version=found.provider_version)),
    ]
