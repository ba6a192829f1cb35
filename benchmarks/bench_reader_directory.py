"""Signing in when the reader directory is signed (security/certs.py): a database with 40 accounts (each with a
certificate), 20 schools and 300 sealed concerns. The programme coordinator and a care coordinator sign in with
the shipped Argon2id cost; every sign-in verifies every certificate and runs the re-wrap pass. Goal: <= 0.5 s."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wishdesk.core.models import Group, Pupil, School, SchoolYear, Staff, StaffRole  # noqa: E402
from wishdesk.core.security import accounts, encryption, keyfile  # noqa: E402
from wishdesk.core.services import concerns  # noqa: E402

PASSWORD = "een-goed-wachtwoord"


def build(folder: Path) -> tuple[Path, int]:
    os.environ.pop("WISHDESK_KDF", None)  # the coordinator's entry with the real cost
    db, _ = encryption.create_encrypted_database(folder / "s.sqlite", "Paula Coördinator", PASSWORD)
    with db.write() as s:
        year = SchoolYear(name="2026-2027", start_date=date(2026, 8, 1), end_date=date(2027, 7, 31))
        people = [Staff(name=f"Medewerker {i}", roles=[StaffRole(role="teacher")]) for i in range(39)]
        s.add_all([year, *people])
        s.flush()
        pupils = []
        for n in range(20):
            group = Group(name="6A", school=School(name=f"School {n}", care_coordinator=people[n]), school_year=year)
            s.add(group)
            s.flush()
            pupils.append(Pupil(first_name=f"Kind {n}", group_id=group.id))
        s.add_all(pupils)
        s.flush()
        staff_ids, pupil_ids = [p.id for p in people], [p.id for p in pupils]
    admin = accounts.sign_in(db, None, PASSWORD)
    os.environ["WISHDESK_KDF"] = "fast"  # the other 39 accounts: only their creation is timed away
    for staff_id in staff_ids:
        accounts.add_account(db, admin, staff_id, PASSWORD)
    for i in range(300):
        author = accounts.sign_in(db, staff_ids[20 + i % 19], PASSWORD) if i < 19 else None
        concerns.record_concern(db, author or staff_ids[20 + i % 19], pupil_ids[i % 20], date(2026, 10, 1),
                                "other", f"signaal {i}")
    os.environ.pop("WISHDESK_KDF", None)
    db.close()
    return folder / "s.sqlite", staff_ids[0]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path, care_coordinator = build(Path(tmp))
        for who, name in ((None, "programme coordinator (Argon2id t=3 m=64 MiB)"),
                          (care_coordinator, "care coordinator (fast KDF: certificates + re-wrap only)")):
            times = []
            for _ in range(5):
                keyfile.forget_all()
                start = time.perf_counter()
                accounts.sign_in(path, who, PASSWORD)
                times.append(time.perf_counter() - start)
            print(f"sign-in, {name}, 40 certified accounts, 300 concerns: median {statistics.median(times):.3f} s, "
                  f"max {max(times):.3f} s (goal <= 0.5 s)")


if __name__ == "__main__":
    main()
