"""Issue 18: Hypothesis throws arguments and ids at the command line; every outcome is an exit code (0, 1 or 2),
never a traceback. Runs in-process against a copy of the demo database (read-only commands, so the copy
stays the same for every example)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wishdesk.cli import main

ids = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["0", "1", "2", "-1", str(2**63 - 1), str(2**63), "1e3", "0x10", "", " 3", "٣", "NaN"]),
    st.text(max_size=8),
)
commands = st.sampled_from([
    ["list", "schools"], ["list", "groups"], ["list", "staff"], ["list", "lessons"], ["list", "pupils"],
    ["conflicts"], ["check"], ["backup", "--list"], ["report", "--json"],
])
options = st.lists(st.tuples(st.sampled_from(["--group", "--school", "--year", "--person", "--session",
                                              "--lesson", "--on"]), ids), max_size=3)


@pytest.fixture(scope="module")
def fuzz_db(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=commands, extra=options, json=st.booleans())
def test_no_argument_ends_in_a_traceback(fuzz_db: Path, command: list[str], extra: list[tuple[str, str]],
                                         json: bool) -> None:
    argv = [*command, "--db", str(fuzz_db)]
    for option, value in extra:
        argv += [option, value]
    if json and "--json" not in argv and command[0] in ("list", "conflicts", "check"):
        argv.append("--json")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_info:  # argparse: usage errors
            code = exit_info.code
    assert code in (0, 1, 2), (argv, err.getvalue())
    assert "Traceback" not in err.getvalue()
    if code:
        assert err.getvalue().strip(), argv
