"""Home-activity sheets (thuisopdracht) from the database: who gets a sheet, in which language, with what.

The printing layer draws whatever ``HandoutBatch`` it is given; the decisions that belong to the programme
are made here:

* one sheet per pupil, or per family when siblings share the group (pupils sharing a guardian);
* the family language: the first guardian (lowest id) whose language has a translation of the lesson's
  home activity, a non-Dutch one preferred because Dutch is printed beside it anyway; a family whose
  language has no texts gets the ``fallback`` the person printing chose (Dutch with English, or Dutch only)
  and is counted, so the preview and the CLI can say how many families got it;
* the QR code: the programme's video of this lesson when the curriculum has one (no pupils in it), else the
  group's class video, and that one only when every pupil of the group has a current ``class_video`` consent;
* the lesson date from the group's session of that lesson, when one has a date.

The core never imports ``wishdesk.printing`` (layer rule), so the functions that write PDFs take the
renderer as an argument: pass ``wishdesk.printing.handouts.iter_render_handouts``. Many groups at once (one
PDF each, in worker processes when there are many): ``handout_batch.iter_handouts_for_groups``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from .. import languages as langs
from ..db import Database
from ..errors import NotFound, ValidationError
from ..languages import FALLBACK_DUTCH, FALLBACK_DUTCH_ENGLISH, FALLBACKS
from ..models import Curriculum, Group, HandoutDelivery, LessonTemplate, Pupil, Session
from ..print_data import DUTCH, HandoutBatch, HandoutLesson, HomeActivityText, LessonSectionText, Recipient

AUTO = "auto"
LAYOUTS = ("a4", "a5x2")
LANGUAGE_ORDER = langs.CODES
#: Dutch names for messages (the GUI has its own translated names).
LANGUAGE_NAMES = {language.code: language.dutch for language in langs.LANGUAGES}
#: ``render(batch, out, layout)`` – a generator of (done, total) returning the page count.
Renderer = Callable[[HandoutBatch, "Path | str | BinaryIO", str], Generator[tuple[int, int], None, int]]


class EmptyGroup(ValidationError):
    """A group without pupils has nobody to print personal sheets for (a batch skips it)."""


def language_name(code: str) -> str:
    """Dutch name; languages without sheets (Berbers) are named from the importer's wider list."""
    if langs.is_sheet_language(code):
        return langs.dutch_name(code)
    from ..importers.values import LANGUAGE_NAMES as KNOWN

    return KNOWN.get(code, code)


_language_key = langs.order_key


def check_fallback(fallback: str) -> str:
    if fallback not in FALLBACKS:
        raise ValidationError(f"Onbekende keuze voor gezinnen zonder vertaling: {fallback!r}; kies uit "
                              f"{', '.join(FALLBACKS)}.")
    return fallback


@dataclass(frozen=True)
class HandoutJob:
    """The sheets for one lesson and one group, and what the person printing should know about them."""

    group_id: int
    template_id: int
    school_name: str
    group_name: str
    lesson_number: int
    batch: HandoutBatch
    languages: tuple[str, ...]  # the languages on the sheets ("nl" = Dutch only), canonical order
    unchecked_languages: tuple[str, ...]  # of those, translations not checked by a person
    available_languages: tuple[str, ...]  # every language the lesson's home activity has
    pupils_without_consent: int  # pupils lacking a current class_video consent
    video_withheld: bool  # the group has a video, but its QR code is left out for lack of consent
    generic: bool
    fallback: str = FALLBACK_DUTCH_ENGLISH  # what families whose language has no texts got
    fallback_families: int = 0  # how many families got the fallback
    fallback_languages: tuple[str, ...] = ()  # their own languages (codes), canonical order

    @property
    def sheet_count(self) -> int:
        return len(self.batch.recipients)

    @property
    def notes(self) -> tuple[str, ...]:
        """Dutch one-liners for the CLI (the GUI builds its own, translated, from the fields)."""
        notes = []
        if self.video_withheld:
            n = self.pupils_without_consent
            noun = "leerling" if n == 1 else "leerlingen"
            notes.append(f"{n} {noun} zonder toestemming voor de klassenvideo: geen QR-code")
        if self.unchecked_languages:
            names = ", ".join(language_name(c) for c in self.unchecked_languages)
            notes.append(f"Vertaling nog niet nagekeken door een mens: {names}")
        if self.fallback_families:
            notes.append(fallback_note(self.fallback_families, self.fallback_languages, self.fallback))
        return tuple(notes)

    @property
    def file_name(self) -> str:
        """A file name for this set, safe on Windows too ("5/6B" becomes "5-6B")."""
        kind = "losse bladen" if self.generic else "thuisopdracht"
        return safe_file_name(f"{self.school_name} - groep {self.group_name} - les {self.lesson_number} - {kind}.pdf")


