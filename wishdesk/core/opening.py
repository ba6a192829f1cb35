"""Opening a database safely: recognise it, refuse what we cannot read, lock it, back up, then migrate to head.

Every refusal happens before anything is written, so a foreign, damaged, newer, read-only or busy file stays
byte-for-byte as it was. An upgrade runs in one transaction with the version stamp, after an online backup; a
new database gets its schema and default curriculum in that same transaction, so a crash leaves either an
empty file or a complete database. `open_database_for` is the entry the CLI and the GUI share.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session as OrmSession

from . import backup, instance_lock
from .backup import restore_temp_name
from .db import Database, DatabaseLocation, make_engine, resolve_location, sqlite_errors, storage_error
from .errors import DatabaseNotFound, MigrationFailed, NotAWishDeskDatabase, WishDeskError
from .schema import (
    MARKER_TABLE,
    CurriculumInstaller,
    check_revision,
    check_tables,
    create_private_file,
    head_revision,
    inspect_sqlite_file,
    quick_check,
    require_single_name,
    require_writable,
    upgrade,
)


def open_database(
    value: str | Path | DatabaseLocation,
    *,
    create: bool = False,
    backup_dir: Path | None = None,
    read_only: bool = False,
    install_curriculum: CurriculumInstaller | None = None,
) -> Database:
    """Open (and if needed create or upgrade) a WIsH Desk database. Raises WishDeskError subclasses.
    install_curriculum: what a new database gets in its creating transaction (default: the default programme)."""
    location = value if isinstance(value, DatabaseLocation) else resolve_location(value)
    install = install_curriculum or default_curriculum
    if location.is_sqlite:
        return _open_sqlite(location, create=create, backup_dir=backup_dir, read_only=read_only, install=install)
    if read_only:  # team mode, read-only commands: never creates or migrates
        from .team.opening import open_server_read_only

        return open_server_read_only(location)
    return _open_server(location, install)


def open_database_for(value: str | Path, *, create: bool = False, read_only: bool = False,
                      municipality: str | None = None) -> Database:
    """The one way the CLI and the GUI open a database: backups in the usual place (paths.backup_dir_for:
    beside the file, or the backup folder for the default database), the default curriculum for a new one.
    ``municipality``: the municipality's name, written in the creating transaction of a new database (a bad
    name is refused before any file is made; an existing database keeps its own name)."""
    from ..paths import backup_dir_for

    location = resolve_location(value)
    backups = backup_dir_for(location.path) if location.path else None
    install = with_municipality(municipality) if municipality is not None else None
    return open_database(location, create=create, backup_dir=backups, read_only=read_only, install_curriculum=install)


def with_municipality(name: str) -> CurriculumInstaller:
    """The default installer plus the municipality's name, for the creating transaction. Checks the name now."""
    from .services.municipality import clean_municipality_name, write_municipality_name

    clean_municipality_name(name)

    def install(session: OrmSession) -> None:
        default_curriculum(session)
        write_municipality_name(session, name)
        session.flush()  # the session is closed, not committed, by the caller: the connection's transaction is

    return install


def default_curriculum(session: OrmSession) -> None:
    from .services.curriculum import install_curriculum

    install_curriculum(session)


