"""A demo municipality in a plain (not encrypted) SQLite file, for benchmarks that compare with the encrypted
demo `wishdesk demo` makes (sign-in with Argon2id and SQLCipher add to every whole-process figure).

.venv/bin/python benchmarks/plain_demo.py PATH [--schools N] [--no-plan]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def make(path: Path, schools: int, plan: bool = True, seed: int = 1) -> Path:
    from wishdesk.core.demo import build_demo
    from wishdesk.core.opening import open_database

    db = open_database(path, create=True)
    try:
        with db.write() as session:
            for _ in build_demo(session, schools=schools, seed=seed, plan=plan):
                pass
    finally:
        db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, safe to copy
    con.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--no-plan", action="store_true")
    args = parser.parse_args()
    make(args.path, args.schools, not args.no_plan)


if __name__ == "__main__":
    main()
