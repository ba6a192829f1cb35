"""Start-up: time from process launch to the main window shown, and to the Vandaag page filled with the
signed-in person's lessons, on the 50-school demo, against a bare PySide6 window in the same run.
Goals: main window at most 1.5 x the bare window; Vandaag filled at most 0.5 s (2.5 x the bare window).

Three ways in, each a fresh process (`python -c`) timed from just before the launch:

- ``demo``: ``wishdesk --demo`` on the encrypted 50-school demo `wishdesk demo` makes (signed in as its
  coordinator without asking, Argon2id + SQLCipher);
- ``encrypted``: the same file with ``--db``: the sign-in dialog is answered at once with the demo password
  (``Controller.sign_in_sink``), so the figure is the app's share of the wait, not the person's typing;
- ``plain``: a plain SQLite file (benchmarks/plain_demo.py), its busiest specialist chosen as "me".
- ``teacher``: the encrypted file of ``encrypted``, signed in the same way as its busiest specialist (every demo
  account has the password "demo"): the coordinator of ``demo`` and ``encrypted`` gives no lessons, so for them
  "Vandaag filled" is the page's own (ORM) answer; this way shows the early rows of an encrypted file.

The main window's first paint is the first stamp; the first time the Vandaag page shows its lesson rows (or, for
a person without lessons such as the demo's coordinator, says why the list is empty) is the second. Medians of several runs. Run under xvfb-run or with QT_QPA_PLATFORM=offscreen.

.venv/bin/python benchmarks/bench_startup.py [--runs N] [--enc PATH] [--plain PATH]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The stamps come from paintEvent overrides of the watched classes, not from an application-wide event filter: a
# Python filter sees every event of every object, and the first time each Qt class passes through Python its
# wrapper type and enums are made (about 0.1 s for a window with lists and menus), which the app itself no
# longer pays before its first paint (gui/screen_fit.py is installed after it).
BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
seen = []

class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        if not seen:
            seen.append(time.time())
            QTimer.singleShot(0, lambda: (print(seen[0], seen[0], time.process_time()), app.quit()))

app = QApplication(sys.argv)
w = Window(); w.setWindowTitle("bare"); w.resize(1200, 780); w.show()
app.exec()
"""

# argv: mode, database path, [staff id for the plain file]
# Prints: window's first paint, first paint of the Vandaag lesson list with rows (the start-up preview read
# without the ORM, or the page's own rows), CPU s then, row count, the page's own (ORM) rows shown, CPU s then.
WISHDESK = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from wishdesk.gui import app as gui_app
from wishdesk.gui.main_window import MainWindow
from wishdesk.gui.lazy_pages import LazyPages
from wishdesk.gui.widgets.today_sessions import EmptyDayLabel, SessionList
mode, path = sys.argv[1], sys.argv[2]
seen, filled, orm = [], [], []

def window_paint(self, event, _real=MainWindow.paintEvent):
    _real(self, event)
    if not seen:
        seen.append(time.time())
MainWindow.paintEvent = window_paint

def list_paint(self, event, _real=SessionList.paintEvent):
    _real(self, event)
    if not filled and self.model_.rowCount() and self.isVisible():
        filled.append((time.time(), time.process_time(), self.model_.rowCount()))
SessionList.paintEvent = list_paint

def empty_paint(self, event, _real=EmptyDayLabel.paintEvent):
    # a person without lessons (the demo's coordinator): filled once the list says why it is empty
    _real(self, event)
    if not filled and self.told and self.isVisible():
        filled.append((time.time(), time.process_time(), 0))
EmptyDayLabel.paintEvent = empty_paint

def report():
    first = seen[0] if seen else orm[0][0]
    shown = filled[0] if filled else orm[0]
    print(first, shown[0], shown[1], shown[2], orm[0][0], orm[0][1], flush=True)
    QApplication.instance().quit()

real_attach = LazyPages.attach
def attach(self, ctx):
    # the page module loads now (a moment before the window would load it itself): its class is watched
    from wishdesk.gui.pages.today import TodayPage
    real, real_take = TodayPage._show_sessions, getattr(TodayPage, "take_over", None)
    taking = []
    def show_sessions(page, rows):
        real(page, rows)
        if not orm and not taking:
            orm.append((time.time(), time.process_time(), len(rows)))
            QTimer.singleShot(0, report)  # after the list has painted
    def take_over(page, placeholder):
        taking.append(1)
        try:
            real_take(page, placeholder)
        finally:
            taking.clear()
    TodayPage._show_sessions = show_sessions
    if real_take is not None:
        TodayPage.take_over = take_over
    real_attach(self, ctx)
LazyPages.attach = attach

if mode == "plain":
    from wishdesk.gui import settings
    settings.staff_id = lambda database_id, _id=int(sys.argv[3]): _id
    args = ["--db", path]
