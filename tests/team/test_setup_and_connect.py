"""team init / add-user refusals, Dutch connection errors, and read-only commands that never write."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.pg_server import admin_dsn, create_database, db_url, drop_database
from tests.team.conftest import OWNER, OWNER_PASSWORD, PASSWORD, TeamDb
from wishdesk.core.errors import NotAWishDeskDatabase
from wishdesk.core.opening import open_database
from wishdesk.core.team import connect
from wishdesk.core.team.setup import TeamSetupError, add_user, init_team_database

ROOT = Path(__file__).resolve().parents[2]


def wishdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wishdesk", *args], cwd=ROOT, capture_output=True, text=True)


def test_init_refuses_a_non_empty_or_foreign_database(pg_server: str, team_owner: str, team_db: TeamDb) -> None:
    with pytest.raises(TeamSetupError, match="al ingericht"):
        init_team_database(team_db.url())
    name = create_database(pg_server, owner=team_owner)
    try:
        url = db_url(pg_server, name, OWNER, OWNER_PASSWORD)
        with psycopg.connect(admin_dsn(pg_server, name), autocommit=True) as conn:
            conn.execute("CREATE TABLE recipes (id int)")
            conn.execute(f"ALTER TABLE recipes OWNER TO {OWNER}")
        result = wishdesk("team", "init", "--db", url)
        assert result.returncode == 1 and "ander programma" in result.stderr and "Traceback" not in result.stderr
        with psycopg.connect(admin_dsn(pg_server, name)) as conn:
            tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert tables == {"recipes"}
        with pytest.raises(NotAWishDeskDatabase):
            init_team_database(url)
    finally:
        drop_database(pg_server, name)


def test_init_as_someone_else_than_the_owner_is_refused(pg_server: str, team_owner: str, team_db: TeamDb) -> None:
    name = create_database(pg_server)  # owned by the admin
    try:
        with psycopg.connect(admin_dsn(pg_server, name), autocommit=True) as conn:
            conn.execute(f'GRANT CONNECT ON DATABASE "{name}" TO {OWNER}')
        with pytest.raises(TeamSetupError, match="eigenaar"):
            init_team_database(db_url(pg_server, name, OWNER, OWNER_PASSWORD))
    finally:
        drop_database(pg_server, name)


def test_add_user_via_cli_links_login_to_staff(team_db: TeamDb) -> None:
    import os

    env_name = "WISHDESK_TEST_PW"
    os.environ[env_name] = "nieuw-wachtwoord-9"
    from tests.pg_server import unique_name

    login = unique_name("ib_")
    result = wishdesk("team", "add-user", "--db", team_db.url(), "--staff", "7", "--login", login,
                      "--password-env", env_name)
    assert result.returncode == 0, result.stderr
    assert "wishdesk_care" in result.stdout
    with psycopg.connect(team_db.dsn().replace(f"{OWNER}:{OWNER_PASSWORD}", f"{login}:nieuw-wachtwoord-9")) as c:
        assert c.execute("SELECT wishdesk_my_staff_id()").fetchone()[0] == 7
    again = wishdesk("team", "add-user", "--db", team_db.url(), "--staff", "7", "--login", login,
                     "--password-env", env_name)
    assert again.returncode == 1 and "bestaat al" in again.stderr
    with pytest.raises(Exception, match="geen medewerker"):
        add_user(team_db.url(), unique_name("x_"), PASSWORD, staff_id=9999)


def test_connection_failures_say_which(pg_server: str, team_db: TeamDb) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free_port = s.getsockname()[1]
    good = team_db.url("teacher1")
    cases = {
        "niet bereikbaar": good.replace(good.split("@")[1].split("/")[0], f"127.0.0.1:{free_port}"),
        "bestaat niet": good.rsplit("/", 1)[0] + "/geen_database",
        "verkeerd wachtwoord": good.replace(f":{PASSWORD}@", ":fout-wachtwoord@"),
    }
    for expected, url in cases.items():
        result = wishdesk("list", "schools", "--db", url)
        assert result.returncode == 1, (expected, result.stderr)
        assert expected in result.stderr and "OperationalError" not in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    # TLS: this test server offers none, so requiring it is refused with its own message
    tls = wishdesk("list", "schools", "--db", good + "?sslmode=require")
    assert tls.returncode == 1 and "TLS" in tls.stderr, tls.stderr


def test_tls_is_required_by_default_off_this_computer() -> None:
    from sqlalchemy.engine import make_url

    far = connect.with_default_tls(make_url("postgresql+psycopg://ann@db.gemeente.nl/wishdesk"))
    assert far.query["sslmode"] == "require"
    own = connect.with_default_tls(make_url("postgresql+psycopg://ann@db.gemeente.nl/wishdesk?sslmode=verify-full"))
    assert own.query["sslmode"] == "verify-full"
    assert "sslmode" not in connect.with_default_tls(make_url("postgresql+psycopg://ann@localhost/w")).query


def catalog(pg_server: str, name: str) -> list[tuple]:
    with psycopg.connect(admin_dsn(pg_server, name)) as conn:
        return conn.execute("SELECT c.relname, c.relkind, c.relrowsecurity FROM pg_class c JOIN pg_namespace n "
                            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 1").fetchall() + \
            conn.execute("SELECT count(*) FROM pg_roles").fetchall()


@pytest.mark.parametrize("state", ["empty", "no_version_row", "older"])
def test_read_only_commands_never_write(pg_server: str, state: str) -> None:
    name = create_database(pg_server)
    url = db_url(pg_server, name)
    try:
        if state != "empty":
            open_database(url).close()
            with psycopg.connect(admin_dsn(pg_server, name), autocommit=True) as conn:
                if state == "no_version_row":
                    conn.execute("DELETE FROM alembic_version")
                else:
                    conn.execute("UPDATE alembic_version SET version_num = '0001'")
                    conn.execute("ALTER TABLE school DROP COLUMN version")
        before = catalog(pg_server, name)
        for args in (["list", "schools"], ["report", "--year", "2026-2027", "--json"],
                     ["check"], ["ics", "-o", "/tmp/wishdesk-test.ics"]):
            result = wishdesk(*args, "--db", url)
            assert result.returncode in (1, 2), (args, result.stderr)
            assert "Traceback" not in result.stderr
            if result.returncode == 1:
                expected = {"empty": "leeg", "no_version_row": "schemaversie", "older": "ouder schema"}[state]
                if args == ["check"]:  # integrity checks of a server database are the server's business
                    expected = "beheerder"
                assert expected in result.stderr, (args, result.stderr)
        assert catalog(pg_server, name) == before
    finally:
        drop_database(pg_server, name)
