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
from samtaleduk.messages import msg
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
    done.append(str(msg("selftest.duker_drawn", count=len(cases))))
    for pdf in pdfs:
        _render_pdf(pdf)
    done.append(str(msg("selftest.pdfs_shown", count=len(pdfs))))
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
                raise GuiCheckFailed(str(msg("selftest.module_broken", module=info.name,
                                             problem=str(exc)))) from None
            count += 1
    if count < 20:
        raise GuiCheckFailed(str(msg("selftest.too_few_modules", count=count)))
    return str(msg("selftest.modules", count=count))


def _check_font() -> str:
    """The shipped font files themselves (a system DejaVu must not hide a missing
    one), then the font the app actually draws with."""
    from ui.look.fonts import app_font, install_app_font
    from ui.shell.app import application

    for bold in (False, True):
        path = paths.font_path(bold)
        raw = QRawFont(str(path), 12.0) if path.is_file() else QRawFont()
        if not raw.isValid():
            raise GuiCheckFailed(str(msg("selftest.font_missing", file=path.name)))
        missing = [ch for ch in SAMI_LETTERS if not raw.supportsCharacter(ord(ch))]
        if missing:
            raise GuiCheckFailed(str(msg("selftest.font_lacks", file=path.name,
                                         chars="".join(missing))))
    install_app_font(application())
    metrics = QFontMetrics(app_font())
    missing = [ch for ch in SAMI_LETTERS if not metrics.inFontUcs4(ord(ch))]
    if missing:
        raise GuiCheckFailed(str(msg("selftest.app_font_lacks", chars="".join(missing))))
    # No ŋ in the output itself: a redirected Windows console may not encode it.
    return str(msg("selftest.font_ok"))


def _check_translations() -> str:
    from ui.tools.i18n import qm_path

    for lang in ("nn", "nb"):
        path = qm_path(lang)
        translator = QTranslator()
        if path is None or not translator.load(str(path)) or translator.isEmpty():
            raise GuiCheckFailed(str(msg("selftest.translation_missing", lang=lang)))
    return str(msg("selftest.translations_ok"))


def _check_styles() -> str:
    from ui.look.theme import stylesheet

    for theme in ("paper", "high_contrast"):
        if not stylesheet(theme).strip():
            raise GuiCheckFailed(str(msg("selftest.stylesheet_missing", theme=theme)))
    return str(msg("selftest.stylesheets_ok"))


def _check_guide() -> str:
    from ui.dialogs.help import GUIDES, GuideDialog, guide_dir, image_names

    for name in (GUIDES["nn"], GUIDES["nb"]):
        path = guide_dir() / name
        if not path.is_file():
            raise GuiCheckFailed(str(msg("selftest.guide_missing", name=name)))
        dialog = GuideDialog(path)
        try:
            document = dialog.browser.document()
            names = image_names(document)
            for image in names:
                loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image))
                if loaded is None or loaded.isNull():
                    raise GuiCheckFailed(str(msg("selftest.guide_image_missing", image=image,
                                                 name=name)))
            if not names:
                raise GuiCheckFailed(str(msg("selftest.guide_no_images", name=name)))
        finally:
            dialog.deleteLater()
    return str(msg("selftest.guides_ok"))


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
            raise GuiCheckFailed(str(msg("selftest.fields_absent", duk=template.id,
                                         fields=", ".join(absent))))
        png = out / f"duk-{template.id}.png"
        image = view.grab().toImage()
        _check_image(image, str(msg("selftest.the_duk", duk=template.id)))
        if not image.save(str(png)) or png.stat().st_size == 0:
            raise GuiCheckFailed(str(msg("selftest.image_not_saved", duk=template.id)))
    finally:
        session.close()
        view.close()
        view.deleteLater()


def _render_pdf(pdf: Path) -> None:
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise GuiCheckFailed(str(msg("selftest.qtpdf_cannot_open", file=pdf.name)))
        _check_image(document.render(0, PDF_RENDER_SIZE), pdf.name)
    finally:
        document.close()


def _check_image(image: QImage, what: str) -> None:
    """Not empty, and more than a flat colour: something was drawn."""
    if image.isNull() or image.width() < 10 or image.height() < 10:
        raise GuiCheckFailed(str(msg("selftest.not_drawn", what=what)))
    colours = set()
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            colours.add(image.pixel(x, y))
    if len(colours) < MIN_COLOURS:
        raise GuiCheckFailed(str(msg("selftest.drawn_blank", what=what)))
