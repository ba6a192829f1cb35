"""Home-activity sheets, lesson plans and invitations built from the demo database, and written as PDFs."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.printing.pdfcheck import page_text, pieces
from wishdesk.core.errors import NotFound, ValidationError
from wishdesk.core.models import (
    Consent,
    Group,
    Guardian,
    HandoutDelivery,
    LessonTemplate,
    ParentEvent,
    Pupil,
    Session,
)
from wishdesk.core.services import handouts, print_jobs
from wishdesk.core.services.handout_batch import iter_handouts_for_groups
from wishdesk.printing.handouts import iter_render_handouts
from wishdesk.printing.invitations import render_invitations
from wishdesk.printing.lesson_plan import render_lesson_plans

# --- helpers shared with the CLI and GUI tests ----------------------------------------------------------


def family_rows(db, group_id: int) -> list[tuple[tuple[str, ...], set[str]]]:  # noqa: ANN001
    """(pupil names, guardian languages) per family, from the tables, independent of the service."""
    with db.session() as s:
        pupils = list(s.scalars(select(Pupil).where(Pupil.group_id == group_id, Pupil.archived.is_(False))))
        by_guardian: dict[int, list[Pupil]] = {}
        for p in pupils:
            for g in p.guardians:
                by_guardian.setdefault(g.id, []).append(p)
        seen: set[int] = set()
        out = []
        for p in sorted(pupils, key=lambda p: p.first_name):
            if p.id in seen:
                continue
            family = {p.id: p}
            for g in p.guardians:
                family.update({k.id: k for k in by_guardian[g.id]})
            seen.update(family)
            out.append((tuple(sorted(k.first_name for k in family.values())),
                        {g.language for k in family.values() for g in k.guardians}))
        return out


def pages_with(reader: PdfReader, name: str) -> set[int]:
    """Pages on which ``name`` is drawn as a whole word (siblings come as "Boaz en Sara")."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return {i for i in range(len(reader.pages)) if pattern.search(page_text(reader, i))}


def fonts_on_page(reader: PdfReader, index: int) -> set[str]:
    return {piece.font for piece in pieces(reader, index)}


def group_with(db, predicate) -> int:  # noqa: ANN001
    with db.session() as s:
        for group in s.scalars(select(Group).order_by(Group.id)):
            if predicate(group):
                return group.id
    raise AssertionError("no demo group fits")


def has_siblings(group: Group) -> bool:
    guardians = [g.id for p in group.pupils for g in p.guardians]
    return len(guardians) != len(set(guardians))


def has_language(code: str):  # noqa: ANN201
    return lambda group: any(g.language == code for p in group.pupils for g in p.guardians)


def give_all_consent(db, group_id: int, video: str = "https://ouders.example/video/6a") -> None:  # noqa: ANN001
    with db.write() as s:
        group = s.get(Group, group_id)
        group.video_url = video
        for pupil in group.pupils:
            if not any(c.purpose == "class_video" and c.withdrawn_on is None for c in pupil.consents):
                pupil.consents.append(Consent(purpose="class_video", granted_on=date(2026, 9, 1)))


# --- who gets a sheet, in which language ----------------------------------------------------------------


def test_one_sheet_per_family_siblings_together(demo_db) -> None:  # noqa: ANN001
    gid = group_with(demo_db, has_siblings)
    job = handouts.build_handouts(demo_db, gid, 2)
    expected = family_rows(demo_db, gid)
    assert sorted(tuple(sorted(r.pupil_names)) for r in job.batch.recipients) == sorted(n for n, _ in expected)
    assert any(len(r.pupil_names) == 2 for r in job.batch.recipients)
    assert job.sheet_count == len(expected)


