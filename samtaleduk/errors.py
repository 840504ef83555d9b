"""Errors a person can act on.

`UserError` carries a one-line message in plain Norwegian that the command line
prints without a traceback (exit code 1) and the app shows in a banner or dialog.
Messages never contain personal data: they name files, fields and problems, not
the content of a case.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a wrong passphrase, a missing case, a bad file."""
