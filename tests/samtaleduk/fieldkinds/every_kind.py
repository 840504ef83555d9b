"""A duk with one field of every kind, for the tests that a kind works end to end
(the engine's here, the screen's in `tests/ui/canvas/test_kinds.py`)."""

from __future__ import annotations

from samtaleduk.templates.model import FieldKind, Template


def every_kind_template() -> Template:
    """One field of every `FieldKind`, one under the other, ids `f_<kind>`."""
    kinds = list(FieldKind)
    fields = [{
        "id": f"f_{kind.value}", "kind": kind.value,
        "label": {"nn": kind.value, "nb": kind.value},
        "layout": {"col": 0, "row": row},
        **({"consent_kinds": [{"id": "ressursteam", "label": {"nn": "Ressursteam",
                                                                "nb": "Ressursteam"}}]}
           if kind is FieldKind.CONSENTS else {}),
    } for row, kind in enumerate(kinds)]
    return Template.model_validate({
        "format_version": 1, "id": "alle_slag", "name": {"nn": "Alle slag", "nb": "Alle slag"},
        "case_kind": "family", "grid": {"columns": 1, "rows": len(kinds)}, "fields": fields})
