"""`wishdesk team grants`: after a schema upgrade the owner gives new tables their grants and policies again.

A later migration may add a table (no role may read it yet) or rebuild one (its policies are gone with it).
This re-applies exactly what `team init` applies — group roles, grants, helper functions, row-level security
and the report views — in one transaction, as the database's owner. It compares the database's access
catalog before and after, so it can say what changed; a second run finds nothing to change.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, inspect, text

from ..db import DatabaseLocation
from .connect import server_connection
from .setup import TeamSetupError, _check_owner, _create_group_roles, _install_access

# Everything that decides who may see what: table rights and RLS switches, policies, views, helper functions.
_CATALOG = {
    "relations": """SELECT c.relname, c.relkind::text, coalesce(c.relacl::text, ''), c.relrowsecurity,
                           c.relforcerowsecurity
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S', 'p') ORDER BY 1""",
    "policies": """SELECT tablename, policyname, roles::text, cmd, coalesce(qual, ''), coalesce(with_check, '')
                   FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2""",
    "views": "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1",
    "functions": """SELECT p.proname, pg_get_functiondef(p.oid), coalesce(p.proacl::text, '')
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname = 'public' AND p.proname LIKE 'wishdesk%' ORDER BY 1""",
}


def access_catalog(conn: Connection) -> dict[str, dict[str, tuple[Any, ...]]]:
    """kind -> {object name -> its rights and definition}, for comparing before and after."""
    out: dict[str, dict[str, tuple[Any, ...]]] = {}
    for kind, query in _CATALOG.items():
        rows = conn.execute(text(query)).all()
        if kind == "policies":
            out[kind] = {f"{r[0]}.{r[1]}": tuple(r[2:]) for r in rows}
        else:
            out[kind] = {r[0]: tuple(r[1:]) for r in rows}
    return out


def changed_objects(before: dict, after: dict) -> list[str]:
    """Names of the tables, views and functions whose rights, policies or definition differ."""
    names: set[str] = set()
    for kind in _CATALOG:
        old, new = before.get(kind, {}), after.get(kind, {})
        for name in set(old) | set(new):
            if old.get(name) != new.get(name):
                names.add(name.split(".")[0] if kind == "policies" else name)
    return sorted(names)


def reapply_grants(value: str | DatabaseLocation) -> list[str]:
    """Re-apply grants, policies and views to a team database (run by its owner). Dutch lines: what changed."""
    with server_connection(value) as (location, conn):
        with conn.begin():
            owner = _check_owner(conn)
            if "staff_login" not in inspect(conn).get_table_names():
                raise TeamSetupError("Deze database is nog niet ingericht als teamdatabase; doe eerst "
                                     "'wishdesk team init'. Er is niets veranderd.")
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4711)")  # not at the same time as an init
            before = access_catalog(conn)
            created = _create_group_roles(conn)
            _install_access(conn, owner, conn.exec_driver_sql("SELECT current_database()").scalar())
            changed = changed_objects(before, access_catalog(conn))
    if not changed and not created:
        return [f"Rechten, beleidsregels en rapportweergaven van {location.display()} waren al in orde; er is "
                "niets veranderd."]
    lines = [f"Rechten, beleidsregels en rapportweergaven opnieuw toegepast in {location.display()}."]
    if changed:
        lines.append("Bijgewerkt: " + ", ".join(changed) + ".")
    if created:
        lines.append("Nieuwe groepsrollen: " + ", ".join(created) + ".")
    return lines
