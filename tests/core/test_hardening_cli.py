"""Issue 18, bad input: every one of these used to end in a traceback or a wrong message (run in-process, so a
traceback is an exception that fails the test)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wishdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
HUGE = str(2**63)  # one past SQLite's largest integer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def usage(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    assert exit_info.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize("args", [
    ("list", "pupils", "--group", HUGE),
    ("import-pupils", "--group", HUGE, "FILE"),
    ("handouts", "--group", HUGE, "--lesson", "1", "-o", "OUT.pdf"),
    ("handouts", "--group", "1", "--lesson", HUGE, "-o", "OUT.pdf"),
    ("ics", "--person", HUGE, "-o", "OUT.ics"),
    ("list", "groups", "--school", "99999999999999999999999"),
])
def test_ids_beyond_64_bits_are_usage_errors(args: tuple[str, ...], demo_db_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "FILE").write_text("Voornaam\nAnna\n", encoding="utf-8")
    args = tuple(str(tmp_path / a) if a in ("FILE", "OUT.pdf", "OUT.ics") else a for a in args)
    err = usage(capsys, *args, "--db", str(demo_db_path))
    assert "geen geldig nummer" in err and err.count("\n") == 1


def test_list_on_a_database_with_a_missing_table(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(demo_db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE school_partner")
    conn.commit()
    conn.close()
    before = demo_db_path.read_bytes()
    code, _out, err = run(capsys, "list", "schools", "--db", str(demo_db_path))
    assert code == 1 and "school_partner" in err and "ontbreekt" in err
    assert demo_db_path.read_bytes() == before


@pytest.mark.parametrize("url", ["mysql://u:p@localhost/wish", "http://example.org/db", "mssql+pyodbc://x",
                                 "sqlite+nosuchdriver:///x.db", "postgresql+psycopg2://h/db", "://"])
def test_foreign_database_urls_are_one_line(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "list", "schools", "--db", url)
    assert code == 1 and err.startswith("wishdesk: ") and err.count("\n") == 1
    assert "p@" not in err  # never echo a password


def test_deeply_nested_holiday_json(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _out, err = run(capsys, "holidays-import", str(deep), "--db", str(demo_db_path))
    assert code == 1 and "genest" in err


def test_list_pupils_does_not_ignore_school(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wishdesk.core.models import Group
    from wishdesk.core.opening import open_database

    db = open_database(demo_db_path, read_only=True)
    with db.session() as s:
        group = s.query(Group).first()
        group_id, school_id = group.id, group.school_id
    db.close()
    code, out, err = run(capsys, "list", "pupils", "--group", str(group_id), "--school", str(school_id + 1),
                         "--db", str(demo_db_path))
    assert code == 1 and "hoort niet bij school" in err and out == ""
    code, out, _err = run(capsys, "list", "pupils", "--group", str(group_id), "--school", str(school_id),
                          "--db", str(demo_db_path))
    assert code == 0 and out
    code, _out, err = run(capsys, "list", "schools", "--group", "1", "--db", str(demo_db_path))
    assert code == 2 and "hoort niet bij 'list schools'" in err


def test_a_ten_megabyte_line_is_called_what_it_is(demo_db_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "klas.csv"
    big.write_bytes(b"Roepnaam\n" + b"x" * 10_000_000 + b"\n")
    code, _out, err = run(capsys, "import-pupils", "--group", "1", str(big), "--db", str(demo_db_path))
    assert code == 1 and "Regel 2 is 10.000.000 tekens lang" in err
    assert "Geen kolom met de voornaam" not in err


def test_accented_database_name_survives_in_backup_names(empty_db_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from wishdesk.core import backup

    named = empty_db_path.rename(tmp_path / "Gemeente Súdwest-Fryslân é.sqlite")
    code, out, _err = run(capsys, "backup", "--db", str(named))
    assert code == 0
    made = backup.list_backups(named.parent / f"{named.stem}-backups", stem=named.stem)
    assert len(made) == 1 and made[0].path.name.startswith("Gemeente-Súdwest-Fryslân-é_")


def test_backup_output_needs_an_existing_folder_and_a_real_name(empty_db_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "backup", "--db", str(empty_db_path), "-o", str(tmp_path / "typo" / "b.sqlite"))
    assert code == 1 and "bestaat niet" in err and not (tmp_path / "typo").exists()
    wal_name = tmp_path / f"{empty_db_path.name}-wal"
    code, _out, err = run(capsys, "backup", "--db", str(empty_db_path), "-o", str(wal_name))
    assert code == 1 and "hulpbestand" in err and not wal_name.exists()


def test_no_display_is_said_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "wishdesk", "--db", str(tmp_path / "x.sqlite")], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux, where Qt aborts without a display")
    assert result.returncode == 1, result.stderr
    assert "geen beeldscherm" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "x.sqlite").exists()


def test_importing_a_class_list_asks_the_database_a_fixed_number_of_questions(empty_db_path: Path,
                                                                               tmp_path: Path) -> None:
    """The import was quadratic: a query over the whole group per new row. Now the number of SELECTs does not
    grow with the rows (timing itself is in benchmarks/bench_import.py)."""
    from sqlalchemy import event

    from wishdesk.core.models import Group, School, SchoolYear
    from wishdesk.core.opening import open_database
    from wishdesk.core.services.pupil_import import apply_import, preview_import

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_import import _class_list

    db = open_database(empty_db_path, backup_dir=tmp_path / "backups")
    try:
        with db.write() as s:
            year = s.query(SchoolYear).first()
            if year is None:
                from datetime import date

                year = SchoolYear(name="2026-2027", start_date=date(2026, 8, 1), end_date=date(2027, 7, 31))
                s.add(year)
            school = School(name="De Linde", holiday_region="midden")
            s.add(school)
            s.flush()
            group = Group(name="6A", school_id=school.id, school_year_id=year.id)
            s.add(group)
            s.flush()
            group_id = group.id
        selects = {}
        for rows in (20, 400):
            preview = preview_import(db, group_id, _class_list(rows).replace(b"Kind", b"Kleine" if rows == 20 else b"Grote"), "k.csv")
            assert preview.to_write == rows, preview.report
            count = [0]

            def _count(_conn, _cursor, statement, *_args, count=count) -> None:  # noqa: ANN001
                count[0] += statement.lstrip().upper().startswith("SELECT")

            event.listen(db.engine, "before_cursor_execute", _count)
            apply_import(db, preview)
            event.remove(db.engine, "before_cursor_execute", _count)
            selects[rows] = count[0]
        assert selects[400] <= selects[20] + 2, selects
    finally:
        db.close()
