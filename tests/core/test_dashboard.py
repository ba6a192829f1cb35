"""Every dashboard figure recomputed independently from the database (plain SQL on the file), at
municipality, school and group level, on a demo with a past school year (`wishdesk demo --years 1`)."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest

from wishdesk import cli
from wishdesk.core.opening import open_database
from wishdesk.core.services.dashboard import dashboard
from wishdesk.core.services.handouts import language_name

TODAY = date(2026, 11, 4)
YEAR = "2025-2026"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dash") / "demo.sqlite"
    open_database(path, create=True).close()  # a plain (unencrypted) file: the figures are recomputed with sqlite3
    assert cli.main(["demo", "--db", str(path), "--schools", "3", "--years", "1", "--year", "2026-2027"]) == 0
    return path


def _rate(part: int, whole: int, *components: int) -> float | None:
    """A rate is shown only when its part, its rest and every published part of it are 5 or more."""
    ok = part >= 5 and whole - part >= 5 and all(c >= 5 for c in components)
    return round(part / whole, 4) if ok else None


def _expected(conn: sqlite3.Connection, group_ids: list[int], school_ids: list[int] | None) -> dict:
    """The figures of a set of groups, straight from the tables."""
    marks = ",".join(map(str, group_ids))
    one = lambda sql: conn.execute(sql).fetchone()[0] or 0  # noqa: E731
    start, end = conn.execute(f"SELECT start_date, end_date FROM school_year WHERE name = '{YEAR}'").fetchone()
    end = min(end, TODAY.isoformat())
    out = {
        "planned": one(f"SELECT count(*) FROM session WHERE group_id IN ({marks}) AND status = 'planned'"),
        "held": one(f"SELECT count(*) FROM session WHERE group_id IN ({marks}) AND status = 'held'"),
        "cancelled": one(f"SELECT count(*) FROM session WHERE group_id IN ({marks}) AND (status = 'cancelled' OR id IN "
                         "(SELECT session_id FROM session_change WHERE kind = 'cancelled'))"),
        "reflections": one(f"SELECT count(*) FROM session_log l JOIN session s ON s.id = l.session_id "
                           f"WHERE s.group_id IN ({marks})"),
    }
    present = one(f"SELECT sum(a.present) FROM attendance a JOIN session s ON s.id = a.session_id "
                  f"WHERE s.group_id IN ({marks}) AND s.status = 'held'")
    recorded = one(f"SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id "
                   f"WHERE s.group_id IN ({marks}) AND s.status = 'held'")
    out["attendance_rate"] = _rate(present, recorded)
    out["parts"] = {"attendance_rate": (present, recorded)}
    with_guardian = one(f"SELECT count(DISTINCT p.id) FROM pupil p JOIN pupil_guardian pg ON pg.pupil_id = p.id "
                        f"WHERE p.group_id IN ({marks}) AND NOT p.archived")
    reached = one(f"SELECT count(DISTINCT p.id) FROM pupil p JOIN pupil_guardian pg ON pg.pupil_id = p.id "
                  f"JOIN parent_attendance pa ON pa.guardian_id = pg.guardian_id AND pa.attended "
                  f"JOIN parent_event e ON e.id = pa.parent_event_id AND e.date BETWEEN '{start}' AND '{end}' "
                  f"WHERE p.group_id IN ({marks}) AND NOT p.archived")
    out["parent_reach"] = _rate(reached, with_guardian)
    out["parts"]["parent_reach"] = (reached, with_guardian)
    sheets = one(f"SELECT sum(sheet_count) FROM handout_delivery WHERE group_id IN ({marks})")
    slips = one(f"SELECT count(*) FROM return_slip r JOIN pupil p ON p.id = r.pupil_id WHERE p.group_id IN ({marks})")
    done = one(f"SELECT count(*) FROM return_slip r JOIN pupil p ON p.id = r.pupil_id WHERE p.group_id IN ({marks}) "
               "AND r.status = 'done'")
    out["slip_rate"] = _rate(slips, sheets, done, slips - done)  # the report publishes done / not done apart
    out["parts"]["slip_rate"] = (slips, sheets)
    languages = Counter(code for (text,) in conn.execute(
        f"SELECT languages FROM handout_delivery WHERE group_id IN ({marks})") for code in text.split(",") if code)
    shown = [(language_name(c), n) for c, n in languages.items() if n >= 5]
    rare = sum(n for c, n in languages.items() if n < 5)
    out["languages"] = sorted(shown + ([("Andere talen", rare)] if rare else []))
    hours = 0.0
    for start_t, end_t, teacher, specialist in conn.execute(
            f"SELECT start_time, end_time, teacher_id, specialist_id FROM session WHERE group_id IN ({marks}) "
            "AND status = 'held'"):
        if start_t and end_t:
            length = (datetime.fromisoformat(f"2000-01-01 {end_t}") - datetime.fromisoformat(f"2000-01-01 {start_t}"))
            hours += length.seconds / 3600 * ((teacher is not None) + (specialist is not None))
    if school_ids is not None:
        where = "" if school_ids == [] else f"AND m.school_id IN ({','.join(map(str, school_ids))})"
        hours += one(f"SELECT sum(a.hours) FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id "
                     f"WHERE a.attended AND m.date BETWEEN '{start}' AND '{end}' {where}")
    out["trainer_hours"] = round(hours, 2)
    items = {}
    for moment, item, n, total in conn.execute(
            f"SELECT c.moment, a.item, count(*), sum(a.score) FROM wellbeing_answer a JOIN wellbeing_check c "
            f"ON c.id = a.check_id WHERE c.group_id IN ({marks}) GROUP BY c.moment, a.item"):
        items[(moment, item)] = (n, round(total / n, 2)) if n >= 5 else (None, None)
    out["items"] = items
    return out


def _actual(figures) -> dict:  # noqa: ANN001
    items = {}
    for change in figures.wellbeing:
        items[("before", change.item)] = (change.n_before, change.mean_before)
        items[("after", change.item)] = (change.n_after, change.mean_after)
    return {"planned": figures.planned, "held": figures.held, "cancelled": figures.cancelled,
            "reflections": figures.reflections, "attendance_rate": figures.attendance_rate,
            "parent_reach": figures.parent_reach, "slip_rate": figures.slip_rate,
            "languages": sorted(figures.sheets_by_language), "trainer_hours": figures.trainer_hours, "items": items}


def test_history_report_has_no_names(demo_file: Path) -> None:
    from tests.core.test_reports import assert_no_names, every_name
    from wishdesk.core.services.reports import municipality_report, report_to_json

    db = open_database(demo_file)
    try:
        text = report_to_json(municipality_report(db, YEAR, today=TODAY))
        assert "Zelfevaluatie van het duo" in text and "Welbevinden" in text
        assert_no_names(text, every_name(db))
    finally:
        db.close()


RATES = ("attendance_rate", "parent_reach", "slip_rate")


def _same(actual: dict, expected: dict, hidden_more: dict[str, int]) -> None:
    """Equal, except that a rate may be hidden beyond the primary rule (complementary); counted per rate."""
    expected = {k: v for k, v in expected.items() if k != "parts"}
    for name in RATES:
        if actual[name] is None and expected[name] is not None:
            hidden_more[name] = hidden_more.get(name, 0) + 1
            expected[name] = None
    assert actual == expected


def _no_rate_recoverable(parent: dict, children: list[dict], shown_parent: dict, shown: list[dict]) -> None:
    """Parent part (or rest) minus the shown children's parts (rest) never fixes a hidden child's value."""
    from wishdesk.core.suppression import recoverable

    for name in RATES:
        if shown_parent[name] is None:
            continue
        for pick in (lambda pw: pw[0], lambda pw: pw[1] - pw[0]):  # part, rest
            values = [pick(c["parts"][name]) if s[name] is not None else None
                      for c, s in zip(children, shown, strict=True)]
            assert recoverable(values, pick(parent["parts"][name])) == [], name


def test_every_figure_at_every_level_recomputed(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    groups = defaultdict(list)
    for gid, sid in conn.execute(f"SELECT g.id, g.school_id FROM \"group\" g JOIN school_year y ON y.id = "
                                 f"g.school_year_id WHERE y.name = '{YEAR}'"):
        groups[sid].append(gid)
    db = open_database(demo_file)
    try:
        top = dashboard(db, YEAR, today=TODAY)
        every = [g for ids in groups.values() for g in ids]
        expected = _expected(conn, every, [])
        assert expected["held"] > 20 and any(n for n, _ in expected["items"].values())  # the history is there
        _same(_actual(top.figures), expected, {})
        assert {line.id for line in top.children} == set(groups)
        more: dict[str, int] = {}
        school_expected = [_expected(conn, groups[line.id], [line.id]) for line in top.children]
        for line, exp in zip(top.children, school_expected, strict=True):
            _same(_actual(line.figures), exp, more)
            school = dashboard(db, YEAR, school_id=line.id, today=TODAY)
            assert _actual(school.figures) == _actual(line.figures)
            assert {g.id for g in school.children} == set(groups[line.id])
            group_expected = [_expected(conn, [child.id], None) for child in school.children]
            for child, exp_group in zip(school.children, group_expected, strict=True):
                _same(_actual(child.figures), exp_group, more)
                assert _actual(dashboard(db, YEAR, group_id=child.id, today=TODAY).figures) == _actual(child.figures)
            _no_rate_recoverable(exp, group_expected, _actual(school.figures),
                                 [_actual(c.figures) for c in school.children])
        _no_rate_recoverable(expected, school_expected, _actual(top.figures),
                             [_actual(line.figures) for line in top.children])
    finally:
        db.close()
        conn.close()


def test_duo_table_counts_people_not_checks(demo_file: Path) -> None:
    """The duo table recomputed in SQL: distinct staff per role, moment and item, each person's mean first;
    fewer than 5 people hides count and mean."""
    from wishdesk.core.models.wellbeing import DUO_ITEMS, DUO_ROLES
    from wishdesk.core.services.reports import municipality_report

    conn = sqlite3.connect(demo_file)
    per_person = conn.execute(
        "SELECT c.role, c.moment, a.item, c.staff_id, avg(a.score), count(*) FROM duo_answer a "
        "JOIN duo_check c ON c.id = a.check_id JOIN \"group\" g ON g.id = c.group_id "
        f"JOIN school_year y ON y.id = g.school_year_id WHERE y.name = '{YEAR}' "
        "GROUP BY c.role, c.moment, a.item, c.staff_id").fetchall()
    conn.close()
    people: dict = defaultdict(list)
    checks = 0
    for role, moment, item, _staff, mean, n in per_person:
        people[(role, moment, item)].append(mean)
        checks += n
    assert checks > len(per_person)  # somebody answered for several groups: counting checks would be wrong
    db = open_database(demo_file)
    try:
        table = next(t for t in municipality_report(db, YEAR, today=TODAY).tables if t.key == "duo")
    finally:
        db.close()
    for (code, _text), row in zip(DUO_ITEMS, table.rows, strict=True):
        expected = []
        for role in DUO_ROLES:
            for moment in ("before", "after"):
                means = people.get((role, moment, code), [])
                shown = len(means) >= 5
                expected += [len(means) if shown else None, round(sum(means) / len(means), 2) if shown else None]
        assert list(row.values) == pytest.approx(expected), code
    assert any(v is not None for row in table.rows for v in row.values)  # the demo has enough people somewhere