def fallback_note(families: int, codes: Sequence[str], fallback: str) -> str:
    """"2 gezinnen in een taal zonder vertaling (Berbers, Pasjtoe): Nederlands met Engels"."""
    noun = "gezin" if families == 1 else "gezinnen"
    names = ", ".join(language_name(c) for c in codes)
    return f"{families} {noun} in een taal zonder vertaling ({names}): {langs.FALLBACK_NAMES[fallback]}"


def safe_file_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", name).strip(" .")
    return cleaned or "thuisopdracht.pdf"


# --- families ------------------------------------------------------------------------------------------

def group_families(pupils: Sequence[Pupil]) -> list[list[Pupil]]:
    """Pupils joined into families through shared guardians (union-find); pupils without one stand alone.

    Families keep the order of their first pupil in ``pupils``; within a family pupils keep that order too.
    """
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_guardian: dict[int, int] = {}
    for pupil in pupils:
        for guardian in pupil.guardians:
            if guardian.id in by_guardian:
                parent[find(pupil.id)] = find(by_guardian[guardian.id])
            else:
                by_guardian[guardian.id] = pupil.id
    families: dict[int, list[Pupil]] = {}
    for pupil in pupils:
        families.setdefault(find(pupil.id), []).append(pupil)
    return list(families.values())


def family_language(family: Sequence[Pupil], available: Iterable[str]) -> str:
    """The first guardian's language that has a translation, non-Dutch preferred; else Dutch."""
    return resolve_language(family, available, FALLBACK_DUTCH)[0]


def resolve_language(family: Sequence[Pupil], available: Iterable[str], fallback: str) -> tuple[str, str | None]:
    """(language to print, the family's own language when it got the fallback instead, else None).

    A family whose guardians speak only languages without texts gets English beside Dutch
    (``FALLBACK_DUTCH_ENGLISH``, when English texts exist) or Dutch only (``FALLBACK_DUTCH``).
    """
    available = set(available)
    guardians = sorted({g.id: g for p in family for g in p.guardians}.values(), key=lambda g: g.id)
    for guardian in guardians:
        if guardian.language != DUTCH and guardian.language in available:
            return guardian.language, None
    missing = next((g.language for g in guardians if g.language and g.language != DUTCH), None)
    if missing is None:
        return DUTCH, None
    if fallback == FALLBACK_DUTCH_ENGLISH and langs.ENGLISH in available:
        return langs.ENGLISH, missing
    return DUTCH, missing


# --- building a set of sheets --------------------------------------------------------------------------

def template_for(s: OrmSession, group: Group, lesson_number: int) -> LessonTemplate:
    """Lesson N of the curriculum of the group's school year (else the oldest curriculum, as sessions do)."""
    curriculum_id = group.school_year.curriculum_id
    if curriculum_id is None:
        curriculum_id = s.scalar(select(Curriculum.id).order_by(Curriculum.id).limit(1))
    template = s.scalar(select(LessonTemplate).where(LessonTemplate.curriculum_id == curriculum_id,
                                                     LessonTemplate.number == lesson_number))
    if template is None:
        numbers = list(s.scalars(select(LessonTemplate.number).where(LessonTemplate.curriculum_id == curriculum_id)
                                 .order_by(LessonTemplate.number)))
        span = f" (les {numbers[0]}–{numbers[-1]})" if numbers else ""
        raise NotFound(f"Les {lesson_number} bestaat niet in het lesprogramma van {group.school_year.name}{span}.")
    return template


def _session_dates(s: OrmSession, group_id: int, template_id: int) -> list[date]:
    return sorted(s.scalars(select(Session.date).where(
        Session.group_id == group_id, Session.template_id == template_id, Session.date.is_not(None),
        Session.status != "cancelled")))


def following_template_id(s: OrmSession, template: LessonTemplate) -> int | None:
    """The next lesson of the same curriculum (its sessions give the return-by date), None after the last."""
    return s.scalar(select(LessonTemplate.id).where(LessonTemplate.curriculum_id == template.curriculum_id,
                                                    LessonTemplate.number > template.number)
                    .order_by(LessonTemplate.number).limit(1))


def _lesson_dates(s: OrmSession, group: Group, template: LessonTemplate) -> tuple[date | None, date | None]:
    dates = _session_dates(s, group.id, template.id)
    following = following_template_id(s, template) if dates else None
    return lesson_dates(dates, _session_dates(s, group.id, following) if following else [])


