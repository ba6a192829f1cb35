"""`wishdesk replica create`: an encrypted SQLite copy of exactly what one login may read on the team server.

The copy is read through the person's own login, so row-level security decides what it holds, not this
program. It is one read-only snapshot on the server and one transaction in the new file, taken after the
change-log watermark: every change up to the watermark is in the copy, and changes after it come again with the
first sync (storing a row twice is harmless). The first copy keeps the server's integer keys (they are local
from then on; later rows travel by gid). The person gets an account with the same password, so the file opens
with the normal sign-in, offline. That account is the copy's owner: it holds the file's keys (its recovery
sheet) but is no programme coordinator and manages no accounts (``Identity.laptop_copy``); what it sees follows
the person's staff roles, here and on the server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select, text

from . import local
from .connection import SyncError, check_server, connect_server, public_url, server_url
from .server import watermark
from .tables import shared_rows, synced_tables


@dataclass(frozen=True)
class ReplicaMade:
    path: Path
    rows: int
    tables: int
    recovery_key: str | None
    name: str = ""  # the staff name the copy's account has (sign in with it, or with the login)


def _my_staff_id(conn) -> int | None:  # noqa: ANN001 - Connection
    allowed = conn.execute(text("SELECT to_regprocedure('wishdesk_my_staff_id()') IS NOT NULL AND "
                                "has_function_privilege(current_user, 'wishdesk_my_staff_id()', 'EXECUTE')")).scalar()
    return conn.execute(text("SELECT wishdesk_my_staff_id()")).scalar() if allowed else None


def _read_share(conn) -> Iterator[tuple[object, list[dict]]]:  # noqa: ANN001 - Connection
    """(table, rows) parent tables first; a row whose parent this login cannot read is left out."""
    kept: dict[str, set] = {}
    for st in synced_tables():
        query = select(st.table) if (shared := shared_rows(st.table)) is None else select(st.table).where(shared)
        rows = [dict(r) for r in conn.execute(query).mappings()]
        if st.local_key:
            kept[st.name] = {r[st.local_key] for r in rows}
            rows.sort(key=lambda r: r[st.local_key])
        for column, ref in st.foreign.items():
            ids = kept.get(ref, set())
            rows = [r for r in rows if r[column] is None or r[column] in ids]
        if st.local_key:
            kept[st.name] = {r[st.local_key] for r in rows}
        yield st, rows


def _new_encrypted_file(path: Path):  # noqa: ANN202 - Database
    """As security.encryption.create_encrypted_database_empty, but without the default programme: the
    curriculum comes from the server like every other row."""
    from ..opening import open_database
    from ..security import keyfile
    from ..security.crypto import new_key
    from ..security.encryption import _set_recovery

    db_key = new_key()
    data = keyfile.new()
    recovery = _set_recovery(data, db_key)
    keyfile.save(path, data)
    keyfile.remember(data, db_key)
    db = open_database(path, create=True, install_curriculum=lambda _session: None)
    db.recovery_key = recovery
    return db


def _also_by_login(path: Path, account_id: int, login: str) -> None:
    """The person knows the server login, not always the staff name the account has: sign-in finds the account
    by either (the key file holds only a keyed hash of the login, like of the name)."""
    from ..security import keyfile

    data = keyfile.read(path)
    entry = data["accounts"][str(account_id)]
    entry["aliases"] = sorted({*entry.get("aliases", []), keyfile.login_hash(data, login)})
    keyfile.save(path, data)


def create_replica(server: str, login: str, password: str, output: str | Path) -> ReplicaMade:
    """Copy this login's share of the team database into a new encrypted file `output`."""
    from ..progress import finish

    return finish(replica_steps(server, login, password, output))


def replica_steps(server: str, login: str, password: str,
                  output: str | Path) -> Generator[tuple[int, int, str], None, ReplicaMade]:
    """`create_replica` as a progress generator (one step per table). Closing it early (cancel) leaves no file."""
    from ..schema import head_revision
    from ..security.accounts import MIN_PASSWORD, first_account
    from ..security.keyfile import keyfile_path

    path = Path(output).expanduser().resolve()
    if path.exists():
        raise SyncError(f"{path.name} bestaat al; kies een nieuwe naam voor de laptopkopie. Er is niets veranderd.")
    if len(password) < MIN_PASSWORD:
        raise SyncError(f"Het wachtwoord wordt ook het wachtwoord van de kopie en moet minstens {MIN_PASSWORD} "
                        "tekens hebben.")
    url = server_url(server, login, password)
    engine, conn = connect_server(url)
    db = None
    try:
        with conn:
            check_server(conn)
            staff_id = _my_staff_id(conn)
            if staff_id is None:
                raise SyncError(f"De login {login} hoort niet bij een medewerker; een laptopkopie kan alleen voor "
                                "een medewerker gemaakt worden.")
            upto = watermark(engine)
            path.parent.mkdir(parents=True, exist_ok=True)
            db = _new_encrypted_file(path)
            total = tables = 0
            conn.commit()
            conn.execution_options(isolation_level="REPEATABLE READ")  # one snapshot for every table
            with db.engine.begin() as lite:
                local.install(lite)
                local.set_applying(lite, True)
                staff_gid = None
                count = len(synced_tables())
                for done, (st, rows) in enumerate(_read_share(conn), start=1):
                    yield done, count, f"Kopiëren: {done} van {count} tabellen"
                    if rows:
                        lite.execute(insert(st.table), rows)
                        total += len(rows)
                        tables += 1
                    if st.name == "staff":
                        staff_gid = next((r["gid"] for r in rows if r["id"] == staff_id), None)
                # the copy is the first sync: the status line shows its time, not "nog nooit"
                lite.execute(text("INSERT INTO sync_state (id, server_url, login, staff_gid, last_seq, "
                                  "schema_revision, last_sync_at) VALUES (1, :u, :l, :s, :q, :r, :t)"),
                             {"u": public_url(url), "l": login, "s": staff_gid, "q": upto, "r": head_revision(),
                              "t": datetime.now(UTC).isoformat(timespec="seconds")})
                local.set_applying(lite, False)
            conn.rollback()
        account = first_account(db, staff_id, password)
        _also_by_login(path, account.account_id, login)
        recovery = db.recovery_key
        db.close()
        db = None
        return ReplicaMade(path, total, tables, recovery, account.name)
    except BaseException:
        if db is not None:
            db.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keyfile_path(path)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        engine.dispose()

