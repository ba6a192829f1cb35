"""The installer leaves out Pillow's optional C modules (build_installer.spec): printing must never load them.
A whole print run (handouts with QR codes, a lesson plan) in a process where importing them fails."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

LEFT_OUT = ("PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "PIL._imagingmath",
            "PIL._imagingmorph", "PIL.ImageTk", "PIL.ImageQt")

RUN = f"""
import runpy, sys
class LeftOut:
    def find_spec(self, name, path=None, target=None):
        if name in {LEFT_OUT!r}:
            raise ImportError(name + " is not in the installer")
sys.meta_path.insert(0, LeftOut())
sys.argv = ["wishdesk", *sys.argv[1:]]
runpy.run_module("wishdesk", run_name="__main__")
"""


def test_printing_needs_none_of_the_left_out_pillow_parts(demo_db_path: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(demo_db_path)
    group = con.execute('SELECT MIN(id) FROM "group"').fetchone()[0]
    con.close()
    env = {**os.environ, "WISHDESK_HOME": str(tmp_path / "home")}
    for args in (["handouts", "--group", str(group), "--lesson", "1", "--proef", "-o", str(tmp_path / "h.pdf")],
                 ["lesson-plan", "--group", str(group), "--lesson", "1", "-o", str(tmp_path / "p.pdf")]):
        done = subprocess.run([sys.executable, "-c", RUN, *args, "--db", str(demo_db_path)], capture_output=True,
                              text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "h.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "p.pdf").stat().st_size > 1000
