"""The UI language: nynorsk (default), bokmål or English.

Source strings in the code are English and go through `tr()`. The translations
live as Qt Linguist sources in resources/i18n/samtaleduk_<lang>.ts; the compiled
`.qm` files are build products (scripts/setup.sh makes them). When a `.qm` is
missing or older than its `.ts`, it is compiled into a cache folder with
`pyside6-lrelease` if that tool is at hand; otherwise the English source strings
are shown and a warning is logged. Qt's own dialogs (file dialogs, standard
buttons) are translated with Qt's qtbase catalogue. Qt ships nynorsk only; for
bokmål the app ships its own small catalogue of the words of the Qt dialogs it
shows (resources/i18n/qtdialogs_nb.ts), asked before qtbase_nn, which answers
the words both forms share; qtdialogs_nn.ts fills the few words qtbase_nn lacks.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from samtaleduk import messages
from samtaleduk.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: Final[tuple[str, ...]] = ("nn", "nb", "en")
DEFAULT_LANGUAGE: Final = "nn"
CATALOGUE: Final = "samtaleduk"
CACHE_ENV: Final = "SAMTALEDUK_I18N_CACHE"
PSEUDO_ENV: Final = "SAMTALEDUK_PSEUDO"
"""Set to 1 to show every string pseudo-translated (accented and 40 % longer), to
find layouts that cut text or strings that never went through tr()."""

_QT_CATALOGUES: Final[dict[str, tuple[str, ...]]] = {
    "nn": ("qtbase_nn",),
    "nb": ("qtbase_nb", "qtbase_no", "qtbase_nn"),
    "en": (),
}
_QT_OWN_CATALOGUES: Final[dict[str, str]] = {"nn": "qtdialogs", "nb": "qtdialogs"}
"""The app's own catalogue of Qt dialog words: all of them for bokmål (Qt has
no qtbase_nb), the few qtbase_nn lacks for nynorsk."""
_LOCALES: Final[dict[str, QLocale]] = {}
_CURRENT: list[str] = ["en"]
"""The language the installed translators speak (one app, one language): English
source strings until a language is set."""
_INSTALLED: list[QTranslator] = []
"""Translators installed by any manager: there is one app, so one set of them."""


def i18n_dir() -> Path:
    """Where the .ts sources (and compiled .qm files) live."""
    return resources_dir() / "i18n"


def _cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Samtaleduk", appauthor=False)) / "i18n"


def find_lrelease() -> str | None:
    """The `lrelease` tool: beside the running Python (a venv), or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_catalogue(ts: Path, qm: Path) -> bool:
    """Compile one .ts into .qm with lrelease; False (and a warning) if not possible."""
    tool = find_lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; showing untranslated strings for %s", ts.stem)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0 or not qm.exists():
        log.warning("lrelease failed for %s: %s", ts.name, result.stderr.strip()[:300])
        return False
    return True


def qm_path(lang: str, catalogue: str = CATALOGUE) -> Path | None:
    """A compiled catalogue for `lang`, compiling into the cache if needed."""
    ts = i18n_dir() / f"{catalogue}_{lang}.ts"
    shipped = i18n_dir() / f"{catalogue}_{lang}.qm"
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return shipped if shipped.exists() else None
    cached = _cache_dir() / f"{catalogue}_{lang}.qm"
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    if compile_catalogue(ts, cached):
        return cached
    return shipped if shipped.exists() else None


_ACCENTS = str.maketrans("aeiouyAEIOUYnNcCsSzZ", "åéîøüýÅÉÎØÜÝñÑçÇšŠžŽ")
_KEEP = re.compile(r"(%\d|&[a-zA-Z]+;|<[^>]*>|&.|\n|\t[^\n]*)")


def pseudo(text: str) -> str:
    """`text` accented and padded to about 140 % of its length, in brackets.
    Placeholders (%1), mnemonics (&F), HTML tags and a menu's tab-and-shortcut
    part are kept as they are, so the string still works where it is used."""
    if not text:
        return text
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    pad = "·" * max(1, round(len(text) * 0.4) - 2)
    tail = ""
    tab = out.find("\t")
    if tab >= 0:  # "&Print …\tCtrl+P": pad the words, not the shortcut
        out, tail = out[:tab], out[tab:]
    return f"[{out}{pad}]{tail}"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo form of the source text."""

    def translate(self, context: str, source_text: str,  # noqa: D102
                  disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


class LanguageManager:
    """Installs and swaps the app's and Qt's translators. Installing a translator
    sends every widget a LanguageChange event; widgets re-run their `retranslate`."""

    def __init__(self) -> None:
        self.language: str = DEFAULT_LANGUAGE
        # The engine's messages name menus, not commands, in the window.
        messages.use_surface("gui")

    def set_language(self, lang: str) -> bool:
        """Switch to `lang`; True if the app's own catalogue was loaded (always
        True for English, whose source strings need none)."""
        if lang not in LANGUAGES:
            lang = DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before setting the language")
        for translator in _INSTALLED:
            QCoreApplication.removeTranslator(translator)
        _INSTALLED.clear()
        self.language = lang
        QLocale.setDefault(locale_for(lang))
        # The engine's messages (UserError, notices) render in the UI language.
        messages.use_language(lang)
        _CURRENT[0] = lang

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in _QT_CATALOGUES[lang]:
            qt_tr = QTranslator(app)
            if qt_tr.load(name, qt_dir):
                QCoreApplication.installTranslator(qt_tr)
                _INSTALLED.append(qt_tr)
                break
        own_qt = _QT_OWN_CATALOGUES.get(lang)
        own_qt_path = qm_path(lang, own_qt) if own_qt else None
        if own_qt_path is not None:
            # Installed after qtbase, so asked before it.
            dialogs = QTranslator(app)
            if dialogs.load(str(own_qt_path)):
                QCoreApplication.installTranslator(dialogs)
                _INSTALLED.append(dialogs)

        ok = lang == "en"
        path = qm_path(lang)
        if path is not None:
            own = QTranslator(app)
            if own.load(str(path)):
                QCoreApplication.installTranslator(own)
                _INSTALLED.append(own)
                ok = True
            else:
                log.warning("could not load the %s catalogue", lang)
        elif lang != "en":
            log.warning("no %s catalogue; showing English source strings", lang)
        if os.environ.get(PSEUDO_ENV) == "1":
            # Installed last, asked first: every string shows its pseudo form.
            fake = PseudoTranslator(app)
            QCoreApplication.installTranslator(fake)
            _INSTALLED.append(fake)
        # Qt posts the LanguageChange events; deliver them now so that every
        # widget speaks the new language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return ok


def current_language() -> str:
    """The language the app's widgets speak now: the one last set, or English (the
    source strings) before any is."""
    return _CURRENT[0]


def locale_for(lang: str) -> QLocale:
    """The QLocale for a UI language (dates, calendar, numbers)."""
    if lang not in _LOCALES:
        _LOCALES[lang] = QLocale({"nn": "nn_NO", "nb": "nb_NO"}.get(lang, "en_GB"))
    return _LOCALES[lang]


def date_text(value: object, lang: str, fmt: str = "d. MMM yyyy") -> str:
    """A date written the way the UI language writes it ("" for None)."""
    import datetime as dt

    from PySide6.QtCore import QDate

    if not isinstance(value, dt.date):
        return ""
    return locale_for(lang).toString(QDate(value.year, value.month, value.day), fmt)
