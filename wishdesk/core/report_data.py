"""The municipality report as plain, frozen data: what `core.services.reports` builds and what the printing
layer, the CLI and the GUI show. Standard library only, so it can cross threads and layers freely.

Privacy is decided before data gets here: a people count (see `PEOPLE_COUNTS`) is an ``int`` of at least
5, or ``None`` when it was suppressed. Nothing in these classes can hold a pupil's, parent's or staff
member's name; the only names are those of the municipality and its schools.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from .suppression import THRESHOLD  # counts below this are never shown (PRODUCT.md)

#: The code of the language row that counts together the languages of fewer than 5 sets (not named).
OTHER_LANGUAGES = "other"
#: How a suppressed count is written in every output (PDF, JSON, Excel, screen).
SUPPRESSED = "<5"
#: How a count of 5 or more is written when it is hidden only so that a small count elsewhere cannot be worked
#: out from the total ("<5" there would be untrue: a school with 25 pupils read "Leerlingen bereikt <5").
PROTECTED = "•"
#: The footnote every output gives with `PROTECTED`.
PROTECTED_NOTE = ("• = verborgen, hoewel het 5 of meer is: anders was een klein aantal uit het totaal en de "
                  "andere scholen terug te rekenen.")

#: The fields of `Figures` that count pupils or families (directly, or something that exists once per pupil
#: or family, like a sheet or a return slip). Only these go through `suppress`; the others count groups,
#: lessons, printed sets, events and reflections, which say nothing about a single child.
PEOPLE_COUNTS = ("pupils_reached", "handout_sheets", "slips_done", "slips_not_done", "families_attending")


def suppress(n: int) -> int | None:
    """The one place that applies the small-numbers rule: ``n`` itself when it is 5 or more, else None
    (shown as "<5"). Zero is suppressed too, as the rule says "every count below 5"."""
    return n if n >= THRESHOLD else None


def count_text(n: int | None) -> str:
    """A count as printed: the number, or "<5" when suppressed."""
    return SUPPRESSED if n is None else str(n)


def percent_text(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.0f}%".replace(".", ",")


def average_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def hours_text(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


@dataclass(frozen=True)
class Figures:
    """The figures of one school, or of all schools in the report together."""

    schools: int  # schools with at least one groep 6 in the programme this year
    groups: int  # groups in the programme
    groups_reached: int  # groups with at least one held lesson
    pupils_reached: int | None  # PEOPLE: pupils of the groups reached
    lessons_total: int  # lesson moments (a lesson given to boys and girls separately counts twice)
    lessons_held: int
    lessons_planned: int  # dated, not yet recorded as held
    lessons_unplanned: int  # no date yet (including cancelled lessons waiting for a new date)
    lessons_cancelled: int  # lesson moments cancelled at least once
    attendance_rate: float | None  # present / recorded marks at held lessons; None below 5 marks
    reflections: int  # duo reflections written
    climate_average: float | None  # group climate 1-5 in the reflections; None: not rated
    handout_sets: int  # printed sets of home-activity sheets (one per group and lesson print run)
    handout_sheets: int | None  # PEOPLE: sheets in those sets (one per pupil or family)
    slips_done: int | None  # PEOPLE: return slips "we did it"
    slips_not_done: int | None  # PEOPLE: return slips "we did not do it"
    parent_events_held: int
    families_attending: int | None  # PEOPLE: different families that came to at least one parent event
    # names of the fields above hidden to protect a small count elsewhere, not because they are small
    protected: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SchoolLine:
    school_id: int
    school_name: str
    figures: Figures


@dataclass(frozen=True)
class LanguageCount:
    """How many printed sets contained sheets in a language (a rare language points at a family, so the
    number is treated as a people count)."""

    code: str
    name: str  # Dutch name of the language
    sets: int | None


@dataclass(frozen=True)
class MeetingFigures:
    kind: str  # intervision / team_meeting
    label: str  # Dutch
    meetings: int  # held (dated today or earlier)
    participants: int  # different trainers who attended
    hours: float  # attended hours for the professional-development register


#: How the values of a published table's column are written: people counts ("<5" when hidden), plain
#: counts, rates (0-1), means on the 1-5 scale, and hours.
COLUMN_KINDS = ("people", "count", "rate", "mean", "change", "hours")


@dataclass(frozen=True)
class TableRow:
    label: str
    values: tuple[int | float | None, ...]  # None: hidden (or, for a rate or mean, not shown)
    protected: frozenset[int] = frozenset()  # indexes of values hidden to protect others (shown as PROTECTED)

    def texts(self, kinds: tuple[str, ...]) -> list[str]:
        """The values as printed."""
        return [PROTECTED if i in self.protected and v is None else value_text(v, k)
                for i, (v, k) in enumerate(zip(self.values, kinds, strict=True))]


@dataclass(frozen=True)
class PublishedTable:
    """One table as every output shows it (PDF, XLSX, JSON, screen): suppression already applied, so an
    output only formats. ``total`` is the sum of the rows for "people" and "count" columns."""

    key: str
    title: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]
    rows: tuple[TableRow, ...]
    total: TableRow | None = None


def value_text(value: int | float | None, kind: str) -> str:
    """A table value as printed."""
    if value is None:
        return SUPPRESSED if kind == "people" else "–"
    if kind == "rate":
        return percent_text(float(value))
    if kind == "mean":
        return f"{value:.2f}".replace(".", ",")
    if kind == "change":
        return f"{value:+.2f}".replace(".", ",")
    if kind == "hours":
        return hours_text(float(value))
    return str(value)


def table_to_jsonable(table: PublishedTable) -> dict:
    """The JSON shape of a table: hidden cells are null."""
    return {"title": table.title, "columns": list(table.columns),
            "rows": [{"label": r.label, "values": list(r.values)} for r in table.rows],
            "total": None if table.total is None else {"values": list(table.total.values)}}


@dataclass(frozen=True)
class MunicipalityReport:
    title: str  # "WIsH-rapportage Gemeente X · schooljaar 2026-2027"
    municipality: str
    year: str
    year_start: dt.date
    year_end: dt.date
    school_id: int | None  # None: every school
    school_name: str | None
    generated_on: dt.date
    totals: Figures
    schools: tuple[SchoolLine, ...]
    languages: tuple[LanguageCount, ...]
    meetings: tuple[MeetingFigures, ...]
    notes: tuple[str, ...]  # Dutch: how to read the figures and what was left out
    tables: tuple[PublishedTable, ...] = ()  # every table of the report, as published (see `report_tables`)


@dataclass(frozen=True)
class Figure:
    """One key figure as text, for outputs that list them (PDF, Excel)."""

    section: str
    label: str
    value: str


def figure_value(figures: Figures, name: str) -> str:
    """A field of `Figures` formatted for reading."""
    value = getattr(figures, name)
    if value is None and name in figures.protected:
        return PROTECTED
    if name in PEOPLE_COUNTS:
        return count_text(value)
    if name == "attendance_rate":
        return percent_text(value)
    if name == "climate_average":
        return average_text(value)
    return str(value)


#: The key figures in the order they are listed: (section code, Dutch section title, ((field, Dutch label), ...)).
FIGURE_LABELS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("reach", "Bereik", (
        ("schools", "Scholen met groep 6 in het programma"),
        ("groups", "Groepen in het programma"),
        ("groups_reached", "Groepen met minstens één gegeven les"),
        ("pupils_reached", "Leerlingen bereikt"),
    )),
    ("lessons", "Lessen", (
        ("lessons_total", "Lesmomenten in het programma"),
        ("lessons_held", "Gegeven"),
        ("lessons_planned", "Gepland, nog te geven"),
        ("lessons_unplanned", "Nog zonder datum"),
        ("lessons_cancelled", "Afgelast (minstens één keer)"),
        ("attendance_rate", "Aanwezigheid bij gegeven lessen"),
        ("reflections", "Reflecties van het duo"),
        ("climate_average", "Gemiddeld groepsklimaat (1-5)"),
    )),
    ("home", "Thuis en ouders", (
        ("handout_sets", "Sets thuisopdrachten geprint"),
        ("handout_sheets", "Thuisopdrachtbladen"),
        ("slips_done", "Retourstrookjes: gedaan"),
        ("slips_not_done", "Retourstrookjes: niet gedaan"),
        ("parent_events_held", "Ouderbijeenkomsten gehouden"),
        ("families_attending", "Gezinnen bij een ouderbijeenkomst"),
    )),
)

#: Columns of the per-school table: (field, short Dutch header).
SCHOOL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("groups", "Groepen"),
    ("pupils_reached", "Leerlingen bereikt"),
    ("lessons_total", "Lessen totaal"),
    ("lessons_held", "Lessen gegeven"),
    ("lessons_cancelled", "Afgelast"),
    ("attendance_rate", "Aanwezig"),
    ("reflections", "Reflecties"),
    ("climate_average", "Klimaat (1-5)"),
    ("handout_sheets", "Thuisbladen"),
    ("slips_done", "Strookjes gedaan"),
    ("slips_not_done", "Strookjes niet gedaan"),
    ("parent_events_held", "Bijeenkomsten ouders"),
    ("families_attending", "Gezinnen aanwezig"),
)


def key_figures(report: MunicipalityReport) -> list[Figure]:
    """Every key figure of the report as (section, label, text), including languages and meetings."""
    out = [Figure(section, label, figure_value(report.totals, name))
           for _code, section, items in FIGURE_LABELS for name, label in items]
    out += [Figure("Talen van de thuisopdrachten", language_label(lang), count_text(lang.sets) + " sets")
            for lang in report.languages]
    for meeting in report.meetings:
        out.append(Figure("Intervisie en teamoverleg", meeting.label,
                          f"{meeting.meetings} keer, {meeting.participants} trainers, "
                          f"{hours_text(meeting.hours)} uur"))
    return out


def language_label(lang: LanguageCount) -> str:
    return lang.name if lang.code == OTHER_LANGUAGES else f"{lang.name} ({lang.code})"


def school_rows(report: MunicipalityReport) -> list[list[str]]:
    """The per-school table as text: school name, then one cell per `SCHOOL_COLUMNS`; the last row is the
    total of the report (left out when the report is about one school)."""
    rows = [[line.school_name, *(figure_value(line.figures, name) for name, _ in SCHOOL_COLUMNS)]
            for line in report.schools]
    if len(report.schools) != 1:
        rows.append(["Totaal", *(figure_value(report.totals, name) for name, _ in SCHOOL_COLUMNS)])
    return rows


def figure_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Figures) if f.name != "protected")


@dataclass(frozen=True)
class WellbeingForm:
    """The printed well-being check of a group: one page per pupil with only the pupil's first name."""

    school_name: str
    group_name: str
    moment_label: str  # "voor les 1" / "na de laatste les"
    first_names: tuple[str, ...]
    items: tuple[str, ...]  # the questions as children read them