def lesson_dates(dates: Sequence[date], following: Sequence[date]) -> tuple[date | None, date | None]:
    """(lesson date, return-by date) from the dates of the lesson's and the next lesson's sessions (not
    cancelled). With boys and girls apart, the sheet goes home after the later half; it comes back by the next
    lesson, or a week later when that has no date yet."""
    if not dates:
        return None, None
    lesson_date = max(dates)
    later = sorted(d for d in following if d > lesson_date)
    return lesson_date, (later[0] if later else lesson_date + timedelta(days=7))


def _child_practice(value: object) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(line.strip() for line in str(value or "").splitlines() if line.strip())


def _sections(template: LessonTemplate, codes: Iterable[str]) -> tuple[LessonSectionText, ...]:
    """The parent-facing lesson texts per non-Dutch language that has a class summary."""
    out = []
    for code in codes:
        summary = (template.class_summary or {}).get(code)
        if code == DUTCH or not summary:
            continue
        out.append(LessonSectionText(code, (template.title or {}).get(code) or template.text("title"), summary,
                                     _child_practice((template.child_practice or {}).get(code))))
    return tuple(out)


def pupils_query(group_ids: Sequence[int]):  # noqa: ANN201 - a select
    """The groups' current pupils with their guardians and consents, by group, then first name, then id (the
    id makes the order of namesakes, and so of the sheets, the same however many groups are read at once)."""
    return (select(Pupil).options(selectinload(Pupil.guardians), selectinload(Pupil.consents))
            .where(Pupil.group_id.in_(group_ids), Pupil.archived.is_(False))
            .order_by(Pupil.group_id, Pupil.first_name, Pupil.id))


def _build(s: OrmSession, group_id: int, lesson_number: int, language: str, generic: bool,
           fallback: str = FALLBACK_DUTCH_ENGLISH) -> HandoutJob:
    group = s.get(Group, group_id, options=[selectinload(Group.school), selectinload(Group.school_year)])
    if group is None:
        raise NotFound(f"Groep {group_id} bestaat niet.")
    template = template_for(s, group, lesson_number)
    pupils = list(s.scalars(pupils_query([group.id])))
    return job_from(group, template, lesson_number, pupils, _lesson_dates(s, group, template), language, generic,
                    fallback)


def job_from(group: Group, template: LessonTemplate, lesson_number: int, pupils: Sequence[Pupil],
             dates: tuple[date | None, date | None], language: str, generic: bool, fallback: str) -> HandoutJob:
    """The job from rows already read (one group's here, many groups' at once in `handout_batch`): the same
    decisions either way. ``dates`` = (lesson date, return-by date) as `_lesson_dates` gives them."""
    acts = {a.language: a for a in template.home_activities}
    if DUTCH not in acts:
        raise ValidationError(f"Les {lesson_number} heeft geen Nederlandse thuisopdracht; vul die eerst in.")
    available = tuple(sorted(acts, key=_language_key))
    if language != AUTO and language not in acts:
        have = ", ".join(available)
        which = f"het {LANGUAGE_NAMES[language]} ({language})" if language in LANGUAGE_NAMES else f"taal '{language}'"
        raise ValidationError(f"Les {lesson_number} heeft geen thuisopdracht in {which}; beschikbaar: {have}.")
    without = sum(1 for p in pupils if not any(c.purpose == "class_video" and c.withdrawn_on is None
                                               for c in p.consents))
    lesson_video = template.video_url or None
    withheld = not lesson_video and bool(group.video_url) and without > 0
    if lesson_video:
        video_url, video_kind = lesson_video, "lesson"
    else:
        video_url, video_kind = (None if withheld or not group.video_url else group.video_url), "group"
    lesson_date, return_by = dates
    title = template.text("title")
    theme = template.text("theme")
    lesson = HandoutLesson(
        school_name=group.school.name, group_name=group.name, lesson_number=template.number, lesson_title=title,
        class_summary=template.text("class_summary"),
        child_practice=_child_practice((template.child_practice or {}).get(DUTCH)),
        activities=tuple(HomeActivityText(c, acts[c].title, acts[c].text, acts[c].tip or "") for c in available),
        theme=theme if theme and theme != title else "Weerbaarheidstraining",
        lesson_date=lesson_date, return_by=return_by, video_url=video_url, video_kind=video_kind,
        sections=_sections(template, available),
    )
    if generic:
        codes = available if language == AUTO else (language,)
        recipients = tuple(Recipient(language=c) for c in codes)
    else:
        if not pupils:
            raise EmptyGroup(f"Groep {group.name} van {group.school.name} heeft geen leerlingen; "
                                  "print losse bladen per taal.")
        people = []
        for family in group_families(pupils):
            code, missing = (language, None) if language != AUTO else resolve_language(family, available, fallback)
            people.append((Recipient(language=code, pupil_names=tuple(p.display_name for p in family)), missing))
        recipients = tuple(r for r, _ in people)
        missed = [m for _, m in people if m]
    if generic:
        missed = []
    languages = tuple(sorted({r.language for r in recipients}, key=_language_key))
    unchecked = tuple(c for c in languages if not acts[c].checked)
    return HandoutJob(group.id, template.id, group.school.name, group.name, template.number,
                      HandoutBatch(lesson, recipients), languages, unchecked, available, without, withheld, generic,
                      fallback, len(missed), tuple(sorted(set(missed), key=_language_key)))


