"""The first Vandaag list without the ORM: plain SQL over a read-only DB-API connection, at start-up.

Importing SQLAlchemy and the models costs more than the whole start-up budget (0.5–0.7 CPU s), so the window
shows the signed-in person's lessons from this read while the database layer loads; the normal path
(``services.sessions.upcoming_sessions``) then replaces them, and only that path lets anyone edit.

The same rows as ``upcoming_sessions``: planned lessons of earlier days still to be recorded (oldest first),
every planned or held lesson of today, then the next ``limit`` planned lessons; "mine" is named on the session
as teacher or specialist, or of a group the person teaches or is the specialist of. ``tests/core/
test_today_fast.py`` compares both on the demo.

Trusted only on the schema this code was written for (``alembic_version`` = ``HEAD``); on anything else, or any
error at all, it returns None and the page waits for the normal path. It never writes: the connection is opened
``mode=ro`` with ``PRAGMA query_only``, so the checks and refusals of ``core/opening.py`` still come before any
write. No SQLAlchemy here (``tests/core/test_today_fast.py`` checks the import).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path
from urllib.parse import quote

from .session_view import TEACHING_ROLES, LessonDay, SessionView

#: The schema revision the SQL below was written against; ``tests/core/test_today_fast.py`` fails when the
#: migrations' head moves, so whoever adds a revision checks this read (and bumps the value).
HEAD = "0010"
DATABASE_ID_KEY = "database.uuid"  # core.identity's key (that module imports SQLAlchemy)
#: Seconds to wait for a lock (the normal open may be upgrading the file): a first look never holds up the start.
_WAIT = 0.2

log = logging.getLogger(__name__)

#: The groups someone works with (``services.sessions.staff_group_ids``): as a teacher or as their specialist.
_MY_GROUPS = """SELECT group_id FROM group_teacher WHERE staff_id = :me
                UNION SELECT id FROM "group" WHERE specialist_id = :me"""
#: Their lessons (``services.sessions.staff_sessions_clause``): named on the lesson, or of their groups.
_MINE = f"(s.teacher_id = :me OR s.specialist_id = :me OR s.group_id IN ({_MY_GROUPS}))"

_SELECT = """
SELECT s.id, g.id, g.name, sc.id, sc.name, t.id, t.number, t.title, s.subgroup, s.date, s.start_time,
       s.end_time, s.teacher_id, te.name, s.specialist_id, sp.name, s.status, s.cancel_reason, s.version
FROM session AS s
JOIN "group" AS g ON g.id = s.group_id
JOIN school AS sc ON sc.id = g.school_id
JOIN lesson_template AS t ON t.id = s.template_id
LEFT JOIN staff AS te ON te.id = s.teacher_id
LEFT JOIN staff AS sp ON sp.id = s.specialist_id
WHERE {mine}
  AND {which}
