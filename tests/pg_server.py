"""A real, throw-away PostgreSQL server for the team-mode tests, started by the test run itself.

It looks for initdb/pg_ctl (Debian's postgresql package); as root it runs them as the `postgres` user.
Outside CI a machine without PostgreSQL skips these tests; in CI (CI=true) that is an error instead.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def running_server() -> Iterator[str]:
    """Start a private server on a free local port; yields an admin URL (postgresql+psycopg://…/postgres).
    Also used by benchmarks/bench_team.py."""
    initdb, pg_ctl = _find("initdb"), _find("pg_ctl")
    if not (initdb and pg_ctl):
        raise RuntimeError("PostgreSQL (initdb, pg_ctl) is not installed")
    base = Path(tempfile.mkdtemp(prefix="wishdesk-pg-"))
    data = base / "data"
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    subprocess.run(_as_server_user([initdb, "-D", str(data), "-U", "wishdesk", "--auth=trust", "-E", "UTF8",
                                    "--no-locale"]), check=True, capture_output=True)
    # The admin (`wishdesk`, superuser) stays on trust; every other role must give its password over TCP, so
    # team-mode tests can see a wrong password refused as it would be on a real server.
    hba = data / "pg_hba.conf"
    hba.write_text("local all all trust\nhost all wishdesk 127.0.0.1/32 trust\n"
                   "host all all 127.0.0.1/32 scram-sha-256\n")
    if os.geteuid() == 0:
        shutil.chown(hba, "postgres", "postgres")
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




@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Yields an admin URL (postgresql+psycopg://…/postgres) of a private server on a free local port."""
    if not (_find("initdb") and _find("pg_ctl")):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL (initdb, pg_ctl) is not installed; .ci/setup should have installed it.")
        pytest.skip("PostgreSQL is not installed on this machine")
    with running_server() as url:
        yield url


_counter = itertools.count()


def unique_name(prefix: str = "t") -> str:
    return f"{prefix}{os.getpid()}_{next(_counter)}_{int(time.time() * 1000) % 10**7}"


def admin_dsn(pg_server: str, database: str = "postgres") -> str:
    return pg_server.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0] + f"/{database}"


def db_url(pg_server: str, database: str, user: str | None = None, password: str | None = None) -> str:
    """SQLAlchemy URL of `database` on the test server, as the admin or as `user`."""
    host = pg_server.split("@", 1)[1].rsplit("/", 1)[0]
    who = user if password is None else f"{user}:{password}"
    return f"postgresql+psycopg://{who or 'wishdesk'}@{host}/{database}"


def create_database(pg_server: str, template: str | None = None, owner: str | None = None) -> str:
    """CREATE DATABASE (… TEMPLATE, a file-level copy: much faster than migrating again); returns its name."""
    import psycopg

    name = unique_name()
    extra = (f' TEMPLATE "{template}"' if template else "") + (f' OWNER "{owner}"' if owner else "")
    with psycopg.connect(admin_dsn(pg_server), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{extra}')
    return name


def drop_database(pg_server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_dsn(pg_server), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the test server for one test."""
    name = create_database(pg_server)
    yield db_url(pg_server, name)
    drop_database(pg_server, name)


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: str) -> str:
    """A migrated database with the same demo as conftest's SQLite demo template (4 schools, seed 7)."""
    from wishdesk.core.demo import build_demo
    from wishdesk.core.opening import open_database
    name = create_database(pg_server)
    db = open_database(db_url(pg_server, name))
    with db.write() as session:
        for _ in build_demo(session, schools=4, seed=7, year="2026-2027"):
            pass
    db.close()
    return name


@pytest.fixture(params=["sqlite", "postgres"])
def db_backend(request: pytest.FixtureRequest) -> str:
    """Which backend a test runs on; tests that take `backend_demo_db` run once on each."""
    return request.param


@pytest.fixture
def backend_demo_db(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path):  # noqa: ANN201 - Database
    """The demo database, open, on SQLite (a copy of the template file) or on PostgreSQL (a fresh database
    made from a prepared template)."""
    from wishdesk.core.opening import open_database
    if db_backend == "sqlite":
        path = tmp_path / "demo.sqlite"
        shutil.copyfile(request.getfixturevalue("demo_template"), path)
        db = open_database(path, backup_dir=tmp_path / "backups")
        yield db
        db.close()
        return
    server = request.getfixturevalue("pg_server")
    name = create_database(server, template=request.getfixturevalue("pg_demo_template"))
    db = open_database(db_url(server, name))
    yield db
    db.close()
    drop_database(server, name)
