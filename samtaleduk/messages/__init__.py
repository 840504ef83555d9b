"""The engine's messages: ids with parameters, rendered in nynorsk, bokmål or English.

The engine never builds a sentence a person reads in one language. It names a
message by id (`"store.case_not_found"`) with parameters (`case_id=...`), and the
sentence is chosen from the catalogue (`samtaleduk/messages/catalogue_*.py`, one
table per area of the engine, `{id: {"nn": ..., "nb": ..., "en": ...}}`) when it is
shown, in the language of whoever shows it:

- `str(message)` and `str(user_error)` render in the *current* language, nynorsk
  unless `use_language` chose another. The GUI calls it when its language changes
  (`ui/tools/i18n.LanguageManager.set_language`), the command line from `--lang`
  or the system locale (`language_from_environment`).
- `render(message, lang)` renders in a given language.

A parameter is language-neutral (a file name, a number, an id), or a `Message`
itself, rendered in the same language: words such as "the case" or the reason an
operating system gave (`os_reason`) are messages, so a bokmål sentence never gets
a nynorsk word through a parameter.

Some advice depends on where the person is: the command line names a command
(«samtaleduk restore»), the GUI its menu (File → Restore a backup …). Such words
are a `Hint`: rendered from `hint.<name>.cli` or `hint.<name>.gui` by the current
surface (`use_surface`; the GUI sets "gui").
"""

from __future__ import annotations

import errno as _errno
import locale as _locale
import os
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, Literal, Union, cast

Lang = Literal["nn", "nb", "en"]
LANGUAGES: Final[tuple[Lang, ...]] = ("nn", "nb", "en")
DEFAULT_LANGUAGE: Final[Lang] = "nn"
Surface = Literal["cli", "gui"]

Param = Union[str, int, "Message", "Hint"]
"""A parameter: language-neutral text or number, or words that are rendered too."""

_current: dict[str, str] = {"lang": DEFAULT_LANGUAGE, "surface": "cli"}


@dataclass(frozen=True)
class Message:
    """One message: its catalogue id and its parameters."""

    id: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        """The sentence in `lang` (the current language when None)."""
        return render(self, lang)

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True)
class Hint:
    """Advice that differs between the command line and the GUI (`hint.<name>.cli`,
    `hint.<name>.gui`), chosen by the current surface when rendered."""

    name: str

    def __str__(self) -> str:
        return render(self)


def msg(message_id: str, /, **params: Param) -> Message:
    """A `Message` (short to write where messages are built)."""
    return Message(message_id, params)


def catalogue() -> dict[str, dict[str, str]]:
    """Every message id with its sentence in each language (loaded once)."""
    if not _CATALOGUE:
        from samtaleduk.messages import (
            catalogue_audit,
            catalogue_backup,
            catalogue_cli,
            catalogue_cli_docs,
            catalogue_cli_help,
            catalogue_cli_out,
            catalogue_cli_trust,
            catalogue_dukfile,
            catalogue_engine,
            catalogue_os,
            catalogue_selftest,
            catalogue_store,
            catalogue_trust,
        )

        for part in (catalogue_os, catalogue_store, catalogue_backup, catalogue_trust,
                     catalogue_engine, catalogue_cli, catalogue_cli_help, catalogue_cli_out,
                     catalogue_cli_trust, catalogue_cli_docs, catalogue_dukfile,
                     catalogue_audit, catalogue_selftest):
            for key, texts in part.MESSAGES.items():
                if key in _CATALOGUE:
                    raise ValueError(f"message id {key!r} is in two catalogue modules")
                _CATALOGUE[key] = texts
    return _CATALOGUE


_CATALOGUE: dict[str, dict[str, str]] = {}


def is_message_id(text: str) -> bool:
    """True when `text` is an id in the catalogue."""
    return text in catalogue()


def placeholders(template: str) -> set[str]:
    """The parameter names a catalogue sentence uses."""
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(template)
            if name}


def render(message: Message | Hint | str | int, lang: str | None = None) -> str:
    """`message` in `lang` (nn, nb, en; the current language when None or unknown)."""
    chosen = lang if lang in LANGUAGES else _current["lang"]
    if isinstance(message, Hint):
        return render(Message(f"hint.{message.name}.{_current['surface']}"), chosen)
    if not isinstance(message, Message):
        return str(message)
    texts = catalogue().get(message.id)
    if texts is None:
        raise KeyError(f"no message {message.id!r} in the catalogue")
    template = texts.get(chosen) or texts[DEFAULT_LANGUAGE]
    values = {name: render(value, chosen) for name, value in message.params.items()}
    return template.format_map(values)


def use_language(lang: str) -> None:
    """Render messages in `lang` from now on (nn, nb or en; anything else: nynorsk)."""
    _current["lang"] = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def language() -> Lang:
    """The language messages are rendered in now."""
    return cast(Lang, _current["lang"])


def use_surface(surface: Surface) -> None:
    """Where messages are shown: "cli" (commands in hints) or "gui" (menu paths)."""
    _current["surface"] = surface


def surface() -> Surface:
    """Where messages are shown now ("cli" or "gui")."""
    return cast(Surface, _current["surface"])


def language_from_locale(value: str | None) -> Lang | None:
    """The language of a POSIX locale name: nb_NO → nb, nn_NO → nn, no_NO → nn (the
    program's own default for Norwegian), en_* → en; None for C, POSIX or nothing
    (no choice was made); English for any other language."""
    if not value:
        return None
    name = value.split(".")[0].split("@")[0].lower()
    if name in ("c", "posix", ""):
        return None
    code = name.split("_")[0].split("-")[0]
    if code in ("nb", "nn", "en"):
        return cast(Lang, code)
    if code == "no":
        return "nn"
    return "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> Lang:
    """The command line's language from the system locale, read as POSIX does:
    LC_ALL, then LC_MESSAGES, then LANG (the first that is set). C, POSIX or no
    locale at all: nynorsk, the program's default."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return language_from_locale(value) or DEFAULT_LANGUAGE
    if environ is None:
        try:  # Windows has no LANG: ask the system for the user's locale.
            found = _locale.getlocale()[0]
        except ValueError:  # pragma: no cover - an unparsable locale setting
            found = None
        return language_from_locale(found) or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


NO_ROOM: Final = frozenset({_errno.ENOSPC, _errno.EDQUOT, _errno.EFBIG})
"""The errnos of a full disk, a full quota and a file size limit."""
NO_RIGHTS: Final = frozenset({_errno.EACCES, _errno.EPERM, _errno.EROFS})
"""The errnos of a folder that may not be written (or a read-only disk)."""


def os_reason(exc: BaseException | int | None) -> Message:
    """Why the operating system refused, in the user's words and chosen by errno:
    never the system's own (English) text."""
    code = exc if isinstance(exc, int) or exc is None else getattr(exc, "errno", None)
    if code in NO_ROOM:
        return Message("os.disk_full")
    if code in NO_RIGHTS:
        return Message("os.no_access")
    if code == _errno.ENOENT:
        return Message("os.not_found")
    if code in (_errno.EISDIR, _errno.ENOTDIR):
        return Message("os.wrong_kind")
    if code == _errno.EBUSY:
        return Message("os.busy")
    return Message("os.other")
