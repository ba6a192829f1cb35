"""`wishdesk handouts` (home-activity sheets) and `wishdesk lesson-plan` (the duo's plan) as PDF files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cli import UserError, add_db_argument, open_db, record_id, signed_in_staff
from ..core.languages import CODES

HANDOUTS_HELP = """\
Taal (--lang):
  auto   elk gezin krijgt de thuisopdracht in de taal van de ouders, met het Nederlands ernaast
         (standaard; Nederlands als de les geen vertaling in die taal heeft)
  XX     elk blad in taal XX naast het Nederlands, nog steeds één blad per leerling of gezin met de
         naam erop (bijvoorbeeld --lang ar); met --generic alleen een los blad in die taal

Opmaak (--layout):
  a4     één blad per A4 (standaard)
  a5x2   twee A5-bladen naast elkaar op een liggend A4, om door te knippen; een tweetalig blad dat niet op
         één A5 past (letters niet kleiner dan 8,5 pt) loopt door op de andere helft: dat gezin krijgt beide

Elke set wordt vastgelegd als uitgedeeld (les, groep, datum, talen, aantal bladen, opmaak) voor de
rapportage; met --proef niet: een proefafdruk telt de rapportage niet mee.
De QR-code naar de klassenvideo staat er alleen op als elke leerling van de groep toestemming heeft."""


def register(sub: argparse._SubParsersAction) -> None:
    ho = sub.add_parser("handouts", help="print de thuisopdracht van een les als PDF (per leerling of gezin)",
                        description="Maak de thuisopdrachtbladen van één les: één blad per leerling, of per "
                        "gezin als broers of zussen in dezelfde groep zitten.",
                        epilog=HANDOUTS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_argument(ho)
    which = ho.add_mutually_exclusive_group(required=True)
    which.add_argument("--group", type=record_id, help="groep-id: één PDF-bestand (-o BESTAND.pdf)")
    which.add_argument("--school", type=record_id, help="school-id: één PDF per groep in map -o MAP")
    which.add_argument("--all", action="store_true", help="alle groepen van de gemeente: één PDF per groep in map -o MAP")
    ho.add_argument("--lesson", type=record_id, required=True, help="lesnummer (1-8) uit het lesprogramma van het schooljaar")
    ho.add_argument("-o", "--output", required=True, help="PDF-bestand (--group) of map (--school, --all)")
    ho.add_argument("--layout", choices=["a4", "a5x2"], default="a4", help="a4 (standaard) of a5x2")
    ho.add_argument("--lang", default="auto", help="auto (standaard) of een taalcode: " + ", ".join(CODES))
    ho.add_argument("--fallback", choices=["nl+en", "nl"], default="nl+en",
                    help="voor gezinnen in een taal zonder vertaling: nl+en (Nederlands met Engels, standaard) "
                    "of nl (alleen Nederlands)")
    ho.add_argument("--generic", action="store_true", help="losse bladen zonder naam: één per taal")
    ho.add_argument("--year", help="schooljaar voor --school en --all (standaard het huidige)")
    # Recording stays the default: the real print run is the common case, and a forgotten flag there would
    # silently under-count the report, while a trial is a deliberate act that can say so.
    ho.add_argument("--proef", "--trial", dest="trial", action="store_true",
                    help="proefafdruk: alleen de PDF, niet vastgelegd als uitgedeeld voor de rapportage")
    ho.add_argument("--quiet", action="store_true", help="geen voortgang tonen")
    ho.add_argument("--processen", "--processes", dest="processes", type=record_id, default=None,
                    help="werkprocessen voor --school en --all (standaard: naar het aantal processorkernen en "
                    "groepen; 1 = alles in dit proces)")
    ho.set_defaults(func=run_handouts)

    lp = sub.add_parser("lesson-plan", help="print het lesplan voor het duo als PDF")
    add_db_argument(lp)
    source = lp.add_mutually_exclusive_group(required=True)
    source.add_argument("--session", type=record_id, help="lesmoment-id (met datum, tijd en duo)")
    source.add_argument("--group", type=record_id, help="groep-id (samen met --lesson)")
    lp.add_argument("--lesson", type=record_id, help="lesnummer, bij --group")
    lp.add_argument("-o", "--output", required=True, help="PDF-bestand")
    lp.set_defaults(func=run_lesson_plan)


def _check_pdf_name(output: str) -> Path:
    path = Path(output)
    if path.is_dir():
        raise UserError(f"{output} is een map; geef een bestandsnaam die eindigt op .pdf.")
    if path.suffix.lower() != ".pdf":
        raise UserError(f"Geef een bestandsnaam die eindigt op .pdf (niet {path.name}).")
    return path


def counted(number: int, one: str, many: str) -> str:
    """'1 blad', '25 bladen'."""
    return f"{number} {one if number == 1 else many}"


def _batch_progress(quiet: bool):  # noqa: ANN202 - an emit for core.progress.drive
    """One line per group, when it is done: '[1/2] Basisschool De Zwaluw, groep 6A'."""
    last = [0]

    def emit(done: int, total: int, message: str) -> None:
        if not quiet and done > last[0]:
            print(f"[{done}/{total}] {message}", file=sys.stderr)
        last[0] = max(last[0], done)

    return emit


def run_handouts(args: argparse.Namespace) -> int:
    from ..core.progress import drive
    from ..core.services import handouts
    from ..printing.handouts import iter_render_handouts

    record = not args.trial
    counted_text = ("Vastgelegd als uitgedeeld voor de rapportage." if record
                    else "Proefafdruk: niet vastgelegd voor de rapportage.")

    language = args.lang.strip().lower()
    db = open_db(args.db)
    from ..core import access

    try:
        if args.group is not None:
            path = _check_pdf_name(args.output)
            access.require_group_visible(db, signed_in_staff(), args.group)  # sheets carry pupils' names
            job = handouts.build_handouts(db, args.group, args.lesson, language=language, generic=args.generic,
                                          fallback=args.fallback)
            pages = drive(handouts.iter_write_handouts(db, job, path, iter_render_handouts, args.layout,
                                                       record=record))
            langs = ", ".join(job.languages)
            sheets, paper = counted(job.sheet_count, "blad", "bladen"), counted(pages, "pagina", "pagina's")
            print(f"{sheets} ({paper}) voor groep {job.group_name} van {job.school_name}, "
                  f"les {job.lesson_number}, {'taal' if len(job.languages) == 1 else 'talen'} {langs}: {path}")
            print(counted_text)
            for note in job.notes:
                print(f"let op: {note}", file=sys.stderr)
            if args.layout == "a5x2":
                from ..printing.handouts import split_languages

                split = split_languages(job.batch, "a5x2")
                if split:
                    print(f"let op: in {', '.join(split)} beslaat een blad beide A5-helften (leesbare letters)",
                          file=sys.stderr)
            return 0
        folder = Path(args.output)
        if folder.suffix.lower() == ".pdf" or folder.is_file():
            raise UserError("Met --school of --all schrijft WIsH Desk één PDF per groep: geef met -o een map.")
        ids = access.visible_groups(db, signed_in_staff(),
                                    handouts.batch_group_ids(db, school_id=args.school, year=args.year))
        if not ids:
            raise UserError("Geen groepen gevonden voor deze keuze (school, schooljaar).")
        from ..core.services.handout_batch import iter_handouts_for_groups

        # processes None: with many groups, worker processes render while this one reads (both cores)
        steps = iter_handouts_for_groups(db, ids, args.lesson, folder, render=iter_render_handouts,
                                         layout=args.layout, language=language, generic=args.generic,
                                         fallback=args.fallback, record=record, processes=args.processes)
        result = drive(steps, _batch_progress(args.quiet))
    finally:
        db.close()
    files = counted(len(result.files), "PDF-bestand", "PDF-bestanden")
    print(f"{files} met samen {counted(result.sheets, 'blad', 'bladen')} in {folder}")
    print(counted_text)
    if result.fallback_families:
        print(f"let op: {result.fallback_families} gezinnen kregen {'Nederlands met Engels' if args.fallback == 'nl+en' else 'alleen Nederlands'} "
              "(hun taal heeft geen vertaling)", file=sys.stderr)
    for line in result.skipped + result.notes:
        print(f"let op: {line}", file=sys.stderr)
    if result.unchecked_languages:
        names = ", ".join(handouts.language_name(c) for c in result.unchecked_languages)
        print(f"let op: vertaling nog niet nagekeken door een mens: {names}", file=sys.stderr)
    return 0


def run_lesson_plan(args: argparse.Namespace) -> int:
    from ..core.services import print_jobs
    from ..printing.lesson_plan import render_lesson_plans

    path = _check_pdf_name(args.output)
    if args.group is not None and args.lesson is None:
        raise UserError("Geef bij --group ook --lesson (het lesnummer).")
    db = open_db(args.db, read_only=True)
    try:
        if args.session is not None:
            plans = [print_jobs.lesson_plan_for_session(db, args.session)]
        else:
            plans = print_jobs.lesson_plans_for_group(db, args.group, args.lesson)
    finally:
        db.close()
    pages = render_lesson_plans(plans, path)
    first = plans[0]
    paper = counted(pages, "pagina", "pagina's")
    print(f"Lesplan les {first.lesson_number} voor groep {first.group_name} ({len(plans)} x, {paper}): {path}")
    return 0
