"""`wishdesk replica create`, `wishdesk sync`, `wishdesk sync-conflicts list|resolve` (issue 14: offline laptops)."""

from __future__ import annotations

import argparse
import os
import sys

from ..cli import UserError, add_db_argument, print_json, record_id


def register(sub: argparse._SubParsersAction) -> None:
    rep = sub.add_parser("replica", help="laptopkopie van de teamdatabase (uw deel, versleuteld, werkt offline)")
    rsub = rep.add_subparsers(dest="replica_command", metavar="OPDRACHT", required=True)
    create = rsub.add_parser("create", help="maak een laptopkopie met wat uw login op de server mag zien")
    create.add_argument("--server", required=True, help="adres van de teamdatabase, postgresql://host/database")
    create.add_argument("--login", required=True, help="uw loginnaam op de server")
    create.add_argument("-o", "--output", required=True, help="het nieuwe databasebestand op deze laptop")
    create.set_defaults(func=run_replica_create)

    syn = sub.add_parser("sync", help="synchroniseer een laptopkopie met de teamdatabase (eerst versturen, dan "
                                      "ophalen)")
    add_db_argument(syn)
    syn.add_argument("--json", action="store_true", help="uitvoer als JSON")
    syn.set_defaults(func=run_sync)

    con = sub.add_parser("sync-conflicts", help="'Te beoordelen': wijzigingen die de server niet overnam "
                                            "('wishdesk conflicts' is de planningscontrole)")
    csub = con.add_subparsers(dest="conflicts_command", metavar="OPDRACHT", required=True)
    lst = csub.add_parser("list", help="toon de conflicten met beide versies")
    add_db_argument(lst)
    lst.add_argument("--json", action="store_true", help="uitvoer als JSON")
    lst.set_defaults(func=run_conflicts_list)
    res = csub.add_parser("resolve", help="kies per conflict: mijn versie, die van de server, of per veld")
    add_db_argument(res)
    res.add_argument("id", type=record_id, help="nummer uit 'wishdesk sync-conflicts list'")
    res.add_argument("--keep", required=True, choices=["mine", "theirs", "merge"],
                     help="mine: mijn versie; theirs: die van de server; merge: die van de server met --field uit de mijne")
    res.add_argument("--field", action="append", default=[], help="(bij merge) veld uit mijn versie; herhaalbaar")
    res.set_defaults(func=run_conflicts_resolve)


def _password(prompt: str) -> str:
    if os.environ.get("WISHDESK_PASSWORD") is not None:
        return os.environ["WISHDESK_PASSWORD"]
    if not sys.stdin.isatty():
        raise UserError("Geef uw wachtwoord (of zet WISHDESK_PASSWORD voor scripts).")
    import getpass

    return getpass.getpass(prompt)


def run_replica_create(args: argparse.Namespace) -> int:
    from ..core.sync.replica import create_replica

    made = create_replica(args.server, args.login, _password(f"Wachtwoord voor {args.login}: "), args.output)
    print(f"Laptopkopie gemaakt: {made.path} ({made.rows} gegevens uit {made.tables} tabellen), versleuteld; "
          f"u meldt zich aan als {made.name} (of met {args.login}) met hetzelfde wachtwoord.")
    print(f"Maak nu een herstelblad: wishdesk recovery-sheet --db {made.path} -o herstelblad.pdf")
    return 0


def _open_replica(path: str, password: str):  # noqa: ANN202 - (Database, Identity | None)
    """Open and sign in with the one password that also logs in on the server."""
    from ..cli import _SIGNED_IN
    from ..core.db import resolve_location
    from ..core.opening import open_database
    from ..core.security import accounts, encryption, keyfile
    from ..paths import backup_dir_for

    location = resolve_location(path)
    if location.path is None:
        raise UserError("Synchroniseren doet u met de laptopkopie (een bestand), niet met de server zelf.")
    pending = None
    if encryption.is_encrypted(location.path) or keyfile.has_keyfile(location.path):
        pending = accounts.unlock(location.path, _SIGNED_IN["user"], password)
    db = open_database(location, backup_dir=backup_dir_for(location.path))
    if pending is not None:
        try:
            accounts.finish_sign_in(db, *pending)
        except BaseException:
            db.close()
            raise
    return db


def run_sync(args: argparse.Namespace) -> int:
    from ..core.sync.run import sync

    password = _password("Wachtwoord: ")
    db = _open_replica(args.db, password)
    try:
        result = sync(db, password)
    finally:
        db.close()
    if args.json:
        print_json(result)
    else:
        for line in result.lines():
            print(line)
    return 0


def run_conflicts_list(args: argparse.Namespace) -> int:
    from ..core.sync.conflicts import KINDS_NL, list_conflicts
    from ..core.sync.describe import changed_by

    db = _open_replica(args.db, _password("Wachtwoord: "))
    try:
        conflicts = list_conflicts(db)
    finally:
        db.close()
    if args.json:
        print_json(conflicts)
        return 0
    if not conflicts:
        print("Niets te beoordelen.")
    who_nl = {"mine": " (u wijzigde)", "theirs": " (collega wijzigde)", "both": " (beiden wijzigden)"}
    for c in conflicts:
        print(f"#{c.id} {c.table} ({KINDS_NL.get(c.kind, c.kind)}): {c.reason}")
        differences = c.differences()
        who = changed_by(c.base, c.mine, c.theirs, tuple(differences))  # empty: a change from before 0010
        for name, (mine, theirs) in differences.items():
            print(f"    {name}: mijn versie {mine!r} | server {theirs!r}{who_nl.get(who.get(name, ''), '')}")
    return 0


def run_conflicts_resolve(args: argparse.Namespace) -> int:
    from ..core.sync.conflicts import resolve

    db = _open_replica(args.db, _password("Wachtwoord: "))
    try:
        resolve(db, args.id, args.keep, args.field)
    finally:
        db.close()
    print(f"Conflict #{args.id} opgelost; de keuze gaat mee met de volgende synchronisatie.")
    return 0