def build_handouts(db: Database, group_id: int, lesson_number: int, *, language: str = AUTO,
                   generic: bool = False, fallback: str = FALLBACK_DUTCH_ENGLISH) -> HandoutJob:
    """The sheets for lesson ``lesson_number`` of a group.

    ``language``: ``"auto"`` gives each family its own language; a code (``"ar"``) prints every sheet in
    that language beside Dutch (still one per family, with the names). ``generic``: one sheet without a
    name per language of the home activity (or only ``language``). ``fallback``: what a family whose
    language has no texts gets, ``"nl+en"`` (Dutch with English) or ``"nl"`` (Dutch only); the job counts them.
    """
    check_fallback(fallback)
    with db.session() as s:
        return _build(s, group_id, lesson_number, language, generic, fallback)


def record_delivery(db: Database, job: HandoutJob, layout: str, printed_on: date | None = None) -> int:
    """Record that the set was printed or saved (for the municipality report); returns the row id."""
    if layout not in LAYOUTS:
        raise ValidationError(f"Onbekende opmaak {layout!r}; kies uit {', '.join(LAYOUTS)}.")
    with db.write() as s:
        row = HandoutDelivery(group_id=job.group_id, template_id=job.template_id,
                              printed_on=printed_on or date.today(), languages=",".join(job.languages),
                              sheet_count=job.sheet_count, layout=layout)
        s.add(row)
        s.flush()
        return row.id


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    group_id: int
    lesson_number: int
    printed_on: date
    languages: tuple[str, ...]
    sheet_count: int
    layout: str


def list_deliveries(db: Database, group_id: int | None = None) -> list[DeliveryRow]:
    """Printed sets, newest first (for the report and for "already printed" hints)."""
    with db.session() as s:
        query = (select(HandoutDelivery, LessonTemplate.number).join(
            LessonTemplate, LessonTemplate.id == HandoutDelivery.template_id)
            .order_by(HandoutDelivery.printed_on.desc(), HandoutDelivery.id.desc()))
        if group_id is not None:
            query = query.where(HandoutDelivery.group_id == group_id)
        return [DeliveryRow(d.id, d.group_id, number, d.printed_on, tuple(c for c in d.languages.split(",") if c),
                            d.sheet_count, d.layout) for d, number in s.execute(query)]


# --- writing PDFs ---------------------------------------------------------------------------------------

def iter_write_handouts(db: Database, job: HandoutJob, out: Path | str, render: Renderer, layout: str = "a4",
                        printed_on: date | None = None, record: bool = True) -> Generator[tuple[int, int], None, int]:
    """Write one set to ``out`` and record it as handed out, yielding (sheets done, total); returns the page
    count. ``record=False`` is a trial print: the PDF only, the report does not count it.

    Closing the generator before the end writes nothing and records nothing.
    """
    pages = yield from render(job.batch, out, layout)
    if record:
        record_delivery(db, job, layout, printed_on)
    return pages


def batch_group_ids(db: Database, school_id: int | None = None, year: str | None = None) -> list[int]:
    """The active groups of one school, or of the whole municipality, in a school year (default: current)."""
    from .directory import list_groups

    return [row.id for row in list_groups(db, school_id=school_id, year=year)]


def suggested_lesson(db: Database, group_id: int, today: date | None = None) -> int | None:
    """The number of the group's latest lesson on or before ``today`` (not cancelled): the sheet to hand out
    now. None when the group has had no dated lesson yet."""
    today = today or date.today()
    with db.session() as s:
        return s.scalar(select(LessonTemplate.number).join(Session, Session.template_id == LessonTemplate.id)
                        .where(Session.group_id == group_id, Session.date.is_not(None), Session.date <= today,
                               Session.status != "cancelled")
                        .order_by(Session.date.desc(), LessonTemplate.number.desc()).limit(1))