def _open_sqlite(location: DatabaseLocation, *, create: bool, backup_dir: Path | None, read_only: bool,
                 install: CurriculumInstaller) -> Database:
    path = location.path
    assert path is not None
    state = inspect_sqlite_file(path)
    if state.kind == "missing" and not create:
        raise DatabaseNotFound(f"Database niet gevonden: {path}")
    if state.kind == "empty" and not create:
        raise NotAWishDeskDatabase(f"{path.name} is leeg; maak een nieuwe database of kies een ander bestand.")
    if state.kind == "missing" and Path(f"{path}-wal").exists():
        raise NotAWishDeskDatabase(
            f"Naast {path.name} staat nog een los logbestand ({path.name}-wal) van een database die verdwenen is. "
            "Zet de database terug, of verplaats dat bestand eerst; er is niets veranderd."
        )
    check_revision(state.revision, path.name)
    if state.kind == "wishdesk":
        check_tables(state.tables, state.revision, path.name)
        quick_check(path)
    if read_only:
        if state.kind != "wishdesk":
            raise NotAWishDeskDatabase(f"{path.name} is nog geen WIsH Desk-database; alleen-lezen kan niet.")
        database = Database(location, make_engine(location, wal=False, mode="ro"), read_only=True)
        database.backup_dir = backup_dir
        return database
    require_writable(path)
    require_single_name(path)
    is_new = state.kind in ("missing", "empty")
    try:
        if is_new:
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = instance_lock.acquire(path)  # before any write, so a second instance never migrates under us
        if state.kind == "missing":
            create_private_file(path)
        remove_restore_leftovers(path)
    except OSError as exc:
        translated = storage_error(exc, where=path)
        if translated is None:
            raise
        raise translated from exc
    try:
        if state.revision != head_revision():
            _migrate(location, backup_dir if not is_new else None, install if is_new else None)
        database = Database(location, make_engine(location, mode="rw"))
        database.backup_dir = backup_dir
        database.lock = lock
        if not is_new:
            _ensure_curriculum(database)
        return database
    except BaseException:
        lock.release()
        if state.kind == "missing" and path.exists() and path.stat().st_size == 0:
            path.unlink()  # we created it and nothing was committed: leave the folder as it was
        raise


def _migrate(location: DatabaseLocation, backup_dir: Path | None, install: CurriculumInstaller | None) -> None:
    fresh = install is not None
    assert location.path is not None
    backup_path = None
    if backup_dir is not None:
        try:
            backup_path = backup.make_backup(location.path, backup_dir, reason="voor-update")
        except WishDeskError as exc:
            raise MigrationFailed(f"Er kon geen back-up gemaakt worden, dus de database is niet bijgewerkt: {exc}") \
                from exc
    try:
        upgrade(location, install_curriculum=install)
    except Exception as exc:
        if fresh:
            raise _storage(exc, location.path) or MigrationFailed(
                f"De nieuwe database kon niet gemaakt worden: {_reason(exc)}.") from exc
        where = f" De oude toestand staat ook in de back-up {backup_path}." if backup_path else ""
        raise MigrationFailed(
            f"Bijwerken van de database is mislukt ({_reason(exc)}); de database is gebleven zoals hij was.{where}"
        ) from exc


def _storage(exc: BaseException, path: Path | None) -> WishDeskError | None:
    orig = getattr(exc, "orig", None) or exc
    return storage_error(orig, where=path) if isinstance(orig, (OSError, *sqlite_errors())) else None


def _reason(exc: BaseException) -> str:
    storage = _storage(exc, None)
    if storage is not None:
        return str(storage).rstrip(".")
    return str(getattr(exc, "orig", None) or exc) or exc.__class__.__name__


def _ensure_curriculum(database: Database) -> None:
    """A database created by an older WIsH Desk that was interrupted between creating the schema and the
    curriculum has no lessons; give it the default programme (a no-op in every other case)."""
    with database.session() as session:
        has_one = session.execute(text("SELECT 1 FROM curriculum LIMIT 1")).first() is not None
    if not has_one:
        from .services.curriculum import install_default_curriculum

        install_default_curriculum(database)
        database.changed = False


def remove_restore_leftovers(path: Path) -> None:
    """A restore that was killed leaves its hidden full copy beside the database; under the lock nobody is
    restoring now, so it goes (it holds pupil data nobody will look for)."""
    for leftover in path.parent.glob(restore_temp_name(path).name + "*"):
        try:
            leftover.unlink()
        except OSError:
            pass


def _open_server(location: DatabaseLocation, install: CurriculumInstaller) -> Database:
    from .team.connect import server_location, translate_connect_error

    location = server_location(location)  # TLS by default off this computer
    engine = make_engine(location)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception as exc:
        engine.dispose()
        raise translate_connect_error(exc, location) from exc
    if tables and MARKER_TABLE not in tables:
        engine.dispose()
        raise NotAWishDeskDatabase("Deze serverdatabase bevat al tabellen, maar niet van WIsH Desk.")
    check_revision(revision, "De teamdatabase")
    is_new = revision is None
    if revision != head_revision():
        upgrade(location, install_curriculum=install if is_new else None)
    return Database(location, engine)