def test_family_language_prefers_a_translated_non_dutch_guardian(demo_db) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: True)
    with demo_db.write() as s:
        group = s.get(Group, gid)
        dutch_first = Pupil(group=group, first_name="Zoë-Test", guardians=[Guardian(language="nl"), Guardian(language="ar")])
        untranslated = Pupil(group=group, first_name="Zaid-Test", guardians=[Guardian(language="ber")])
        english_first = Pupil(group=group, first_name="Zora-Test",
                              guardians=[Guardian(language="en"), Guardian(language="tr")])
        s.add_all([dutch_first, untranslated, english_first])
    job = handouts.build_handouts(demo_db, gid, 1)
    by_name = {r.pupil_names[0]: r.language for r in job.batch.recipients}
    assert by_name["Zoë-Test"] == "ar"  # Dutch is printed beside it anyway
    assert by_name["Zaid-Test"] == "en"  # Berber has no texts: the default fallback is Dutch with English
    assert by_name["Zora-Test"] == "en"  # the first guardian's language
    assert job.fallback_families == 1 and job.fallback_languages == ("ber",)
    assert any("1 gezin in een taal zonder vertaling (Berbers): Nederlands met Engels" in n for n in job.notes)
    dutch_only = handouts.build_handouts(demo_db, gid, 1, fallback="nl")
    assert {r.pupil_names[0]: r.language for r in dutch_only.batch.recipients}["Zaid-Test"] == "nl"
    assert dutch_only.fallback_families == 1


def test_forced_language_keeps_names_and_unknown_language_is_refused(demo_db) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: True)
    job = handouts.build_handouts(demo_db, gid, 3, language="uk")
    assert {r.language for r in job.batch.recipients} == {"uk"}
    assert all(r.pupil_names for r in job.batch.recipients)
    assert job.languages == ("uk",) and job.unchecked_languages == ("uk",)
    with pytest.raises(ValidationError, match="geen thuisopdracht in taal 'de'"):
        handouts.build_handouts(demo_db, gid, 3, language="de")


def test_generic_sheets_one_per_language(demo_db) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: True)
    job = handouts.build_handouts(demo_db, gid, 4, generic=True)
    assert [r.language for r in job.batch.recipients] == ["nl", "en", "tr", "ar", "pl", "uk", "ti", "fa", "so", "fr", "es", "ro", "bg"]
    assert all(r.is_generic for r in job.batch.recipients)
    assert job.unchecked_languages == ("tr", "ar", "pl", "uk", "ti", "fa", "so", "fr", "es", "ro", "bg")  # the shipped nl/en are checked
    assert "losse bladen" in job.file_name


def test_unknown_lesson_and_group(demo_db) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: True)
    with pytest.raises(NotFound, match=r"Les 9 bestaat niet .*\(les 1–8\)"):
        handouts.build_handouts(demo_db, gid, 9)
    with pytest.raises(NotFound, match="Groep 99999"):
        handouts.build_handouts(demo_db, 99999, 1)


# --- the class video and consent ------------------------------------------------------------------------


def test_video_qr_only_with_everyones_consent(demo_db) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: True)
    give_all_consent(demo_db, gid)
    job = handouts.build_handouts(demo_db, gid, 2)
    assert job.batch.lesson.video_url == "https://ouders.example/video/6a"
    assert not job.video_withheld and not any("toestemming" in note for note in job.notes)
    with demo_db.write() as s:
        pupils = s.get(Group, gid).pupils[:3]
        for pupil in pupils:
            for consent in pupil.consents:
                if consent.purpose == "class_video":
                    consent.withdrawn_on = date(2026, 10, 1)
    job = handouts.build_handouts(demo_db, gid, 2)
    assert job.batch.lesson.video_url is None and job.video_withheld
    assert job.pupils_without_consent == 3
    assert job.notes[0] == "3 leerlingen zonder toestemming voor de klassenvideo: geen QR-code"


def test_no_video_no_consent_note(demo_db) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: g.video_url is None)
    job = handouts.build_handouts(demo_db, gid, 2)
    assert job.batch.lesson.video_url is None and not job.video_withheld
    assert not any("toestemming" in note for note in job.notes)


# --- dates from the sessions ----------------------------------------------------------------------------


def test_lesson_date_from_sessions_and_return_by_next_lesson(demo_db) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: True)
    with demo_db.write() as s:
        group = s.get(Group, gid)
        templates = {t.number: t for t in s.scalars(select(LessonTemplate).where(
            LessonTemplate.curriculum_id == group.school_year.curriculum_id))}
        s.add_all([
            Session(group_id=gid, template_id=templates[3].id, subgroup="boys", date=date(2027, 3, 9), status="held"),
            Session(group_id=gid, template_id=templates[3].id, subgroup="girls", date=date(2027, 3, 11),
                    status="planned"),
            Session(group_id=gid, template_id=templates[4].id, subgroup="boys", date=date(2027, 3, 2),
                    status="cancelled"),
            Session(group_id=gid, template_id=templates[4].id, subgroup="girls", date=date(2027, 3, 18),
                    status="planned"),
        ])
    lesson = handouts.build_handouts(demo_db, gid, 3).batch.lesson
    assert lesson.lesson_date == date(2027, 3, 11) and lesson.return_by == date(2027, 3, 18)
    assert handouts.build_handouts(demo_db, gid, 4).batch.lesson.return_by == date(2027, 3, 25)  # a week later
    assert handouts.build_handouts(demo_db, gid, 5).batch.lesson.lesson_date is None
    assert handouts.suggested_lesson(demo_db, gid, today=date(2027, 3, 12)) == 3
    assert handouts.suggested_lesson(demo_db, gid, today=date(2027, 1, 1)) is None


