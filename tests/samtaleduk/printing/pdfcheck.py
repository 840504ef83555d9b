"""Reading PDFs back in the printing tests (pypdf)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))


def page_texts(pdf: bytes | Path) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() or "" for page in reader(pdf).pages]


def flat(pdf: bytes | Path) -> str:
    """All text of the PDF with every run of whitespace made one space, so that a
    note wrapped over lines still reads as one string."""
    return " ".join(" ".join(page_texts(pdf)).split())


def words(pdf: bytes | Path) -> set[str]:
    return set(flat(pdf).split())


def fonts(pdf: bytes | Path) -> list[dict[str, Any]]:
    """Every font resource on every page: base name and whether a font file is
    embedded."""
    found = []
    for page in reader(pdf).pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append({"name": str(font.get("/BaseFont")), "embedded": embedded})
    return found


def page_sizes(pdf: bytes | Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(pdf).pages]
