"""The team server's side of syncing: a change log written by triggers, and the ids of applied changes.

`sync_change(seq, tbl, gid, op)` gets one line for every row written in a synced table, by a trigger, so every
write (the app, psql, a migration) is logged. A replica pulls `seq > last_seq` and then reads the rows through
its own login, so row-level security decides what it receives. `sync_change` holds no content (table, gid and
operation only), so every staff role may read it.

Sequence numbers are handed out when a row is written, not when its transaction commits: a long transaction can
commit seq 10 after seq 11 was pulled. The trigger therefore takes a shared advisory lock for its transaction,
and `watermark` takes the exclusive one for an instant: when it has it, every seq up to the max it reads is
committed (or rolled back), so a pull up to that watermark never skips one.

`sync_applied(change_id)` makes a pushed change idempotent: it is inserted in the same server transaction as the
change itself, so a push cut off at any moment is repeated without applying anything twice.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, inspect, text

from ..team import policies as P
from .tables import synced_tables

LOCK_KEY = 4714

DDL = f"""
CREATE TABLE IF NOT EXISTS sync_change (
    seq bigserial PRIMARY KEY,
    tbl text NOT NULL,
    gid text NOT NULL,
    op char(1) NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS sync_applied (
    change_id text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE OR REPLACE FUNCTION wishdesk_sync_log() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared({LOCK_KEY});
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sync_change (tbl, gid, op) VALUES (TG_TABLE_NAME, OLD.gid, 'D');
    ELSIF TG_OP = 'UPDATE' AND NEW.gid IS DISTINCT FROM OLD.gid THEN
        INSERT INTO sync_change (tbl, gid, op) VALUES (TG_TABLE_NAME, OLD.gid, 'D');
        INSERT INTO sync_change (tbl, gid, op) VALUES (TG_TABLE_NAME, NEW.gid, 'I');
    ELSE
        INSERT INTO sync_change (tbl, gid, op) VALUES (TG_TABLE_NAME, NEW.gid, left(TG_OP, 1));
    END IF;
    RETURN NULL;
END $$;
-- Whether a row exists at all, whoever may see it: a push must tell "deleted on the server" (agreed, or a
-- conflict) from "hidden from this login" (refused). Says nothing about the row but that it exists.
CREATE OR REPLACE FUNCTION wishdesk_sync_exists(tbl text, g text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE found boolean;
BEGIN
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM ' || quote_ident(tbl) || ' WHERE gid = $1)' INTO found USING g;
    RETURN found;
END $$;
"""


def is_enabled(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT to_regclass('public.sync_change') IS NOT NULL")).scalar())


def enable_sync(conn: Connection) -> None:
    """Install (or repair) the change log, its triggers and grants; safe to run again (`team sync-enable`)."""
    sql = conn.exec_driver_sql
    sql(DDL)
    for st in synced_tables():
        name = P.quote_ident(st.name)
        sql(f"DROP TRIGGER IF EXISTS wishdesk_sync ON {name}")
        sql(f"CREATE TRIGGER wishdesk_sync AFTER INSERT OR UPDATE OR DELETE ON {name} "
            "FOR EACH ROW EXECUTE FUNCTION wishdesk_sync_log()")
    staff = ", ".join(P.STAFF_GROUP_ROLES)
    sql("REVOKE ALL ON FUNCTION wishdesk_sync_log() FROM PUBLIC")
    sql("REVOKE ALL ON FUNCTION wishdesk_sync_exists(text, text) FROM PUBLIC")
    sql(f"GRANT EXECUTE ON FUNCTION wishdesk_sync_exists(text, text) TO {staff}")
    sql("REVOKE ALL ON sync_change, sync_applied FROM PUBLIC")
    sql(f"GRANT SELECT ON sync_change TO {staff}")
    sql(f"GRANT SELECT, INSERT ON sync_applied TO {staff}")


def enable_sync_on(value: str) -> list[str]:
    """`wishdesk team sync-enable`: as the database owner, on a team database already at this schema."""
    from ..schema import head_revision
    from ..team.connect import server_connection
    from .connection import SyncError

    with server_connection(value) as (location, conn):
        with conn.begin():
            tables = tables_present(conn)
            if "staff_login" not in tables:
                raise SyncError("Deze database is nog geen teamdatabase; doe eerst 'wishdesk team init'.")
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != head_revision():
                raise SyncError(f"De teamdatabase heeft schema {revision}; werk hem eerst bij (open hem één keer "
                                "als eigenaar met deze versie). Er is niets veranderd.")
            conn.execute(text("SELECT pg_advisory_xact_lock(4711)"))
            enable_sync(conn)
    return [f"Synchroniseren staat aan op {location.display()}: laptopkopieën kunnen nu gemaakt worden."]


def watermark(engine: Engine) -> int:
    """The highest seq below which every change is committed (see the module doc)."""
    with engine.connect() as conn, conn.begin():
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})
        return int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_change")).scalar())


def tables_present(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())
