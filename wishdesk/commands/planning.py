"""`wishdesk plan`, `wishdesk conflicts`, `wishdesk ics` and `wishdesk holidays-import`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from ..cli import UserError, add_db_argument, open_db, print_json, record_id


def register(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="plan de lessen van een schooljaar automatisch",
                          description="Geeft alle lessen, ouderavonden en toonmomenten zonder datum een moment. "
                          "Gegeven en vastgezette lessen blijven staan, en ook wat al gepland is (tenzij --all). "
                          "Lukt het niet, dan staat de uitleg op stderr en is de afsluitcode 1.")
    add_db_argument(plan)
    plan.add_argument("--year", help="schooljaar, bijvoorbeeld 2026-2027 (standaard het huidige)")
    plan.add_argument("--all", action="store_true", help="ook al geplande lessen opnieuw indelen "
                      "(niet de gegeven of vastgezette)")
    plan.add_argument("--grondig", "--thorough", dest="thorough", action="store_true",
                      help="grondiger zoeken (CP-SAT): duurt seconden in plaats van een fractie daarvan, "
                      "voor een planning die meestal minder dan 1 %% korter is")
    plan.add_argument("--time-limit", type=float, default=None, help="hoogstens zoveel seconden rekentijd (standaard 7)")
    plan.add_argument("--json", action="store_true", help="uitkomst als JSON")
    plan.add_argument("--quiet", action="store_true", help="geen voortgang tonen")
    plan.set_defaults(func=run_plan)

    con = sub.add_parser("conflicts", help="controleer de planning op conflicten",
                         description="Dubbele boekingen, reistijd, gesloten scholen, afwezigheid, te veel of te "
                         "weinig tijd tussen lessen. Afsluitcode 1 als er conflicten zijn.")
    add_db_argument(con)
    con.add_argument("--year", help="schooljaar (standaard het huidige)")
    con.add_argument("--unplanned", action="store_true", help="lessen zonder datum ook als conflict melden")
    con.add_argument("--json", action="store_true", help="uitvoer als JSON")
    con.set_defaults(func=run_conflicts)

    ics = sub.add_parser("ics", help="exporteer de planning als agendabestand (.ics)",
                         description="Alle geplande lessen en ouderbijeenkomsten, of die van één leerkracht of "
                         "specialist (--person), als iCalendar-bestand voor Outlook, Google of Apple Agenda.")
    add_db_argument(ics)
    ics.add_argument("--person", type=record_id, help="medewerker-id (zie: wishdesk list staff)")
    ics.add_argument("--year", help="schooljaar (standaard het huidige)")
    ics.add_argument("-o", "--output", required=True, help="bestand, eindigend op .ics")
    ics.set_defaults(func=run_ics)

    imp = sub.add_parser("holidays-import", help="lees het open-databestand met schoolvakanties in",
                         description="Het JSON-bestand 'schoolvakanties' van opendata.rijksoverheid.nl, voor "
                         "schooljaren die de ingebouwde gegevens nog niet kennen.")
    add_db_argument(imp)
    imp.add_argument("file", help="het JSON-bestand")
    imp.add_argument("--year", help="alleen dit schooljaar (standaard: elk schooljaar dat in het bestand staat)")
    imp.set_defaults(func=run_holidays_import)


def _progress_printer(quiet: bool) -> Callable[[int, int, str], None]:
    """An emit for core.progress.drive: one stderr line each time the message changes."""
    last: list[str] = [""]

    def emit(done: int, _total: int, message: str) -> None:
        if not quiet and message and message != last[0]:
            print(f"[{done:3d}%] {message}", file=sys.stderr)
        last[0] = message

    return emit


def run_plan(args: argparse.Namespace) -> int:
    import gc

    # The plan allocates millions of small objects (every legal start of every lesson) that live until it is
    # written: the cyclic collector only walked them again and again (0.15-0.3 CPU s for 250 schools, no
    # measurable change in peak memory). Off while planning (the forked planners inherit that), on again after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        outcome = _plan(args)
    finally:
        if collecting:
            gc.enable()
    if args.json:
        data = asdict(outcome)
        data.pop("changes")
        print_json(data)
    else:
        print(outcome.summary())
        for note in outcome.notes:
            print(f"- {note}")
    if not outcome.ok:
        for line in outcome.explanations:
            print(f"wishdesk: {line}", file=sys.stderr)
        return 1
    return 0


def _plan(args: argparse.Namespace):  # noqa: ANN202 - PlanOutcome
    import os

    from ..cli import signed_in_staff
    from ..core.progress import drive
    from ..core.services.planning import DEFAULT_TIME_LIMIT, plan_year

    db = open_db(args.db)
    try:
        steps = plan_year(db, args.year, replan_all=args.all, use_cp=args.thorough,
                          processes=min(2, os.cpu_count() or 1), as_staff=signed_in_staff(),
                          time_limit=args.time_limit if args.time_limit else DEFAULT_TIME_LIMIT)
        return drive(steps, _progress_printer(args.quiet or args.json))
    finally:
        db.close()


def run_conflicts(args: argparse.Namespace) -> int:
    from ..core.services.planning import conflicts

    db = open_db(args.db, read_only=True)
    try:
        rows = conflicts(db, args.year, include_unplanned=args.unplanned)
    finally:
        db.close()
    if args.json:
        print_json(rows)
    elif rows:
        for row in rows:
            print(f"{row.day:%d-%m-%Y}  {row.message}" if row.day else row.message)
        print(f"{len(rows)} conflict(en).", file=sys.stderr)
    else:
        print("Geen conflicten.")
    return 1 if rows else 0


def run_ics(args: argparse.Namespace) -> int:
    from ..core.services.planning_views import ics_for

    path = Path(args.output)
    if path.is_dir():
        raise UserError(f"{args.output} is een map; geef een bestandsnaam die eindigt op .ics.")
    if path.suffix.lower() != ".ics":
        raise UserError(f"Geef een bestandsnaam die eindigt op .ics (niet {path.name}).")
    db = open_db(args.db, read_only=True)
    try:
        data = ics_for(db, args.person, args.year)
    finally:
        db.close()
    path.write_bytes(data)
    count = data.count(b"BEGIN:VEVENT")
    print(f"{count} afspraken geschreven naar {path}")
    return 0


def run_holidays_import(args: argparse.Namespace) -> int:
    from ..core.services.calendar_setup import import_holiday_file

    if not Path(args.file).is_file():
        raise UserError(f"Het bestand {args.file} bestaat niet.")
    db = open_db(args.db)
    try:
        result = import_holiday_file(db, Path(args.file), args.year)
    finally:
        db.close()
    print(f"Schoolvakanties ingelezen voor {', '.join(result.years)}: {result.added} toegevoegd, "
          f"{result.replaced} vervangen.")
    return 0
