"""The lesson programme in the database: installing the shipped default and copying it per school year."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..curriculum_file import dump_curriculum, load_curriculum
from ..db import Database
from ..models import Curriculum, CurriculumEvent, HomeActivity, LessonStep, LessonTemplate


def _curriculum_from_dict(data: dict) -> Curriculum:
    name = data["name"].get("nl") if isinstance(data["name"], dict) else str(data["name"])
    curriculum = Curriculum(name=name)
    for lesson in data["lessons"]:
        template = LessonTemplate(
            number=lesson["number"],
            kind=lesson.get("kind", "practice"),
            duration_minutes=lesson["duration_minutes"],
            title=lesson["title"],
            theme=lesson["theme"],
            goals=lesson["goals"],
            materials=lesson["materials"],
            class_summary=lesson["class_summary"],
            child_practice=lesson["child_practice"],
            checked=lesson.get("checked", {}),
            video_url=lesson.get("video_url") or None,
        )
        for position, step in enumerate(lesson["steps"], start=1):
            template.steps.append(
                LessonStep(
                    position=position,
                    minutes=step["minutes"],
                    lead=step["lead"],
                    title=step["title"],
                    description=step["description"],
                )
            )
        activity = lesson["home_activity"]
        checked = lesson.get("checked", {})
        for language, title in activity["title"].items():
            template.home_activities.append(
                HomeActivity(
                    language=language,
                    title=title,
                    text=activity["text"].get(language, ""),
                    tip=activity.get("tip", {}).get(language),
                    checked=bool(checked.get(language, False)),
                )
            )
        curriculum.lessons.append(template)
    for event in data.get("parent_events", []):
        curriculum.events.append(
            CurriculumEvent(
                kind=event["kind"],
                position=event["when"],
                duration_minutes=event["duration_minutes"],
                title=event["title"],
                description=event["description"],
            )
        )
    return curriculum


def install_curriculum(session: OrmSession, path: Path | None = None) -> Curriculum:
    """Add the curriculum file (the shipped default when path is None) as a new curriculum."""
    curriculum = _curriculum_from_dict(dump_curriculum(load_curriculum(path)))
    session.add(curriculum)
    session.flush()
    return curriculum


def install_default_curriculum(database: Database) -> int:
    with database.write() as session:
        if session.scalar(select(Curriculum.id).limit(1)) is not None:
            return 0
        return install_curriculum(session).id


def copy_curriculum(session: OrmSession, source: Curriculum, name: str) -> Curriculum:
    """A deep copy for another school year, so its edits never touch lessons already held."""
    copy = Curriculum(name=name, copied_from_id=source.id)
    for lesson in source.lessons:
        template = LessonTemplate(
            number=lesson.number, kind=lesson.kind, duration_minutes=lesson.duration_minutes,
            title=dict(lesson.title), theme=dict(lesson.theme), goals=dict(lesson.goals),
            materials=dict(lesson.materials), class_summary=dict(lesson.class_summary),
            child_practice=dict(lesson.child_practice), checked=dict(lesson.checked), video_url=lesson.video_url,
        )
        for step in lesson.steps:
            template.steps.append(LessonStep(
                position=step.position, minutes=step.minutes, lead=step.lead,
                title=dict(step.title), description=dict(step.description),
            ))
        for act in lesson.home_activities:
            template.home_activities.append(HomeActivity(
                language=act.language, title=act.title, text=act.text, tip=act.tip, checked=act.checked,
            ))
        copy.lessons.append(template)
    for event in source.events:
        copy.events.append(CurriculumEvent(
            kind=event.kind, position=event.position, duration_minutes=event.duration_minutes,
            title=dict(event.title), description=dict(event.description),
        ))
    session.add(copy)
    session.flush()
    return copy
