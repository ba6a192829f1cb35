"""Engine creation and units of work.

`Database` owns one engine. SQLite runs in WAL mode with foreign keys on and a busy timeout; the pysqlite
driver's own transaction handling is switched off so that SQLAlchemy's BEGIN really starts a transaction
(DDL included) — the documented recipe for transactional migrations on SQLite.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from . import file_watch
from .errors import DatabaseReadOnly, WishDeskError

SQLITE_BUSY_TIMEOUT_MS = 5000


def _sqlcipher():  # noqa: ANN202 - the sqlcipher3 DB-API module, imported only for encrypted files
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def sqlite_errors() -> tuple[type[BaseException], ...]:
    """The error classes of both drivers: an encrypted file is served by sqlcipher3, whose errors are its own."""
    try:
        return (sqlite3.Error, _sqlcipher().Error)
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return (sqlite3.Error,)


def _key_for(path: Path) -> bytes | None:
    """The unlocked key for an encrypted file (or a new file whose key file was written first); None otherwise."""
    try:  # a plain file needs no key: answer before loading the security stack (about 0.1 s of start-up)
        with Path(path).open("rb") as handle:
            if handle.read(16) == b"SQLite format 3\x00":
                return None
    except OSError:
        pass
    from .security.encryption import is_plain_sqlite
    from .security.keyfile import key_for

    key = key_for(path)
    if key is None or is_plain_sqlite(path):  # e.g. a plain backup restored beside an old key file
        return None
    return key


def _create_private(path: Path) -> None:
    """A new database file is created readable by its owner only (0600): it holds children's data."""
    if path.exists():
        return
    with contextlib.suppress(OSError):  # the connect below reports the real problem
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


_KEYED_CLASS: type | None = None


def _keyed_class() -> type:
    """A sqlcipher3 connection that remembers its key (the C type takes no attributes of its own)."""
    global _KEYED_CLASS
    if _KEYED_CLASS is None:
        _KEYED_CLASS = type("KeyedConnection", (_sqlcipher().Connection,), {"wishdesk_key": None})
    return _KEYED_CLASS


def _connect(target: str | Path, key: bytes | None, uri: bool) -> sqlite3.Connection:
    if key is None:
        return sqlite3.connect(target, uri=uri, check_same_thread=False)
    conn = _sqlcipher().connect(str(target), uri=uri, check_same_thread=False, factory=_keyed_class())
    conn.wishdesk_key = key  # lets connect_like open a backup with the same key
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # a raw key: no slow key derivation per connection
    except BaseException:
        conn.close()
        raise
    return conn


def connect_like(src: sqlite3.Connection, target: Path) -> sqlite3.Connection:
    """A connection to a new file made by the same driver (and key) as `src`: the online backup API needs both
    ends from one library, and a backup of an encrypted database stays encrypted with the same key."""
    _create_private(target)
    if isinstance(src, sqlite3.Connection):
        return sqlite3.connect(target)
    return _connect(target, getattr(src, "wishdesk_key", None), uri=False)


class DiskFull(WishDeskError):
    """Writing failed because the disk is full or the storage stopped answering (USB stick pulled)."""


class DatabaseHardLinked(DatabaseReadOnly):
    """The database file has a second name (hard link); writing through one of them would bypass the lock.
    A DatabaseReadOnly: the GUI then offers to open it read-only."""


class DatabaseGone(WishDeskError):
    """The database file disappeared (moved, deleted, stick removed) while it was open."""


class UnsupportedLocation(WishDeskError):
    """--db names something that is neither a SQLite file nor a PostgreSQL server (mysql://, http://, …)."""


# The drivers this program ships with; any other URL would fail deep inside SQLAlchemy with a traceback.
SUPPORTED_DRIVERS = frozenset({"sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg"})


class DatabaseReplaced(DatabaseGone):
    """The file was overwritten in place by another file while open (see file_watch); nothing more is written.
    A DatabaseGone, so the GUI's close path shows the rescue (backup.save_rescue_copy returns it)."""


