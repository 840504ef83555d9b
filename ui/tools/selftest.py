"""The GUI half of `samtaleduk selftest` (ui/tools/selftest_cmd.py loads it when run).

Checks what a broken installation gets wrong: the shipped font is found and has the
Sami letters, the compiled translations and style sheets are there, both duker draw
from their template (every field on the sheet, real pixels), and Qt's Pdf module
renders the printed PDFs. The application's global state (font aside, which the app
sets the same way) is left alone, so that the check can run inside a test session.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTranslator, QUrl
from PySide6.QtGui import QFontMetrics, QImage, QRawFont, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

from samtaleduk import paths
from samtaleduk.domain.model import Case, Meeting
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet

SAMI_LETTERS = "ŋŊđĐŧŦšžčáŋ"
VIEW_SIZE = (1366, 900)
PDF_RENDER_SIZE = QSize(842, 595)
MIN_COLOURS = 8
"""A drawn duk or page has many colours; a blank or one-colour image has one or two."""


class GuiCheckFailed(Exception):
    """One GUI check failed; the message is the one line the user sees."""


def check_ui(store: Store, templates: TemplateSet, cases: list[tuple[Case, list[Meeting]]],
             pdfs: list[Path], out: Path) -> list[str]:
    """Run the GUI checks; returns what was checked, raises GuiCheckFailed otherwise."""
    from ui.shell.app import application

    application()
    done = [_check_modules(), _check_font(), _check_translations(), _check_styles(),
            _check_guide()]
    for case, meetings in cases:
        _draw_duk(store, templates, case, meetings[-1], out)
    done.append(f"{len(cases)} duker teikna")
    for pdf in pdfs:
        _render_pdf(pdf)
    done.append(f"{len(pdfs)} PDF-ar viste med QtPdf")
    return done


def _check_modules() -> str:
    """Every module of the program imports: in a bundle, a module or Qt library the
    build left out shows here, not when a user first opens that window."""
    import samtaleduk
    import ui

    count = 0
    for package in (samtaleduk, ui):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if info.name.endswith("__main__"):
                continue
            try:
                importlib.import_module(info.name)
            except ImportError as exc:
                raise GuiCheckFailed(f"modulen {info.name} manglar noko: {exc}") from None
            count += 1
    if count < 20:
        raise GuiCheckFailed(f"fann berre {count} modular i programmet")
    return f"{count} modular"


def _check_font() -> str:
    """The shipped font files themselves (a system DejaVu must not hide a missing
    one), then the font the app actually draws with."""
    from ui.look.fonts import app_font, install_app_font
    from ui.shell.app import application

    for bold in (False, True):
        path = paths.font_path(bold)
        raw = QRawFont(str(path), 12.0) if path.is_file() else QRawFont()
        if not raw.isValid():
            raise GuiCheckFailed(f"fann ikkje den innebygde skrifta {path.name}")
        missing = [ch for ch in SAMI_LETTERS if not raw.supportsCharacter(ord(ch))]
        if missing:
            raise GuiCheckFailed(f"skrifta {path.name} manglar teikna {''.join(missing)}")
    install_app_font(application())
    metrics = QFontMetrics(app_font())
    missing = [ch for ch in SAMI_LETTERS if not metrics.inFontUcs4(ord(ch))]
    if missing:
        raise GuiCheckFailed(f"skrifta i programmet manglar teikna {''.join(missing)}")
    # No ŋ in the output itself: a redirected Windows console may not encode it.
    return "skrift med samiske bokstavar"


def _check_translations() -> str:
    from ui.tools.i18n import qm_path

    for lang in ("nn", "nb"):
        path = qm_path(lang)
        translator = QTranslator()
        if path is None or not translator.load(str(path)) or translator.isEmpty():
            raise GuiCheckFailed(f"omsetjinga for {lang} manglar")
    return "omsetjingar nn/nb"


def _check_styles() -> str:
    from ui.look.theme import stylesheet

    for theme in ("paper", "high_contrast"):
        if not stylesheet(theme).strip():
            raise GuiCheckFailed(f"stilarket {theme} er tomt eller manglar")
    return "stilark"


def _check_guide() -> str:
    from ui.dialogs.help import GUIDES, GuideDialog, guide_dir, image_names

    for name in (GUIDES["nn"], GUIDES["nb"]):
        path = guide_dir() / name
        if not path.is_file():
            raise GuiCheckFailed(f"brukarrettleiinga {name} manglar")
        dialog = GuideDialog(path)
        try:
            document = dialog.browser.document()
            names = image_names(document)
            for image in names:
                loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image))
                if loaded is None or loaded.isNull():
                    raise GuiCheckFailed(f"biletet {image} i {name} manglar")
            if not names:
                raise GuiCheckFailed(f"brukarrettleiinga {name} har ingen bilete")
        finally:
            dialog.deleteLater()
    return "brukarrettleiing nn/nb"


def _draw_duk(store: Store, templates: TemplateSet, case: Case, meeting: Meeting,
              out: Path) -> None:
    from ui.canvas.view import MeetingView
    from ui.look.theme import stylesheet
    from ui.meeting.session import MeetingSession

    template = templates.get(meeting.template_id)
    session = MeetingSession(store, case, meeting, template)
    view = MeetingView(session, "nn")
    try:
        view.setStyleSheet(stylesheet("paper"))
        view.resize(*VIEW_SIZE)
        view.show()
        for _ in range(5):
            QCoreApplication.processEvents()
        names = {w.accessibleName() for w in view.findChildren(QWidget)}
        absent = [f.id for f in template.fields if f.label.get("nn") not in names]
        if absent:
            raise GuiCheckFailed(f"duken {template.id} viser ikkje felta {', '.join(absent)}")
        png = out / f"duk-{template.id}.png"
        image = view.grab().toImage()
        _check_image(image, f"duken {template.id}")
        if not image.save(str(png)) or png.stat().st_size == 0:
            raise GuiCheckFailed(f"kunne ikkje lagra biletet av duken {template.id}")
    finally:
        session.close()
        view.close()
        view.deleteLater()


def _render_pdf(pdf: Path) -> None:
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise GuiCheckFailed(f"QtPdf kunne ikkje opna {pdf.name}")
        _check_image(document.render(0, PDF_RENDER_SIZE), pdf.name)
    finally:
        document.close()


def _check_image(image: QImage, what: str) -> None:
    """Not empty, and more than a flat colour: something was drawn."""
    if image.isNull() or image.width() < 10 or image.height() < 10:
        raise GuiCheckFailed(f"{what} vart ikkje teikna")
    colours = set()
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            colours.add(image.pixel(x, y))
    if len(colours) < MIN_COLOURS:
        raise GuiCheckFailed(f"{what} vart teikna tomt")