# --- writing and recording ------------------------------------------------------------------------------


def test_write_one_group_records_the_delivery_and_prints_the_families(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: has_siblings(g) and has_language("ar")(g))
    job = handouts.build_handouts(demo_db, gid, 2)
    steps = list(handouts.iter_write_handouts(demo_db, job, tmp_path / "g.pdf", iter_render_handouts, "a4",
                                              printed_on=date(2027, 2, 1)))
    assert steps[-1] == (job.sheet_count, job.sheet_count)
    reader = PdfReader(tmp_path / "g.pdf")
    assert len(reader.pages) == job.sheet_count
    for names, languages in family_rows(demo_db, gid):
        pages = set.union(*(pages_with(reader, name) for name in names))
        assert len(pages) == 1, names  # siblings share one sheet
        fonts = fonts_on_page(reader, pages.pop())
        assert any("Arabic" in f for f in fonts) == ("ar" in languages), (names, languages)
    (row,) = handouts.list_deliveries(demo_db, gid)
    assert (row.lesson_number, row.printed_on, row.sheet_count, row.layout) == (2, date(2027, 2, 1), job.sheet_count, "a4")
    assert row.languages == job.languages and "ar" in row.languages


def test_closing_the_writer_early_writes_and_records_nothing(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    job = handouts.build_handouts(demo_db, group_with(demo_db, lambda g: True), 1)
    steps = handouts.iter_write_handouts(demo_db, job, tmp_path / "g.pdf", iter_render_handouts)
    next(steps)
    steps.close()
    assert not (tmp_path / "g.pdf").exists()
    assert handouts.list_deliveries(demo_db) == []


def _two_up_pages(batch) -> int:  # noqa: ANN001
    """Pages of an A5 two-up print: two sheets a page, but a sheet too long for one half (at 8.5 pt) takes a
    page of its own, leaving the half before it empty."""
    from wishdesk.printing.handout_sheet import family_language
    from wishdesk.printing.handouts import split_languages

    split = set(split_languages(batch))
    pages = used = 0
    for recipient in batch.recipients:
        span = 2 if family_language(batch.lesson, recipient.language) in split else 1
        if used == 0 or used + span > 2:
            pages, used = pages + 1, 0
        used += span
    return pages


def test_batch_for_a_school_one_pdf_per_group(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    with demo_db.session() as s:
        school_id = next(g.school_id for g in s.scalars(select(Group).order_by(Group.id))
                         if len([x for x in g.school.groups if not x.archived]) > 1)
    ids = handouts.batch_group_ids(demo_db, school_id=school_id)
    assert len(ids) > 1
    progress = []
    steps = iter_handouts_for_groups(demo_db, ids, 5, tmp_path / "out", render=iter_render_handouts,
                                              layout="a5x2")
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as stop:
            result = stop.value
            break
    assert progress[-1][:2] == (len(ids), len(ids))
    assert len(result.files) == len(ids) and all(f.exists() for f in result.files)
    with demo_db.session() as s:
        rows = [(r.group_id, r.layout, r.sheet_count) for r in s.scalars(select(HandoutDelivery))]
    assert sorted(r[0] for r in rows) == sorted(ids) and {r[1] for r in rows} == {"a5x2"}
    assert result.sheets == sum(r[2] for r in rows)
    for path, gid in zip(result.files, ids, strict=True):
        reader = PdfReader(path)
        families = family_rows(demo_db, gid)
        assert len(reader.pages) == _two_up_pages(handouts.build_handouts(demo_db, gid, 5).batch)
        text = "\n".join(page_text(reader, i) for i in range(len(reader.pages)))
        assert all(name in text for names, _ in families for name in names)


def test_batch_cancel_keeps_finished_groups_and_skips_empty_ones(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    ids = handouts.batch_group_ids(demo_db)
    with demo_db.write() as s:
        first = s.get(Group, ids[0])
        empty = Group(school_id=first.school_id, school_year_id=first.school_year_id, name="6Z")
        s.add(empty)
        s.flush()
        empty_id = empty.id
    steps = iter_handouts_for_groups(demo_db, [empty_id, *ids], 1, tmp_path, render=iter_render_handouts)
    for done, _total, _message in steps:
        if done == 2:  # the empty group was skipped, the first real group is written
            break
    steps.close()
    files = list(tmp_path.glob("*.pdf"))
    assert len(files) == 1 and "groep" in files[0].name
    assert [r.group_id for r in handouts.list_deliveries(demo_db)] == [ids[0]]


def test_record_delivery_refuses_an_unknown_layout(demo_db) -> None:  # noqa: ANN001
    job = handouts.build_handouts(demo_db, group_with(demo_db, lambda g: True), 1)
    with pytest.raises(ValidationError, match="opmaak"):
        handouts.record_delivery(demo_db, job, "letter")


# --- lesson plans and invitations -----------------------------------------------------------------------


def test_lesson_plans_per_half_of_a_split_group(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    gid = group_with(demo_db, lambda g: True)
    assert [p.session_date for p in print_jobs.lesson_plans_for_group(demo_db, gid, 6)] == [None]
    with demo_db.write() as s:
        group = s.get(Group, gid)
        template = handouts.template_for(s, group, 6)
        s.add_all([Session(group_id=gid, template_id=template.id, subgroup="girls", date=date(2027, 4, 6),
                           start_time=time(10, 30), status="planned", specialist_id=group.specialist_id),
                   Session(group_id=gid, template_id=template.id, subgroup="boys", date=date(2027, 4, 6),
                           start_time=time(8, 30), status="planned")])
        s.flush()
        session_id = max(x.id for x in s.scalars(select(Session).where(Session.group_id == gid)))
    plans = print_jobs.lesson_plans_for_group(demo_db, gid, 6)
    assert [(p.subgroup, p.start_time) for p in plans] == [("jongens", time(8, 30)), ("meisjes", time(10, 30))]
    assert plans[0].steps and plans[0].goals and plans[0].home_activity_title and plans[0].specialist_name
    single = print_jobs.lesson_plan_for_session(demo_db, session_id)
    assert single.subgroup == "jongens" and single.session_date == date(2027, 4, 6)
    assert render_lesson_plans(plans, tmp_path / "plan.pdf") >= 2
    reader = PdfReader(tmp_path / "plan.pdf")
    assert any("jongens" in page_text(reader, i) for i in range(len(reader.pages)))


def test_invitations_per_family_in_their_language(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    gid = group_with(demo_db, has_language("en"))
    with demo_db.write() as s:
        group = s.get(Group, gid)
        event = ParentEvent(kind="parent_evening", school_id=group.school_id, group_id=gid, date=date(2027, 1, 20),
                            start_time=time(19, 0), end_time=time(20, 30), location="Aula",
                            title="Ouderavond weerbaarheid")
        undated = ParentEvent(kind="walk_in", school_id=group.school_id, group_id=gid, title="Inloop")
        s.add_all([event, undated])
        s.flush()
        event_id, undated_id = event.id, undated.id
    batch = print_jobs.invitation_batch(demo_db, event_id, today=date(2027, 1, 5))
    invitation = batch.invitation
    assert invitation.reply_by == date(2027, 1, 13) and invitation.place == "Aula"
    texts = {t.language for t in invitation.texts}
    assert {"nl", "en"} <= texts  # the programme's parent-evening text and its translations
    families = family_rows(demo_db, gid)
    assert sorted(tuple(sorted(r.pupil_names)) for r in batch.recipients) == sorted(n for n, _ in families)
    by_names = {tuple(sorted(r.pupil_names)): r.language for r in batch.recipients}
    for names, languages in families:
        own = languages - {"nl"}  # the demo gives a family one home language besides Dutch at most
        expected = "nl" if not own else (own.pop() if own <= texts else "en")  # untranslated: Dutch with English
        assert by_names[names] == expected
    assert render_invitations(batch, tmp_path / "inv.pdf") == len(families)
    assert print_jobs.invitation_batch(demo_db, event_id, today=date(2027, 1, 18)).invitation.reply_by is None
    with pytest.raises(ValidationError, match="datum en begintijd"):
        print_jobs.invitation_batch(demo_db, undated_id)
