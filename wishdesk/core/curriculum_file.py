"""The lesson programme as an editable JSON file: load, validate and write it back.

The default WIsH programme ships as `resources/curriculum/default.json` so that coordinators can adapt
texts (or translate them) without a new release. Every such file passes through `validate` here before
anything reaches the database, and problems come back as plain Dutch sentences a coordinator can act on
("Les 3: de stappen duren samen 85 minuten in plaats van 90."), not as a traceback.

Pure Python on purpose (no Qt, no SQLAlchemy): the CLI, the installer checks and the tests use it too.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .curriculum_validation import (  # noqa: F401 - re-exported: the file format's vocabulary
    BASE_LANGUAGE,
    EVENT_MOMENTS,
    FORMAT,
    FORMAT_VERSION,
    LESSON_KINDS,
    PARENT_EVENT_KINDS,
    STEP_LEADS,
    validate,
)
from .errors import UserError

DEFAULT_RELATIVE_PATH = Path("resources") / "curriculum" / "default.json"

Text = dict[str, str]
TextList = dict[str, tuple[str, ...]]


class CurriculumError(UserError, ValueError):
    """A curriculum file that cannot be used; `problems` holds one Dutch sentence per problem."""

    def __init__(self, problems: list[str], path: Path | None = None) -> None:
        self.problems = list(problems)
        self.path = path
        where = f"Het lesprogramma {path}" if path else "Het lesprogramma"
        super().__init__(f"{where} kan niet worden gebruikt:\n" + "\n".join(f"- {p}" for p in self.problems))


def localized(texts: Mapping[str, str], language: str) -> str:
    """The text in `language`, else the Dutch text (always present in a valid file)."""
    return texts.get(language) or texts.get(BASE_LANGUAGE) or ""


@dataclass(frozen=True)
class StepSpec:
    title: Text
    description: Text
    minutes: int
    lead: str  # one of STEP_LEADS: who leads this step of the duo lesson


@dataclass(frozen=True)
class HomeActivitySpec:
    title: Text
    text: Text
    tip: Text
    # {language: True} when a person checked the translation; machine translations stay False.
    checked: dict[str, bool] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages in which the whole activity (title, text and tip) is available."""
        return tuple(lang for lang in self.title if lang in self.text and lang in self.tip)

    def is_checked(self, language: str) -> bool:
        return bool(self.checked.get(language, False))


@dataclass(frozen=True)
class LessonSpec:
    number: int
    duration_minutes: int
    title: Text
    theme: Text
    goals: TextList
    materials: TextList
    class_summary: Text  # "what the class did", for parents
    child_practice: Text  # "what your child practises", for parents
    steps: tuple[StepSpec, ...]
    home_activity: HomeActivitySpec
    kind: str = "practice"  # "theory" lessons are taught by the class teacher alone
    video_url: str | None = None  # the programme's video of this lesson, linked by the sheet's QR code

    @property
    def step_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


@dataclass(frozen=True)
class ParentEventSpec:
    kind: str  # one of PARENT_EVENT_KINDS
    when: str  # one of EVENT_MOMENTS
    duration_minutes: int
    title: Text
    description: Text

    def lessons_before(self, lesson_count: int) -> int:
        """How many lessons precede the event: 0 before the first, all of them after the last."""
        return 0 if self.when == "before_first" else lesson_count


@dataclass(frozen=True)
class CurriculumSpec:
    name: Text
    languages: tuple[str, ...]
    lessons: tuple[LessonSpec, ...]
    parent_events: tuple[ParentEventSpec, ...] = ()
    format_version: int = FORMAT_VERSION

    def lesson(self, number: int) -> LessonSpec:
        for lesson in self.lessons:
            if lesson.number == number:
                return lesson
        raise KeyError(number)


# ----------------------------------------------------------------------------- locating the file


