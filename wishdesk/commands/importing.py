"""`wishdesk import-pupils`: a class list (CSV / XLSX as schools export it) into one group.

Prints the same per-row report as the GUI preview. With any rejected row and no --skip-invalid nothing
is imported and the exit code is 1; otherwise all rows are written in one transaction after a backup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cli import UserError, add_db_argument, open_db, print_json, record_id, signed_in_staff


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("import-pupils", help="lees een klassenlijst (CSV of XLSX) in een groep in")
    add_db_argument(cmd)
    cmd.add_argument("--group", type=record_id, required=True, help="groep-id (zie: wishdesk list groups)")
    cmd.add_argument("file", metavar="BESTAND", help="klassenlijst: .csv, .txt of .xlsx")
    cmd.add_argument("--skip-invalid", action="store_true",
                     help="importeer de goede regels en sla afgewezen regels over")
    cmd.add_argument("--dry-run", action="store_true", help="alleen het verslag tonen, niets opslaan")
    cmd.add_argument("--json", action="store_true", help="verslag als JSON")
    cmd.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    from ..core.importers.class_list import plan_to_json
    from ..core.services.pupil_import import apply_import, preview_file
    from ..paths import backup_dir_for

    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"Bestand niet gevonden: {path}")
    db = open_db(args.db)
    try:
        preview = preview_file(db, args.group, path, as_staff=signed_in_staff())
        refused = preview.rejected > 0 and not args.skip_invalid
        result = None
        if not refused and not args.dry_run:
            backups = backup_dir_for(db.location.path) if db.location.path else None
            result = apply_import(db, preview, skip_invalid=args.skip_invalid, backup_dir=backups,
                                  as_staff=signed_in_staff())
    finally:
        db.close()
    if args.json:
        out = plan_to_json(preview.plan)
        out.update(group_id=preview.group_id, school=preview.school, imported=result is not None,
                   created=result.created if result else 0, updated=result.updated if result else 0,
                   skipped=result.skipped if result else 0,
                   backup=str(result.backup) if result and result.backup else None)
        print_json(out)
    else:
        print(preview.report)
        if preview.language_note:
            print(preview.language_note)
        if result is not None:
            print(f"Geïmporteerd in groep {preview.group_name} ({preview.school}): {result.summary()}")
            if result.backup:
                print(f"Back-up van vóór de import: {result.backup}")
        elif args.dry_run and not refused:
            print("Proefrun: er is niets opgeslagen.")
    if refused:
        n = preview.rejected
        print(f"wishdesk: {n} {'regel is' if n == 1 else 'regels zijn'} afgewezen; er is niets geïmporteerd. "
              "Verbeter het bestand of gebruik --skip-invalid.", file=sys.stderr)
        return 1
    return 0
