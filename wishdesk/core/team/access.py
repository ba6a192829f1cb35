"""What the connected person may read, asked of the database (never assumed from a role name), so a page the
person cannot see can say so instead of failing."""

from __future__ import annotations

from sqlalchemy import text

from ..db import Database


def readable(db: Database, tables: list[str]) -> dict[str, bool]:
    """table -> whether this login may SELECT from it. On SQLite (one person, one file) everything is."""
    if db.location.is_sqlite:
        return dict.fromkeys(tables, True)
    with db.engine.connect() as conn:
        return {t: bool(conn.execute(text("SELECT has_table_privilege(current_user, :t, 'SELECT')"),
                                     {"t": f'public."{t}"'}).scalar()) for t in tables}


def my_staff_id(db: Database) -> int | None:
    """The staff record linked to this login in a team database (None: owner, municipality, or SQLite)."""
    if db.location.is_sqlite:
        return None
    with db.engine.connect() as conn:
        has_helper = conn.execute(text("SELECT to_regprocedure('wishdesk_my_staff_id()') IS NOT NULL")).scalar()
        if not has_helper or not conn.execute(text(
                "SELECT has_function_privilege(current_user, 'wishdesk_my_staff_id()', 'EXECUTE')")).scalar():
            return None
        return conn.execute(text("SELECT wishdesk_my_staff_id()")).scalar()
