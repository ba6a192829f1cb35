"""`wishdesk backup`, `wishdesk restore` and `wishdesk check`: data safety from the command line.

None of them migrates or otherwise opens the database for writing: a backup and a check only read it (they may
run while WIsH Desk has it open); a restore takes the database's lock, so it refuses while someone has it open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cli import UserError, add_db_argument, print_json, unlock_file


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="maak een back-up van een database (veilig, ook als hij open is)")
    add_db_argument(backup)
    backup.add_argument("-o", "--output", metavar="BESTAND",
                        help="schrijf de back-up naar dit bestand (of in deze map); nooit over een bestaand bestand")
    backup.add_argument("--list", action="store_true", help="toon de bestaande back-ups in plaats van er een te maken")
    backup.set_defaults(func=run_backup)

    restore = sub.add_parser("restore", help="zet een back-up terug; de huidige toestand wordt eerst bewaard")
    add_db_argument(restore)
    restore.add_argument("--from", dest="source", required=True, metavar="BESTAND", help="het back-upbestand")
    restore.add_argument("--force", action="store_true",
                         help="ook terugzetten als de back-up van een andere database lijkt te zijn")
    restore.set_defaults(func=run_restore)

    check = sub.add_parser("check", help="controleer een database: bestand, verwijzingen en inhoud (exit 1 bij problemen)")
    add_db_argument(check)
    check.add_argument("--json", action="store_true", help="uitvoer als JSON")
    check.set_defaults(func=run_check)


def _file(value: str) -> Path:
    from ..core.db import resolve_location

    location = resolve_location(value)
    if location.path is None:
        raise UserError("Back-ups en controles van de teamdatabase op de server regelt de beheerder van die server.")
    return location.path


def _backup_dir(path: Path) -> Path:
    from ..paths import backup_dir_for

    return backup_dir_for(path)


def run_backup(args: argparse.Namespace) -> int:
    from ..core import backup
    from ..core.errors import NotAWishDeskDatabase
    from ..core.schema import inspect_sqlite_file

    path = _file(args.db)
    if args.list:
        rows = backup.list_backups(_backup_dir(path), stem=path.stem)
        if not rows:
            print(f"Nog geen back-ups in {_backup_dir(path)}")
        for b in rows:
            counts = ", ".join(f"{b.counts.get(k, '?')} {w}" for k, w in
                               (("school", "scholen"), ("pupil", "leerlingen"), ("session", "lesmomenten")))
            flag = (f"  !! {b.problem.upper()}" if b.problem else "") + ("  !! DATUM IN DE TOEKOMST" if b.future else "")
            print(f"{b.created:%d-%m-%Y %H:%M}  {backup.REASON_WORDS.get(b.reason, b.reason):<18} "
                  f"{b.size // 1024:>7} kB  {counts}  {b.path}{flag}")
        return 0
    if path.exists():
        unlock_file(path)  # an encrypted file: who you are and your password, like every other command
    state = inspect_sqlite_file(path)
    if state.kind == "missing":
        raise UserError(f"Database niet gevonden: {path}")
    if state.kind == "empty":
        raise NotAWishDeskDatabase(f"{path.name} is leeg; er is geen back-up gemaakt.")
    if args.output:
        target = backup.backup_to_file(path, Path(args.output).expanduser())
    else:
        target = backup.make_backup(path, _backup_dir(path), reason="handmatig")
    print(f"Back-up gemaakt: {target.resolve()}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from ..core import restore

    path = _file(args.db)
    source = Path(args.source).expanduser().resolve()
    if source == path:
        raise UserError("Kies een back-up, niet de database zelf.")
    if path.exists():
        unlock_file(path)  # the backup of an encrypted database opens with the same key
    try:
        saved = restore.restore_backup(path, source, _backup_dir(path), expect_same=not args.force)
    except restore.OtherDatabaseBackup as exc:
        raise UserError(f"{exc} Er is niets veranderd; gebruik --force om hem toch terug te zetten.") from exc
    print(f"{source.name} is teruggezet in {path}.")
    if saved is not None:
        print(f"De toestand van daarvoor staat in {saved}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from ..core import backup
    from ..core.integrity import check_database

    path = _file(args.db)
    if path.exists():
        unlock_file(path)  # an encrypted file: who you are and your password, like every other command
    report = check_database(path)
    good = backup.newest_good_backup(_backup_dir(path), stem=path.stem) if report.damaged else None
    if args.json:
        print_json({
            "database": report.database,
            "revision": report.revision,
            "checked_at": report.checked_at,
            "ok": report.ok,
            "damaged": report.damaged,
            "summary": report.summary(),
            "findings": list(report.findings),
            "newest_good_backup": str(good.path) if good else None,
        })
    else:
        print("\n".join(report.lines()))
        if report.damaged:
            if good is not None:
                print(f"Nieuwste goede back-up: {good.path} ({good.created:%d-%m-%Y %H:%M}). Terugzetten met:\n"
                      f"  wishdesk restore --db \"{path}\" --from \"{good.path}\"")
            else:
                print(f"Er is geen goede back-up gevonden in {_backup_dir(path)}.")
    return 0 if report.ok else 1
