"""Opening a server database for reading only (`list`, `report`, `check`, `ics`): refuse, untouched, an
empty, foreign, unversioned, older or newer database, and read through a read-only transaction."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from ..db import Database, DatabaseLocation
from ..errors import MigrationFailed, NotAWishDeskDatabase
from .connect import translate_connect_error, with_default_tls

MARKER_TABLE = "school_year"


def open_server_read_only(location: DatabaseLocation) -> Database:
    from ..schema import check_revision, head_revision

    location = DatabaseLocation(with_default_tls(location.url), None)
    # The server itself refuses any write in these sessions, whatever code runs later.
    engine = create_engine(location.url, pool_pre_ping=True,
                           connect_args={"options": "-c default_transaction_read_only=on"})
    try:
        try:
            conn = engine.connect()
        except Exception as exc:
            raise translate_connect_error(exc, location) from exc
        with conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                raise NotAWishDeskDatabase("De teamdatabase is leeg: er staat nog niets in. Richt hem eerst in met "
                                           "'wishdesk team init'; er is niets veranderd.")
            if MARKER_TABLE not in tables:
                raise NotAWishDeskDatabase("Deze serverdatabase bevat tabellen, maar niet van WIsH Desk; er is "
                                           "niets veranderd.")
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision is None:
                raise NotAWishDeskDatabase("De teamdatabase heeft geen schemaversie (onvolledig ingericht of "
                                           "beschadigd); er is niets veranderd. Vraag de beheerder.")
            check_revision(revision, "De teamdatabase")
            if revision != head_revision():
                raise MigrationFailed(f"De teamdatabase heeft een ouder schema ({revision}); alleen-lezen werkt "
                                      "pas na bijwerken. De beheerder werkt hem bij door hem één keer gewoon te "
                                      "openen; er is niets veranderd.")
    except BaseException:
        engine.dispose()
        raise
    return Database(location, engine, read_only=True)
