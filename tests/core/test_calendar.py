"""School calendar: school years, holidays from the package and from open data, study days."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from wishdesk.core.calendar import (
    CalendarError,
    HolidayDataMissing,
    HolidayPeriod,
    HolidayRegion,
    OpenDataError,
    SchoolCalendar,
    SchoolYear,
    load_open_data_file,
    parse_open_data_holidays,
    public_holidays,
    school_holidays,
    school_year_holidays,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "calendar" / "schoolvakanties_2030-2031_voorbeeld.json"


def _period(periods, name):
    return next(p for p in periods if p.name == name)


def test_school_year_runs_from_august_to_july():
    year = SchoolYear(2025)
    assert (year.start, year.end, year.label) == (date(2025, 8, 1), date(2026, 7, 31), "2025-2026")
    assert SchoolYear.of(date(2026, 7, 31)) == year
    assert SchoolYear.of(date(2026, 8, 1)) == SchoolYear(2026)
    assert SchoolYear.from_label("2025 - 2026") == year
    assert date(2025, 12, 1) in year and date(2026, 8, 1) not in year
    with pytest.raises(CalendarError, match="geen schooljaar"):
        SchoolYear.from_label("2025-2027")


def test_region_names_are_forgiving_and_errors_are_dutch():
    assert HolidayRegion.parse(" Zuid ") is HolidayRegion.ZUID
    with pytest.raises(CalendarError, match="Onbekende vakantieregio"):
        HolidayRegion.parse("oost")


def test_package_school_holidays_for_zuid_2025():
    periods = school_holidays("zuid", 2025)
    autumn = _period(periods, "Herfstvakantie")
    assert (autumn.start, autumn.end) == (date(2025, 10, 11), date(2025, 10, 19))
    assert not autumn.compulsory
    assert _period(periods, "Zomervakantie").compulsory
    assert school_holidays("zuid", 2035) == []


def test_christmas_is_joined_across_new_year():
    periods = school_year_holidays("zuid", SchoolYear(2025))
    christmas = _period(periods, "Kerstvakantie")
    assert (christmas.start, christmas.end) == (date(2025, 12, 20), date(2026, 1, 4))
    summers = [p for p in periods if p.name == "Zomervakantie"]
    assert [p.start.year for p in summers] == [2025, 2026]


def test_public_holidays_have_dutch_names():
    days = public_holidays(2026)
    assert days[date(2026, 4, 27)] == "Koningsdag"
    assert days[date(2026, 5, 14)] == "Hemelvaartsdag"
    assert date(2026, 5, 5) not in days  # Liberation Day only in lustrum years
    assert date(2030, 5, 5) in public_holidays(2030)


def test_school_calendar_closed_days_with_reasons():
    calendar = SchoolCalendar(SchoolYear(2025), "zuid", study_days={date(2025, 9, 15): "Studiedag team"})
    assert calendar.closed_reason(date(2025, 10, 14)) == "Herfstvakantie"
    assert calendar.closed_reason(date(2025, 9, 15)) == "Studiedag team"
    assert calendar.closed_reason(date(2026, 4, 6)) == "Tweede paasdag"
    assert calendar.closed_reason(date(2026, 5, 14)) == "Hemelvaartsdag"
    assert calendar.closed_reason(date(2025, 9, 13)) == "weekend"
    assert calendar.closed_reason(date(2025, 8, 11)) == "Zomervakantie"
    assert calendar.is_school_day(date(2025, 9, 16))
    assert date(2025, 10, 14) not in calendar.school_days()
    assert date(2025, 12, 27) in calendar.vacation_days()  # weekends inside a holiday count
    assert 180 < len(calendar.school_days()) < 215


def test_school_may_move_the_autumn_break_but_not_christmas():
    moved = HolidayPeriod("Herfstvakantie", date(2025, 10, 18), date(2025, 10, 26))
    calendar = SchoolCalendar(SchoolYear(2025), "zuid", moved_holidays=[moved])
    assert calendar.is_school_day(date(2025, 10, 14))
    assert calendar.closed_reason(date(2025, 10, 21)) == "Herfstvakantie"
    with pytest.raises(CalendarError, match="verplicht"):
        SchoolCalendar(SchoolYear(2025), "zuid",
                       moved_holidays=[HolidayPeriod("Kerstvakantie", date(2025, 12, 13), date(2025, 12, 28))])


def test_year_outside_package_needs_open_data():
    with pytest.raises(HolidayDataMissing) as error:
        SchoolCalendar(SchoolYear(2030), "zuid")
    message = str(error.value)
    assert "herfstvakantie" in message and "Importeer" in message and "2030-2031" in message


def test_example_open_data_file_parses():
    periods = load_open_data_file(str(EXAMPLE))
    assert len(periods) == 11
    assert {p.school_year for p in periods} == {"2030-2031"}
    noord = next(p for p in periods if p.name == "Herfstvakantie" and p.region == HolidayRegion.NOORD)
    assert (noord.start, noord.end) == (date(2030, 10, 12), date(2030, 10, 20))  # "...T21:59:00.000Z"
    christmas = _period(periods, "Kerstvakantie")
    assert christmas.region is None and christmas.compulsory
    assert (christmas.start, christmas.end) == (date(2030, 12, 21), date(2031, 1, 5))
    summer = next(p for p in periods if p.name == "Zomervakantie" and p.region == HolidayRegion.ZUID)
    assert summer.start == date(2031, 7, 5)


def test_open_data_completes_a_year_the_package_only_half_knows():
    calendar = SchoolCalendar(SchoolYear(2030), "zuid", imported=load_open_data_file(str(EXAMPLE)))
    assert calendar.closed_reason(date(2030, 8, 12)) == "Zomervakantie"  # from the package
    assert calendar.closed_reason(date(2030, 10, 21)) == "Herfstvakantie"  # from the file
    assert calendar.closed_reason(date(2031, 1, 3)) == "Kerstvakantie"
    assert calendar.is_school_day(date(2031, 1, 6))
    assert calendar.closed_reason(date(2031, 7, 7)) == "Zomervakantie"


def _document(vacations, schoolyear="2031-2032"):
    return json.dumps({"content": [{"schoolyear": schoolyear, "vacations": vacations}]}).encode()


def test_open_data_variants(tmp_path):
    data = [{"content": [{"schoolyear": "2019 - 2020", "vacations": [
        {"type": " Herfstvakantie ", "compulsorydates": False, "regions": [
            {"region": "zuid", "startdate": "2019-10-11T22:00:00.000Z", "enddate": "2019-10-20T21:59:00.000Z"},
            {"region": "Noord", "startdate": "2019-10-19", "enddate": "2019-10-27"}]}]}]}]
    path = tmp_path / "vakanties.json"
    path.write_bytes(json.dumps(data).encode("utf-8-sig"))
    periods = load_open_data_file(str(path))
    zuid = next(p for p in periods if p.region == HolidayRegion.ZUID)
    assert (zuid.start, zuid.end, zuid.name) == (date(2019, 10, 12), date(2019, 10, 20), "Herfstvakantie")
    assert zuid.school_year == "2019-2020" and zuid.compulsory is False


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"{niet json", "geen geldig JSON"),
        (b"\xff\xfe\x00", "geen tekstbestand"),
        (json.dumps({"title": "iets anders"}).encode(), "'content' ontbreekt"),
        (_document([{"type": "Herfstvakantie", "regions": [
            {"region": "oost", "startdate": "2031-10-11", "enddate": "2031-10-19"}]}]), "onbekende regio 'oost'"),
        (_document([{"type": "Herfstvakantie", "regions": [
            {"region": "zuid", "startdate": "11-10-2031", "enddate": "2031-10-19"}]}]), "geen geldige datum"),
        (_document([{"type": "Kerstvakantie", "regions": [
            {"region": "heel Nederland", "startdate": "2031-12-20", "enddate": "2031-12-01"}]}]), "vóór de startdatum"),
        (_document([{"type": "Meivakantie", "regions": [{"region": "zuid", "startdate": "2032-04-24"}]}]),
         "datum ontbreekt"),
        (_document([]), "geen vakanties"),
    ],
)
def test_broken_open_data_gives_dutch_errors(data, words):
    with pytest.raises(OpenDataError, match=words):
        parse_open_data_holidays(data)
