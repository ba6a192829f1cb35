"""School calendar: school years, holiday regions, school holidays, study days.

Pure module (no database, no Qt). Sources of holiday data:

* the ``holidays`` package (>= 0.109), category ``school``, subdivisions Noord / Midden / Zuid,
  which knows the Dutch school holidays for 2014-2030 (autumn breaks until 2029);
* the government's open-data file (opendata.rijksoverheid.nl, one JSON document per school
  year) for years the package does not know, see :func:`parse_open_data_holidays`;
* per school: study days (studiedagen) and moved advisory holidays (autumn / spring break).

Everything user-facing (error messages, closed-day reasons) is Dutch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from .errors import UserError

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

HERFST, KERST, VOORJAAR, MEI, ZOMER = (
    "Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie", "Zomervakantie")
#: Autumn and spring breaks are advisory: schools may move them.
ADVISORY_HOLIDAYS = frozenset({HERFST, VOORJAAR})
COMPULSORY_HOLIDAYS = frozenset({KERST, MEI, ZOMER})


class CalendarError(UserError, ValueError):
    """A calendar problem a coordinator can fix; ``str(error)`` is a Dutch message."""


class OpenDataError(CalendarError):
    """The open-data holiday file cannot be read."""


class HolidayDataMissing(CalendarError):
    """No holiday data for (part of) a school year; import the open-data file."""


class HolidayRegion(StrEnum):
    NOORD = "noord"
    MIDDEN = "midden"
    ZUID = "zuid"

    @classmethod
    def parse(cls, value: HolidayRegion | str) -> HolidayRegion:
        """Accept 'zuid', 'Zuid', ' ZUID ' or a member; Dutch error otherwise."""
        if isinstance(value, HolidayRegion):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise CalendarError(f"Onbekende vakantieregio '{value}'. Kies noord, midden of zuid.") from None


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A Dutch school year: 1 August ``start_year`` to 31 July ``start_year + 1``."""

    start_year: int

    @property
    def start(self) -> date:
        return date(self.start_year, 8, 1)

    @property
    def end(self) -> date:
        return date(self.start_year + 1, 7, 31)

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"

    def __str__(self) -> str:
        return self.label

    def __contains__(self, day: object) -> bool:
        if isinstance(day, datetime):
            day = day.date()
        return isinstance(day, date) and self.start <= day <= self.end

    def days(self) -> Iterator[date]:
        return _day_range(self.start, self.end)

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        """The school year a date falls in."""
        return cls(day.year if day.month >= 8 else day.year - 1)

    @classmethod
    def from_label(cls, label: str) -> SchoolYear:
        """Parse '2025-2026', '2025 - 2026' or '2025/2026'."""
        match = re.fullmatch(r"\s*(\d{4})\s*[-/–]\s*(\d{4})\s*", label or "")
        if not match or int(match.group(2)) != int(match.group(1)) + 1:
            raise CalendarError(f"'{label}' is geen schooljaar; verwacht bijvoorbeeld 2025-2026.")
        return cls(int(match.group(1)))


@dataclass(frozen=True)
class HolidayPeriod:
    """A school holiday: ``start`` and ``end`` inclusive; ``region`` None = heel Nederland."""

    name: str
    start: date
    end: date
    region: HolidayRegion | None = None
    compulsory: bool | None = None
    source: str = "holidays"  # "holidays", "open-data" or "school"
    school_year: str | None = None

    def days(self) -> Iterator[date]:
        return _day_range(self.start, self.end)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def applies_to(self, region: HolidayRegion | str) -> bool:
        return self.region is None or self.region == HolidayRegion.parse(region)


