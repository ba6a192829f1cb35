"""Time `wishdesk demo --schools 50` (a real process, as a user runs it) and the size of the database."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo50.sqlite"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "wishdesk", "demo", "--db", str(db), "--schools", "50"], check=True)
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in Path(tmp).glob("demo50.sqlite*"))
        print(f"demo --schools 50: {seconds:.2f} s (whole process), database {size / 1024 / 1024:.1f} MB")


if __name__ == "__main__":
    main()
