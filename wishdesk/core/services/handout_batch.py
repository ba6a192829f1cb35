"""Sheets for many groups at once (a school, the municipality): one PDF per group in a folder.

The groups' data is read here, in the calling process, a few queries per round of groups (`iter_jobs`); the
PDFs are rendered in this process (a few groups) or in worker processes (`handout_workers`: many groups, so
both cores work). Either way the files are the same bytes, written by this process through a temporary file
and a rename, in group order, and each file's delivery is recorded after it: at once in this process, at most
`RECORD_EVERY` files later with workers (and always before the batch ends, is cancelled or fails).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound, ValidationError
from ..languages import FALLBACK_DUTCH_ENGLISH
from ..models import Group, HandoutDelivery, LessonTemplate, Session
from . import handout_workers as workers
from .handouts import (
    AUTO,
    LAYOUTS,
    EmptyGroup,
    HandoutJob,
    Renderer,
    _language_key,
    check_fallback,
    fallback_note,
    following_template_id,
    iter_write_handouts,
    job_from,
    lesson_dates,
    pupils_query,
    template_for,
)

#: Groups read per database round (a few queries each); the first round is small so the workers start soon.
CHUNK = 32
FIRST_CHUNK = 4
#: Deliveries recorded per write transaction in the worker path (each commit waits for the disk).
RECORD_EVERY = 8


def iter_jobs(db: Database, group_ids: Sequence[int], lesson_number: int, *, language: str = AUTO,
              generic: bool = False, fallback: str = FALLBACK_DUTCH_ENGLISH) -> Iterator[HandoutJob | EmptyGroup]:
    """`handouts.build_handouts` for many groups, in their order, read in bulk: per round of `CHUNK` groups
    one query each for the groups, their pupils (with guardians and consents) and their sessions' dates,
    instead of about ten per group. A group without pupils comes as its `EmptyGroup` error (the caller skips
    it); any other problem is raised. Each round's session is closed before its jobs are handed out, so the
    caller may write between them."""
    check_fallback(fallback)
    start = 0
    while start < len(group_ids):
        part = list(group_ids[start:start + (FIRST_CHUNK if start == 0 else CHUNK)])
        start += len(part)
        yield from _read_round(db, part, lesson_number, language, generic, fallback)


def _read_round(db: Database, part: list[int], lesson_number: int, language: str, generic: bool,
                fallback: str) -> list[HandoutJob | EmptyGroup]:
    out: list[HandoutJob | EmptyGroup] = []
    with db.session() as s:
        groups = {g.id: g for g in s.scalars(select(Group).where(Group.id.in_(part)).options(
            selectinload(Group.school), selectinload(Group.school_year)))}
        group_id = next((gid for gid in part if gid not in groups), None)
        if group_id is not None:
            raise NotFound(f"Groep {group_id} bestaat niet.")
        pupils = defaultdict(list)
        for pupil in s.scalars(pupils_query(part)):
            pupils[pupil.group_id].append(pupil)
        lessons: dict[int | None, tuple[LessonTemplate, int | None]] = {}  # per curriculum: lesson, next lesson
        for gid in part:
            key = groups[gid].school_year.curriculum_id
            if key not in lessons:
                template = template_for(s, groups[gid], lesson_number)
                lessons[key] = (template, following_template_id(s, template))
        ids = {t.id for t, _ in lessons.values()} | {n for _, n in lessons.values() if n is not None}
        dates = defaultdict(list)
        for gid, tid, day in s.execute(select(Session.group_id, Session.template_id, Session.date).where(
                Session.group_id.in_(part), Session.template_id.in_(ids), Session.date.is_not(None),
                Session.status != "cancelled")):
            dates[gid, tid].append(day)
        for gid in part:
            template, following = lessons[groups[gid].school_year.curriculum_id]
            when = lesson_dates(dates[gid, template.id], dates[gid, following] if following else [])
            try:
                out.append(job_from(groups[gid], template, lesson_number, pupils[gid], when, language, generic,
                                    fallback))
            except EmptyGroup as exc:
                out.append(exc)
    return out


def record_deliveries(db: Database, jobs: Sequence[HandoutJob], layout: str, printed_on: date | None = None) -> None:
    """`handouts.record_delivery` for several sets in one write transaction."""
    if not jobs:
        return
    if layout not in LAYOUTS:
        raise ValidationError(f"Onbekende opmaak {layout!r}; kies uit {', '.join(LAYOUTS)}.")
    with db.write() as s:
        s.add_all([HandoutDelivery(group_id=job.group_id, template_id=job.template_id,
                                   printed_on=printed_on or date.today(), languages=",".join(job.languages),
                                   sheet_count=job.sheet_count, layout=layout) for job in jobs])


@dataclass(frozen=True)
class BatchResult:
    files: tuple[Path, ...]
    sheets: int
    skipped: tuple[str, ...]  # Dutch: groups left out and why
    notes: tuple[str, ...]  # Dutch: per group, e.g. "De Regenboog, groep 6A: 3 leerlingen zonder toestemming…"
    groups_without_qr: int  # groups whose video QR code was left out for lack of consent
    unchecked_languages: tuple[str, ...]  # on any of the sheets, translations not checked by a person
    fallback_families: int = 0  # families whose language has no texts and who got the fallback


class _Tally:
    """What the batch has written so far, and the notes for the person printing."""

    def __init__(self, fallback: str) -> None:
        self.fallback = fallback
        self.files: list[Path] = []
        self.skipped: list[str] = []
        self.notes: list[str] = []
        self.sheets = self.withheld = self.fallbacks = 0
        self.unchecked: set[str] = set()
        self.used: set[str] = set()

    def file_name(self, job: HandoutJob) -> str:
        name = job.file_name
        if name.lower() in self.used:
            name = name[:-4] + f" ({job.group_id}).pdf"
        self.used.add(name.lower())
        return name

    def add(self, job: HandoutJob, path: Path) -> None:
        self.files.append(path)
        self.sheets += job.sheet_count
        self.unchecked.update(job.unchecked_languages)
        if job.video_withheld:
            self.withheld += 1
            self.notes.append(f"{job.school_name}, groep {job.group_name}: {job.notes[0]}")
        if job.fallback_families:
            self.fallbacks += job.fallback_families
            self.notes.append(f"{job.school_name}, groep {job.group_name}: "
                              f"{fallback_note(job.fallback_families, job.fallback_languages, self.fallback)}")

    def result(self) -> BatchResult:
        return BatchResult(tuple(self.files), self.sheets, tuple(self.skipped), tuple(self.notes), self.withheld,
                           tuple(sorted(self.unchecked, key=_language_key)), self.fallbacks)


def iter_handouts_for_groups(db: Database, group_ids: Sequence[int], lesson_number: int, folder: Path | str, *,
                             render: Renderer, layout: str = "a4", language: str = AUTO, generic: bool = False,
                             printed_on: date | None = None, fallback: str = FALLBACK_DUTCH_ENGLISH,
                             record: bool = True, processes: int | None = 1, start_method: str | None = None,
                             ) -> Generator[tuple[int, int, str], None, BatchResult]:
    """One PDF per group in ``folder``; yields (groups done, groups total, message); returns a BatchResult.

    Each group's delivery is recorded (one write transaction) right after its PDF is written, so the records
    match the files; with ``record=False`` (a trial) nothing is recorded. To cancel, close the generator:
    groups already written stay, the current one is not written. A group without pupils is skipped with a
    note; any other problem stops the batch.

    ``processes``: 1 renders here (the default); ``None`` lets `handout_workers.worker_count` choose from the
    cores and the number of groups; a larger number asks for that many workers. ``start_method``: ``fork`` / ``spawn`` / ``forkserver``, default ``fork`` on Linux and ``spawn``
    elsewhere; a Qt process must pass ``spawn`` (it must not fork).
    """
    if not group_ids:
        raise ValidationError("Er zijn geen groepen om voor te printen.")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tally = _Tally(fallback)
    method = start_method or workers.default_start_method()
    count = 1 if processes == 1 else workers.worker_count(len(group_ids), method, processes)
    if count > 1:
        return (yield from _in_workers(db, group_ids, lesson_number, folder, tally, render, layout, language,
                                       generic, printed_on, record, count, method))
    total = len(group_ids)
    for index, job in enumerate(iter_jobs(db, group_ids, lesson_number, language=language, generic=generic,
                                          fallback=fallback)):
        if isinstance(job, EmptyGroup):
            tally.skipped.append(str(job))
            yield index + 1, total, str(job)
            continue
        name = tally.file_name(job)
        message = f"{job.school_name}, groep {job.group_name}"
        yield index, total, message
        for _step in iter_write_handouts(db, job, folder / name, render, layout, printed_on, record):
            yield index, total, message  # lets a cancel land between sheets
        tally.add(job, folder / name)
        yield index + 1, total, message
    return tally.result()


def _in_workers(db: Database, group_ids: Sequence[int], lesson_number: int, folder: Path, tally: _Tally,
                render: Renderer, layout: str, language: str, generic: bool, printed_on: date | None, record: bool,
                count: int, method: str) -> Generator[tuple[int, int, str], None, BatchResult]:
    """The batch with ``count`` worker processes rendering while this one reads the next groups.

    Groups are finished (file written, progress yielded) strictly in order, so the progress, the file list and
    the records are those of a serial run; deliveries are recorded `RECORD_EVERY` at a time (each commit waits
    for the disk) and the rest when the batch ends. Closing the generator stops the workers; results they
    still send are dropped (nothing is written for them).
    """
    total = len(group_ids)
    done = 0
    # per group in order: (message, None) for a skipped group, or (job, name, future)
    pending: deque = deque()
    unrecorded: list[HandoutJob] = []  # written, not yet recorded (recorded `RECORD_EVERY` at a time)
    pool = workers.new_pool(count, method)
    finished = False

    def finish_ready(block: bool) -> Generator[tuple[int, int, str], None, None]:
        nonlocal done
        while pending and (block or pending[0][-1] is None or pending[0][-1].done()):
            entry = pending.popleft()
            if entry[-1] is None:  # a skipped group
                done += 1
                yield done, total, entry[0]
                continue
            job, name, future = entry
            data, _pages = future.result()  # a worker's error (a UserError too) is raised here, as it was
            workers.write_atomically(folder / name, data)
            tally.add(job, folder / name)
            if record:
                unrecorded.append(job)
                if len(unrecorded) >= RECORD_EVERY:
                    record_deliveries(db, unrecorded, layout, printed_on)
                    unrecorded.clear()
            done += 1
            yield done, total, f"{job.school_name}, groep {job.group_name}"

    try:
        for job in iter_jobs(db, group_ids, lesson_number, language=language, generic=generic,
                             fallback=tally.fallback):
            if isinstance(job, EmptyGroup):
                tally.skipped.append(str(job))
                pending.append((str(job), None))
            else:
                name = tally.file_name(job)
                pending.append((job, name, pool.submit(workers.render_to_bytes, render, job.batch, layout)))
                yield done, total, f"{job.school_name}, groep {job.group_name}"  # a cancel lands between reads
            yield from finish_ready(False)
        yield from finish_ready(True)
        finished = True
    finally:
        # on cancel or error: drop what is queued, do not wait for a worker's current group; the files written
        # so far are recorded (a trial records nothing)
        pool.shutdown(wait=finished, cancel_futures=not finished)
        record_deliveries(db, unrecorded, layout, printed_on)
    return tally.result()
