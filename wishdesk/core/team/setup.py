"""`wishdesk team init` and `team add-user`: make an empty PostgreSQL database a team database, and give a
person a login role linked to their staff record.

Init runs as the database's owner (a role with CREATEROLE, not necessarily a superuser) in ONE transaction:
schema (the normal Alembic upgrade plus the default curriculum), the `staff_login` table, group roles
(created when the cluster does not have them yet: role names are cluster-wide), grants, helper functions,
row-level security with FORCE (so the owner's own connections obey policies too, through its explicit
owner policy) and the municipality's report views. A failure leaves the database empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, inspect, text

from ..db import DatabaseLocation
from ..errors import NotAWishDeskDatabase, ValidationError, WishDeskError
from . import policies as P
from .connect import server_connection

LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class TeamSetupError(WishDeskError):
    pass


def _existing_roles(conn: Connection, names: Iterable[str]) -> set[str]:
    rows = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"), {"n": list(names)})
    return {r[0] for r in rows}


def _check_owner(conn: Connection) -> str:
    me, owner, superuser, createrole = conn.execute(text(
        "SELECT current_user, pg_get_userbyid(d.datdba), r.rolsuper, r.rolcreaterole "
        "FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = current_user"
    )).one()
    if me != owner and not superuser:
        raise TeamSetupError(f"Alleen de eigenaar van de database ({owner}) kan het team inrichten; u bent {me}.")
    if not (createrole or superuser):
        raise TeamSetupError(f"De rol {me} mag geen rollen maken (CREATEROLE ontbreekt); vraag de "
                             "serverbeheerder: ALTER ROLE " + P.quote_ident(me) + " CREATEROLE;")
    return me


def _refuse_unless_empty(conn: Connection) -> None:
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return
    if "staff_login" in tables:
        raise TeamSetupError("Deze database is al ingericht als teamdatabase; er is niets veranderd.")
    if "school_year" in tables:
        raise TeamSetupError("Deze database bevat al WIsH Desk-gegevens (zonder teaminrichting); 'team init' "
                             "werkt alleen op een lege database. Er is niets veranderd.")
    raise NotAWishDeskDatabase("Deze database bevat al tabellen van een ander programma; 'team init' werkt alleen "
                               "op een lege database. Er is niets veranderd.")


def init_team_database(value: str | DatabaseLocation) -> list[str]:
    """Set up an empty database as a team database. Returns Dutch lines describing what was made."""
    with server_connection(value) as (location, conn):
        with conn.begin():
            owner = _check_owner(conn)
            _refuse_unless_empty(conn)
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4711)")  # two inits at once: one waits
            created = _create_group_roles(conn)
            _install_schema(conn)
            _install_access(conn, owner, conn.exec_driver_sql("SELECT current_database()").scalar())
            from ..sync.server import enable_sync

            enable_sync(conn)  # the change log laptops sync from (issue 14)
    made = [f"Schema, beleidsregels en rapportweergaven gemaakt in {location.display()}."]
    if created:
        made.append("Nieuwe groepsrollen: " + ", ".join(created) + ".")
    return made


def _create_group_roles(conn: Connection) -> list[str]:
    existing = _existing_roles(conn, P.ALL_GROUP_ROLES)
    created = []
    for role in P.ALL_GROUP_ROLES:
        if role not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
            created.append(role)
    return created


def _install_schema(conn: Connection) -> None:
    from alembic import command
    from sqlalchemy.orm import Session as OrmSession

    from ..schema import alembic_config
    from ..services.curriculum import install_curriculum

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    with OrmSession(bind=conn) as session:
        install_curriculum(session)
        session.flush()
    conn.exec_driver_sql(P.STAFF_LOGIN_DDL)


def _install_access(conn: Connection, owner: str, database: str) -> None:
    """Grants, helper functions, row-level security and report views. Re-runnable (`team grants` after a
    schema upgrade): every policy and view is dropped and made again, grants and functions are idempotent."""
    sql = conn.exec_driver_sql
    db = P.quote_ident(database)
    # Nobody but named logins may connect, so a login of another team database on this server cannot look in.
    sql(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    sql("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    sql(f"GRANT USAGE ON SCHEMA public TO {', '.join(P.ALL_GROUP_ROLES)}")
    sql(P.HELPERS)
    staff = ", ".join(P.STAFF_GROUP_ROLES)
    for fn in P.HELPER_NAMES:
        sql(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        sql(f"GRANT EXECUTE ON FUNCTION {fn} TO {staff}")
    tables = [t for t in inspect(conn).get_table_names() if t not in ("alembic_version", "staff_login")]
    for table in tables:
        name = P.quote_ident(table)
        sql(f"GRANT SELECT ON {name} TO {staff}")
        writers = "wishdesk_coordinator" if table in P.COORDINATOR_ONLY_WRITE else staff
        sql(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {writers}")
    sql(f"GRANT SELECT ON alembic_version TO {', '.join(P.ALL_GROUP_ROLES)}")
    sql(f"GRANT SELECT ON staff_login TO {staff}")  # its own policy below shows only one's own line
    sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {staff}")
    for table in (*P.PROTECTED_TABLES, "staff_login"):
        name = P.quote_ident(table)
        sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        sql(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY")
        sql(f"DROP POLICY IF EXISTS wishdesk_owner_all ON {name}")
        sql(P.owner_policy_sql(table, owner))
    for policy in P.POLICIES:
        sql(f"DROP POLICY IF EXISTS {policy.name} ON {P.quote_ident(policy.table)}")
        sql(P.policy_sql(policy))
    sql("DROP POLICY IF EXISTS staff_login_own ON staff_login")
    sql(f"CREATE POLICY staff_login_own ON staff_login FOR SELECT TO {staff} USING (login = session_user)")
    for view, body in P.REPORT_VIEWS.items():
        sql(f"DROP VIEW IF EXISTS {view}")
        sql(f"CREATE VIEW {view} WITH (security_barrier = true) AS {body}")
        sql(f"GRANT SELECT ON {view} TO {', '.join(P.ALL_GROUP_ROLES)}")


def _group_roles_for(conn: Connection, staff_id: int) -> list[str]:
    found = conn.execute(text("SELECT id FROM staff WHERE id = :s"), {"s": staff_id}).first()
    if found is None:
        raise ValidationError(f"Er is geen medewerker met id {staff_id}; zie 'wishdesk list staff'.", "staff")
    codes = conn.execute(text("SELECT role FROM staff_role WHERE staff_id = :s ORDER BY role"),
                         {"s": staff_id}).scalars().all()
    roles = [P.GROUP_ROLES[c] for c in codes if c in P.GROUP_ROLES]
    if not roles:
        raise ValidationError(f"Medewerker {staff_id} heeft nog geen rol (leerkracht, specialist, …); geef eerst "
                              "een rol in Inrichting.", "staff")
    return roles


def add_user(value: str | DatabaseLocation, login: str, password: str, *, staff_id: int | None = None,
             municipality: bool = False) -> list[str]:
    """Make a login role for a person (linked to `staff_id`) or for the municipality's reader. The password
    is hashed (SCRAM) on this computer, so it never appears in the server's statement log."""
    if not LOGIN_NAME.match(login):
        raise ValidationError("Een loginnaam bestaat uit kleine letters, cijfers, '_', '.' of '-' en begint met "
                              "een letter (hoogstens 63 tekens).", "login")
    if len(password) < 10:
        raise ValidationError("Kies een wachtwoord van minstens 10 tekens.", "password")
    if (staff_id is None) == (not municipality):
        raise ValidationError("Geef een medewerker (--staff) of kies de gemeentelezer (--municipality).", "staff")
    with server_connection(value) as (location, conn):
        with conn.begin():
            if "staff_login" not in inspect(conn).get_table_names():
                raise TeamSetupError("Deze database is nog niet ingericht als teamdatabase; doe eerst "
                                     "'wishdesk team init'.")
            if _existing_roles(conn, [login]):
                raise TeamSetupError(f"De login {login} bestaat al op deze server; kies een andere naam.")
            roles = [P.MUNICIPALITY_ROLE] if municipality else _group_roles_for(conn, staff_id or 0)
            raw = conn.connection.dbapi_connection
            hashed = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
            ident = P.quote_ident(login)
            conn.exec_driver_sql(f"CREATE ROLE {ident} LOGIN PASSWORD '{hashed}' IN ROLE {', '.join(roles)}")
            database = P.quote_ident(conn.exec_driver_sql("SELECT current_database()").scalar())
            conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {ident}")
            if staff_id is not None:
                conn.execute(text("INSERT INTO staff_login (login, staff_id) VALUES (:l, :s)"),
                             {"l": login, "s": staff_id})
    return [f"Login {login} gemaakt, lid van {', '.join(roles)}."]
