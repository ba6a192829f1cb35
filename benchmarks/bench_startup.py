"""Start-up: time from process launch to the main window shown, on the 50-school demo database, against a
bare PySide6 window in the same run. Goal: at most 1.5 x the bare window.

Each measurement is a fresh process (`python -c`), timed from just before the launch until the main window's
first paint (it appears before the database layer loads), and until the database is open and the first page
filled; medians of several runs. Run under xvfb-run or with QT_QPA_PLATFORM=offscreen.
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
from PySide6.QtCore import QEvent, QObject, QTimer
seen = []

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if not seen and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            seen.append(time.time())
            QTimer.singleShot(0, lambda: (print(seen[0]), app.quit()))
        return False

app = QApplication(sys.argv)
probe = FirstPaint()
app.installEventFilter(probe)
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1200, 780); w.show()
app.exec()
"""

WISHDESK = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from wishdesk.gui import app as gui_app
from wishdesk.gui.main_window import MainWindow
seen = []

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if not seen and event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow):
            seen.append(time.time())
        return False

real_create = gui_app.create_application
def create_application(argv):
    app = real_create(argv)
    app._probe = FirstPaint()
    app.installEventFilter(app._probe)
    return app
gui_app.create_application = create_application
real_show = gui_app.Controller.show
def show(self, db):
    window = real_show(self, db)
    QTimer.singleShot(0, lambda: (print(seen[0], time.time()), self.app.quit()))
    return window
gui_app.Controller.show = show
gui_app.run(["--db", sys.argv[1]])
"""


def measure(code: str, *args: str, runs: int = 7) -> tuple[float, float]:
    """Median seconds from launch to the first printed time stamp, and to the last one."""
    first, last = [], []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
        stamps = [float(x) for x in out.stdout.strip().splitlines()[-1].split()]
        first.append(stamps[0] - start)
        last.append(stamps[-1] - start)
    return statistics.median(first), statistics.median(last)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WISHDESK_HOME"] = tmp
        db = Path(tmp) / "demo50.sqlite"
        subprocess.run([sys.executable, "-m", "wishdesk", "demo", "--db", str(db), "--schools", "50"], check=True,
                       capture_output=True)
        bare, _ = measure(BARE)
        shown, ready = measure(WISHDESK, str(db))
    print(f"bare PySide6 window: {bare:.3f} s; WIsH Desk on the 50-school demo: main window shown {shown:.3f} s "
          f"(ratio {shown / bare:.2f}, goal <= 1.5), database open and Today page filled {ready:.3f} s "
          f"(ratio {ready / bare:.2f})")


if __name__ == "__main__":
    main()
