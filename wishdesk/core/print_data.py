"""Plain, frozen data that the core hands to ``wishdesk.printing``.

The printing layer never sees the database: a core service reads sessions, pupils, guardians and the
lesson programme, decides what may be printed (for example whether the class video may be shown,
which depends on consent) and fills these dataclasses. Everything here is immutable and uses only the
standard library, so the data can be built in a worker thread and passed around safely.

Language codes are ISO 639-1, the list in ``core.languages``; Dutch texts are always required because every
sheet shows Dutch, with the family language beside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .errors import ValidationError

DUTCH = "nl"

#: Who leads a step of a duo lesson; the same codes as ``core.models.vocab.STEP_LEADS``.
STEP_LEAD_CODES = ("teacher", "specialist", "both")


def _texts_by_language(items: tuple, what: str) -> dict:
    """Index per-language texts and insist on Dutch (a Dutch message: it reaches the user)."""
    by_language = {item.language: item for item in items}
    if len(by_language) != len(items):
        raise ValidationError(f"{what}: een taal komt twee keer voor")
    if DUTCH not in by_language:
        raise ValidationError(f"{what}: de Nederlandse tekst ontbreekt")
    return by_language


@dataclass(frozen=True)
class Recipient:
    """Who one sheet is for: a pupil, or a family when siblings share the group.

    ``pupil_names`` empty means a generic sheet without a name ("Voor de ouders van een leerling uit
    groep 6A"), e.g. one spare sheet per language. ``language`` is the guardians' preferred language.
    """

    language: str = DUTCH
    pupil_names: tuple[str, ...] = ()

    @property
    def is_generic(self) -> bool:
        return not self.pupil_names


@dataclass(frozen=True)
class HomeActivityText:
    """The home activity (thuisopdracht) in one language. ``tip`` may be empty."""

    language: str
    title: str
    text: str
    tip: str = ""


@dataclass(frozen=True)
class LessonSectionText:
    """The parent-facing lesson texts in one family language: title, class summary, what the child practises."""

    language: str
    lesson_title: str
    class_summary: str
    child_practice: tuple[str, ...] = ()


VIDEO_KINDS = ("lesson", "group")  # the curriculum's video of this lesson, or the group's own class video


@dataclass(frozen=True)
class HandoutLesson:
    """Everything on a home-activity sheet that is the same for the whole group.

    Dutch fields (``lesson_title``, ``class_summary``, ``child_practice``) are the Dutch column; ``sections``
    holds the same texts per family language (a language without them shows Dutch only in those sections,
    with bilingual headings). The home activity comes per language in ``activities`` (Dutch required; a
    family whose language is missing gets the Dutch text only).
    ``video_url`` is None when there is no video or the caller decided it may not be shown; ``video_kind``
    says whose video it is, so the caption can say so.
    """

    school_name: str
    group_name: str  # "6A"; printed as "Groep 6A"
    lesson_number: int
    lesson_title: str  # "Lichaamstaal & stem"
    class_summary: str  # "Wat deden we in de klas?" – one paragraph, "\n" starts a new one
    child_practice: tuple[str, ...]  # "Wat oefent uw kind?" – short bullet points
    activities: tuple[HomeActivityText, ...]
    theme: str = ""  # subtitle in the header, e.g. "Leerlijn Presenteren"
    lesson_date: dt.date | None = None  # header shows "week 11 · maart 2025"
    return_by: dt.date | None = None  # slip shows "Inleveren vóór vrijdag 21 maart"
    activity_minutes: int | None = None  # "ca. 10 minuten, samen met uw kind"
    video_url: str | None = None
    video_kind: str = "lesson"
    sections: tuple[LessonSectionText, ...] = ()

    def __post_init__(self) -> None:
        _texts_by_language(self.activities, "Thuisopdracht")
        if self.video_kind not in VIDEO_KINDS:
            raise ValueError(f"Onbekende soort video {self.video_kind!r}")

    def section(self, language: str) -> LessonSectionText | None:
        """The lesson texts in ``language`` (None for Dutch, which lives in the main fields, or when missing)."""
        return next((item for item in self.sections if item.language == language), None)

    def activity(self, language: str) -> HomeActivityText | None:
        """The activity in ``language``, or None when it has not been translated."""
        return _texts_by_language(self.activities, "Thuisopdracht").get(language)

    @property
    def dutch_activity(self) -> HomeActivityText:
        return _texts_by_language(self.activities, "Thuisopdracht")[DUTCH]


@dataclass(frozen=True)
class HandoutBatch:
    """One lesson for one group, and the sheets to print (one per pupil or family, or generic ones)."""

    lesson: HandoutLesson
    recipients: tuple[Recipient, ...]

    @classmethod
    def generic(cls, lesson: HandoutLesson, languages: tuple[str, ...] | None = None) -> HandoutBatch:
        """One sheet without a name per language (default: every language the activity has)."""
        codes = languages or tuple(a.language for a in lesson.activities)
        return cls(lesson, tuple(Recipient(language=code) for code in codes))


@dataclass(frozen=True)
class LessonPlanStep:
    """One step of a duo lesson. ``lead`` is one of STEP_LEAD_CODES (printed leerkracht/specialist/samen)."""

    title: str
    minutes: int
    lead: str = "both"
    description: str = ""

    def __post_init__(self) -> None:
        if self.lead not in STEP_LEAD_CODES:
            raise ValidationError(f"Onbekende rol {self.lead!r}; kies uit {', '.join(STEP_LEAD_CODES)}")
        if self.minutes <= 0:
            raise ValidationError("Een lesstap duurt minstens één minuut")


@dataclass(frozen=True)
class LessonPlanData:
    """The lesson plan the duo (class teacher + specialist) takes into the classroom. Dutch only."""

    school_name: str
    group_name: str
    lesson_number: int
    lesson_title: str
    steps: tuple[LessonPlanStep, ...]
    goals: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    theme: str = ""
    session_date: dt.date | None = None
    start_time: dt.time | None = None  # when set, each step shows its clock time
    subgroup: str = ""  # "" for the whole group, else e.g. "jongens" / "meisjes"
    teacher_name: str = ""
    specialist_name: str = ""
    home_activity_title: str = ""
    notes: str = ""

    @property
    def total_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


@dataclass(frozen=True)
class InvitationText:
    """The invitation in one language: a title (e.g. "Ouderavond weerbaarheid") and the programme text."""

    language: str
    title: str
    programme: str


@dataclass(frozen=True)
class InvitationData:
    """A parent-evening invitation for one group; printed per family in their language beside Dutch."""

    school_name: str
    group_name: str
    event_date: dt.date
    start_time: dt.time
    place: str  # "Aula, Kerkstraat 12"
    texts: tuple[InvitationText, ...]  # Dutch required
    end_time: dt.time | None = None
    reply_by: dt.date | None = None
    contact: str = ""  # signature line, e.g. "Juf Sanne en meester Bram"
    notes: str = ""  # the school's own note for this event (Dutch), printed under the letter

    def __post_init__(self) -> None:
        _texts_by_language(self.texts, "Uitnodiging")

    def text(self, language: str) -> InvitationText | None:
        return _texts_by_language(self.texts, "Uitnodiging").get(language)


@dataclass(frozen=True)
class InvitationBatch:
    """The invitation and its recipients (families; generic ones have no names)."""

    invitation: InvitationData
    recipients: tuple[Recipient, ...] = field(default_factory=tuple)

    @classmethod
    def generic(cls, invitation: InvitationData, languages: tuple[str, ...] | None = None) -> InvitationBatch:
        codes = languages or tuple(t.language for t in invitation.texts)
        return cls(invitation, tuple(Recipient(language=code) for code in codes))


# --- partner map ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MapEntry:
    organisation: str
    contact: str | None
    role: str | None
    notes: str | None = None


@dataclass(frozen=True)
class MapSection:
    heading: str
    entries: tuple[MapEntry, ...]


@dataclass(frozen=True)
class PartnerMap:
    """Everything one printed partner map shows; plain data, no database objects."""

    school: str
    town: str | None
    year: str | None
    own_people: tuple[MapEntry, ...]  # the school's own network around groep 6: IB'er, teachers, specialist
    sections: tuple[MapSection, ...]

    @property
    def partner_count(self) -> int:
        return sum(len(s.entries) for s in self.sections)
@dataclass(frozen=True)
class ExportSection:
    """One part of a family's data export: ``key`` names the heading (a label key), rows are already text."""

    key: str
    columns: tuple[str, ...]  # Dutch column names
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class FamilyExportData:
    """Everything stored about one pupil and their guardians (AVG right of access), for print or JSON."""

    pupil_id: int
    pupil_name: str
    school_name: str
    group_name: str
    language: str  # the family language printed beside Dutch ("nl" = Dutch only)
    made_on: dt.date
    sections: tuple[ExportSection, ...]
    concerns_included: bool = False
    concerns_note: str = ""  # Dutch: why concerns are left out (who exported it), empty when included