def default_curriculum_path() -> Path:
    """The shipped default; inside a PyInstaller bundle the resources live under sys._MEIPASS."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / DEFAULT_RELATIVE_PATH
    return Path(__file__).resolve().parents[2] / DEFAULT_RELATIVE_PATH


def _texts(value: dict) -> Text:
    return {lang: text for lang, text in value.items()}


def _text_lists(value: dict) -> TextList:
    return {lang: tuple(items) for lang, items in value.items()}


def parse_curriculum(data: Any, path: Path | None = None) -> CurriculumSpec:
    """Turn an already-parsed JSON document into specs; raises CurriculumError listing every problem."""
    problems = validate(data)
    if problems:
        raise CurriculumError(problems, path)
    lessons = []
    for raw in data["lessons"]:
        home = raw["home_activity"]
        lessons.append(LessonSpec(
            number=raw["number"],
            kind=raw.get("kind", "practice"),
            duration_minutes=raw["duration_minutes"],
            title=_texts(raw["title"]),
            theme=_texts(raw["theme"]),
            goals=_text_lists(raw["goals"]),
            materials=_text_lists(raw["materials"]),
            class_summary=_texts(raw["class_summary"]),
            child_practice=_texts(raw["child_practice"]),
            steps=tuple(
                StepSpec(_texts(s["title"]), _texts(s["description"]), s["minutes"], s["lead"])
                for s in raw["steps"]
            ),
            home_activity=HomeActivitySpec(
                _texts(home["title"]), _texts(home["text"]), _texts(home["tip"]), dict(raw.get("checked", {}))
            ),
            video_url=raw.get("video_url") or None,
        ))
    events = tuple(
        ParentEventSpec(e["kind"], e["when"], e["duration_minutes"], _texts(e["title"]), _texts(e["description"]))
        for e in data.get("parent_events", [])
    )
    return CurriculumSpec(
        name=_texts(data["name"]),
        languages=tuple(data["languages"]),
        lessons=tuple(lessons),
        parent_events=events,
        format_version=data["format_version"],
    )


def load_curriculum(path: Path | None = None) -> CurriculumSpec:
    """Read and validate a curriculum file; None means the shipped default programme."""
    source = Path(path) if path is not None else default_curriculum_path()
    try:
        # utf-8-sig: Windows Notepad may save with a byte-order mark, which is harmless here.
        raw = source.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CurriculumError([f"Het bestand {source} bestaat niet."], source) from None
    except UnicodeDecodeError:
        raise CurriculumError(
            ["Het bestand is niet als UTF-8-tekst opgeslagen. Sla het op als UTF-8 en probeer het opnieuw."], source
        ) from None
    except OSError as exc:
        raise CurriculumError([f"Het bestand {source} kan niet worden gelezen ({exc.strerror})."], source) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CurriculumError(
            [f"Het bestand is geen geldige JSON: fout in regel {exc.lineno}, kolom {exc.colno} ({exc.msg})."], source
        ) from None
    return parse_curriculum(data, source)


def dump_curriculum(spec: CurriculumSpec) -> dict:
    """The JSON document for `spec`, in the file's own key order; `parse_curriculum` reads it back equal."""
    lessons = []
    for lesson in spec.lessons:
        raw: dict[str, Any] = {"number": lesson.number}
        if lesson.kind != "practice":  # keep the shipped file free of a key that only theory lessons need
            raw["kind"] = lesson.kind
        raw.update({
            "duration_minutes": lesson.duration_minutes,
            "title": dict(lesson.title),
            "theme": dict(lesson.theme),
            "goals": {lang: list(items) for lang, items in lesson.goals.items()},
            "materials": {lang: list(items) for lang, items in lesson.materials.items()},
            "class_summary": dict(lesson.class_summary),
            "child_practice": dict(lesson.child_practice),
            "steps": [
                {"title": dict(s.title), "description": dict(s.description), "minutes": s.minutes, "lead": s.lead}
                for s in lesson.steps
            ],
            "home_activity": {
                "title": dict(lesson.home_activity.title),
                "text": dict(lesson.home_activity.text),
                "tip": dict(lesson.home_activity.tip),
            },
            "checked": dict(lesson.home_activity.checked),
        })
        if lesson.video_url:
            raw["video_url"] = lesson.video_url
        lessons.append(raw)
    return {
        "format": FORMAT,
        "format_version": spec.format_version,
        "name": dict(spec.name),
        "languages": list(spec.languages),
        "lessons": lessons,
        "parent_events": [
            {"kind": e.kind, "when": e.when, "duration_minutes": e.duration_minutes,
             "title": dict(e.title), "description": dict(e.description)}
            for e in spec.parent_events
        ],
    }


def save_curriculum(spec: CurriculumSpec, path: Path) -> None:
    """Write `spec` as readable UTF-8 JSON; written to a temporary file first so a crash never leaves half a file."""
    text = json.dumps(dump_curriculum(spec), ensure_ascii=False, indent=2) + "\n"
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".curriculum-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
