"""Timing of the printing layer: home-activity sheets against a bare ReportLab canvas (run by hand).

    . .venv/bin/activate && python benchmarks/bench_handouts.py
    .venv/bin/python benchmarks/bench_handouts.py --demo DEMO.sqlite [--runs 3]

Prints seconds, pages per second and the ratio to the "floor": a bare canvas writing the same text
(each sheet's strings, in the same embedded fonts, no layout, shaping or QR) on the same number of
pages. Nothing is asserted; timings depend on the machine.

``--demo`` (a plain demo file, `benchmarks/plain_demo.py` makes one): every group's sheets as whole processes
(`wishdesk handouts --all`), in one process (``--processen 1``) and with the default worker processes, against
run_all's floor (a bare canvas process writing as many pages), plus one class; wall and CPU seconds (user +
system of the process and its workers), medians of ``--runs``.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from tests.printing import samples  # noqa: E402
from wishdesk.printing import fonts  # noqa: E402
from wishdesk.printing.handouts import render_handouts  # noqa: E402
from wishdesk.printing.labels import LABELS  # noqa: E402


def _sheet_strings(batch, recipient) -> list[tuple[str, str]]:
    """(font, text) pairs: everything a sheet says, cut into ~90-character pieces."""
    lesson = batch.lesson
    texts = [(fonts.SANS, lesson.school_name), (fonts.SANS, lesson.lesson_title),
             (fonts.SANS, lesson.class_summary), *[(fonts.SANS, t) for t in lesson.child_practice]]
    for code in {"nl", recipient.language}:
        activity = lesson.activity(code) or lesson.dutch_activity
        font = fonts.primary_font(code)
        texts += [(font, activity.title), (font, activity.text), (font, activity.tip)]
        texts += [(font, value) for value in LABELS.get(code, LABELS["nl"]).values()]
    texts.append((fonts.SANS, " ".join(recipient.pupil_names)))
    pieces = []
    for font, text in texts:
        pieces += [(font, text[i:i + 90]) for i in range(0, len(text), 90)]
    return pieces


def bare_canvas(batch) -> float:
    """The floor: same pages, same strings, same embedded fonts, nothing else."""
    fonts.register_fonts()
    start = time.perf_counter()
    canv = Canvas(io.BytesIO(), pagesize=A4, initialFontName=fonts.SANS, invariant=True)
    for recipient in batch.recipients:
        y = 800
        for font, text in _sheet_strings(batch, recipient):
            canv.setFont(font, 9)
            canv.drawString(40, y, text)
            y = y - 11 if y > 60 else 800
        canv.showPage()
    canv.save()
    return time.perf_counter() - start


def name_only_canvas(batch) -> float:
    """The absolute minimum: same page count, only the pupil's name on each page."""
    fonts.register_fonts()
    start = time.perf_counter()
    canv = Canvas(io.BytesIO(), pagesize=A4, initialFontName=fonts.SANS, invariant=True)
    for recipient in batch.recipients:
        canv.setFont(fonts.SANS, 12)
        canv.drawString(40, 800, " ".join(recipient.pupil_names))
        canv.showPage()
    canv.save()
    return time.perf_counter() - start


def timed(batch, layout: str) -> tuple[float, int]:
    buffer = io.BytesIO()
    start = time.perf_counter()
    pages = render_handouts(batch, buffer, layout=layout)
    return time.perf_counter() - start, pages


def demo(db: Path, runs: int) -> None:
    import shutil
    import sqlite3
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import run_all

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        work = tmp / "work.sqlite"
        out = tmp / "sheets"

        def fresh() -> None:  # each run records its deliveries: start from the same file, an empty folder
            shutil.copy(db, work)
            shutil.rmtree(out, ignore_errors=True)

        rows = []
        for label, extra in (("all sheets, one process (--processen 1)", ["--processen", "1"]),
                             ("all sheets, default (workers)", [])):
            seconds = run_all.run(*run_all.wishdesk("handouts", "--db", str(work), "--all", "--lesson", "1", "-o",
                                                    str(out), "--quiet", *extra), runs=runs, prepare=fresh)
            rows.append((label, seconds, run_all.CPU["last"]))
        pages = run_all.pages_in(out)
        floor = run_all.run(run_all.PY, "-c", run_all.CANVAS, str(tmp / "bare.pdf"), str(pages), runs=3)
        rows.append((f"bare canvas, {pages} pages (floor)", floor, run_all.CPU["last"]))
        con = sqlite3.connect(db)
        group = str(con.execute('SELECT MIN(id) FROM "group"').fetchone()[0])
        con.close()
        seconds = run_all.run(*run_all.wishdesk("handouts", "--db", str(work), "--group", group, "--lesson", "1",
                                                "-o", str(tmp / "one.pdf")), runs=max(runs, 3), prepare=fresh)
        rows.append(("one class (process)", seconds, run_all.CPU["last"]))
    print(f"{'':44} {'s':>7} {'cpu s':>7} {'x floor':>8}")
    for label, seconds, cpu in rows:
        print(f"{label:44} {seconds:7.2f} {cpu:7.2f} {seconds / floor:8.2f}")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=Path, help="a plain demo database: whole-process figures of --all")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.demo:
        demo(args.demo, args.runs)
        return
    class30 = samples.class_batch(30)
    big = samples.class_batch(2000)
    cold, pages = timed(class30, "a4")  # first call: fonts loaded, caches empty
    print(f"30 sheets A4, cold (first print in the process): {cold:6.3f} s  ({pages} pages)")
    rows = []
    for label, batch, layout in (("30 sheets A4", class30, "a4"), ("30 sheets A5x2", class30, "a5x2"),
                                 ("2,000 sheets A4", big, "a4"), ("2,000 sheets A5x2", big, "a5x2")):
        seconds, pages = min(timed(batch, layout) for _ in range(3 if len(batch.recipients) < 100 else 1))
        repeat = 3 if len(batch.recipients) < 100 else 1
        floor = min(bare_canvas(batch) for _ in range(repeat))
        minimum = min(name_only_canvas(batch) for _ in range(repeat))
        rows.append((label, seconds, pages, floor, minimum))
    print("floor = bare canvas writing the same text on every page; names = bare canvas, only the name")
    print(f"{'':20} {'seconds':>8} {'pages':>6} {'pages/s':>8} {'floor s':>8} {'ratio':>6} {'names s':>8} {'ratio':>6}")
    for label, seconds, pages, floor, minimum in rows:
        print(f"{label:20} {seconds:8.3f} {pages:6d} {pages / seconds:8.0f} {floor:8.3f} {seconds / floor:6.2f}"
              f" {minimum:8.3f} {seconds / minimum:6.1f}")


if __name__ == "__main__":
    main()
