"""Display names for the stored vocabularies (codes are English; the interface translates them).

One module for every page and dialog, so a code always reads the same everywhere. Dict-returning
functions feed combo boxes and tables; the single-code functions (``lead``, ``status``, ``language``,
``subgroup``) look one code up and leave unknown codes as they are. Where both forms exist, the single-code
function is derived from the dict (``language`` falls back on ``languages``), so there is one list of codes.

The translation contexts ("Labels", "Vocabulary") are those the strings always had, so translations carry
over.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def roles() -> dict[str, str]:
    return {
        "teacher": QCoreApplication.translate("Labels", "class teacher"),
        "specialist": QCoreApplication.translate("Labels", "resilience specialist"),
        "care_coordinator": QCoreApplication.translate("Labels", "care coordinator"),
        "programme_coordinator": QCoreApplication.translate("Labels", "programme coordinator"),
    }


def organisation_kinds() -> dict[str, str]:
    return {
        "youth_care": QCoreApplication.translate("Labels", "youth care"),
        "municipality": QCoreApplication.translate("Labels", "municipality"),
        "partner": QCoreApplication.translate("Labels", "partner in the neighbourhood"),
        "school": QCoreApplication.translate("Labels", "school or school board"),
    }


def organisation_headings() -> dict[str, str]:
    """Plural headings for grouping partners by kind (the partner map)."""
    return {
        "youth_care": QCoreApplication.translate("Labels", "Youth care"),
        "municipality": QCoreApplication.translate("Labels", "Municipality"),
        "partner": QCoreApplication.translate("Labels", "Partners in the neighbourhood"),
        "school": QCoreApplication.translate("Labels", "Schools and school boards"),
    }


def regions() -> dict[str, str]:
    return {
        "noord": QCoreApplication.translate("Labels", "north"),
        "midden": QCoreApplication.translate("Labels", "central"),
        "zuid": QCoreApplication.translate("Labels", "south"),
    }


def contacts() -> dict[str, str]:
    return {
        "platform": QCoreApplication.translate("Labels", "parent platform"),
        "paper": QCoreApplication.translate("Labels", "paper"),
        "email": QCoreApplication.translate("Labels", "e-mail"),
    }


def purposes() -> dict[str, str]:
    return {
        "class_video": QCoreApplication.translate("Labels", "pupil in the class video"),
        "photos": QCoreApplication.translate("Labels", "photos"),
        "share_youth_care": QCoreApplication.translate("Labels", "sharing with youth care"),
    }


def subgroups() -> dict[str, str]:
    """A pupil's subgroup, in the singular ("boy"/"girl"): one pupil is a boy, not "boys"."""
    return {
        "boys": QCoreApplication.translate("Labels", "boy"),
        "girls": QCoreApplication.translate("Labels", "girl"),
    }


def session_halves() -> dict[str, str]:
    """A lesson's half of the class, in the plural ("boys"/"girls"); the whole class has no label.

    Deliberately not derived from ``subgroups()``: Dutch needs different words ("jongen" for a pupil,
    "jongens" for half a class)."""
    return {
        "all": "",
        "boys": QCoreApplication.translate("Vocabulary", "boys"),
        "girls": QCoreApplication.translate("Vocabulary", "girls"),
    }


def subgroup(code: str) -> str:
    """The half of the class a lesson is for ("boys"); "" for the whole class."""
    return session_halves().get(code, code)


def leads() -> dict[str, str]:
    return {
        "both": QCoreApplication.translate("Labels", "together"),
        "teacher": QCoreApplication.translate("Labels", "teacher"),
        "specialist": QCoreApplication.translate("Labels", "specialist"),
    }


def lead(code: str) -> str:
    """Who leads a lesson step; the same vocabulary as the curriculum editor's."""
    return leads().get(code, code)


def lesson_kinds() -> dict[str, str]:
    return {
        "practice": QCoreApplication.translate("Labels", "practice lesson (duo)"),
        "theory": QCoreApplication.translate("Labels", "theory lesson (teacher)"),
    }


def status(code: str) -> str:
    return statuses().get(code, code)


def statuses() -> dict[str, str]:
    return {
        "unplanned": QCoreApplication.translate("Vocabulary", "not planned"),
        "planned": QCoreApplication.translate("Vocabulary", "planned"),
        "held": QCoreApplication.translate("Vocabulary", "held"),
        "cancelled": QCoreApplication.translate("Vocabulary", "cancelled"),
    }


def categories() -> dict[str, str]:
    return {
        "wellbeing": QCoreApplication.translate("Vocabulary", "Wellbeing"),
        "safety": QCoreApplication.translate("Vocabulary", "Safety"),
        "bullying": QCoreApplication.translate("Vocabulary", "Bullying"),
        "behaviour": QCoreApplication.translate("Vocabulary", "Behaviour"),
        "home_situation": QCoreApplication.translate("Vocabulary", "Home situation"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }


def follow_ups() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("Vocabulary", "No follow-up yet"),
        "talk_parents": QCoreApplication.translate("Vocabulary", "Talk with the parents"),
        "care_coordinator": QCoreApplication.translate("Vocabulary", "Discuss with the care coordinator"),
        "reporting_code": QCoreApplication.translate("Vocabulary", "Next step of the reporting code"),
    }


