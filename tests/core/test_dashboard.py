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
    out["attendance_rate"] = round(present / recorded, 4) if recorded >= 5 else None
    with_guardian = one(f"SELECT count(DISTINCT p.id) FROM pupil p JOIN pupil_guardian pg ON pg.pupil_id = p.id "
                        f"WHERE p.group_id IN ({marks}) AND NOT p.archived")
    reached = one(f"SELECT count(DISTINCT p.id) FROM pupil p JOIN pupil_guardian pg ON pg.pupil_id = p.id "
                  f"JOIN parent_attendance pa ON pa.guardian_id = pg.guardian_id AND pa.attended "
                  f"JOIN parent_event e ON e.id = pa.parent_event_id AND e.date BETWEEN '{start}' AND '{end}' "
                  f"WHERE p.group_id IN ({marks}) AND NOT p.archived")
    out["parent_reach"] = round(reached / with_guardian, 4) if with_guardian >= 5 else None
    sheets = one(f"SELECT sum(sheet_count) FROM handout_delivery WHERE group_id IN ({marks})")
    slips = one(f"SELECT count(*) FROM return_slip r JOIN pupil p ON p.id = r.pupil_id WHERE p.group_id IN ({marks})")
    out["slip_rate"] = round(slips / sheets, 4) if sheets >= 5 else None
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
        assert _actual(top.figures) == expected
        assert {line.id for line in top.children} == set(groups)
        for line in top.children:
            assert _actual(line.figures) == _expected(conn, groups[line.id], [line.id])
            school = dashboard(db, YEAR, school_id=line.id, today=TODAY)
            assert _actual(school.figures) == _actual(line.figures)
            assert {g.id for g in school.children} == set(groups[line.id])
            for child in school.children:
                expected_group = _expected(conn, [child.id], None)
                assert _actual(child.figures) == expected_group
                assert _actual(dashboard(db, YEAR, group_id=child.id, today=TODAY).figures) == expected_group
    finally:
        db.close()
        conn.close()
