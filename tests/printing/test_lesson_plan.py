"""Lesson plans for the duo, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader

from tests.printing import samples
from tests.printing.pdfcheck import font_objects, is_embedded, page_text
from wishdesk.core.print_data import LessonPlanStep
from wishdesk.printing.lesson_plan import render_lesson_plans


def test_plan_shows_steps_minutes_leads_goals_and_materials(tmp_path):
    plan = samples.lesson_plan()
    path = tmp_path / "lesplan.pdf"
    assert render_lesson_plans(plan, path) == 1
    reader = PdfReader(path)
    text = page_text(reader, 0)
    for step in plan.steps:
        assert step.title in text
    for expected in ("leerkracht", "specialist", "samen", "Totaal", "90", "Doelen", "Materialen",
                     "Lesverloop", "Zeg het met je lijf", "Sanne de Vries (leerkracht)",
                     "Bram Aydın (specialist)", "LESPLAN", "Les 2 – Grenzen aangeven",
                     "dinsdag 11 maart 2025 · 08:45–10:15"):
        assert expected in text, expected
    # clock times per step from the start time: 08:45 + 10 + 15 + 25 + 25
    for clock in ("08:45", "08:55", "09:10", "09:35", "10:00"):
        assert clock in text
    for item in plan.materials:
        assert item in text
    assert "☐" in text  # check boxes for materials, from the embedded symbols font


def test_plan_fonts_are_embedded_without_helvetica(tmp_path):
    path = tmp_path / "lesplan.pdf"
    render_lesson_plans(samples.lesson_plan(), path)
    reader = PdfReader(path)
    assert all(is_embedded(font) for font in font_objects(reader))
    assert b"Helvetica" not in path.read_bytes()


def test_long_plan_runs_over_pages_and_several_plans_start_on_new_pages(tmp_path):
    plan = samples.lesson_plan()
    many = tuple(LessonPlanStep(f"Oefening {i}", 5, "both", "Korte uitleg, daarna oefenen in tweetallen. " * 3)
                 for i in range(1, 31))
    long_plan = replace(plan, steps=many, start_time=None)
    path = tmp_path / "lang.pdf"
    pages = render_lesson_plans([plan, long_plan], path)
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 3
    assert "Oefening 1" not in page_text(reader, 0)
    assert "Oefening 1\n" in page_text(reader, 1) or "Oefening 1" in page_text(reader, 1)
    assert "Oefening 30" in page_text(reader, pages - 1)
    assert "Tijd" in page_text(reader, pages - 1)  # the table header repeats on a new page
    assert "2:25" in page_text(reader, pages - 1)  # offsets when no start time is known


def test_invalid_step_lead_is_refused():
    with pytest.raises(ValueError):
        LessonPlanStep("Kring", 10, "ouder")
    with pytest.raises(ValueError):
        render_lesson_plans([], "unused.pdf")
