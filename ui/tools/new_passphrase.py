"""The rules for a passphrase chosen in the window (a new store's, a handed-over
case file's), in one wording wherever one is chosen: long enough, typed the same
twice, not easy to guess.

The length is counted as the engine counts it (`trust.keyfile.check_new_passphrase`):
in NFC, so a passphrase typed in decomposed form (some keyboards) is not let
through here only to be refused by the engine after the work has started.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from samtaleduk.store.files import MIN_NEW_PASSPHRASE_CHARS


def new_passphrase_problem(first: str, second: str) -> str | None:
    """What is wrong with a new passphrase typed as `first` and again as `second`,
    in the UI's language; None when it may be used."""
    translate = QCoreApplication.translate  # literal texts, for pyside6-lupdate
    if len(unicodedata.normalize("NFC", first).strip()) < MIN_NEW_PASSPHRASE_CHARS:
        return translate("NewPassphrase",
                         "The passphrase must be at least %1 characters long.").replace(
            "%1", str(MIN_NEW_PASSPHRASE_CHARS))
    if first != second:
        return translate("NewPassphrase",
                         "The two passphrases are not the same. Type them again.")
    # Imported when needed: zxcvbn's dictionaries load only where one is chosen.
    from samtaleduk.trust.passphrase_strength import is_weak

    if is_weak(first):
        return translate(
            "NewPassphrase",
            "This passphrase is too easy to guess (common words, names, numbers in a "
            "row or keyboard patterns). Choose a sentence you remember: four or five "
            "words that do not usually go together.")
    return None
