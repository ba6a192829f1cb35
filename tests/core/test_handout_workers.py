"""Sheets for many groups in worker processes (issue 19): the same files and records as a serial run, with the
fork and the spawn start method; cancel and errors behave as in the serial batch."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from wishdesk.core.errors import ValidationError
from wishdesk.core.services import handout_workers, handouts
from wishdesk.core.services.handout_batch import iter_handouts_for_groups
from wishdesk.printing.handouts import iter_render_handouts


def _run(db, ids, folder: Path, **options):  # noqa: ANN001, ANN202
    steps = iter_handouts_for_groups(db, ids, 2, folder, render=iter_render_handouts, **options)
    progress = []
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as stop:
            return stop.value, progress


def _deliveries(db) -> list[tuple[int, str, int, str]]:  # noqa: ANN001
    return [(r.group_id, r.languages, r.sheet_count, r.layout) for r in reversed(handouts.list_deliveries(db))]


def _empty_group(db, like: int) -> int:  # noqa: ANN001
    from wishdesk.core.models import Group

    with db.write() as s:
        first = s.get(Group, like)
        empty = Group(school_id=first.school_id, school_year_id=first.school_year_id, name="6Z")
        s.add(empty)
        s.flush()
        return empty.id


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_write_the_same_files_and_records_as_one_process(demo_db, tmp_path: Path, method: str) -> None:  # noqa: ANN001
    ids = handouts.batch_group_ids(demo_db)
    ids = [*ids[:2], _empty_group(demo_db, ids[0]), *ids[2:]]  # a skipped group keeps its place in the order
    assert len(ids) >= 4
    serial, serial_steps = _run(demo_db, ids, tmp_path / "serial", layout="a5x2")
    serial_rows = _deliveries(demo_db)
    parallel, parallel_steps = _run(demo_db, ids, tmp_path / "parallel", layout="a5x2", processes=2,
                                    start_method=method)
    assert _deliveries(demo_db)[len(serial_rows):] == serial_rows  # the same records, in group order
    assert [f.name for f in parallel.files] == [f.name for f in serial.files]
    for mine, theirs in zip(parallel.files, serial.files, strict=True):
        assert mine.read_bytes() == theirs.read_bytes()  # byte for byte: text, fonts, pages
    assert (parallel.sheets, parallel.skipped, parallel.notes, parallel.unchecked_languages) == (
        serial.sheets, serial.skipped, serial.notes, serial.unchecked_languages)
    assert len(parallel.skipped) == 1 and "6Z" in parallel.skipped[0]
    done = [step[0] for step in parallel_steps]
    assert done == sorted(done) and parallel_steps[-1][:2] == (len(ids), len(ids))
    # every group's completion is reported once, as in the serial run, with the same messages
    finished = lambda steps: [(d, m) for i, (d, _t, m) in enumerate(steps) if i == 0 or d > steps[i - 1][0]]  # noqa: E731
    assert finished(parallel_steps) == finished(serial_steps)
    assert not list((tmp_path / "parallel").glob(".wishdesk-*"))
    reader = PdfReader(parallel.files[0])
    assert len(reader.pages) >= 1 and "groep" in reader.pages[0].extract_text().lower()


def test_cancel_keeps_written_groups_and_leaves_no_half_file(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    ids = handouts.batch_group_ids(demo_db)
    out = tmp_path / "out"
    steps = iter_handouts_for_groups(demo_db, ids, 1, out, render=iter_render_handouts, processes=2,
                                     start_method="fork")
    for done, _total, _message in steps:
        if done == 1:
            break
    steps.close()
    files = list(out.iterdir())
    assert len(files) == 1 and files[0].suffix == ".pdf"  # no temporary file, nothing for the other groups
    assert [r.group_id for r in handouts.list_deliveries(demo_db)] == [ids[0]]


def refusing_render(batch, out, layout):  # noqa: ANN001, ANN201 - a renderer for the test below (module level: picklable)
    raise ValidationError(f"Geen papier voor groep {batch.lesson.group_name}.")
    yield  # a generator, like the real renderer


def test_a_workers_error_reaches_the_caller_as_the_same_user_error(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    ids = handouts.batch_group_ids(demo_db)
    with pytest.raises(ValidationError, match="Geen papier voor groep"):
        for _step in iter_handouts_for_groups(demo_db, ids, 1, tmp_path / "out", render=refusing_render,
                                              processes=2, start_method="fork"):
            pass
    assert not list((tmp_path / "out").iterdir()) and handouts.list_deliveries(demo_db) == []


def test_worker_count_pays_for_the_start_of_each_worker(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(handout_workers, "usable_cores", lambda: 2)
    assert handout_workers.worker_count(85, "fork") == 2
    assert handout_workers.worker_count(85, "spawn") == 2
    assert handout_workers.worker_count(3, "fork") == 1  # one school: in this process
    assert handout_workers.worker_count(20, "spawn") == 1  # a spawned worker needs more groups to pay off
    monkeypatch.setattr(handout_workers, "usable_cores", lambda: 16)
    assert handout_workers.worker_count(400, "fork") == handout_workers.MAX_WORKERS
    assert handout_workers.worker_count(3, "fork", requested=2) == 2
    assert handout_workers.worker_count(1, "fork", requested=2) == 1


def test_reading_in_bulk_gives_the_jobs_of_one_group_at_a_time(demo_db) -> None:  # noqa: ANN001
    from datetime import date, timedelta

    from sqlalchemy import select

    from wishdesk.core.models import LessonTemplate, Session
    from wishdesk.core.services import handout_batch

    ids = handouts.batch_group_ids(demo_db)
    with demo_db.write() as s:  # dated lessons 3 and 4 for two groups, boys and girls apart, one cancelled
        templates = {t.number: t.id for t in s.scalars(select(LessonTemplate)) if t.number in (3, 4)}
        for n, gid in enumerate(ids[:2]):
            for number, tid in templates.items():
                for half, status in (("boys", "planned"), ("girls", "planned"), ("all", "cancelled")):
                    day = date(2026, 10, 1) + timedelta(days=7 * number + n + (half == "girls"))
                    s.add(Session(group_id=gid, template_id=tid, subgroup=half, date=day, status=status))
    ids = [*ids[:1], _empty_group(demo_db, ids[0]), *ids[1:]]
    for language, generic in (("auto", False), ("ar", False), ("auto", True)):
        bulk = list(handout_batch.iter_jobs(demo_db, ids, 3, language=language, generic=generic))
        for gid, job in zip(ids, bulk, strict=True):
            if isinstance(job, handouts.EmptyGroup):
                assert not generic and gid == ids[1]
                with pytest.raises(handouts.EmptyGroup):
                    handouts.build_handouts(demo_db, gid, 3, language=language, generic=generic)
            else:
                assert job == handouts.build_handouts(demo_db, gid, 3, language=language, generic=generic)
    dated = [job.batch.lesson for job in bulk if not isinstance(job, handouts.EmptyGroup) and job.batch.lesson.lesson_date]
    assert len(dated) == 2 and all(lesson.return_by > lesson.lesson_date for lesson in dated)


def test_cli_processes_option(demo_db_path: Path, tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    from wishdesk import cli

    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "wishdesk.commands.handouts"))
    pools = []
    real_pool = handout_workers.new_pool
    monkeypatch.setattr(handout_workers, "new_pool", lambda n, method: pools.append(n) or real_pool(n, method))
    for processes, folder in (("1", "serial"), ("2", "workers")):
        assert cli.main(["handouts", "--db", str(demo_db_path), "--all", "--lesson", "1", "-o", str(tmp_path / folder),
                         "--proef", "--quiet", "--processen", processes]) == 0
    assert pools == [2]
    serial, parallel = (sorted((tmp_path / f).glob("*.pdf")) for f in ("serial", "workers"))
    assert [p.read_bytes() for p in serial] == [p.read_bytes() for p in parallel] and serial
    assert "PDF-bestanden" in capsys.readouterr().out
    assert handout_workers.worker_count(85, "fork", requested=1000) == 2 * handout_workers.MAX_WORKERS


def test_a_group_that_does_not_exist_is_named(demo_db) -> None:  # noqa: ANN001
    from wishdesk.core.errors import NotFound
    from wishdesk.core.services import handout_batch

    ids = handouts.batch_group_ids(demo_db)
    with pytest.raises(NotFound, match="Groep 999999 bestaat niet"):
        list(handout_batch.iter_jobs(demo_db, [ids[0], 999999], 1))
