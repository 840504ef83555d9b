"""Errors a person can act on.

`UserError` carries a message id from the catalogue (`samtaleduk.messages`) and its
parameters; `str(err)` renders it in the current language (nynorsk unless the GUI
or the command line chose another) and `err.render(lang)` in any of nn, nb, en.
The command line prints it without a traceback (exit code 1); the app shows it in
a banner or dialog. Messages never contain personal data: they name files, fields
and problems, not the content of a case.

Add a message: put its id and its three sentences in the catalogue module of its
area (`samtaleduk/messages/catalogue_*.py`), then `raise UserError("area.what",
name=value)`. `tests/samtaleduk/test_messages.py` renders every id in every
language and scans every `UserError(` in the engine for an id it knows.
"""

from __future__ import annotations

from samtaleduk.messages import Message, Param, is_message_id, render


class UserError(Exception):
    """Something the user can fix: a wrong passphrase, a missing case, a bad file."""

    def __init__(self, message: str | Message, /, **params: Param) -> None:
        if isinstance(message, Message):
            self.message: Message | None = (
                Message(message.id, {**message.params, **params}) if params else message)
            self.text = ""
        elif is_message_id(message):
            self.message = Message(message, params)
            self.text = ""
        else:
            # Not (yet) in the catalogue: shown as written. The scan test fails on it.
            self.message = None
            self.text = message
        super().__init__(self.message or message)

    @property
    def message_id(self) -> str | None:
        """The catalogue id, or None for a text not in the catalogue."""
        return self.message.id if self.message is not None else None

    @property
    def as_param(self) -> Message | str:
        """This error's message as a parameter of another (`{problem} …`), so it is
        rendered in the other's language."""
        return self.message if self.message is not None else self.text

    def render(self, lang: str | None = None) -> str:
        """The message in `lang` (nn, nb, en; the current language when None)."""
        return render(self.message, lang) if self.message is not None else self.text

    def __str__(self) -> str:
        return self.render()
