"""`wishdesk report`: the report for the municipality (aggregates only) as text, JSON, PDF or Excel."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..cli import UserError, add_db_argument, open_db, record_id

REPORT_HELP = """\
Zonder -o en --json toont WIsH Desk de kerncijfers en de tabel per school als tekst.
  --json        elke tabel als {"title", "columns", "rows": [{"label", "values"}], "total"}; verborgen
                waarden zijn null
  -o X.pdf      de rapportage als PDF (A4) voor de gemeente
  -o X.xlsx     dezelfde cijfers als Excel-werkmap

De rapportage bevat alleen totalen: geen namen van leerlingen, ouders of medewerkers. Aantallen over
leerlingen en gezinnen onder de 5 staan er als "<5". Signalen over leerlingen tellen nooit mee."""


def register(sub: argparse._SubParsersAction) -> None:
    rp = sub.add_parser("report", help="rapportage voor de gemeente (alleen totalen)",
                        description="Maak de rapportage voor de gemeente over één schooljaar: bereik, lessen, "
                        "thuisopdrachten, ouders en intervisie, per school en in totaal.",
                        epilog=REPORT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_argument(rp)
    rp.add_argument("--year", help="schooljaar, bijvoorbeeld 2026-2027 (standaard het huidige)")
    rp.add_argument("--school", type=record_id, help="school-id: alleen deze school (standaard alle scholen)")
    rp.add_argument("--on", metavar="JJJJ-MM-DD", type=_day,
                    help="peildatum: bijeenkomsten tot en met deze dag tellen mee (standaard vandaag)")
    out = rp.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="de rapportage als JSON op het scherm")
    out.add_argument("-o", "--output", help="bestand: .pdf of .xlsx")
    rp.set_defaults(func=run_report)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum; schrijf hem als 2027-06-30.") from None


def _output(text: str) -> Path:
    path = Path(text)
    if path.is_dir():
        raise UserError(f"{text} is een map; geef een bestandsnaam die eindigt op .pdf of .xlsx.")
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        raise UserError(f"Geef een bestandsnaam die eindigt op .pdf of .xlsx (niet {path.name}).")
    return path


def _print_text(report) -> None:  # noqa: ANN001 - MunicipalityReport
    from ..core.report_data import SCHOOL_COLUMNS, key_figures, school_rows

    print(report.title)
    print(report.school_name or "Alle scholen")
    section = None
    for figure in key_figures(report):
        if figure.section != section:
            section = figure.section
            print(f"\n{section}")
        print(f"  {figure.label:<44} {figure.value:>8}" if len(figure.value) <= 8 else f"  {figure.label:<44} {figure.value}")
    print("\nPer school")
    headers = ["School", *(h for _, h in SCHOOL_COLUMNS)]
    rows = school_rows(report)
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        print("  " + "  ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))))
    for table in report.tables:
        if not table.key.startswith(("wellbeing", "duo")):
            continue
        print(f"\n{table.title}")
        head = ["", *table.columns]
        body = [[row.label, *row.texts(table.kinds)]
                for row in [*table.rows, *([table.total] if table.total else [])]]
        widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
        for row in [head, *body]:
            print("  " + "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))))
    print("\nToelichting")
    for note in report.notes:
        print(f"  - {note}")


def run_report(args: argparse.Namespace) -> int:
    from ..core.services import reports

    path = _output(args.output) if args.output else None
    db = open_db(args.db, read_only=True)
    try:
        report = reports.municipality_report(db, args.year, args.school, today=args.on)
    finally:
        db.close()
    if args.json:
        sys.stdout.write(reports.report_to_json(report) + "\n")
    elif path is None:
        _print_text(report)
    elif path.suffix.lower() == ".xlsx":
        reports.report_to_xlsx(report, path)
        print(f"{report.title}: {path}")
    else:
        from ..printing.report import render_report

        pages = render_report(report, path)
        print(f"{report.title} ({pages} pagina's): {path}")
    return 0
