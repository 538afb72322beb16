"""The document model's stored form (print jobs keep it for reprints on another printer)."""

from __future__ import annotations

import json

import pytest

from station.domain.documents import Align, Line, Receipt, from_data, to_data
from station.domain.errors import DomainError
from station.domain.layouts import self_test_label, self_test_page
from station.printing.samples import INTAKE_SLIP, PRODUCE_LABEL, PURCHASE_RECEIPT, SHELF_STICKER


@pytest.mark.parametrize("document", [INTAKE_SLIP, PURCHASE_RECEIPT, SHELF_STICKER, PRODUCE_LABEL,
                                      self_test_page("站", "x"), self_test_label("站"),
                                      Receipt((Line("x", Align.RIGHT, bold=True, size=2),), open_drawer=True)])
def test_documents_survive_the_stored_form(document):
    data = json.loads(json.dumps(to_data(document), ensure_ascii=False))
    assert data["format"] == 1 and from_data(data) == document


def test_old_and_newer_stored_forms_are_read():
    old = {"type": "Receipt", "blocks": [{"type": "Line", "text": "x", "align": "center"}], "title": "t"}
    assert from_data(old) == Receipt((Line("x", Align.CENTER),), title="t")
    newer = {**old, "format": 2, "printed_by": "someone", "blocks": [{"type": "Line", "text": "x", "colour": "red"}]}
    assert from_data(newer) == Receipt((Line("x"),), title="t")


@pytest.mark.parametrize("data", [{}, {"type": "Hologram"}, {"type": "Receipt", "blocks": [{"type": "Line"}]},
                                  {"type": "Line", "text": "x"}, {"type": "Receipt", "blocks": [
                                      {"type": "Line", "text": "x", "align": "diagonal"}]}])
def test_damaged_data_is_a_domain_error(data):
    with pytest.raises(DomainError) as caught:
        from_data(data)
    assert caught.value.code == "print.document_unreadable"