@dataclass(frozen=True)
class DatabaseLocation:
    """Where a database lives: a SQLite file (path set) or a server URL (PostgreSQL team mode)."""

    url: URL
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


def resolve_location(value: str | os.PathLike[str]) -> DatabaseLocation:
    """Accept a file path or a SQLAlchemy URL (``postgresql+psycopg://…``, ``sqlite:///…``)."""
    text = os.fspath(value)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError:
            raise UnsupportedLocation(f"{text} is geen geldig database-adres.") from None
        backend = url.get_backend_name()
        if backend not in ("sqlite", "postgresql") or url.drivername not in SUPPORTED_DRIVERS:
            raise UnsupportedLocation(
                f"WIsH Desk werkt met een databasebestand of een PostgreSQL-server (postgresql://…), niet met "
                f"{url.drivername}://. Er is niets geopend.")
        if backend == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if backend == "sqlite":
            if not url.database or url.database == ":memory:":
                raise UnsupportedLocation("Een database in het geheugen wordt niet bewaard; kies een bestand.")
            return DatabaseLocation(url, Path(url.database).expanduser().resolve())
        return DatabaseLocation(url, None)
    path = Path(text).expanduser().resolve()
    return DatabaseLocation(URL.create("sqlite+pysqlite", database=str(path)), path)


def sqlite_uri(path: Path, mode: str) -> str | None:
    """A SQLite URI for `path` (percent-encoded, so '#', '?' and '%' in folder names are safe).
    None for Windows network paths, which SQLite's URI syntax cannot express; callers then connect plainly."""
    absolute = Path(os.path.abspath(path))
    if os.name == "nt" and str(absolute).startswith("\\\\"):
        return None
    return f"{absolute.as_uri()}?mode={mode}"


def connect_sqlite(path: Path, mode: str = "rwc", *, snapshot: bool = True) -> sqlite3.Connection:
    """Open a SQLite file. mode: "ro" read-only, "rw" must exist (never silently creates an empty file where a
    database vanished), "rwc" may create. A WAL database on read-only media cannot be read with plain "ro"
    (SQLite needs to write its -shm file); when no -wal file exists the file is the whole database and is
    opened as immutable instead. snapshot (with "ro"): a short read that may treat a file nobody has open as
    immutable; a long-lived read-only database passes False (a writer may open the file later)."""
    key = _key_for(path)
    if mode == "rwc":
        _create_private(path)
    uri = sqlite_uri(path, mode)
    if uri is None:
        return _connect(path, key, uri=False)
    if mode == "ro" and snapshot and _whole_wal_file(path):
        # Nobody has it open (an open WAL database always has its -wal): the file is the whole database, and
        # reading it as immutable leaves no -wal and -shm beside a file we only looked at (or refused).
        return _connect(f"{uri}&immutable=1", key, uri=True)
    conn = _connect(uri, key, uri=True)
    if mode != "ro":
        return conn
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite_errors() as exc:
        conn.close()
        name = getattr(exc, "sqlite_errorname", "")
        wal = Path(f"{path}-wal")
        if not (name.startswith("SQLITE_CANTOPEN") or name.startswith("SQLITE_READONLY")) or wal.exists():
            raise
    return _connect(f"{uri}&immutable=1", key, uri=True)


