"""Importing a class list: time per row at 1,000 / 5,000 / 20,000 rows (issue 18: it was quadratic).

Run: .venv/bin/python benchmarks/bench_import.py
Prints seconds for preview and apply, and the ratio per row against the smallest size (linear: about 1).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def _name(n: int) -> str:
    """A distinct first name without digits (digits read as a number, which the importer refuses)."""
    letters = ""
    for _ in range(4):
        n, r = divmod(n, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
    return "Kind" + letters


def _class_list(rows: int) -> bytes:
    lines = ["Voornaam;Geslacht;Naam ouder;Taal ouder"]
    lines += [f"{_name(n)};{'m' if n % 2 else 'v'};Ouder {n};nl" for n in range(rows)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def main(sizes: list[int]) -> None:
    from wishdesk.core.demo import build_demo
    from wishdesk.core.models import Group
    from wishdesk.core.opening import open_database
    from wishdesk.core.services.pupil_import import apply_import, preview_import

    base = None
    for rows in sizes:
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(Path(folder) / "b.sqlite", create=True, backup_dir=Path(folder) / "backups")
            with db.write() as session:
                for _ in build_demo(session, schools=1, seed=1, plan=False):
                    pass
            with db.session() as session:
                group_id = session.query(Group.id).first()[0]
            start = time.perf_counter()
            preview = preview_import(db, group_id, _class_list(rows), "klas.csv")
            previewed = time.perf_counter() - start
            apply_import(db, preview)
            total = time.perf_counter() - start
            db.close()
        per_row = total / rows
        base = base or per_row
        print(f"{rows:>6} rows: preview {previewed:6.2f} s, preview+apply {total:6.2f} s, "
              f"per row {per_row * 1000:.3f} ms, ratio {per_row / base:.2f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000, 19999])  # 20,000 lines with the header