ORDER BY s.date, s.start_time, s.id
"""
_OVERDUE = _SELECT.format(mine=_MINE, which="s.status = 'planned' AND s.date < :today")
_TODAY = _SELECT.format(mine=_MINE, which="s.date = :today AND s.status IN ('planned', 'held')")
_LATER = _SELECT.format(mine=_MINE, which="s.status = 'planned' AND s.date > :today") + " LIMIT :limit"


def connect_read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A read-only connection to a database file: stdlib ``sqlite3`` for a plain file, ``sqlcipher3`` with the
    raw key the sign-in unwrapped for an encrypted one. Raises the driver's error when it cannot be read."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    if key is None:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=_WAIT)
    else:
        import sqlcipher3.dbapi2

        conn = sqlcipher3.dbapi2.connect(uri, uri=True, check_same_thread=False, timeout=_WAIT)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[bool]:
    """One read transaction (so the version check and the reads see the same file), rolled back after; yields
    whether the file has the schema the SQL here was written against."""
    conn.execute("BEGIN")
    try:
        yield conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
    finally:
        conn.rollback()


def upcoming_sessions(conn: sqlite3.Connection, staff_id: int, today: date, limit: int = 8) -> list[SessionView] | None:
    """The person's Vandaag rows as ``services.sessions.upcoming_sessions`` returns them, or None: not this
    schema, no such person, or anything unexpected (the caller then waits for the normal path)."""
    try:
        with _snapshot(conn) as known:
            if not known:
                return None
            if conn.execute("SELECT 1 FROM staff WHERE id = ?", (staff_id,)).fetchone() is None:
                return None  # the normal path says "Medewerker … bestaat niet"
            values = {"me": staff_id, "today": today.isoformat(), "limit": limit}
            rows = [*conn.execute(_OVERDUE, values), *conn.execute(_TODAY, values), *conn.execute(_LATER, values)]
        return [_view(row) for row in rows]
    except Exception:  # noqa: BLE001 - a quick first look only: the normal path reports any real problem
        log.debug("fast Vandaag read not used", exc_info=True)
        return None


_MY_COUNTS = f"SELECT s.status, count(*) FROM session AS s WHERE {_MINE} GROUP BY s.status"


def lesson_day(conn: sqlite3.Connection, staff_id: int) -> LessonDay | None:
    """Why the person's list is empty, as ``services.lesson_day.lesson_day`` says it (the same counts), or None
    when it cannot be read this way (the page's own read then says it)."""
    try:
        with _snapshot(conn) as known:
            if not known:
                return None
            values = {"me": staff_id}
            roles = {r for (r,) in conn.execute("SELECT role FROM staff_role WHERE staff_id = :me", values)}
            groups = conn.execute(f"SELECT count(*) FROM ({_MY_GROUPS})", values).fetchone()[0]
            counts = dict(conn.execute(_MY_COUNTS, values).fetchall())
    except Exception:  # noqa: BLE001 - a first look only
        log.debug("fast Vandaag read: no lesson day", exc_info=True)
        return None
    return LessonDay(gives_lessons=bool(roles & TEACHING_ROLES or groups or counts),
                     coordinator="programme_coordinator" in roles, groups=groups, held=counts.get("held", 0),
                     planned=counts.get("planned", 0), unplanned=counts.get("unplanned", 0))


def read_file(path: Path, staff_id: int, today: date, key: bytes | None = None) -> list[SessionView] | None:
    """``upcoming_sessions`` on a file opened (and closed again) for this one read; None when it cannot be read."""
    try:
        conn = connect_read_only(path, key)
    except Exception:  # noqa: BLE001 - missing driver, damaged or locked file: the normal path says what
        log.debug("fast Vandaag read: cannot open", exc_info=True)
        return None
    try:
        return upcoming_sessions(conn, staff_id, today)
    finally:
        conn.close()


def read_for(path: Path, today: date, staff_of: Callable[[str], int | None],
             key: bytes | None = None) -> tuple[int, list[SessionView], LessonDay | None] | None:
    """The Vandaag rows of whoever ``staff_of(database id)`` names (the app remembers "who am I" per database
    id): (staff id, rows, why the list is empty — None when it is not, or cannot be told this way), or None when
    nobody is chosen yet or the file cannot be read this way."""
    try:
        conn = connect_read_only(path, key)
    except Exception:  # noqa: BLE001 - the normal path says what is wrong with the file
        log.debug("fast Vandaag read: cannot open", exc_info=True)
        return None
    try:
        try:
            stored = conn.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID_KEY,)).fetchone()
        except Exception:  # noqa: BLE001 - not a WIsH Desk file of this schema
            return None
        staff_id = staff_of(stored[0]) if stored else None
        if staff_id is None:
            return None
        rows = upcoming_sessions(conn, staff_id, today)
        if rows is None:
            return None
        return staff_id, rows, (lesson_day(conn, staff_id) if not rows else None)
    finally:
        conn.close()


def _view(row: tuple) -> SessionView:
    (sid, group_id, group_name, school_id, school_name, template_id, number, title, subgroup, day, start, end,
     teacher_id, teacher_name, specialist_id, specialist_name, status, reason, version) = row
    titles = json.loads(title) if title else {}
    return SessionView(
        sid, group_id, group_name, school_id, school_name, template_id, number,
        (titles or {}).get("nl") or "", subgroup, _date(day), _time(start), _time(end), teacher_id, teacher_name,
        specialist_id, specialist_name, status, reason, version)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None