def _whole_wal_file(path: Path) -> bool:
    """A database file in WAL mode (header bytes 18-19) with no -wal beside it."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return header[18:20] == b"\x02\x02" and not os.path.exists(f"{path}-wal")


def storage_error(exc: BaseException, database: Path | None = None, where: Path | None = None) -> WishDeskError | None:
    """Translate a low-level storage failure (sqlite3 or OS) into a Dutch message; None if it is not one.
    `database`: the open database file (its absence means it vanished); `where`: the file named in the message."""
    shown = where or database
    at = f" ({shown})" if shown else ""
    if database is not None and not database.exists():
        return DatabaseGone(
            f"Het databasebestand is verdwenen terwijl het open was ({database}): verplaatst, verwijderd of de "
            "USB-stick is eruit gehaald. De laatste wijziging is niet bewaard. Zet het bestand terug en open het "
            "opnieuw, of zet een back-up terug."
        )
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
            return DiskFull(f"De schijf is vol{at}. Er is niets bewaard; maak ruimte vrij en probeer het opnieuw.")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return DatabaseReadOnly(f"Hier mag niet geschreven worden{at}. Kies een andere map.")
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and _nearly_full(shown)):
        return DiskFull(f"De schijf is vol{at}. Er is niets veranderd of bewaard; maak ruimte vrij en probeer het "
                        "opnieuw. (Het bestand zelf is niet beschadigd.)")
    if name.startswith("SQLITE_IOERR"):
        return DiskFull(f"Schrijven naar de schijf is mislukt{at}: de schijf is vol of niet meer bereikbaar. "
                        "Er is niets bewaard.")
    if name.startswith("SQLITE_READONLY"):
        return DatabaseReadOnly(f"Hier kan niet geschreven worden{at}. Er is niets bewaard.")
    if name.startswith("SQLITE_CANTOPEN"):
        return DatabaseGone(f"Het bestand kan niet (meer) geopend worden{at}. Er is niets bewaard.")
    return None


def _nearly_full(path: Path | None, margin: int = 1024 * 1024) -> bool:
    """Less than `margin` bytes free where `path` lives: then an I/O error is the disk being full."""
    if path is None:
        return False
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < margin
    except OSError:
        return False


def _install_sqlite_pragmas(engine: Engine, foreign_keys: bool, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI objects
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see module doc)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if wal:  # must happen outside a transaction, so here and not after BEGIN
            cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed change survives a power cut too (a laptop battery running flat), at ~0.2 ms per commit
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")


def make_engine(
    location: DatabaseLocation, *, foreign_keys: bool = True, wal: bool = True, mode: str = "rwc"
) -> Engine:
    """mode (SQLite only): see connect_sqlite; an opened database uses "rw" or "ro"."""
    if location.is_sqlite:
        path = location.path
        assert path is not None
        # hide_parameters: a failed statement's message (which may reach the log) never carries a name.
        # An encrypted file: the pysqlite dialect over the sqlcipher3 module (same API), so SQLAlchemy recognises
        # and wraps its errors; the creator hands the key to every new connection.
        extra = {"module": _sqlcipher()} if _key_for(path) is not None else {}
        engine = create_engine(location.url, creator=lambda: connect_sqlite(path, mode, snapshot=False),
                               hide_parameters=True, **extra)
        _install_sqlite_pragmas(engine, foreign_keys, wal)
        return engine
    return create_engine(location.url, pool_pre_ping=True, hide_parameters=True)


class Database:
    """An open, migrated database: hands out sessions; one per application."""

    def __init__(self, location: DatabaseLocation, engine: Engine, read_only: bool = False) -> None:
        self.location = location
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        from .team import stale

        stale.install(self._sessions)  # a lost update becomes a StaleEdit with both versions (see write)
        self.changed = False  # set when a write committed; decides the backup on close
        self.backup_dir: Path | None = None  # where backups of this database go (set by open_database)
        self.lock = None  # the InstanceLock held while open (set by open_database), released on close
        self._identity = _file_identity(location.path)
        self._side_files_before = _side_files(location.path)
        self.replaced: WishDeskError | None = None  # set when the file was overwritten in place (file_watch)
        self.rescued: Path | None = None  # what was kept then
        self.recovery_key: str | None = None  # set once when an encrypted database is created (recovery sheet)
        if location.path is not None and not read_only:
            with engine.connect():  # the first connection switches to WAL, which changes the header
                pass
            file_watch.note_own_header(location.path)

    def ensure_present(self) -> None:
        """Raise DatabaseGone if the file was deleted or replaced since it was opened. SQLite in WAL mode would
        otherwise go on 'committing' into a -wal file that belongs to no database any more."""
        path = self.location.path
        if path is None:
            return
        if self.replaced is not None:
            raise self.replaced
        now = _file_identity(path)
        if now is None:
            raise storage_error(FileNotFoundError(), database=path) or DatabaseGone(str(path))
        if self._identity is not None and now[:2] != self._identity[:2]:
            raise DatabaseGone(
                f"Het databasebestand {path} is vervangen door een ander bestand terwijl het open was. "
                "De wijziging is niet bewaard; open de database opnieuw."
            )
        if now[2] > 1:
            raise DatabaseHardLinked(
                f"Het databasebestand {path} heeft een tweede naam gekregen (een harde koppeling) terwijl het open "
                "was. Via die naam kan een ander programma tegelijk schrijven, dus deze wijziging is niet bewaard. "
                "Verwijder de tweede naam en open de database opnieuw."
            )
        file_watch.check_not_replaced(self)

    def _translated(self, exc: DBAPIError) -> WishDeskError | None:
        if not self.location.is_sqlite or exc.orig is None:
            return None
        return storage_error(exc.orig, database=self.location.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        try:
            with self._sessions() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except DBAPIError as exc:
            translated = self._translated(exc)
            if translated is None:
                raise
            raise translated from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits wholly or not at all."""
        if self.read_only:
            raise DatabaseReadOnly("Deze database is alleen-lezen geopend; wijzigingen worden niet bewaard.")
        self.ensure_present()
        session = None
        try:
            with self._sessions() as session:
                session.begin()
                try:
                    yield session
                    session.flush()
                    with file_watch.commit_guard():
                        self.ensure_present()  # checked again just before COMMIT: a vanished file rolls back
                        session.commit()
                        if self.location.path is not None:
                            file_watch.note_own_header(self.location.path)  # our checkpoint may change it
                except BaseException:
                    session.rollback()
                    raise
        except StaleDataError as exc:
            from .team.stale import explain

            found = explain(session, self.engine) if session is not None else None
            raise (found or WishDeskError("Iemand anders heeft deze gegevens intussen gewijzigd; uw wijziging "
                                          "is niet bewaard. Laad opnieuw en probeer het nog eens.")) from exc
        except DBAPIError as exc:
            translated = self._translated(exc)
            if translated is None:
                raise
            raise translated from exc
        self.changed = True

    def close(self) -> None:
        self.engine.dispose()
        if self.replaced is not None:
            file_watch.forget(self.location.path)
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.read_only:
            self._remove_own_side_files()

    def _remove_own_side_files(self) -> None:
        """A read-only connection cannot checkpoint, so SQLite leaves the -wal and -shm it created. Remove them
        when this object created them, the -wal is empty and no WIsH Desk has the file open (the lock)."""
        from . import instance_lock

        path = self.location.path
        created = _side_files(path) - self._side_files_before
        wal = Path(f"{path}-wal")
        if path is None or not created or (wal.exists() and wal.stat().st_size) or instance_lock.held_here(path):
            return
        try:
            with instance_lock.acquire(path):
                for side in created:
                    Path(side).unlink(missing_ok=True)
        except (OSError, WishDeskError):
            pass  # somebody opened it meanwhile, or the folder is read-only: the files stay, harmlessly


def _side_files(path: Path | None) -> frozenset[str]:
    if path is None:
        return frozenset()
    return frozenset(f"{path}{side}" for side in ("-wal", "-shm") if os.path.exists(f"{path}{side}"))


def _file_identity(path: Path | None) -> tuple[int, int, int] | None:
    """(device, inode, number of names) of a file on POSIX; on Windows only whether it exists (inode numbers on
    FAT sticks are not stable, and Windows refuses to delete an open database anyway)."""
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    if os.name != "posix" or not st.st_ino:
        return (0, 0, 1)
    return (st.st_dev, st.st_ino, st.st_nlink)
