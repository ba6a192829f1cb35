"""Signing in (Argon2id with the shipped parameters + opening the encrypted database) and SQLCipher's cost
against a plain file on the same work: demo with a plan, reopen, the Vandaag lists of every specialist, the
lesson and pupil lists of every group. Prints seconds and the ratio (goals: sign-in <= 0.5 s, ratio <= 1.3)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wishdesk.core.demo import build_demo  # noqa: E402
from wishdesk.core.opening import open_database  # noqa: E402
from wishdesk.core.security import accounts, encryption, keyfile  # noqa: E402
from wishdesk.core.services import directory, todo  # noqa: E402

TODAY = date(2026, 11, 16)


def work(path: Path, make) -> float:  # noqa: ANN001
    start = time.perf_counter()
    db = make(path)
    with db.write() as s:
        for _ in build_demo(s, schools=20, plan=True, today=TODAY):
            pass
    db.close()
    db = open_database(path)
    for person in directory.list_staff(db, role="specialist"):
        todo.todo_items(db, person.id, TODAY)
    for group in directory.list_groups(db):
        directory.list_pupils(db, group.id)
    directory.list_lessons(db)
    db.close()
    return time.perf_counter() - start


def main() -> None:
    os.environ.pop("WISHDESK_KDF", None)  # the real Argon2 cost
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, _ = encryption.create_encrypted_database(folder / "s.sqlite", "Paula Coördinator", "een-goed-wachtwoord")
        db.close()
        times = []
        for _ in range(5):
            keyfile.forget_all()
            start = time.perf_counter()
            accounts.sign_in(folder / "s.sqlite", None, "een-goed-wachtwoord")
            times.append(time.perf_counter() - start)
        print(f"sign-in (Argon2id t=3 m=64 MiB + open): median {statistics.median(times):.3f} s, "
              f"max {max(times):.3f} s (goal <= 0.5 s)")
        plain, encrypted = [], []
        for run in range(3):
            plain.append(work(folder / f"plain{run}.sqlite", lambda p: open_database(p, create=True)))
            encrypted.append(work(folder / f"enc{run}.sqlite",
                                  lambda p: encryption.create_encrypted_database_empty(p)))
        p, e = statistics.median(plain), statistics.median(encrypted)
        print(f"same work, 20-school demo with plan + reads: plain {p:.2f} s, SQLCipher {e:.2f} s, "
              f"ratio {e / p:.2f} (goal <= 1.3)")


if __name__ == "__main__":
    main()
