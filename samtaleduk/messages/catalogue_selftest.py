"""Messages of `samtaleduk selftest` (`ui/tools/selftest_cmd.py`, `ui/tools/selftest.py`):
what it checked and what failed, in nynorsk, bokmål and English (IT runs it after an
install)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "selftest.failed": {
        "nn": "samtaleduk selftest: FEIL: {problem}",
        "nb": "samtaleduk selftest: FEIL: {problem}",
        "en": "samtaleduk selftest: ERROR: {problem}",
    },
    "selftest.temp_not_removed": {
        "nn": "mellombels mappe vart ikkje fjerna: {folder}",
        "nb": "midlertidig mappe ble ikke fjernet: {folder}",
        "en": "temporary folder not removed: {folder}",
    },
    "selftest.temp_removed": {
        "nn": "mellombels mappe fjerna",
        "nb": "midlertidig mappe fjernet",
        "en": "temporary folder removed",
    },
    "selftest.builtin_duker_broken": {
        "nn": "innebygde dukar har feil: {problem}",
        "nb": "innebygde duker har feil: {problem}",
        "en": "built-in duker have errors: {problem}",
    },
    "selftest.store": {
        "nn": "kryptert lager med {count} demosaker ({versions})",
        "nb": "kryptert lager med {count} demosaker ({versions})",
        "en": "encrypted store with {count} demo cases ({versions})",
    },
    "selftest.pdfs": {
        "nn": "{count} PDF-ar",
        "nb": "{count} PDF-er",
        "en": "{count} PDFs",
    },
    "selftest.opened_with_wrong_passphrase": {
        "nn": "lageret opna med feil passordfrase",
        "nb": "lageret åpnet med feil passordfrase",
        "en": "the store opened with a wrong passphrase",
    },
    "selftest.cases_missing": {
        "nn": "lageret gav ikkje tilbake alle demosakene",
        "nb": "lageret ga ikke tilbake alle demosakene",
        "en": "the store did not give back every demo case",
    },
    "selftest.unencrypted": {
        "nn": "ukryptert sakstekst i {file}",
        "nb": "ukryptert sakstekst i {file}",
        "en": "unencrypted case text in {file}",
    },
    "selftest.pdf_broken": {
        "nn": "PDF-en av duken {duk} er tom eller øydelagd",
        "nb": "PDF-en av duken {duk} er tom eller ødelagt",
        "en": "the PDF of the duk {duk} is empty or broken",
    },
    "selftest.pdf_no_font": {
        "nn": "PDF-en av duken {duk} manglar den innebygde skrifta",
        "nb": "PDF-en av duken {duk} mangler den innebygde skriften",
        "en": "the PDF of the duk {duk} lacks the embedded font",
    },
    "selftest.duker_drawn": {
        "nn": "{count} dukar teikna",
        "nb": "{count} duker tegnet",
        "en": "{count} duker drawn",
    },
    "selftest.pdfs_shown": {
        "nn": "{count} PDF-ar viste med QtPdf",
        "nb": "{count} PDF-er vist med QtPdf",
        "en": "{count} PDFs shown with QtPdf",
    },
    "selftest.module_broken": {
        "nn": "modulen {module} manglar noko: {problem}",
        "nb": "modulen {module} mangler noe: {problem}",
        "en": "the module {module} lacks something: {problem}",
    },
    "selftest.too_few_modules": {
        "nn": "fann berre {count} modular i programmet",
        "nb": "fant bare {count} moduler i programmet",
        "en": "found only {count} modules in the program",
    },
    "selftest.modules": {
        "nn": "{count} modular",
        "nb": "{count} moduler",
        "en": "{count} modules",
    },
    "selftest.font_missing": {
        "nn": "fann ikkje den innebygde skrifta {file}",
        "nb": "fant ikke den innebygde skriften {file}",
        "en": "the embedded font {file} was not found",
    },
    "selftest.font_lacks": {
        "nn": "skrifta {file} manglar teikna {chars}",
        "nb": "skriften {file} mangler tegnene {chars}",
        "en": "the font {file} lacks the characters {chars}",
    },
    "selftest.app_font_lacks": {
        "nn": "skrifta i programmet manglar teikna {chars}",
        "nb": "skriften i programmet mangler tegnene {chars}",
        "en": "the program's font lacks the characters {chars}",
    },
    "selftest.font_ok": {
        "nn": "skrift med samiske bokstavar",
        "nb": "skrift med samiske bokstaver",
        "en": "font with Sami letters",
    },
    "selftest.translation_missing": {
        "nn": "omsetjinga for {lang} manglar",
        "nb": "oversettelsen for {lang} mangler",
        "en": "the translation for {lang} is missing",
    },
    "selftest.translations_ok": {
        "nn": "omsetjingar nn/nb",
        "nb": "oversettelser nn/nb",
        "en": "translations nn/nb",
    },
    "selftest.stylesheet_missing": {
        "nn": "stilarket {theme} er tomt eller manglar",
        "nb": "stilarket {theme} er tomt eller mangler",
        "en": "the style sheet {theme} is empty or missing",
    },
    "selftest.stylesheets_ok": {
        "nn": "stilark",
        "nb": "stilark",
        "en": "style sheets",
    },
    "selftest.guide_missing": {
        "nn": "brukarrettleiinga {name} manglar",
        "nb": "brukerveiledningen {name} mangler",
        "en": "the user guide {name} is missing",
    },
    "selftest.guide_image_missing": {
        "nn": "biletet {image} i {name} manglar",
        "nb": "bildet {image} i {name} mangler",
        "en": "the picture {image} in {name} is missing",
    },
    "selftest.guide_no_images": {
        "nn": "brukarrettleiinga {name} har ingen bilete",
        "nb": "brukerveiledningen {name} har ingen bilder",
        "en": "the user guide {name} has no pictures",
    },
    "selftest.guides_ok": {
        "nn": "brukarrettleiing nn/nb",
        "nb": "brukerveiledning nn/nb",
        "en": "user guides nn/nb",
    },
    "selftest.fields_absent": {
        "nn": "duken {duk} viser ikkje felta {fields}",
        "nb": "duken {duk} viser ikke feltene {fields}",
        "en": "the duk {duk} does not show the fields {fields}",
    },
    "selftest.image_not_saved": {
        "nn": "kunne ikkje lagra biletet av duken {duk}",
        "nb": "kunne ikke lagre bildet av duken {duk}",
        "en": "could not save the picture of the duk {duk}",
    },
    "selftest.qtpdf_cannot_open": {
        "nn": "QtPdf kunne ikkje opna {file}",
        "nb": "QtPdf kunne ikke åpne {file}",
        "en": "QtPdf could not open {file}",
    },
    "selftest.the_duk": {
        "nn": "duken {duk}",
        "nb": "duken {duk}",
        "en": "the duk {duk}",
    },
    "selftest.not_drawn": {
        "nn": "{what} vart ikkje teikna",
        "nb": "{what} ble ikke tegnet",
        "en": "{what} was not drawn",
    },
    "selftest.drawn_blank": {
        "nn": "{what} vart teikna tomt",
        "nb": "{what} ble tegnet tomt",
        "en": "{what} was drawn blank",
    },
}
