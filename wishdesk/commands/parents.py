"""`wishdesk invitations` (parent-event letters per family) and `wishdesk family-export` (AVG right of access)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cli import UserError, add_db_argument, open_db

FALLBACK_HELP = ("voor gezinnen in een taal zonder vertaling: nl+en (Nederlands met Engels, standaard) "
                 "of nl (alleen Nederlands)")


def register(sub: argparse._SubParsersAction) -> None:
    inv = sub.add_parser("invitations", help="print de uitnodigingen voor een ouderavond of toonmoment als PDF",
                         description="Eén uitnodiging per gezin, in de taal van het gezin naast het Nederlands, "
                         "met een antwoordstrook. Zonder --event: de eerstvolgende bijeenkomst van de groep.")
    add_db_argument(inv)
    inv.add_argument("--group", type=int, required=True, help="groep-id")
    inv.add_argument("--event", type=int, help="bijeenkomst-id (standaard de eerstvolgende van de groep)")
    inv.add_argument("-o", "--output", required=True, help="PDF-bestand")
    inv.add_argument("--fallback", choices=["nl+en", "nl"], default="nl+en", help=FALLBACK_HELP)
    inv.set_defaults(func=run_invitations)

    fx = sub.add_parser("family-export", help="alle gegevens over één leerling en de ouders (AVG-inzage), PDF of JSON",
                        description="Alles wat WIsH Desk over één leerling en de ouders/verzorgers bewaart: "
                        "gegevens, aanwezigheid, strookjes, toestemmingen en meegegeven bladen, in de taal van het "
                        "gezin naast het Nederlands. Zorgsignalen staan er alleen in als de aangemelde persoon (--user) "
                        "de intern begeleider van de school is; anders staat er waarom ze zijn weggelaten.")
    add_db_argument(fx)
    fx.add_argument("--pupil", type=int, required=True, help="leerling-id")
    fx.add_argument("-o", "--output", required=True, help="BESTAND.pdf of BESTAND.json")
    fx.set_defaults(func=run_family_export)


def _output(path_text: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(path_text)
    if path.is_dir():
        raise UserError(f"{path_text} is een map; geef een bestandsnaam die eindigt op {' of '.join(suffixes)}.")
    if path.suffix.lower() not in suffixes:
        raise UserError(f"Geef een bestandsnaam die eindigt op {' of '.join(suffixes)} (niet {path.name}).")
    return path


def run_invitations(args: argparse.Namespace) -> int:
    from ..core.services.invitations import build_invitations, event_for_group
    from ..printing.invitations import render_invitations

    path = _output(args.output, (".pdf",))
    db = open_db(args.db, read_only=True)
    try:
        from ..cli import signed_in_staff
        from ..core.access import require_group_visible

        require_group_visible(db, signed_in_staff(), args.group)  # letters name the pupils and their parents
        event_id = args.event if args.event is not None else event_for_group(db, args.group)
        job = build_invitations(db, event_id, fallback=args.fallback, group_id=args.group)
    finally:
        db.close()
    pages = render_invitations(job.batch, path)
    langs = ", ".join(sorted({r.language for r in job.batch.recipients}))
    print(f"{pages} uitnodigingen voor groep {job.batch.invitation.group_name} "
          f"({job.batch.invitation.event_date.isoformat()}), talen {langs}: {path}")
    for note in job.notes:
        print(f"let op: {note}", file=sys.stderr)
    return 0


def run_family_export(args: argparse.Namespace) -> int:
    from ..cli import signed_in
    from ..core.services.family_export import export_json, family_export

    path = _output(args.output, (".pdf", ".json"))
    db = open_db(args.db, read_only=True)
    try:
        data = family_export(db, args.pupil, viewer=signed_in())
    finally:
        db.close()
    if path.suffix.lower() == ".json":
        path.write_text(export_json(data), encoding="utf-8")
    else:
        from ..printing.family_export import render_family_export

        render_family_export(data, path)
    concerns = "met zorgsignalen" if data.concerns_included else "zorgsignalen niet meegenomen"
    print(f"Gegevens van leerling {data.pupil_id} ({data.pupil_name}) in {path}; {concerns}.")
    if data.concerns_note:
        print(data.concerns_note, file=sys.stderr)
    return 0