elif mode in ("encrypted", "teacher"):
    from wishdesk.gui import controller
    signer = getattr(controller, "sign_in_and_keep_open", None) or controller.sign_in_on_lane  # what the dialog calls
    who = sys.argv[3] if mode == "teacher" else None
    controller.Controller.sign_in_sink = lambda target: signer(target, who, "demo")
    args = ["--db", path]
else:
    args = ["--demo", "--db", path]
gui_app.run(args)
"""


def measure(code: str, *args: str, runs: int = 7) -> tuple[float, ...]:
    """Medians: seconds from launch to the window's first paint, to the Vandaag page filled (its lesson list
    painted with rows), the CPU seconds the process had used by then (all its threads; less sensitive to other
    jobs on the machine than wall time), and (WIsH Desk only) seconds and CPU s to the page's own ORM rows."""
    first, last, cpu, orm, orm_cpu = [], [], [], [], []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
        if out.returncode != 0 or not out.stdout.strip():
            raise SystemExit(f"start-up run failed ({out.returncode}):\n{out.stderr[-2000:]}")
        stamps = [float(x) for x in out.stdout.strip().splitlines()[-1].split()]
        first.append(stamps[0] - start)
        last.append(stamps[1] - start)
        cpu.append(stamps[2])
        if len(stamps) >= 6:
            orm.append(stamps[4] - start)
            orm_cpu.append(stamps[5])
    medians = [statistics.median(x) for x in (first, last, cpu)]
    if orm:
        medians += [statistics.median(orm), statistics.median(orm_cpu)]
    return tuple(medians)


def busiest_specialist(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT specialist_id FROM session WHERE specialist_id IS NOT NULL "
                           "GROUP BY specialist_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    finally:
        con.close()


def busiest_specialist_encrypted(path: Path) -> int:
    """``busiest_specialist`` of the encrypted demo (its key from the public demo password)."""
    from wishdesk.core import today_fast
    from wishdesk.core.security import keyfile, unlocking

    found = unlocking.peek_demo(path.resolve())
    if found is None:
        raise SystemExit(f"{path} is not a demo (the teacher way signs in with the demo password)")
    keyfile.forget_all()
    con = today_fast.connect_read_only(path, found[1])
    try:
        return con.execute("SELECT specialist_id FROM session WHERE specialist_id IS NOT NULL "
                           "GROUP BY specialist_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    finally:
        con.close()


def compile_sources() -> None:
    """Bytecode for the app's own modules, as an installed app has (PYTHONDONTWRITEBYTECODE would otherwise
    make every measured process compile them: 0.2 s and more)."""
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "wishdesk"), quiet=1)


def measure_all(enc: Path, plain: Path, runs: int, modes: tuple[str, ...] = ("demo", "encrypted", "plain")
                ) -> dict[str, tuple[float, ...]]:
    """{"bare": (shown, shown, cpu), "demo"/"encrypted"/"plain": (window shown, Vandaag filled, cpu, ORM rows
    shown, cpu)}."""
    compile_sources()
    results = {"bare": measure(BARE, runs=runs)}
    args = {"demo": ("demo", str(enc)), "encrypted": ("encrypted", str(enc)),
            "plain": ("plain", str(plain), str(busiest_specialist(plain)) if "plain" in modes else "")}
    if "teacher" in modes:
        args["teacher"] = ("teacher", str(enc), str(busiest_specialist_encrypted(enc)))
    for mode in modes:
        results[mode] = measure(WISHDESK, *args[mode], runs=runs)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--enc", type=Path, help="an encrypted 50-school demo (default: made now)")
    parser.add_argument("--plain", type=Path, help="a plain 50-school demo (default: made now)")
    parser.add_argument("--modes", default="demo,encrypted,teacher,plain",
                        help="ways in to measure (comma-separated)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WISHDESK_HOME"] = tmp
        enc, plain = args.enc, args.plain
        if enc is None:
            enc = Path(tmp) / "demo50.sqlite"
            subprocess.run([sys.executable, "-m", "wishdesk", "demo", "--db", str(enc), "--schools", "50"],
                           check=True, capture_output=True)
        if plain is None and "plain" in args.modes.split(","):
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            import plain_demo

            plain = plain_demo.make(Path(tmp) / "plain50.sqlite", 50)
        modes = tuple(args.modes.split(","))
        results = measure_all(enc, plain, args.runs, modes)
    bare, _, bare_cpu = results["bare"]
    print(f"bare PySide6 window: {bare:.3f} s ({bare_cpu:.3f} CPU s)")
    for mode in modes:
        shown, ready, cpu, orm, orm_cpu = results[mode]
        print(f"{mode:9}: main window shown {shown:.3f} s ({shown / bare:.2f}x, goal <= 1.5x); Vandaag filled "
              f"{ready:.3f} s ({ready / bare:.2f}x, goal <= 0.5 s and 2.5x), {cpu:.3f} CPU s; "
              f"its own ORM rows {orm:.3f} s, {orm_cpu:.3f} CPU s")


if __name__ == "__main__":
    main()
