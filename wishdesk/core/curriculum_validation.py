"""Checking a curriculum document (see curriculum_file): every problem as a Dutch sentence a coordinator can
act on, collected in one pass so a file can be fixed in one go."""

from __future__ import annotations

import json
from typing import Any

FORMAT = "wishdesk-curriculum"
FORMAT_VERSION = 1
BASE_LANGUAGE = "nl"
# Mirrors wishdesk.core.models.vocab (a test keeps them equal); duplicated so this module needs no SQLAlchemy.
STEP_LEADS = ("teacher", "specialist", "both")
LESSON_KINDS = ("practice", "theory")
PARENT_EVENT_KINDS = ("parent_evening", "walk_in", "round_table", "online", "showcase")
EVENT_MOMENTS = ("before_first", "after_last")

_TOP_KEYS = {"format", "format_version", "name", "languages", "lessons", "parent_events"}
_LESSON_KEYS = {
    "number", "kind", "duration_minutes", "title", "theme", "goals", "materials",
    "class_summary", "child_practice", "steps", "home_activity", "checked", "video_url",
}
_STEP_KEYS = {"title", "description", "minutes", "lead"}
_HOME_KEYS = {"title", "text", "tip"}
_EVENT_KEYS = {"kind", "when", "duration_minutes", "title", "description"}


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

    video = lesson.get("video_url")
    if video is not None and (not isinstance(video, str) or not video.startswith(("https://", "http://"))):
        check.add(where, "'video_url' moet een webadres zijn dat begint met https://.")

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
