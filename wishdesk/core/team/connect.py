"""Connecting to a team database: TLS by default off this computer, and failures that say which.

Each person connects as their own login role. We never pass a password ourselves unless the URL holds one:
libpq then takes it from PGPASSWORD, ~/.pgpass (pgpass.conf on Windows) or a service file
(`postgresql:///?service=wishdesk`), and the CLI asks for it when the server wants one (see `needs_password`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import URL, Connection

from ..db import DatabaseLocation, resolve_location
from ..errors import WishDeskError

LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


class ServerUnreachable(WishDeskError):
    pass


class WrongDatabase(WishDeskError):
    pass


class WrongLogin(WishDeskError):
    pass


class TlsRefused(WishDeskError):
    pass


class NoAccess(WishDeskError):
    pass


def with_default_tls(url: URL) -> URL:
    """`sslmode=require` for any host other than this computer, unless the URL (or a service file) says
    otherwise: a password and pupils' data never cross a network in clear text by accident."""
    query = dict(url.query)
    host = (url.host or query.get("host") or "")
    if isinstance(host, tuple):
        host = host[0]
    if "sslmode" in query or "service" in query or host in LOCAL_HOSTS or str(host).startswith("/"):
        return url
    return url.update_query_dict({"sslmode": "require"})


def server_location(value: str | DatabaseLocation) -> DatabaseLocation:
    location = value if isinstance(value, DatabaseLocation) else resolve_location(value)
    if location.is_sqlite:
        raise WishDeskError("Teammodus werkt met een PostgreSQL-server (postgresql://…), niet met een bestand.")
    return DatabaseLocation(with_default_tls(location.url), None)


def _text(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig)


def _sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None)


def needs_password(exc: BaseException) -> bool:
    """The server asked for a password and none was given (no URL password, .pgpass or PGPASSWORD)."""
    return "no password supplied" in _text(exc)


def translate_connect_error(exc: BaseException, location: DatabaseLocation) -> WishDeskError:
    """A Dutch, specific message for a failed connection attempt (never just 'OperationalError')."""
    url = location.url
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    message, state = _text(exc), _sqlstate(exc)
    low = message.lower()
    if state == "3D000" or ("database" in low and "does not exist" in low):
        return WrongDatabase(f"De database '{url.database}' bestaat niet op de server {where}; controleer de naam.")
    if state in ("28P01", "28000") and "pg_hba.conf" not in low or "password authentication failed" in low \
            or "no password supplied" in low or ("role" in low and "does not exist" in low):
        return WrongLogin(f"Inloggen op {where} is mislukt: onbekende loginnaam of verkeerd wachtwoord.")
    if "ssl" in low or "certificate" in low or "tls" in low or ("pg_hba.conf" in low and "encryption" in low):
        return TlsRefused(f"De beveiligde verbinding (TLS) met {where} is geweigerd of kon niet worden opgezet. "
                          "Vraag de beheerder of de server TLS aanbiedt, of zet sslmode in de URL.")
    if state == "42501" or "permission denied for database" in low or "pg_hba.conf" in low:
        return NoAccess(f"De server {where} laat deze login niet toe op database '{url.database}'; vraag de "
                        "beheerder om toegang ('wishdesk team add-user').")
    if any(k in low for k in ("connection refused", "could not connect", "timeout expired", "could not translate",
                              "name or service not known", "no route to host", "network is unreachable",
                              "connection timed out", "server closed the connection")):
        return ServerUnreachable(f"De server {where} is niet bereikbaar. Controleer het adres, de poort en de "
                                 "netwerkverbinding (VPN?), of vraag of de server aanstaat.")
    return WishDeskError(f"Verbinden met de teamdatabase op {where} is mislukt: {message.splitlines()[0][:200]}")


@contextmanager
def server_connection(value: str | DatabaseLocation) -> Iterator[tuple[DatabaseLocation, Connection]]:
    """One connection to a team database for a command (team init, add-user, grants, sync-enable): TLS by
    default, a Dutch line when it cannot connect, and the engine disposed afterwards."""
    from ..db import make_engine

    location = server_location(value)
    engine = make_engine(location)
    try:
        try:
            conn = engine.connect()
        except Exception as exc:
            raise translate_connect_error(exc, location) from exc
        with conn:
            yield location, conn
    finally:
        engine.dispose()