def meeting_kinds() -> dict[str, str]:
    return {"intervision": QCoreApplication.translate("Vocabulary", "Peer consultation"),
            "team_meeting": QCoreApplication.translate("Vocabulary", "Team meeting")}


def parent_event_kinds() -> dict[str, str]:
    return {
        "parent_evening": QCoreApplication.translate("Vocabulary", "Parent evening"),
        "walk_in": QCoreApplication.translate("Vocabulary", "Walk-in"),
        "round_table": QCoreApplication.translate("Vocabulary", "Round table"),
        "online": QCoreApplication.translate("Vocabulary", "Online activity"),
        "showcase": QCoreApplication.translate("Vocabulary", "Closing showcase"),
    }


def todo_kinds() -> dict[str, str]:
    return {
        "unrecorded": QCoreApplication.translate("Vocabulary", "Was this lesson held?"),
        "attendance": QCoreApplication.translate("Vocabulary", "Record attendance"),
        "reflection": QCoreApplication.translate("Vocabulary", "Write the reflection"),
        "concern_review": QCoreApplication.translate("Vocabulary", "Review a concern"),
        "parent_attendance": QCoreApplication.translate("Vocabulary", "Record who came"),
    }


def _language_names() -> dict[str, str]:
    """The importer's languages (codes of core ``LANGUAGE_NAMES``) translated for ``language()``."""
    return {
        "nl": QCoreApplication.translate("Vocabulary", "Dutch"),
        "en": QCoreApplication.translate("Vocabulary", "English"),
        "tr": QCoreApplication.translate("Vocabulary", "Turkish"),
        "ar": QCoreApplication.translate("Vocabulary", "Arabic"),
        "ber": QCoreApplication.translate("Vocabulary", "Berber"),
        "pl": QCoreApplication.translate("Vocabulary", "Polish"),
        "uk": QCoreApplication.translate("Vocabulary", "Ukrainian"),
        "ru": QCoreApplication.translate("Vocabulary", "Russian"),
        "ti": QCoreApplication.translate("Vocabulary", "Tigrinya"),
        "so": QCoreApplication.translate("Vocabulary", "Somali"),
        "es": QCoreApplication.translate("Vocabulary", "Spanish"),
        "fr": QCoreApplication.translate("Vocabulary", "French"),
        "de": QCoreApplication.translate("Vocabulary", "German"),
        "pt": QCoreApplication.translate("Vocabulary", "Portuguese"),
        "it": QCoreApplication.translate("Vocabulary", "Italian"),
        "ro": QCoreApplication.translate("Vocabulary", "Romanian"),
        "bg": QCoreApplication.translate("Vocabulary", "Bulgarian"),
        "fa": QCoreApplication.translate("Vocabulary", "Persian"),
        "ps": QCoreApplication.translate("Vocabulary", "Pashto"),
        "ku": QCoreApplication.translate("Vocabulary", "Kurdish"),
        "am": QCoreApplication.translate("Vocabulary", "Amharic"),
        "zh": QCoreApplication.translate("Vocabulary", "Chinese"),
        "hi": QCoreApplication.translate("Vocabulary", "Hindi"),
        "ur": QCoreApplication.translate("Vocabulary", "Urdu"),
        "pap": QCoreApplication.translate("Vocabulary", "Papiamento"),
        "srn": QCoreApplication.translate("Vocabulary", "Sranan Tongo"),
        "hu": QCoreApplication.translate("Vocabulary", "Hungarian"),
        "sr": QCoreApplication.translate("Vocabulary", "Serbian"),
        "hr": QCoreApplication.translate("Vocabulary", "Croatian"),
        "bs": QCoreApplication.translate("Vocabulary", "Bosnian"),
        "sq": QCoreApplication.translate("Vocabulary", "Albanian"),
        "el": QCoreApplication.translate("Vocabulary", "Greek"),
        "lt": QCoreApplication.translate("Vocabulary", "Lithuanian"),
        "lv": QCoreApplication.translate("Vocabulary", "Latvian"),
        "sk": QCoreApplication.translate("Vocabulary", "Slovak"),
        "cs": QCoreApplication.translate("Vocabulary", "Czech"),
        "vi": QCoreApplication.translate("Vocabulary", "Vietnamese"),
        "id": QCoreApplication.translate("Vocabulary", "Indonesian"),
        "fy": QCoreApplication.translate("Vocabulary", "Frisian"),
    }


def languages() -> dict[str, str]:
    """Language names for guardians, home activities and the municipality report: the importer's Dutch names
    (core ``LANGUAGE_NAMES``, the one list of codes), Dutch first, then by name. Dutch in every interface
    language: the report and the handouts are Dutch documents, and the class-list files use these names."""
    from ..core.importers.values import LANGUAGE_NAMES

    return dict(sorted(LANGUAGE_NAMES.items(), key=lambda item: (item[0] != "nl", item[1])))


def language(code: str) -> str:
    """A family's language by name in the interface language ("Turks"/"Turkish"); a code without a
    translation shows its Dutch name from ``languages()``, an unknown code stays as it is.

    The Dutch translations are exactly the names in ``languages()``, so in the Dutch interface both agree."""
    return _language_names().get(code) or languages().get(code, code)
