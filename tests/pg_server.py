"""A real, throw-away PostgreSQL server for the team-mode tests, started by the test run itself.

It looks for initdb/pg_ctl (Debian's postgresql package); as root it runs them as the `postgres` user.
Outside CI a machine without PostgreSQL skips these tests; in CI (CI=true) that is an error instead.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _find(tool: str) -> str | None:
    found = shutil.which(tool)
    if found:
        return found
    for base in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (base / tool).exists():
            return str(base / tool)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Yields an admin URL (postgresql+psycopg://…/postgres) of a private server on a free local port."""
    initdb, pg_ctl = _find("initdb"), _find("pg_ctl")
    if not (initdb and pg_ctl):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL (initdb, pg_ctl) is not installed; .ci/setup should have installed it.")
        pytest.skip("PostgreSQL is not installed on this machine")
    base = Path(tempfile.mkdtemp(prefix="wishdesk-pg-"))
    data = base / "data"
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    subprocess.run(_as_server_user([initdb, "-D", str(data), "-U", "wishdesk", "--auth=trust", "-E", "UTF8",
                                    "--no-locale"]), check=True, capture_output=True)
    subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-l", str(base / "log.txt"), "-w", "-o",
                                    f"-p {port} -k {base} -h 127.0.0.1", "start"]), check=True, capture_output=True)
    try:
        url = f"postgresql+psycopg://wishdesk@127.0.0.1:{port}/postgres"
        deadline = time.time() + 20
        import psycopg

        while True:
            try:
                psycopg.connect(f"host=127.0.0.1 port={port} user=wishdesk dbname=postgres").close()
                break
            except psycopg.OperationalError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the test server for one test."""
    import psycopg

    name = f"t{os.getpid()}_{int(time.time() * 1000) % 10**9}"
    admin = pg_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_server.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
