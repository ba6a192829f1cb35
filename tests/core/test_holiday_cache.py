"""The holidays package's Dutch answers are cached in a file: a later process does not import the package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CODE = """
import json, sys
from wishdesk.core import calendar as cal
days = cal.public_holidays(2027)
breaks = cal.school_holidays("zuid", 2027)
print(json.dumps({"koningsdag": days.get(__import__("datetime").date(2027, 4, 27)),
                  "breaks": len(breaks), "imported": "holidays" in sys.modules}))
"""


def test_second_process_reads_the_cache(tmp_path: Path) -> None:
    env = {**os.environ, "WISHDESK_HOME": str(tmp_path)}
    first = json.loads(subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True,
                                      check=True).stdout)
    second = json.loads(subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True,
                                       check=True).stdout)
    assert first["imported"] and not second["imported"]
    assert first["koningsdag"] == second["koningsdag"] == "Koningsdag"
    assert first["breaks"] == second["breaks"] > 3
    assert list((tmp_path / "data" / "cache").glob("holidays-*.json"))


def test_a_broken_cache_file_is_recomputed(tmp_path: Path) -> None:
    env = {**os.environ, "WISHDESK_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, check=True)
    for path in (tmp_path / "data" / "cache").glob("holidays-*.json"):
        path.write_text("{not json", encoding="utf-8")
    again = json.loads(subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True,
                                      check=True).stdout)
    assert again["imported"] and again["koningsdag"] == "Koningsdag"
