"""Sheets for many groups at once (a school, the municipality): one PDF per group in a folder.

The groups' data is read here, in the calling process; the PDFs are rendered in this process (a few groups)
or in worker processes (`handout_workers`: many groups, so both cores work). Either way the files are the
same bytes, written by this process through a temporary file and a rename, and each group's delivery is
recorded right after its file, in group order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..db import Database
from ..errors import ValidationError
from ..languages import FALLBACK_DUTCH_ENGLISH
from . import handout_workers as workers
from .handouts import (
    AUTO,
    EmptyGroup,
    HandoutJob,
    Renderer,
    _language_key,
    build_handouts,
    fallback_note,
    iter_write_handouts,
    record_delivery,
)


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
    for index, group_id in enumerate(group_ids):
        try:
            job = build_handouts(db, group_id, lesson_number, language=language, generic=generic, fallback=fallback)
        except EmptyGroup as exc:
            tally.skipped.append(str(exc))
            yield index + 1, total, str(exc)
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

    Groups are finished (file written, delivery recorded, progress yielded) strictly in order, so the progress,
    the file list and the records are those of a serial run. Closing the generator stops the workers; results
    they still send are dropped (nothing is written for them).
    """
    total = len(group_ids)
    done = 0
    # per group in order: (message, None) for a skipped group, or (job, name, future)
    pending: deque = deque()
    pool = workers.new_pool(count, method)
    finished = False
    try:
        def finish_ready(block: bool) -> Generator[tuple[int, int, str], None, None]:
            nonlocal done
            while pending and (block or pending[0][-1] is None or pending[0][-1].done()):
                entry = pending.popleft()
                if entry[-1] is None:  # a skipped group
                    done += 1
                    yield done, total, entry[0]
                    continue
                job, name, future = entry
                data, _pages = future.result()  # a worker's error (a UserError too) is raised here, as is
                workers.write_atomically(folder / name, data)
                if record:
                    record_delivery(db, job, layout, printed_on)
                tally.add(job, folder / name)
                done += 1
                yield done, total, f"{job.school_name}, groep {job.group_name}"

        for group_id in group_ids:
            try:
                job = build_handouts(db, group_id, lesson_number, language=language, generic=generic,
                                     fallback=tally.fallback)
            except EmptyGroup as exc:
                tally.skipped.append(str(exc))
                pending.append((str(exc), None))
            else:
                name = tally.file_name(job)
                pending.append((job, name, pool.submit(workers.render_to_bytes, render, job.batch, layout)))
                yield done, total, f"{job.school_name}, groep {job.group_name}"  # a cancel lands between reads
            yield from finish_ready(False)
        yield from finish_ready(True)
        finished = True
    finally:
        # on cancel or error: drop what is queued, do not wait for a worker's current group
        pool.shutdown(wait=finished, cancel_futures=not finished)
    return tally.result()
