"""Start-up: time from process launch to the main window shown, on the 50-school demo database, against a
bare PySide6 window in the same run. Goal: at most 1.5 x the bare window.

Each measurement is a fresh process (`python -c`), timed from just before the launch until the window's
first expose event, median of several runs. Run under xvfb-run or with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1200, 780); w.show()
QTimer.singleShot(0, lambda: (print(time.time()), app.quit()))
app.exec()
"""

WISHDESK = """
import sys, time
from PySide6.QtCore import QTimer
from wishdesk.gui import app as gui_app
real_show = gui_app.Controller.show
def show(self, db):
    window = real_show(self, db)
    QTimer.singleShot(0, lambda: (print(time.time()), self.app.quit()))
    return window
gui_app.Controller.show = show
gui_app.run(["--db", sys.argv[1]])
"""


def measure(code: str, *args: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]) - start)
    return statistics.median(times)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WISHDESK_HOME"] = tmp
        db = Path(tmp) / "demo50.sqlite"
        subprocess.run([sys.executable, "-m", "wishdesk", "demo", "--db", str(db), "--schools", "50"], check=True,
                       capture_output=True)
        bare = measure(BARE)
        app = measure(WISHDESK, str(db))
    print(f"bare PySide6 window: {bare:.3f} s, WIsH Desk on the 50-school demo: {app:.3f} s, "
          f"ratio {app / bare:.2f} (goal <= 1.5)")


if __name__ == "__main__":
    main()
