"""After a plain database is encrypted, its older backups are encrypted too.

A backup made before the conversion is a plain SQLite file with every pupil's name in it: kept as it was, the
conversion would leave behind exactly what it is meant to protect (a new user found the "voor-versleutelen"
backup readable next to the encrypted database). Each plain backup is exported into an encrypted copy with the
database's own key, checked, given the key file, and renamed over the plain file, so every restore point stays
usable with the same passwords and recovery sheet (the live accounts are carried into each copy, see
`_carry_accounts`). A backup that cannot be converted (damaged) is left as it is
and named, so the person can decide to delete it.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from . import keyfile
from .encryption import export_encrypted, is_encrypted

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupsSealed:
    converted: int = 0
    left_plain: list[Path] = field(default_factory=list)  # could not be converted: still readable

    def message(self) -> str:
        """One Dutch line for the CLI and the dialog."""
        if self.left_plain:
            names = ", ".join(p.name for p in self.left_plain)
            return (f"Let op: {len(self.left_plain)} oudere reservekopie(ën) konden niet versleuteld worden en "
                    f"zijn nog leesbaar: {names}. Verwijder ze als u ze niet meer nodig hebt.")
        if self.converted:
            return f"Ook de {self.converted} oudere reservekopie(ën) zijn versleuteld."
        return ""


def _columns(conn, schema: str, table: str) -> list[tuple]:  # noqa: ANN001 - a sqlcipher3 connection
    return [row[1:3] for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _carry_accounts(copy: Path, live: Path, db_key: bytes) -> None:
    """Put the live database's accounts into the encrypted copy of an old backup, so its key file (the live one)
    finds them: a backup made before the conversion has nobody who can sign in. Only when the tables match (same
    schema) and only for staff the backup knows by the same id and global id, or does not know at all (then
    the staff row and its roles come along), so an account never lands on another person."""
    from ..db import _sqlcipher

    conn = _sqlcipher().connect(str(copy))
    try:
        conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        conn.execute(f"ATTACH DATABASE ? AS live KEY \"x'{db_key.hex()}'\"", (str(live),))
        if any(_columns(conn, "main", t) != _columns(conn, "live", t) or not _columns(conn, "main", t)
               for t in ("account", "staff", "staff_role")):
            return
        with conn:
            conn.execute("CREATE TEMP TABLE carried AS SELECT l.* FROM live.staff l JOIN live.account a ON "
                         "a.staff_id = l.id WHERE l.id NOT IN (SELECT id FROM main.staff) "
                         "AND l.gid NOT IN (SELECT gid FROM main.staff)")
            conn.execute("INSERT INTO main.staff SELECT * FROM carried")
            conn.execute("INSERT INTO main.staff_role SELECT * FROM live.staff_role "
                         "WHERE staff_id IN (SELECT id FROM carried)")
            conn.execute("INSERT INTO main.account SELECT a.* FROM live.account a JOIN main.staff s ON "
                         "s.id = a.staff_id JOIN live.staff l ON l.id = a.staff_id AND l.gid = s.gid "
                         "WHERE a.id NOT IN (SELECT id FROM main.account) "
                         "AND a.staff_id NOT IN (SELECT staff_id FROM main.account)")
    finally:
        conn.close()


def _encrypt_copy(source: Path, live: Path, db_key: bytes) -> Path:
    fresh = source.with_name(f".{source.name}.versleutelen")
    for leftover in (fresh, Path(f"{fresh}-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
    if not export_encrypted(source, fresh, db_key):
        raise OSError("the encrypted copy did not pass quick_check")
    _carry_accounts(fresh, live, db_key)
    return fresh


def seal_plain_backups(db_path: Path, backup_dir: Path | None) -> BackupsSealed:
    """Encrypt every plain backup of the (now encrypted and unlocked) database at `db_path` in `backup_dir`."""
    from ..backup import list_backups

    db_key = keyfile.key_for(db_path)
    if backup_dir is None or db_key is None or not Path(backup_dir).is_dir():
        return BackupsSealed()
    converted, left = 0, []
    for info in list_backups(Path(backup_dir), with_counts=False, stem=Path(db_path).stem):
        if is_encrypted(info.path):
            continue
        try:
            fresh = _encrypt_copy(info.path, Path(db_path), db_key)
            keyfile.copy_beside(db_path, info.path)  # before the swap: never an encrypted file without its keys
            fresh.replace(info.path)
            converted += 1
        except Exception as exc:  # noqa: BLE001 - a damaged old backup must not undo a finished conversion
            log.warning("backup %s left plain: %s", info.path.name, type(exc).__name__)
            with contextlib.suppress(OSError, UnboundLocalError):
                fresh.unlink()
            left.append(info.path)
    return BackupsSealed(converted, left)
