"""`python -m wishdesk` / `wishdesk`: a subcommand runs the CLI (no Qt import); none starts the GUI."""

from __future__ import annotations

import os
import sys

GUI_VALUE_OPTIONS = {"--db", "--lang", "--quit-after"}


def _first_positional(argv: list[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in GUI_VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


NO_DISPLAY = ("Er is geen beeldscherm om het venster op te tonen (geen DISPLAY of WAYLAND_DISPLAY). Start WIsH "
              "Desk in een grafische sessie, of gebruik de opdrachtregel: wishdesk --help.")


def no_display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """On Linux without X11 or Wayland, Qt aborts the process (exit code 134, a core dump) when it creates the
    application; say so in one line instead. QT_QPA_PLATFORM (offscreen, vnc, …) means the caller chose."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return None
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return NO_DISPLAY


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = _first_positional(argv)
    wants_cli = first is not None and first not in ("gui",)
    if wants_cli or any(a in ("-h", "--help", "--version") for a in argv):
        from wishdesk.cli import main as cli_main

        return cli_main(argv)
    if first == "gui":
        argv.remove("gui")
    problem = no_display_problem()
    if problem:
        print(f"wishdesk: {problem}", file=sys.stderr)
        return 1
    from wishdesk.gui.app import run

    return run(argv)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # the bundle: a worker process started with spawn (sheets for many groups) runs this file too and
        # must become the worker, not a second app
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
