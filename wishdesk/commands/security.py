"""`wishdesk account add|list|passwd|remove|confirm`, `wishdesk recovery-sheet`, `wishdesk encrypt`, `wishdesk concerns`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..cli import UserError, add_db_argument, open_db, print_json, signed_in


def register(sub: argparse._SubParsersAction) -> None:
    account = sub.add_parser("account", help="accounts: toevoegen, tonen, wachtwoord wijzigen, verwijderen")
    asub = account.add_subparsers(dest="action", metavar="ACTIE", required=True)
    add = asub.add_parser("add", help="account voor een medewerker (alleen programmacoördinator)")
    add_db_argument(add)
    add.add_argument("staff", help="naam of id van de medewerker")
    add.add_argument("--admin", action="store_true", help="ook programmacoördinator (beheert accounts)")
    add.set_defaults(func=run_account_add)
    lst = asub.add_parser("list", help="toon de accounts")
    add_db_argument(lst)
    lst.add_argument("--json", action="store_true", help="uitvoer als JSON")
    lst.set_defaults(func=run_account_list)
    pw = asub.add_parser("passwd", help="eigen wachtwoord wijzigen, of (coördinator) dat van een ander herstellen")
    add_db_argument(pw)
    pw.add_argument("staff", nargs="?", help="naam of id van een ander (alleen programmacoördinator)")
    pw.set_defaults(func=run_account_passwd)
    rm = asub.add_parser("remove", help="account verwijderen (alleen programmacoördinator)")
    add_db_argument(rm)
    rm.add_argument("staff", help="naam of id van de medewerker")
    rm.set_defaults(func=run_account_remove)
    confirm = asub.add_parser("confirm", help="intern begeleiders bevestigen zoals de scholen ze noemen (alleen "
                                              "programmacoördinator); anderen zien wat nog niet bevestigd is")
    add_db_argument(confirm)
    confirm.set_defaults(func=run_account_confirm)

    sheet = sub.add_parser("recovery-sheet", help="nieuw herstelblad (PDF); het oude blad werkt daarna niet meer")
    add_db_argument(sheet)
    sheet.add_argument("-o", "--output", required=True, help="PDF-bestand")
    sheet.set_defaults(func=run_recovery_sheet)

    enc = sub.add_parser("encrypt", help="versleutel een bestaande database (eerst een back-up)")
    add_db_argument(enc)
    enc.add_argument("--staff", required=True, help="naam of id van de programmacoördinator die het eerste account krijgt")
    enc.add_argument("-o", "--sheet", required=True, help="waar het herstelblad (PDF) komt")
    enc.set_defaults(func=run_encrypt)

    rec = sub.add_parser("recover", help="herstelsleutel gebruiken: nieuw wachtwoord als het oude kwijt is")
    add_db_argument(rec)
    rec.add_argument("staff", nargs="?", help="naam of id van wie een nieuw wachtwoord krijgt (standaard: de enige "
                                              "programmacoördinator)")
    rec.set_defaults(func=run_recover)

    con = sub.add_parser("concerns", help="signalen die u mag lezen (eigen signalen; als IB'er die van uw school)")
    add_db_argument(con)
    con.add_argument("--json", action="store_true", help="uitvoer als JSON")
    con.set_defaults(func=run_concerns)


def _new_password(prompt: str = "Nieuw wachtwoord: ") -> str:
    if os.environ.get("WISHDESK_NEW_PASSWORD") is not None:
        return os.environ["WISHDESK_NEW_PASSWORD"]
    if not sys.stdin.isatty():
        raise UserError("Geef het nieuwe wachtwoord (of zet WISHDESK_NEW_PASSWORD voor scripts).")
    first = getpass.getpass(prompt)
    if getpass.getpass("Nog een keer: ") != first:
        raise UserError("De twee wachtwoorden zijn niet gelijk; er is niets veranderd.")
    return first


def _identity():  # noqa: ANN202
    identity = signed_in()
    if identity is None:
        raise UserError("Deze database heeft nog geen accounts; versleutel hem eerst met 'wishdesk encrypt'.")
    return identity


def _team_identity(db):  # noqa: ANN001, ANN202 - Database -> Identity
    """A team database: the login role says who you are; your password opens the key of your concerns."""
    from ..core.security.team_keys import team_sign_in

    password = db.location.url.password or os.environ.get("WISHDESK_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UserError("Geef uw wachtwoord (of zet WISHDESK_PASSWORD voor scripts): het opent de sleutel van "
                            "uw signalen.")
        password = getpass.getpass("Wachtwoord (sleutel van uw signalen): ")
    return team_sign_in(db, password)


def run_account_add(args: argparse.Namespace) -> int:
    from ..core.security.accounts import add_account

    password = _new_password("Wachtwoord voor het nieuwe account: ")
    db = open_db(args.db)
    try:
        row = add_account(db, _identity(), args.staff, password, is_admin=args.admin)
    finally:
        db.close()
    print(f"Account gemaakt voor {row.name} (id {row.staff_id}).")
    return 0


def run_account_list(args: argparse.Namespace) -> int:
    from ..core.security.accounts import list_accounts

    db = open_db(args.db, read_only=True)
    try:
        rows = list_accounts(db)
    finally:
        db.close()
    if args.json:
        print_json(rows)
    else:
        from ..core.services.setup_staff import ROLE_LABELS

        for row in rows:  # the person's roles; a laptop copy's owner account is no programme coordinator
            roles = [ROLE_LABELS.get(code, code) for code in row.roles]
            if row.is_admin and not row.laptop_copy and "programme_coordinator" not in row.roles:
                roles.append("beheert accounts")
            print(f"{row.staff_id:>5}  {row.name}{'  (' + ', '.join(roles) + ')' if roles else ''}")
    return 0


def run_account_passwd(args: argparse.Namespace) -> int:
    from ..core.security.accounts import change_password, reset_password

    db = open_db(args.db)
    try:
        identity = _identity()
        if args.staff:
            reset_password(db, identity, args.staff, _new_password())
        else:
            old = os.environ.get("WISHDESK_PASSWORD") or getpass.getpass("Huidig wachtwoord: ")
            change_password(db, identity, old, _new_password())
    finally:
        db.close()
    print("Wachtwoord gewijzigd.")
    return 0


def run_account_confirm(args: argparse.Namespace) -> int:
    """A programme coordinator confirms the care coordinators the schools name (they then read new concerns of
    that school); anyone else gets the list of readers not yet confirmed."""
    from ..core.security.directory import confirm_care_coordinators, unconfirmed

    db = open_db(args.db)
    try:
        identity = _identity()
        if identity.is_admin and identity.root_seed is not None:
            changes = confirm_care_coordinators(db, identity)
            print("\n".join(changes) if changes else "Alle intern begeleiders waren al bevestigd.")
        hints = unconfirmed(db, identity)
    finally:
        db.close()
    for hint in hints:
        print(hint)
    return 0


def run_account_remove(args: argparse.Namespace) -> int:
    from ..core.security.accounts import remove_account

    db = open_db(args.db)
    try:
        remove_account(db, _identity(), args.staff)
    finally:
        db.close()
    print("Account verwijderd.")
    return 0


def _write_sheet(db_path: Path, recovery: str, output: Path) -> None:
    from ..printing.recovery_sheet import RecoverySheet, render_recovery_sheet

    render_recovery_sheet(RecoverySheet(database_name=db_path.name, recovery_key=recovery), output)


def run_recovery_sheet(args: argparse.Namespace) -> int:
    from ..core.security.accounts import NotAllowed
    from ..core.security.encryption import new_recovery_key

    db = open_db(args.db)
    try:
        identity = _identity()
        if not identity.is_admin:
            raise NotAllowed("Alleen een programmacoördinator mag een herstelblad maken.")
        assert db.location.path is not None and identity.db_key is not None
        recovery = new_recovery_key(db.location.path, identity.db_key, root_seed=identity.root_seed)
        _write_sheet(db.location.path, recovery, Path(args.output))
    finally:
        db.close()
    print(f"Herstelblad gemaakt: {args.output}. Print het, bewaar het op een veilige plek en verwijder de PDF.")
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    from ..core.db import resolve_location
    from ..core.security.backup_sealing import seal_plain_backups
    from ..core.security.encryption import encrypt_database
    from ..paths import backup_dir_for

    location = resolve_location(args.db)
    if location.path is None:
        raise UserError("Alleen een databasebestand kan versleuteld worden (een serverdatabase niet).")
    if not location.path.exists():
        raise UserError(f"Database niet gevonden: {location.path}")
    password = _new_password("Wachtwoord voor het eerste account: ")
    backups = backup_dir_for(location.path)
    recovery = encrypt_database(location.path, args.staff, password, backups)
    _write_sheet(location.path, recovery, Path(args.sheet))
    sealed = seal_plain_backups(location.path, backups)
    print(f"{location.path.name} is versleuteld (de toestand ervoor staat in een versleutelde reservekopie). "
          f"Herstelblad: {args.sheet}")
    if sealed.message():
        print(sealed.message(), file=sys.stderr if sealed.left_plain else sys.stdout)
    return 0


def _recovery_key() -> str:
    if os.environ.get("WISHDESK_RECOVERY_KEY") is not None:
        return os.environ["WISHDESK_RECOVERY_KEY"]
    if not sys.stdin.isatty():
        raise UserError("Geef de herstelsleutel van het herstelblad (of zet WISHDESK_RECOVERY_KEY voor scripts).")
    return getpass.getpass("Herstelsleutel (van het herstelblad; spaties en streepjes mogen): ")


def run_recover(args: argparse.Namespace) -> int:
    """The recovery sheet's key, then a new password for one account. A wrong key reads only the key file."""
    from ..core.db import resolve_location
    from ..core.opening import open_database
    from ..core.security import keyfile, recovery
    from ..paths import backup_dir_for

    location = resolve_location(args.db)
    if location.path is None:
        raise UserError("Een herstelsleutel hoort bij een databasebestand (een serverdatabase niet).")
    if not location.path.exists():
        raise UserError(f"Database niet gevonden: {location.path}")
    if not keyfile.has_keyfile(location.path):
        raise UserError(f"{location.path.name} is niet versleuteld; er is geen herstelsleutel nodig.")
    recovery.check_recovery_key(location.path, _recovery_key())
    db = open_database(location, backup_dir=backup_dir_for(location.path))
    try:
        rows = recovery.accounts_of(db)
        row = recovery.find_account(rows, args.staff) if args.staff else recovery.default_account(rows)
        if row is None:
            raise UserError("Deze database heeft meer dan één programmacoördinator; zeg voor wie: "
                            "wishdesk recover --db BESTAND NAAM.")
        impact = recovery.reset_impact(db, row.staff_id)
        password = _new_password(f"Nieuw wachtwoord voor {row.name}: ")
        recovery.reset_and_sign_in(db, row.staff_id, password)
    finally:
        db.close()
    print(f"{row.name} heeft een nieuw wachtwoord en kan zich daarmee aanmelden.")
    if impact.shared:
        some = "1 signaal wordt" if impact.shared == 1 else f"{impact.shared} signalen worden"
        print(f"{some} weer leesbaar voor {row.name} zodra een andere lezer (de auteur of de intern begeleider) "
              "zich aanmeldt.")
    if impact.lost:
        some = "1 signaal" if impact.lost == 1 else f"{impact.lost} signalen"
        print(f"{some} kon alleen {row.name} lezen; dat blijft onleesbaar.")
    return 0


def _locked(c) -> str:  # noqa: ANN001 - ConcernView whose key this reader does not hold yet
    return (f"[versleuteld: wordt voor u leesbaar zodra {c.author_name} (de auteur) of een andere lezer zich "
            "aanmeldt]")


def run_concerns(args: argparse.Namespace) -> int:
    from ..core.models.vocab import CONCERN_CATEGORY_LABELS
    from ..core.services.concerns import visible_concerns

    db = open_db(args.db, read_only=True)
    try:
        rows = visible_concerns(db, _identity() if db.location.is_sqlite else _team_identity(db))
    finally:
        db.close()
    if args.json:
        print_json(rows)
    else:
        from ..core.security.sealing import UNREADABLE

        for c in rows:
            state = "afgerond" if c.closed else (f"evaluatie {c.review_date}" if c.review_date else "open")
            category = CONCERN_CATEGORY_LABELS.get(c.category, c.category)
            print(f"{c.id:>4}  {c.observed_on}  {c.school_name} / {c.group_name}  {c.pupil_name}  [{category}, "
                  f"{state}]  door {c.author_name}\n      {_locked(c) if c.observation == UNREADABLE else c.observation}")
        if not rows:
            print("Geen signalen die u mag lezen.")
    return 0