def _day_range(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def normalize_holiday_name(name: str) -> str:
    """'\\n Herfstvakantie \\n' -> 'Herfstvakantie' (the open data carries stray whitespace)."""
    text = " ".join(str(name).split())
    return text[:1].upper() + text[1:]


def _merge_periods(periods: Iterable[HolidayPeriod]) -> list[HolidayPeriod]:
    """Join periods with the same name that touch (the package splits Christmas at 1 January)."""
    merged: list[HolidayPeriod] = []
    for period in sorted(periods, key=lambda p: (p.start, p.end)):
        last = merged[-1] if merged else None
        if last and last.name == period.name and period.start <= last.end + timedelta(days=1):
            merged[-1] = HolidayPeriod(last.name, last.start, max(last.end, period.end), last.region,
                                       last.compulsory, last.source, last.school_year)
        else:
            merged.append(period)
    return merged


def _package_school_days(region: HolidayRegion, year: int) -> dict[date, str]:
    from .holiday_cache import cached_days

    def compute() -> dict[date, str]:
        import holidays  # lazy and cached: importing the package loads every country (0.15-0.2 s)

        subdiv = region.value.capitalize()  # the package spells them Noord / Midden / Zuid
        return dict(holidays.country_holidays("NL", subdiv=subdiv, years=year, categories=("school",),
                                              language="nl").items())

    return cached_days(f"school/{region.value}/{year}", compute)


def school_holidays(region: HolidayRegion | str, year: int) -> list[HolidayPeriod]:
    """School holidays of one calendar year from the ``holidays`` package (empty if unknown).
    Christmas appears in two parts (January, December); :func:`school_year_holidays` joins them."""
    region = HolidayRegion.parse(region)
    periods = [
        HolidayPeriod(name, day, day, region, name in COMPULSORY_HOLIDAYS, "holidays")
        for day, name in sorted(_package_school_days(region, year).items())
    ]
    return _merge_periods(periods)


def public_holidays(year: int) -> dict[date, str]:
    """Dutch public holidays of a calendar year (Dutch names), e.g. Koningsdag, Tweede paasdag.
    Good Friday is included (most schools are closed); Liberation Day only in lustrum years."""
    from .holiday_cache import cached_days

    def compute() -> dict[date, str]:
        import holidays

        return dict(holidays.country_holidays("NL", years=year, language="nl").items())

    return cached_days(f"public/{year}", compute)


def public_holidays_in(school_year: SchoolYear) -> dict[date, str]:
    days = {**public_holidays(school_year.start_year), **public_holidays(school_year.start_year + 1)}
    return {d: n for d, n in sorted(days.items()) if d in school_year}


def _missing_breaks(periods: list[HolidayPeriod], school_year: SchoolYear) -> list[str]:
    """Names (Dutch, lower case) of breaks a complete school year needs but ``periods`` lacks."""
    missing = []
    inside = [p for p in periods if school_year.start < p.start <= school_year.end]
    for name in (HERFST, KERST, VOORJAAR, MEI, ZOMER):
        if not any(p.name == name for p in inside):
            missing.append(f"{name.lower()} {school_year.label}")
    if not any(p.name == ZOMER and p.contains(school_year.start) for p in periods):
        missing.append(f"zomervakantie {school_year.start_year} (begin van het schooljaar)")
    christmas = [p for p in inside if p.name == KERST]
    if christmas and all(p.end < date(school_year.start_year + 1, 1, 1) for p in christmas):
        missing.append(f"kerstvakantie januari {school_year.start_year + 1}")
    return missing


def school_year_holidays(region: HolidayRegion | str, school_year: SchoolYear,
                         imported: Iterable[HolidayPeriod] = (), *, allow_missing: bool = False
                         ) -> list[HolidayPeriod]:
    """All school holidays overlapping ``school_year`` for ``region`` (the summer breaks at
    both ends included, not clipped). ``imported`` periods (from :func:`parse_open_data_holidays`, any region) replace package
    periods of the same name that they overlap. Raises :class:`HolidayDataMissing` (Dutch) when
    a break is unknown, unless ``allow_missing``."""
    region = HolidayRegion.parse(region)
    own = [p for p in imported if p.applies_to(region)]
    package = _merge_periods(school_holidays(region, school_year.start_year)
                             + school_holidays(region, school_year.start_year + 1))
    kept = [p for p in package
            if not any(i.name == p.name and i.start <= p.end and p.start <= i.end for i in own)]
    periods = _merge_periods(kept + own)
    periods = [p for p in periods if p.end >= school_year.start and p.start <= school_year.end]
    missing = _missing_breaks(periods, school_year)
    if missing and not allow_missing:
        raise HolidayDataMissing(
            f"Voor schooljaar {school_year.label} (regio {region.value}) ontbreken vakantiegegevens: "
            f"{', '.join(missing)}. Importeer het open-databestand 'schoolvakanties' van de Rijksoverheid "
            "voor dit schooljaar (en zo nodig het vorige, voor de zomervakantie).")
    return periods


# --------------------------------------------------------------------------- open data


def _parse_open_data_date(value: object, where: str) -> date:
    """Dates come as '2030-10-12', '2030-10-12T00:00:00.000Z' or '2019-10-11T22:00:00.000Z'.
    Timestamps are UTC; their local (Amsterdam) date is the day meant, which also maps the
    '...T21:59:00.000Z' end-of-day stamps to the right day."""
    if not isinstance(value, str) or not value.strip():
        raise OpenDataError(f"{where}: datum ontbreekt.")
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise OpenDataError(f"{where}: '{text}' is geen geldige datum.") from None
    if stamp.tzinfo is None:
        return stamp.date()
    return stamp.astimezone(AMSTERDAM).date()


def _as_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def parse_open_data_holidays(data: bytes | str) -> list[HolidayPeriod]:
    """Read the government's school-holiday open-data JSON (one school year or a list of them).

    Format: ``content[].vacations[].regions[].{region,startdate,enddate}``, regions noord /
    midden / zuid or 'heel Nederland' (returned with ``region=None``). Raises
    :class:`OpenDataError` with a Dutch message saying what is wrong and where."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        document = json.loads(text)
    except UnicodeDecodeError:
        raise OpenDataError("Het bestand is geen tekstbestand (UTF-8); kies het JSON-bestand.") from None
    except json.JSONDecodeError as exc:
        raise OpenDataError(f"Het bestand is geen geldig JSON-bestand (regel {exc.lineno}, "
                            f"kolom {exc.colno}).") from None
    except RecursionError:  # thousands of nested brackets: Python's parser gives up; no holiday file looks so
        raise OpenDataError("Het bestand is geen schoolvakantiebestand: het is veel te diep genest.") from None
    documents = document if isinstance(document, list) else [document]
    periods: list[HolidayPeriod] = []
    for document in documents:
        if not isinstance(document, dict) or not isinstance(document.get("content"), list):
            raise OpenDataError("Dit is geen schoolvakantiebestand van de Rijksoverheid: "
                                "het onderdeel 'content' ontbreekt.")
        for content in document["content"]:
            periods.extend(_parse_content(content))
    if not periods:
        raise OpenDataError("Het bestand bevat geen vakanties.")
    return sorted(periods, key=lambda p: (p.start, p.name, p.region.value if p.region else ""))


def _parse_content(content: object) -> list[HolidayPeriod]:
    if not isinstance(content, dict) or not isinstance(content.get("vacations"), list):
        raise OpenDataError("Schooljaar zonder lijst 'vacations' in het bestand.")
    label = " ".join(str(content.get("schoolyear", "")).split()).replace(" ", "")
    year_text = label or "onbekend schooljaar"
    periods = []
    for number, vacation in enumerate(content["vacations"], start=1):
        if not isinstance(vacation, dict):
            raise OpenDataError(f"Schooljaar {year_text}, vakantie {number}: onleesbaar onderdeel.")
        name = normalize_holiday_name(vacation.get("type") or "")
        where = f"Schooljaar {year_text}, {name or f'vakantie {number}'}"
        if not name:
            raise OpenDataError(f"{where}: de naam (type) ontbreekt.")
        regions = vacation.get("regions")
        if not isinstance(regions, list) or not regions:
            raise OpenDataError(f"{where}: geen regio's met data.")
        compulsory = _as_bool(vacation.get("compulsorydates"))
        for entry in regions:
            if not isinstance(entry, dict):
                raise OpenDataError(f"{where}: onleesbare regio.")
            raw_region = " ".join(str(entry.get("region", "")).split()).lower()
            if raw_region in ("heel nederland", "nederland", "landelijk"):
                region = None
            elif raw_region in ("noord", "midden", "zuid"):
                region = HolidayRegion(raw_region)
            else:
                raise OpenDataError(f"{where}: onbekende regio '{entry.get('region')}' "
                                    "(verwacht noord, midden, zuid of heel Nederland).")
            place = f"{where}, regio {raw_region}"
            start = _parse_open_data_date(entry.get("startdate"), place + ", startdatum")
            end = _parse_open_data_date(entry.get("enddate"), place + ", einddatum")
            if end < start:
                raise OpenDataError(f"{place}: de einddatum {end:%d-%m-%Y} ligt vóór de startdatum.")
            if (end - start).days > 70:
                raise OpenDataError(f"{place}: een vakantie van {(end - start).days + 1} dagen is niet aannemelijk.")
            periods.append(HolidayPeriod(name, start, end, region, compulsory, "open-data", label or None))
    return periods


def load_open_data_file(path: str) -> list[HolidayPeriod]:
    """Convenience: :func:`parse_open_data_holidays` on a file's bytes."""
    with open(path, "rb") as handle:
        return parse_open_data_holidays(handle.read())


# --------------------------------------------------------------------------- per school


@dataclass
class SchoolCalendar:
    """The days one school (region, study days, moved advisory holidays) has pupils in a year.
    ``moved_holidays`` are :class:`HolidayPeriod` with the name of an advisory break; each
    replaces the regional break of that name. ``study_days`` maps a date to a description.
    ``public`` overrides the public holidays (default: :func:`public_holidays_in`)."""

    school_year: SchoolYear
    region: HolidayRegion | str
    imported: Iterable[HolidayPeriod] = ()
    study_days: Mapping[date, str] | Iterable[date] = ()
    moved_holidays: Iterable[HolidayPeriod] = ()
    public: Mapping[date, str] | None = None
    allow_missing: bool = False
    holidays: list[HolidayPeriod] = field(init=False)
    _closed: dict[date, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.region = HolidayRegion.parse(self.region)
        periods = school_year_holidays(self.region, self.school_year, list(self.imported),
                                       allow_missing=self.allow_missing)
        for moved in self.moved_holidays:
            name = normalize_holiday_name(moved.name)
            if name not in ADVISORY_HOLIDAYS:
                raise CalendarError("Alleen de herfst- en voorjaarsvakantie mogen verschuiven; "
                                    f"'{moved.name}' is verplicht.")
            periods = [p for p in periods if p.name != name]
            periods.append(HolidayPeriod(name, moved.start, moved.end, self.region, False, "school",
                                         self.school_year.label))
        self.holidays = sorted(periods, key=lambda p: p.start)
        if not isinstance(self.study_days, Mapping):
            self.study_days = {d: "Studiedag" for d in self.study_days}
        if self.public is None:
            self.public = public_holidays_in(self.school_year)
        self._closed = self._compute_closed()

    def vacation_days(self) -> frozenset[date]:
        """Days inside holiday periods (weekends included): paused for the max-gap rule."""
        return frozenset(d for p in self.holidays for d in p.days() if d in self.school_year)

    def closed_days(self) -> dict[date, str]:
        """Weekdays without pupils and why (Dutch): holidays, public holidays, study days."""
        return dict(self._closed)

    def _compute_closed(self) -> dict[date, str]:
        closed: dict[date, str] = {}
        for period in self.holidays:
            for day in period.days():
                if day in self.school_year and day.weekday() < 5:
                    closed[day] = period.name
        for day, name in (self.public or {}).items():
            if day in self.school_year and day.weekday() < 5:
                closed.setdefault(day, name)
        for day, text in self.study_days.items():
            if day in self.school_year and day.weekday() < 5:
                closed.setdefault(day, text or "Studiedag")
        return dict(sorted(closed.items()))

    def closed_reason(self, day: date) -> str | None:
        """Why pupils are not at school on ``day`` (Dutch), or None on a school day."""
        if day not in self.school_year:
            return f"buiten schooljaar {self.school_year.label}"
        if day.weekday() >= 5:
            return "weekend"
        return self._closed.get(day)

    def is_school_day(self, day: date) -> bool:
        return self.closed_reason(day) is None

    def school_days(self) -> list[date]:
        return [d for d in self.school_year.days() if d.weekday() < 5 and d not in self._closed]
