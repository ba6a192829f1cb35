"""The printed well-being check: one page per pupil with that pupil's first name and six smiley scales."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import select

from tests.core.test_reports import assert_no_names, every_name
from tests.printing.pdfcheck import font_objects, is_embedded, page_text
from wishdesk.core.models import Group, Pupil
from wishdesk.core.services.wellbeing import wellbeing_form
from wishdesk.printing.report_wellbeing_form import render_wellbeing_form


def test_one_page_per_pupil_first_name_only(demo_db) -> None:  # noqa: ANN001
    with demo_db.session() as s:
        group_id = s.scalar(select(Group.id).order_by(Group.id).limit(1))
        pupils = sorted(s.scalars(select(Pupil.first_name).where(Pupil.group_id == group_id)))
    form = wellbeing_form(demo_db, group_id, "before")
    buffer = io.BytesIO()
    assert render_wellbeing_form(form, buffer) == len(pupils)
    reader = PdfReader(buffer)
    assert len(reader.pages) == len(pupils)
    others = every_name(demo_db)
    for index, name in enumerate(pupils):
        text = page_text(reader, index)
        assert f"Naam: {name}" in text and "Ik durf nee te zeggen." in text and "voor les 1" in text
        assert_no_names(text, others - {name})  # nobody else's name, no staff or guardian
    assert all(is_embedded(font) for font in font_objects(reader))
    assert b"Helvetica" not in buffer.getvalue()
