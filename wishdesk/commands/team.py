"""`wishdesk team init`, `team add-user` and `team grants`: set up a PostgreSQL team database and keep its
access rules whole after a schema upgrade (run by its owner)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ..cli import UserError, add_db_argument


def register(sub: argparse._SubParsersAction) -> None:
    team = sub.add_parser("team", help="richt een teamdatabase (PostgreSQL) in en maak logins")
    tsub = team.add_subparsers(dest="team_command", metavar="OPDRACHT", parser_class=type(team))
    tsub.required = True
    init = tsub.add_parser("init", help="maak schema, rollen, rechten en beleidsregels in een lege database")
    add_db_argument(init)
    init.set_defaults(func=run_init)
    enable = tsub.add_parser("sync-enable", help="zet synchroniseren met laptopkopieën aan (wijzigingslog); "
                                                 "nodig voor een teamdatabase van voor deze versie")
    add_db_argument(enable)
    enable.set_defaults(func=run_sync_enable)
    add = tsub.add_parser("add-user", help="maak een login voor een medewerker of de gemeentelezer")
    add_db_argument(add)
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", type=int, help="medewerker-id (zie 'wishdesk list staff')")
    who.add_argument("--municipality", action="store_true", help="login voor de gemeente: alleen rapportcijfers")
    add.add_argument("--login", required=True, help="loginnaam, bijvoorbeeld j.devries")
    add.add_argument("--password-env", metavar="VAR", help="lees het wachtwoord uit deze omgevingsvariabele")
    add.set_defaults(func=run_add_user)
    grants = tsub.add_parser("grants", help="pas rechten, beleidsregels en rapportweergaven opnieuw toe "
                                            "(na een schema-upgrade; veilig om te herhalen)")
    add_db_argument(grants)
    grants.set_defaults(func=run_grants)


def run_init(args: argparse.Namespace) -> int:
    from ..core.team.setup import init_team_database

    for line in init_team_database(args.db):
        print(line)
    return 0


def run_sync_enable(args: argparse.Namespace) -> int:
    from ..core.sync.server import enable_sync_on

    for line in enable_sync_on(args.db):
        print(line)
    return 0


def _password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise UserError(f"De omgevingsvariabele {args.password_env} is leeg of bestaat niet.")
        return value
    if not sys.stdin.isatty():
        raise UserError("Geen wachtwoord: gebruik --password-env VAR, of start de opdracht in een terminal.")
    first = getpass.getpass(f"Wachtwoord voor {args.login}: ")
    if getpass.getpass("Nog een keer: ") != first:
        raise UserError("De twee wachtwoorden verschillen; er is niets gemaakt.")
    return first


def run_add_user(args: argparse.Namespace) -> int:
    from ..core.team.setup import add_user

    for line in add_user(args.db, args.login, _password(args), staff_id=args.staff,
                         municipality=args.municipality):
        print(line)
    return 0


def run_grants(args: argparse.Namespace) -> int:
    from ..core.team.grants import reapply_grants

    for line in reapply_grants(args.db):
        print(line)
    return 0
