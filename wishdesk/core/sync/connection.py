"""Connecting a replica to its team server as the person's own login, and the checks before any sync."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from ..errors import WishDeskError
from ..team.connect import translate_connect_error, with_default_tls


class SyncError(WishDeskError):
    """A sync (or a replica copy) could not run; nothing was changed."""


class SchemaMismatch(SyncError):
    pass


def server_url(url: str | URL, login: str, password: str | None) -> URL:
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise SyncError("Een laptopkopie komt van een teamdatabase op een PostgreSQL-server (postgresql://…).")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return with_default_tls(parsed.set(username=login, password=password))


def public_url(url: URL) -> str:
    """The server address as kept in the replica: without login and password."""
    return url.set(username=None, password=None).render_as_string(hide_password=True)


def connect_server(url: URL) -> tuple[Engine, Connection]:
    """An engine and a first connection; a failure becomes the team mode's Dutch connection message."""
    from ..db import DatabaseLocation

    engine = create_engine(url, hide_parameters=True, connect_args={"connect_timeout": 10})
    try:
        conn = engine.connect()
    except Exception as exc:
        engine.dispose()
        raise translate_connect_error(exc, DatabaseLocation(url, None)) from exc
    return engine, conn


def check_server(conn: Connection, replica_revision: str | None = None) -> None:
    """The server is a team database with syncing switched on, at this program's schema (and the replica's)."""
    from ..schema import head_revision
    from .server import is_enabled

    revision = conn.execute(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar() and \
        conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if not revision:
        raise SyncError("Dit is geen (ingerichte) teamdatabase van WIsH Desk; er is niets veranderd.")
    if revision != head_revision():
        raise SchemaMismatch(f"De teamdatabase heeft schema {revision}, dit programma {head_revision()}. Werk WIsH "
                             "Desk (of de server) bij; daarna kan er weer gesynchroniseerd worden. Er is niets "
                             "veranderd.")
    if replica_revision is not None and replica_revision != revision:
        raise SchemaMismatch(f"Deze laptopkopie is gemaakt met schema {replica_revision}, de teamdatabase heeft "
                             f"{revision}. Werk WIsH Desk bij (of maak een nieuwe kopie); er is niets veranderd.")
    if not is_enabled(conn):
        raise SyncError("Synchroniseren staat op deze teamdatabase nog niet aan; vraag de beheerder om "
                        "'wishdesk team sync-enable'. Er is niets veranderd.")
