"""A lesson's plan as plain data, in one language (falls back to Dutch)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound
from ..models import LessonTemplate


@dataclass(frozen=True)
class StepView:
    position: int
    minutes: int
    lead: str
    title: str
    description: str


@dataclass(frozen=True)
class LessonPlanView:
    id: int
    number: int
    title: str
    theme: str
    duration_minutes: int
    goals: tuple[str, ...]
    materials: tuple[str, ...]
    steps: tuple[StepView, ...]
    home_title: str
    home_text: str
    home_tip: str


def lesson_plan(db: Database, template_id: int, language: str = "nl") -> LessonPlanView:
    with db.session() as s:
        t = s.get(LessonTemplate, template_id, options=[selectinload(LessonTemplate.steps),
                                                        selectinload(LessonTemplate.home_activities)])
        if t is None:
            raise NotFound(f"Les {template_id} bestaat niet.")
        acts = {a.language: a for a in t.home_activities}
        act = acts.get(language) or acts.get("nl")

        def pick(values: dict) -> str:
            return values.get(language) or values.get("nl") or ""

        return LessonPlanView(
            t.id, t.number, t.text("title", language), t.text("theme", language), t.duration_minutes,
            tuple((t.goals or {}).get(language) or (t.goals or {}).get("nl") or ()),
            tuple((t.materials or {}).get(language) or (t.materials or {}).get("nl") or ()),
            tuple(StepView(st.position, st.minutes, st.lead, pick(st.title), pick(st.description)) for st in t.steps),
            act.title if act else "", act.text if act else "", (act.tip or "") if act else "",
        )
