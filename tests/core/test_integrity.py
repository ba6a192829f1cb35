"""`check_database` and `wishdesk check`: integrity, references and the programme's rules, in plain words."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.core.test_backup import corrupt, digest, run_cli
from wishdesk.core import backup
from wishdesk.core.integrity import DAMAGE, PROBLEM, check_database

SECRET = "Vertelde over ruzie thuis (vertrouwelijk)"


def _one(conn: sqlite3.Connection, sql: str, *args: object) -> int:
    return conn.execute(sql, args).fetchone()[0]


def break_rules(path: Path) -> dict[str, int]:
    """Write data that the application itself would never write (constraints switched off, as an old version,
    a crash in another tool or a hand edit could leave it). Returns ids used."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    g1, g2 = [r[0] for r in conn.execute('SELECT id FROM "group" ORDER BY id LIMIT 2')]
    lesson = _one(conn, """SELECT t.id FROM lesson_template t JOIN school_year y ON y.curriculum_id = t.curriculum_id
                           JOIN "group" g ON g.school_year_id = y.id WHERE g.id = ? AND t.number = ?""", g1, 1)
    lesson2 = _one(conn, "SELECT id FROM lesson_template WHERE curriculum_id = "
                   "(SELECT curriculum_id FROM lesson_template WHERE id = ?) AND number = 2", lesson)
    teacher = _one(conn, "SELECT staff_id FROM staff_role WHERE role = 'teacher' LIMIT 1")
    pupil_g2 = _one(conn, "SELECT id FROM pupil WHERE group_id = ? LIMIT 1", g2)
    # Raw rows need their own global id (gid): on SQLite the column's default is a constant (migration 0007).
    insert = ("INSERT INTO session (group_id, template_id, subgroup, date, status, pinned, gid) "
              "VALUES (?, ?, 'all', ?, ?, 0, lower(hex(randomblob(16))))")
    conn.execute(insert, (g1, lesson, None, "held"))  # held without a date
    conn.execute(insert, (g2, 99999, None, "unplanned"))  # points at a deleted lesson
    outside = conn.execute(insert, (g1, lesson2, "2031-03-03", "planned")).lastrowid  # outside the school year
    conn.execute("INSERT INTO attendance (session_id, pupil_id, present, gid) VALUES (?, ?, 1, lower(hex(randomblob(16))))", (outside, pupil_g2))
    conn.execute('UPDATE "group" SET specialist_id = ? WHERE id = ?', (teacher, g2))
    conn.execute("INSERT INTO concern (pupil_id, author_id, observed_on, category, observation, follow_up, closed, "
                 "purge_after, created_at, gid) VALUES (?, ?, '2024-09-01', 'home_situation', ?, 'none', 0, "
                 "'2025-08-01', '2024-09-01 10:00:00', lower(hex(randomblob(16))))", (pupil_g2, teacher, SECRET))
    conn.execute("INSERT INTO guardian (name, language, contact_preference, gid) "
                 "VALUES ('Vergeten ouder', 'nl', 'paper', lower(hex(randomblob(16))))")
    conn.execute("UPDATE pupil SET group_id = 99999 WHERE id = (SELECT max(id) FROM pupil)")
    conn.commit()
    conn.close()
    return {"g1": g1, "g2": g2}


def test_a_sound_database_has_no_findings(demo_db_path: Path) -> None:
    before = digest(demo_db_path)
    report = check_database(demo_db_path)
    assert report.ok and not report.damaged and report.findings == ()
    assert report.summary() == "Geen problemen gevonden."
    assert digest(demo_db_path) == before  # a check never writes


def test_rule_breaks_are_reported_in_plain_words(demo_db_path: Path) -> None:
    break_rules(demo_db_path)
    report = check_database(demo_db_path, today=date(2026, 11, 3))
    codes = {f.code: f for f in report.findings}
    assert {
        "session_without_date", "session_lesson_missing", "session_outside_year", "attendance_other_group",
        "group_specialist_role", "concern_past_purge", "guardian_without_pupil", "reference:pupil:group",
    } <= set(codes)
    assert all(f.severity == PROBLEM for f in report.findings)
    assert not report.ok and report.summary() == f"Er zijn {len(report.problems)} problemen gevonden."
    assert codes["session_without_date"].message == "Eén lesmoment staat op gepland of gegeven, maar heeft geen datum."
    assert codes["reference:pupil:group"].message == "Eén leerling verwijst naar een groep die niet (meer) bestaat."
    assert "rol weerbaarheidsspecialist" in codes["group_specialist_role"].message
    assert codes["group_specialist_role"].examples[0].startswith("groep ")
    assert "(03-03-2031)" in codes["session_outside_year"].examples[0]
    # the deleted lesson is told once, in the rule's words, not again as a bare reference error
    assert not any(c.startswith("reference:session:lesson_template") for c in codes)
    # sensitive data never shows: no concern text, no examples for concerns
    text = "\n".join(report.lines())
    assert SECRET not in text and codes["concern_past_purge"].examples == ()


def test_a_damaged_database_is_reported_with_its_newest_good_backup(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = backup.make_backup(demo_db_path, demo_db_path.parent / "demo-backups")
    corrupt(demo_db_path)
    before = digest(demo_db_path)
    report = check_database(demo_db_path)
    assert report.damaged and report.findings[0].severity == DAMAGE
    assert report.summary().startswith("De database is beschadigd")
    assert run_cli(monkeypatch, "check", "--db", str(demo_db_path)) == 1
    out = capsys.readouterr().out
    assert "beschadigd" in out and str(good) in out and "wishdesk restore" in out
    assert run_cli(monkeypatch, "check", "--db", str(demo_db_path), "--json") == 1
    data = json.loads(capsys.readouterr().out)
    assert data["damaged"] and data["newest_good_backup"] == str(good)
    assert digest(demo_db_path) == before


def test_check_command_exit_codes_and_json(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(monkeypatch, "check", "--db", str(demo_db_path)) == 0
    assert capsys.readouterr().out.strip() == "Geen problemen gevonden."
    break_rules(demo_db_path)
    assert run_cli(monkeypatch, "check", "--db", str(demo_db_path), "--json") == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["revision"]
    assert {"session_without_date", "group_specialist_role"} <= {f["code"] for f in data["findings"]}
    assert all(f["message"] and f["severity"] in ("problem", "note", "damage") for f in data["findings"])
    assert run_cli(monkeypatch, "check", "--db", str(demo_db_path)) == 1
    out = capsys.readouterr().out
    assert out.startswith("Er zijn ") and "geen datum" in out and SECRET not in out


def test_check_refuses_what_is_not_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notities.sqlite"
    notes.write_text("boodschappen")
    assert run_cli(monkeypatch, "check", "--db", str(notes)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "geen WIsH Desk-database" in err
    assert notes.read_text() == "boodschappen"
    assert run_cli(monkeypatch, "check", "--db", str(tmp_path / "nergens.sqlite")) == 1
    assert "niet gevonden" in capsys.readouterr().err
