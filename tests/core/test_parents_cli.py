"""`wishdesk invitations` and `wishdesk family-export`, and the parent-document rules behind them, on the demo."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.core.test_handout_service import group_with, has_language
from tests.printing.langcheck import missing_words, page_tokens
from tests.printing.pdfcheck import page_text
from wishdesk import cli
from wishdesk.core.models import Group, Guardian, ParentEvent, Pupil
from wishdesk.core.opening import open_database
from wishdesk.core.services import handouts
from wishdesk.core.services.invitations import build_invitations
from wishdesk.printing.invitations import render_invitations
from wishdesk.printing.labels import label


@pytest.fixture
def db(demo_db_path: Path):  # noqa: ANN201
    database = open_database(demo_db_path)
    yield database
    database.close()


def _run(path: Path, *args: str) -> int:
    return cli.main([args[0], "--db", str(path), *args[1:]])


def _march_evening(db, gid: int, notes: str = "") -> int:  # noqa: ANN001
    with db.write() as s:
        group = s.get(Group, gid)
        event = ParentEvent(kind="parent_evening", school_id=group.school_id, group_id=gid,
                            date=date(group.school_year.start_date.year + 1, 3, 12), start_time=time(19, 0),
                            end_time=time(20, 30), location="Aula", title="Ouderavond", notes=notes)
        s.add(event)
        s.flush()
        return event.id


def test_invitations_cli_one_letter_per_family_with_notes_and_no_first_lesson_wording(
        db, demo_db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    gid = group_with(db, has_language("ar"))
    event_id = _march_evening(db, gid, "Er is kinderopvang in het speellokaal.")
    out = tmp_path / "uitnodigingen.pdf"
    assert _run(demo_db_path, "invitations", "--group", str(gid), "--event", str(event_id), "-o", str(out)) == 0
    reader = PdfReader(out)
    job = build_invitations(db, event_id, group_id=gid)
    assert len(reader.pages) == len(job.batch.recipients)
    texts = [page_text(reader, i) for i in range(len(reader.pages))]
    assert all("Voor de eerste les" not in t for t in texts)  # a March evening is not before the first lesson
    assert all("kinderopvang in het speellokaal" in t for t in texts)  # the event's own notes are printed
    arabic = [i for i, r in enumerate(job.batch.recipients) if r.language == "ar"]
    assert arabic and missing_words(label("we_come", "ar"), page_tokens(reader, arabic[0])) == []
    assert "uitnodigingen voor groep" in capsys.readouterr().out
    # without --event: the group's next (or latest) dated event
    assert _run(demo_db_path, "invitations", "--group", str(gid), "-o", str(tmp_path / "next.pdf")) == 0


def test_invitations_report_families_that_got_the_fallback(db, tmp_path: Path) -> None:  # noqa: ANN001
    gid = group_with(db, lambda g: True)
    event_id = _march_evening(db, gid)
    with db.write() as s:
        s.add(Pupil(group=s.get(Group, gid), first_name="Zaid-Test", guardians=[Guardian(language="ber")]))
    job = build_invitations(db, event_id)
    zaid = next(r for r in job.batch.recipients if "Zaid-Test" in r.pupil_names)
    assert zaid.language == "en" and job.fallback_families == 1
    assert job.notes == ("1 gezin in een taal zonder vertaling (Berbers): Nederlands met Engels",)
    assert next(r for r in build_invitations(db, event_id, fallback="nl").batch.recipients
                if "Zaid-Test" in r.pupil_names).language == "nl"
    assert render_invitations(job.batch, tmp_path / "x.pdf") == len(job.batch.recipients)


def test_family_export_pdf_and_json_in_the_family_language(db, demo_db_path: Path, tmp_path: Path,
                                                           capsys) -> None:  # noqa: ANN001
    with db.session() as s:
        pupil = s.scalar(select(Pupil).join(Pupil.guardians).where(Guardian.language == "tr").limit(1))
        pupil_id, name = pupil.id, pupil.first_name
    pdf, js = tmp_path / "gezin.pdf", tmp_path / "gezin.json"
    assert _run(demo_db_path, "family-export", "--pupil", str(pupil_id), "-o", str(pdf)) == 0
    assert _run(demo_db_path, "family-export", "--pupil", str(pupil_id), "-o", str(js)) == 0
    assert "zorgsignalen niet meegenomen" in capsys.readouterr().out
    reader = PdfReader(pdf)
    tokens = set().union(*(page_tokens(reader, i) for i in range(len(reader.pages))))
    for key in ("export_title", "guardians", "attendance", "return_slips", "consents", "sheets_delivered",
                "concerns_left_out"):
        assert missing_words(label(key) + " " + label(key, "tr"), tokens) == [], key
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["pupil_name"] == name and data["language"] == "tr" and data["concerns_included"] is False
    assert {s["section"] for s in data["sections"]} >= {"pupil", "guardians", "consents", "attendance"}
    assert _run(demo_db_path, "family-export", "--pupil", str(pupil_id), "-o", str(tmp_path / "x.txt")) == 1
    assert _run(demo_db_path, "family-export", "--pupil", "999999", "-o", str(pdf)) == 1


def test_demo_has_a_group_whose_sheets_show_the_qr_code(db) -> None:  # noqa: ANN001
    with db.session() as s:
        groups = list(s.scalars(select(Group).where(Group.video_url.is_not(None))))
        complete = [g.id for g in groups
                    if g.pupils and all(any(c.purpose == "class_video" and c.withdrawn_on is None for c in p.consents)
                                        for p in g.pupils if not p.archived)]
    assert complete
    job = handouts.build_handouts(db, complete[0], 1)
    assert job.batch.lesson.video_url and job.batch.lesson.video_kind == "group" and not job.video_withheld


def test_lesson_video_from_the_curriculum_wins_and_needs_no_class_consent(db) -> None:  # noqa: ANN001
    gid = group_with(db, lambda g: True)
    with db.write() as s:
        group = s.get(Group, gid)
        template = handouts.template_for(s, group, 2)
        template.video_url = "https://wish.example.nl/les-2"
        for pupil in group.pupils:
            pupil.consents.clear()
    job = handouts.build_handouts(db, gid, 2)
    assert job.batch.lesson.video_url == "https://wish.example.nl/les-2"
    assert job.batch.lesson.video_kind == "lesson" and not job.video_withheld
