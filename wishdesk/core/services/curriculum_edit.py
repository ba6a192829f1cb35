"""Editing a school year's lesson programme: lessons in order with goals, steps (minutes, who leads),
materials and home activities per language, each language with a "checked by a person" flag.

Each school year uses its own copy of the programme (see ``curriculum.copy_curriculum``), so adapting next
year's lessons never rewrites what sessions already held showed. ``make_own_copy`` makes that copy when a
year has none or shares one with another year (``CurriculumInfo.editable`` says whether it is needed).

Undo pattern: ``save_lesson`` ↔ ``save_lesson(old.draft)``; ``add_lesson``/``duplicate_lesson`` ↔
``remove_lesson`` (returns a snapshot) ↔ ``restore_lesson`` (same id and place); ``move_lesson`` ↔ move back.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import func, inspect, select

from ..db import Database
from ..errors import ValidationError
from ..models import (
    Curriculum,
    HandoutDelivery,
    HomeActivity,
    LessonStep,
    LessonTemplate,
    ReturnSlip,
    SchoolYear,
)
from ..models import Session as LessonSession
from ..models.vocab import LESSON_KINDS, STEP_LEADS
from . import setup_common as common
from .curriculum import copy_curriculum

Texts = dict[str, str]


@dataclass(frozen=True)
class StepDraft:
    minutes: int
    lead: str
    title: Texts
    description: Texts = field(default_factory=dict)


@dataclass(frozen=True)
class HomeDraft:
    language: str
    title: str
    text: str
    tip: str | None = None
    checked: bool = False


@dataclass(frozen=True)
class LessonDraft:
    title: Texts
    kind: str = "practice"
    duration_minutes: int = 90
    theme: Texts = field(default_factory=dict)
    goals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    materials: dict[str, tuple[str, ...]] = field(default_factory=dict)
    class_summary: Texts = field(default_factory=dict)
    child_practice: Texts = field(default_factory=dict)
    checked: dict[str, bool] = field(default_factory=dict)
    steps: tuple[StepDraft, ...] = ()
    home: tuple[HomeDraft, ...] = ()

    @property
    def languages(self) -> tuple[str, ...]:
        found = {lang for texts in (self.title, self.theme, self.class_summary, self.child_practice, self.goals,
                                    self.materials) for lang in texts} | {h.language for h in self.home}
        return tuple(sorted(found, key=lambda lang: (lang != "nl", lang)))


@dataclass(frozen=True)
class LessonState:
    id: int
    curriculum_id: int
    number: int
    draft: LessonDraft


@dataclass(frozen=True)
class LessonSummary:
    id: int
    number: int
    title: str
    kind: str
    duration_minutes: int
    step_minutes: int
    languages: tuple[str, ...]
    unchecked: tuple[str, ...]  # languages with text that no person checked yet
    sessions: int  # lesson moments (planned or held) that use this lesson


@dataclass(frozen=True)
class CurriculumInfo:
    id: int | None  # None: the year has no programme yet
    name: str
    year_id: int | None  # None: no school year yet; the shipped programme is shown read-only
    year: str
    held_sessions: int
    lessons: tuple[LessonSummary, ...]
    shared_with: tuple[str, ...] = ()  # other school years that use the same programme

    @property
    def editable(self) -> bool:
        return self.id is not None and self.year_id is not None and not self.shared_with


def _texts(values: dict | None) -> Texts:
    return {str(k): common.long_text(v, "text", "de tekst") or "" for k, v in (values or {}).items()
            if str(v or "").strip()}


def _lists(values: dict | None) -> dict[str, tuple[str, ...]]:
    out = {}
    for lang, items in (values or {}).items():
        kept = tuple(t for t in (common.text(i, "goals", "de regel", 500, required=False) for i in items) if t)
        if kept:
            out[str(lang)] = kept
    return out


def clean(draft: LessonDraft) -> LessonDraft:
    title = _texts(draft.title)
    if not title.get("nl"):
        raise ValidationError("Vul de Nederlandse titel van de les in.", "title")
    if any(len(t) > 200 for t in title.values()):
        raise ValidationError("De titel is te lang (hoogstens 200 tekens).", "title")
    common.choice(draft.kind, LESSON_KINDS, "kind", "praktijkles of theorieles")
    if not 10 <= int(draft.duration_minutes) <= 240:
        raise ValidationError("Een les duurt 10 tot 240 minuten.", "duration_minutes")
    steps = []
    for number, step in enumerate(draft.steps, start=1):
        if not 1 <= int(step.minutes) <= 240:
            raise ValidationError(f"Stap {number}: kies 1 tot 240 minuten.", "steps")
        common.choice(step.lead, STEP_LEADS, "steps", f"wie stap {number} leidt")
        step_title = _texts(step.title)
        if not step_title.get("nl"):
            raise ValidationError(f"Stap {number}: vul de Nederlandse titel in.", "steps")
        steps.append(StepDraft(int(step.minutes), step.lead, step_title, _texts(step.description)))
    home, seen = [], set()
    for item in draft.home:
        language = (item.language or "").strip().lower()
        if not language or len(language) > 10 or language in seen:
            raise ValidationError(f"De thuisopdracht heeft een ongeldige of dubbele taal ('{language}').", "home")
        seen.add(language)
        act_title = common.text(item.title, "home", "de titel van de thuisopdracht", 300, required=False)
        act_text = common.long_text(item.text, "home", "de tekst van de thuisopdracht")
        if not act_title and not act_text:
            continue  # an emptied language is removed
        if not act_title or not act_text:
            raise ValidationError(f"Thuisopdracht ({language}): vul zowel de titel als de tekst in.", "home")
        home.append(HomeDraft(language, act_title, act_text, common.long_text(item.tip, "home", "de tip"),
                              bool(item.checked)))
    return LessonDraft(title, draft.kind, int(draft.duration_minutes), _texts(draft.theme), _lists(draft.goals),
                       _lists(draft.materials), _texts(draft.class_summary), _texts(draft.child_practice),
                       {str(k): bool(v) for k, v in draft.checked.items()}, tuple(steps), tuple(home))


def lesson_warnings(draft: LessonDraft) -> tuple[str, ...]:
    """Non-blocking hints for the editor (shown beside the steps and languages)."""
    out = []
    total = sum(s.minutes for s in draft.steps)
    if draft.steps and total != draft.duration_minutes:
        out.append(f"De stappen duren samen {total} minuten; de les duurt {draft.duration_minutes} minuten.")
    if not any(h.language == "nl" for h in draft.home):
        out.append("Er is nog geen Nederlandse thuisopdracht; ouders krijgen dan geen blad mee.")
    return tuple(out)


def _draft(t: LessonTemplate) -> LessonDraft:
    return LessonDraft(
        dict(t.title or {}), t.kind, t.duration_minutes, dict(t.theme or {}),
        {k: tuple(v) for k, v in (t.goals or {}).items()}, {k: tuple(v) for k, v in (t.materials or {}).items()},
        dict(t.class_summary or {}), dict(t.child_practice or {}), dict(t.checked or {}),
        tuple(StepDraft(s.minutes, s.lead, dict(s.title or {}), dict(s.description or {})) for s in t.steps),
        tuple(HomeDraft(h.language, h.title, h.text, h.tip, h.checked)
              for h in sorted(t.home_activities, key=lambda h: (h.language != "nl", h.language))),
    )


def _state(t: LessonTemplate) -> LessonState:
    return LessonState(t.id, t.curriculum_id, t.number, _draft(t))


def _apply(session, t: LessonTemplate, d: LessonDraft) -> None:  # noqa: ANN001
    if inspect(t).persistent:  # old steps go first: the new ones reuse their positions (unique)
        t.steps, t.home_activities = [], []
        session.flush()
    t.kind, t.duration_minutes = d.kind, d.duration_minutes
    t.title, t.theme, t.class_summary, t.child_practice = d.title, d.theme, d.class_summary, d.child_practice
    t.goals = {k: list(v) for k, v in d.goals.items()}
    t.materials = {k: list(v) for k, v in d.materials.items()}
    t.checked = dict(d.checked)
    t.steps = [LessonStep(position=i, minutes=s.minutes, lead=s.lead, title=s.title, description=s.description)
               for i, s in enumerate(d.steps, start=1)]
    t.home_activities = [HomeActivity(language=h.language, title=h.title, text=h.text, tip=h.tip, checked=h.checked)
                         for h in d.home]


def _summary(session, t: LessonTemplate) -> LessonSummary:  # noqa: ANN001
    draft = _draft(t)
    unchecked = sorted({lang for lang in draft.languages if lang in draft.title and not draft.checked.get(lang)}
                       | {h.language for h in draft.home if not h.checked})
    return LessonSummary(t.id, t.number, t.text("title"), t.kind, t.duration_minutes,
                         sum(s.minutes for s in t.steps), tuple(sorted(h.language for h in draft.home)),
                         tuple(unchecked), common.count(session, LessonSession.id, LessonSession.template_id == t.id))


def _ordered(session, curriculum_id: int) -> list[LessonTemplate]:  # noqa: ANN001
    return list(session.scalars(select(LessonTemplate).where(LessonTemplate.curriculum_id == curriculum_id)
                                .order_by(LessonTemplate.number)))


def _renumber(session, lessons: list[LessonTemplate]) -> None:  # noqa: ANN001
    """Number lessons 1..n in list order; via negative numbers so the unique constraint never trips."""
    for i, lesson in enumerate(lessons, start=1):
        lesson.number = -i
    session.flush()
    for i, lesson in enumerate(lessons, start=1):
        lesson.number = i
    session.flush()


def year_curriculum(db: Database, year_id: int) -> CurriculumInfo:
    """The programme of a school year (read only). ``shared_with`` names other years using the same
    programme: edit only after ``make_own_copy``, so editing one year never changes another."""
    with db.session() as s:
        year = common.get(s, SchoolYear, year_id, "Schooljaar")
        if year.curriculum_id is None:
            return CurriculumInfo(None, "", year.id, year.name, 0, ())
        others = tuple(s.scalars(select(SchoolYear.name).where(SchoolYear.curriculum_id == year.curriculum_id,
                                                               SchoolYear.id != year_id)))
        held = int(s.scalar(select(func.count(LessonSession.id)).join(LessonSession.template).where(
            LessonTemplate.curriculum_id == year.curriculum_id, LessonSession.status == "held")) or 0)
        return CurriculumInfo(year.curriculum_id, year.curriculum.name, year.id, year.name, held,
                              tuple(_summary(s, t) for t in _ordered(s, year.curriculum_id)), others)


def programme_without_year(db: Database) -> CurriculumInfo | None:
    """Before any school year exists: the installed programme, to read (editing needs a year)."""
    with db.session() as s:
        curriculum = s.scalar(select(Curriculum).order_by(Curriculum.id).limit(1))
        if curriculum is None:
            return None
        return CurriculumInfo(curriculum.id, curriculum.name, None, "", 0,
                              tuple(_summary(s, t) for t in _ordered(s, curriculum.id)))


def make_own_copy(db: Database, year_id: int) -> int:
    """Give a year its own copy of the programme (of its shared one, else of the newest); returns its id."""
    with db.write() as s:
        year = common.get(s, SchoolYear, year_id, "Schooljaar")
        shared = year.curriculum_id is None or common.count(
            s, SchoolYear.id, SchoolYear.curriculum_id == year.curriculum_id, SchoolYear.id != year_id) > 0
        if not shared:
            return year.curriculum_id
        source = year.curriculum or s.scalar(select(Curriculum).order_by(Curriculum.id.desc()))
        if source is None:
            raise ValidationError("Er is nog geen lesprogramma in deze database.", "curriculum")
        year.curriculum = copy_curriculum(s, source, f"{source.name} ({year.name})")
        s.flush()
        return year.curriculum_id


def get_lesson(db: Database, template_id: int) -> LessonState:
    with db.session() as s:
        return _state(common.get(s, LessonTemplate, template_id, "Les"))


def save_lesson(db: Database, template_id: int, draft: LessonDraft) -> LessonState:
    draft = clean(draft)
    with db.write() as s:
        template = common.get(s, LessonTemplate, template_id, "Les")
        _apply(s, template, draft)
        s.flush()
        return _state(template)


def _insert(s, curriculum_id: int, draft: LessonDraft, at: int, template_id: int | None = None) -> LessonTemplate:  # noqa: ANN001
    lessons = _ordered(s, curriculum_id)
    template = LessonTemplate(id=template_id, curriculum_id=curriculum_id, number=len(lessons) + 1000)
    _apply(s, template, draft)
    s.add(template)
    s.flush()
    lessons.insert(max(0, min(at - 1, len(lessons))), template)
    _renumber(s, lessons)
    return template


def add_lesson(db: Database, curriculum_id: int, at: int | None = None, draft: LessonDraft | None = None) -> LessonState:
    """A new lesson at place ``at`` (1-based; the end when None)."""
    draft = clean(draft or LessonDraft(title={"nl": "Nieuwe les"}))
    with db.write() as s:
        common.get(s, Curriculum, curriculum_id, "Lesprogramma")
        return _state(_insert(s, curriculum_id, draft, at or 10_000))


def duplicate_lesson(db: Database, template_id: int) -> LessonState:
    """A copy of a lesson right after it; its translations start unchecked."""
    old = get_lesson(db, template_id)
    d = old.draft
    draft = replace(d, title={k: f"{v} (kopie)" for k, v in d.title.items()})
    return add_lesson(db, old.curriculum_id, old.number + 1, draft)


def dependents_lesson(db: Database, template_id: int) -> tuple[str, ...]:
    with db.session() as s:
        return _dependents(s, template_id)


def _dependents(s, template_id: int) -> tuple[str, ...]:  # noqa: ANN001
    return common.described([
        (common.count(s, LessonSession.id, LessonSession.template_id == template_id), "lesmoment", "lesmomenten"),
        (common.count(s, HandoutDelivery.id, HandoutDelivery.template_id == template_id),
         "geprinte set thuisopdrachten", "geprinte sets thuisopdrachten"),
        (common.count(s, ReturnSlip.id, ReturnSlip.template_id == template_id), "ingeleverd strookje",
         "ingeleverde strookjes"),
    ])


def remove_lesson(db: Database, template_id: int) -> LessonState:
    with db.write() as s:
        template = common.get(s, LessonTemplate, template_id, "Les")
        blocking = _dependents(s, template_id)
        if blocking:
            raise common.InUse(f"Les {template.number}", blocking)
        snapshot, curriculum_id = _state(template), template.curriculum_id
        s.delete(template)
        s.flush()
        _renumber(s, _ordered(s, curriculum_id))
        return snapshot


def restore_lesson(db: Database, state: LessonState) -> LessonState:
    with db.write() as s:
        return _state(_insert(s, state.curriculum_id, state.draft, state.number, state.id))


def move_lesson(db: Database, template_id: int, number: int) -> int:
    """Move a lesson to place ``number``; returns its old place (for undo)."""
    with db.write() as s:
        template = common.get(s, LessonTemplate, template_id, "Les")
        lessons = _ordered(s, template.curriculum_id)
        old = template.number
        lessons.remove(template)
        lessons.insert(max(0, min(number - 1, len(lessons))), template)
        _renumber(s, lessons)
        return old
