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

FORMAT = "wishdesk-curriculum"
FORMAT_VERSION = 1
BASE_LANGUAGE = "nl"
# Mirrors wishdesk.core.models.vocab (a test keeps them equal); duplicated so this module needs no SQLAlchemy.
STEP_LEADS = ("teacher", "specialist", "both")
LESSON_KINDS = ("practice", "theory")
PARENT_EVENT_KINDS = ("parent_evening", "walk_in", "round_table", "online", "showcase")
EVENT_MOMENTS = ("before_first", "after_last")
DEFAULT_RELATIVE_PATH = Path("resources") / "curriculum" / "default.json"

Text = dict[str, str]
TextList = dict[str, tuple[str, ...]]

_TOP_KEYS = {"format", "format_version", "name", "languages", "lessons", "parent_events"}
_LESSON_KEYS = {
    "number", "kind", "duration_minutes", "title", "theme", "goals", "materials",
    "class_summary", "child_practice", "steps", "home_activity", "checked",
}
_STEP_KEYS = {"title", "description", "minutes", "lead"}
_HOME_KEYS = {"title", "text", "tip"}
_EVENT_KEYS = {"kind", "when", "duration_minutes", "title", "description"}


class CurriculumError(ValueError):
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


# ----------------------------------------------------------------------------- validation


def _is_count(value: Any) -> bool:
    # bool is an int subclass; `true` minutes would otherwise pass as 1.
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


class _Checker:
    """Collects problems while walking the data; `where` prefixes say which lesson or step is wrong."""

    def __init__(self, languages: set[str]) -> None:
        self.languages = languages
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def mapping(self, value: Any, where: str) -> bool:
        if isinstance(value, dict):
            return True
        self.add(where, "ontbreekt of is geen JSON-object ({...}).")
        return False

    def unknown_keys(self, data: dict, allowed: set[str], where: str) -> None:
        for key in sorted(set(data) - allowed, key=str):
            self.add(where, f"onbekend veld '{key}' (tikfout?).")

    def count(self, value: Any, where: str, key: str) -> bool:
        if _is_count(value):
            return True
        self.add(where, f"'{key}' ontbreekt of is geen positief geheel getal (nu: {json.dumps(value)}).")
        return False

    def text(self, value: Any, where: str, *, as_list: bool = False, may_be_empty: bool = False) -> None:
        """A {language: text} object (or {language: [text, ...]}); Dutch must be present and not empty."""
        if not isinstance(value, dict):
            self.add(where, 'ontbreekt of is geen tekst per taal (verwacht bijvoorbeeld {"nl": "..."}).')
            return
        for lang, item in value.items():
            if lang not in self.languages:
                self.add(where, f"taal '{lang}' staat niet in de lijst 'languages'.")
            if as_list:
                if not isinstance(item, list) or not all(isinstance(x, str) and x.strip() for x in item):
                    self.add(where, f"de tekst in taal '{lang}' moet een lijst met niet-lege teksten zijn.")
                elif not item and not may_be_empty and lang == BASE_LANGUAGE:
                    self.add(where, "de Nederlandse lijst (nl) is leeg.")
            elif not isinstance(item, str) or not item.strip():
                if lang != BASE_LANGUAGE:
                    self.add(where, f"de tekst in taal '{lang}' is leeg of geen tekst.")
        base = value.get(BASE_LANGUAGE)
        if base is None or (not as_list and (not isinstance(base, str) or not base.strip())):
            self.add(where, "de Nederlandse tekst (nl) ontbreekt.")


def validate(data: Any) -> list[str]:
    """All problems in a curriculum document, as Dutch sentences; an empty list means usable."""
    if not isinstance(data, dict):
        return ["Het bestand bevat geen lesprogramma: verwacht een JSON-object ({...}) als geheel."]
    if data.get("format") != FORMAT:
        return [f"Dit is geen WIsH Desk-lesprogramma: het veld 'format' moet \"{FORMAT}\" zijn."]
    version = data.get("format_version")
    if _is_count(version) and version > FORMAT_VERSION:
        return [
            f"Dit lesprogramma heeft formaatversie {version}; deze versie van WIsH Desk kan alleen versie "
            f"{FORMAT_VERSION} lezen. Werk WIsH Desk bij."
        ]
    if version != FORMAT_VERSION or isinstance(version, bool):
        return [f"Het veld 'format_version' ontbreekt of is ongeldig (verwacht {FORMAT_VERSION})."]

    languages = data.get("languages")
    check = _Checker({x for x in languages if isinstance(x, str)} if isinstance(languages, list) else set())
    if not isinstance(languages, list) or not all(isinstance(x, str) and x for x in languages):
        check.problems.append("Het veld 'languages' moet een lijst met taalcodes zijn, bijvoorbeeld [\"nl\", \"en\"].")
    elif BASE_LANGUAGE not in languages:
        check.problems.append("De lijst 'languages' moet Nederlands (\"nl\") bevatten.")
    check.unknown_keys(data, _TOP_KEYS, "Lesprogramma")
    check.text(data.get("name"), "Naam van het lesprogramma")

    lessons = data.get("lessons")
    if not isinstance(lessons, list) or not lessons:
        check.problems.append("Het lesprogramma bevat geen lessen (het veld 'lessons' ontbreekt of is leeg).")
    else:
        for position, lesson in enumerate(lessons, start=1):
            _validate_lesson(check, lesson, position, len(lessons))

    events = data.get("parent_events", [])
    if not isinstance(events, list):
        check.problems.append("Het veld 'parent_events' moet een lijst zijn.")
    else:
        for position, event in enumerate(events, start=1):
            _validate_event(check, event, position)
    return check.problems


