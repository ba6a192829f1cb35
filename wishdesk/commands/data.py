"""`wishdesk demo` and `wishdesk list …`."""

from __future__ import annotations

import argparse
import sys

from ..cli import UsageError, UserError, add_db_argument, open_db, print_json, record_id, signed_in_staff


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="maak een demogemeente in een nieuwe database")
    add_db_argument(demo)
    demo.add_argument("--schools", type=int, default=6, help="aantal scholen (1-250, standaard 6)")
    demo.add_argument("--seed", type=int, default=1, help="zelfde seed, zelfde gegevens")
    demo.add_argument("--year", default=None, help="schooljaar, bijvoorbeeld 2026-2027 (standaard: het huidige)")
    demo.add_argument("--years", type=int, default=0,
                      help="aantal afgelopen schooljaren met welbevinden erbij (0-10, standaard 0)")
    demo.add_argument("--municipality", default=None,
                      help="naam van de gemeente (standaard 's-Hertogenbosch), voor titels van rapportages")
    demo.add_argument("--no-plan", action="store_true",
                      help="zonder lesplanning en gegeven lessen (sneller; plannen kan later met 'wishdesk plan')")
    demo.add_argument("--plain", action="store_true",
                      help="niet versleuteld en zonder accounts (om de knop 'Versleutelen' te proberen)")
    demo.set_defaults(func=run_demo)

    lst = sub.add_parser("list", help="toon scholen, groepen, medewerkers, lessen of leerlingen")
    lst.add_argument("what", choices=["schools", "groups", "staff", "lessons", "pupils"])
    add_db_argument(lst)
    lst.add_argument("--group", type=record_id, help="groep-id (voor pupils)")
    lst.add_argument("--school", type=record_id, help="alleen deze school (voor groups)")
    lst.add_argument("--year", help="schooljaar (voor groups en lessons)")
    lst.add_argument("--json", action="store_true", help="uitvoer als JSON")
    lst.set_defaults(func=run_list)


def run_demo(args: argparse.Namespace) -> int:
    from ..core.demo import MAX_SCHOOLS, build_demo

    if not 1 <= args.schools <= MAX_SCHOOLS:
        raise UserError(f"--schools moet tussen 1 en {MAX_SCHOOLS} liggen.")
    from ..core.demo_history import MAX_YEARS, build_history
    from ..core.services.municipality import DEMO_NAME, write_municipality_name

    if not 0 <= args.years <= MAX_YEARS:
        raise UserError(f"--years moet tussen 0 en {MAX_YEARS} liggen.")
    if args.years and args.no_plan:
        raise UserError("--years heeft de lesplanning nodig; laat --no-plan weg.")
    from ..core.db import resolve_location

    location = resolve_location(args.db)
    fresh = location.path is not None and not (location.path.exists() and location.path.stat().st_size)
    if fresh and not args.plain:
        # a new file: the encrypted demo with accounts (password "demo") and sealed concerns
        from ..core.demo import build_demo_database
        from ..paths import backup_dir_for

        build_demo_database(location.path, schools=args.schools, seed=args.seed, year=args.year,
                            plan=not args.no_plan, backup_dir=backup_dir_for(location.path),
                            years=args.years, municipality=args.municipality or DEMO_NAME).close()
        print(f"Demogemeente met {args.schools} scholen gemaakt in {location.display()} "
              "(versleuteld; elk account heeft het wachtwoord 'demo')")
        return 0
    db = open_db(args.db, create=True)
    try:
        with db.write() as session:
            write_municipality_name(session, args.municipality or DEMO_NAME)
            for _done, _total in build_demo(session, schools=args.schools, seed=args.seed, year=args.year,
                                            plan=not args.no_plan):
                pass
            if args.years:
                for _done, _total in build_history(session, args.years, seed=args.seed):
                    pass
    finally:
        db.close()
    plain = " (niet versleuteld, zonder accounts)" if fresh else ""
    print(f"Demogemeente met {args.schools} scholen gemaakt in {db.location.display()}{plain}")
    return 0


# Display names for the text output (JSON keeps the stable codes).
ROLES_NL = {"teacher": "leerkracht", "specialist": "weerbaarheidsspecialist", "care_coordinator": "intern begeleider",
            "programme_coordinator": "programmacoördinator"}
SUBGROUPS_NL = {"boys": "jongen", "girls": "meisje"}


def _text_table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


# Which filters each kind of list understands; any other is refused rather than silently ignored.
LIST_FILTERS = {"schools": set(), "groups": {"school", "year"}, "staff": set(), "lessons": {"year"},
                "pupils": {"group", "school"}}


def _check_filters(args: argparse.Namespace) -> None:
    given = {name for name in ("group", "school", "year") if getattr(args, name) is not None}
    extra = sorted(given - LIST_FILTERS[args.what])
    if extra:
        options = " en ".join(f"--{name}" for name in extra)
        raise UsageError(f"{options} {'hoort' if len(extra) == 1 else 'horen'} niet bij 'list {args.what}'.")


def _require_group_in_school(db, group_id: int, school_id: int) -> None:  # noqa: ANN001 - Database
    from ..core.models import Group

    with db.session() as session:
        group = session.get(Group, group_id)
        if group is not None and group.school_id != school_id:
            raise UserError(f"Groep {group_id} hoort niet bij school {school_id}; er is niets getoond.")


def run_list(args: argparse.Namespace) -> int:
    from ..core.services import directory

    _check_filters(args)
    db = open_db(args.db, read_only=True)  # listing never writes, so it works while the app has the file open
    me = signed_in_staff()  # an encrypted database: only what this person's role sees (core.access)
    try:
        if args.what == "schools":
            rows = directory.list_schools(db, as_staff=me)
            table = [["id", "school", "plaats", "regio", "groepen", "leerlingen"]] + [
                [str(r.id), r.name, r.town or "", r.holiday_region, str(r.groups), str(r.pupils)] for r in rows
            ]
        elif args.what == "groups":
            rows = directory.list_groups(db, school_id=args.school, year=args.year, as_staff=me)
            table = [["id", "groep", "school", "leerlingen", "specialist"]] + [
                [str(r.id), r.name, r.school, str(r.pupils), r.specialist or ""] for r in rows
            ]
        elif args.what == "staff":
            rows = directory.list_staff(db)
            table = [["id", "naam", "rollen", "organisatie"]] + [
                [str(r.id), r.name, ", ".join(ROLES_NL.get(x, x) for x in r.roles), r.organisation or ""] for r in rows
            ]
        elif args.what == "lessons":
            rows = directory.list_lessons(db, year=args.year)
            table = [["id", "les", "titel", "thema", "minuten"]] + [
                [str(r.id), str(r.number), r.title, r.theme, str(r.duration_minutes)] for r in rows
            ]
        else:
            if args.group is None:
                raise UserError("Geef met --group aan van welke groep u de leerlingen wilt zien.")
            if args.school is not None:
                _require_group_in_school(db, args.group, args.school)
            rows = directory.list_pupils(db, args.group, as_staff=me)
            table = [["id", "voornaam", "jongen/meisje", "talen ouders"]] + [
                [str(r.id), r.first_name, SUBGROUPS_NL.get(r.subgroup or "", ""), ", ".join(sorted({g.language for g in r.guardians}))]
                for r in rows
            ]
    finally:
        db.close()
    if args.json:
        print_json(rows)
    elif len(table) > 1:
        print(_text_table(table))
    else:
        print("(geen)", file=sys.stderr)
    return 0
