"""`python -m wishdesk` / `wishdesk`: a subcommand runs the CLI (no Qt import); none starts the GUI."""

from __future__ import annotations

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


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = _first_positional(argv)
    wants_cli = first is not None and first not in ("gui",)
    if wants_cli or any(a in ("-h", "--help") for a in argv):
        from wishdesk.cli import main as cli_main

        return cli_main(argv)
    if first == "gui":
        argv.remove("gui")
    from wishdesk.gui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