def _validate_lesson(check: _Checker, lesson: Any, position: int, total: int) -> None:
    where = f"Les {position}"
    if not check.mapping(lesson, where):
        return
    check.unknown_keys(lesson, _LESSON_KEYS, where)
    number = lesson.get("number")
    if not _is_count(number):
        check.add(where, "'number' ontbreekt of is geen positief geheel getal.")
    elif number != position:
        check.add(
            where,
            f"heeft nummer {number}, maar moet nummer {position} hebben "
            f"(de lessen zijn in volgorde genummerd van 1 tot en met {total}).",
        )
    kind = lesson.get("kind", "practice")
    if kind not in LESSON_KINDS:
        check.add(where, f"soort les ('kind') \"{kind}\" is onbekend; kies \"practice\" of \"theory\".")
    duration_ok = check.count(lesson.get("duration_minutes"), where, "duration_minutes")
    for key, label in (("title", "titel"), ("theme", "thema"), ("class_summary", "wat de klas deed"),
                       ("child_practice", "wat uw kind oefent")):
        check.text(lesson.get(key), f"{where}, {label}")
    check.text(lesson.get("goals"), f"{where}, doelen", as_list=True)
    check.text(lesson.get("materials"), f"{where}, materialen", as_list=True, may_be_empty=True)

    steps = lesson.get("steps")
    if not isinstance(steps, list) or not steps:
        check.add(where, "er zijn geen stappen (het veld 'steps' ontbreekt of is leeg).")
    else:
        minutes_ok = True
        for index, step in enumerate(steps, start=1):
            minutes_ok = _validate_step(check, step, f"{where}, stap {index}") and minutes_ok
        if duration_ok and minutes_ok:
            total_minutes = sum(step["minutes"] for step in steps)
            if total_minutes != lesson["duration_minutes"]:
                check.add(
                    where,
                    f"de stappen duren samen {total_minutes} minuten in plaats van {lesson['duration_minutes']}.",
                )

    home = lesson.get("home_activity")
    home_where = f"{where}, thuisopdracht"
    if check.mapping(home, home_where):
        check.unknown_keys(home, _HOME_KEYS, home_where)
        for key, label in (("title", "titel"), ("text", "tekst"), ("tip", "tip")):
            check.text(home.get(key), f"{home_where}, {label}")

    checked = lesson.get("checked", {})
    if not isinstance(checked, dict) or not all(isinstance(v, bool) for v in checked.values()):
        check.add(where, "'checked' moet per taal true of false zijn, bijvoorbeeld {\"nl\": true, \"tr\": false}.")
    else:
        for lang in checked:
            if lang not in check.languages:
                check.add(where, f"'checked' noemt taal '{lang}', die niet in de lijst 'languages' staat.")


def _validate_step(check: _Checker, step: Any, where: str) -> bool:
    """Checks one step; returns whether its minutes are usable for the duration sum."""
    if not check.mapping(step, where):
        return False
    check.unknown_keys(step, _STEP_KEYS, where)
    check.text(step.get("title"), f"{where}, titel")
    check.text(step.get("description"), f"{where}, beschrijving")
    lead = step.get("lead")
    if lead not in STEP_LEADS:
        check.add(
            where,
            f"wie de stap leidt ('lead') moet \"teacher\", \"specialist\" of \"both\" zijn, niet {json.dumps(lead)}.",
        )
    return check.count(step.get("minutes"), where, "minutes")


def _validate_event(check: _Checker, event: Any, position: int) -> None:
    where = f"Ouderbijeenkomst {position}"
    if not check.mapping(event, where):
        return
    check.unknown_keys(event, _EVENT_KEYS, where)
    kind = event.get("kind")
    if kind not in PARENT_EVENT_KINDS:
        check.add(where, f"soort ('kind') {json.dumps(kind)} is onbekend; kies uit {', '.join(PARENT_EVENT_KINDS)}.")
    when = event.get("when")
    if when not in EVENT_MOMENTS:
        check.add(where, f"moment ('when') {json.dumps(when)} is onbekend; kies \"before_first\" of \"after_last\".")
    check.count(event.get("duration_minutes"), where, "duration_minutes")
    check.text(event.get("title"), f"{where}, titel")
    check.text(event.get("description"), f"{where}, beschrijving")


# ----------------------------------------------------------------------------- loading and writing


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
