"""A team database (team init + demo, as a non-superuser owner) and login roles for real people in it.

The template is built once per run; each test gets its own copy (CREATE DATABASE … TEMPLATE). Login roles are
cluster-wide, so they are made once with the template and get CONNECT on every copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import psycopg
import pytest

from tests.pg_server import admin_dsn, create_database, db_url, drop_database, unique_name

OWNER, OWNER_PASSWORD = "team_owner", "eigenaar-geheim-1"
PASSWORD = "wachtwoord-123"
# staff ids in the demo (4 schools, seed 7): see tests below for who is who
PEOPLE = {"coordinator": 1, "specialist": 2, "care1": 3, "teacher1": 4, "teacher1b": 6, "teacher2": 8}


@dataclass(frozen=True)
class TeamDb:
    server: str
    name: str
    logins: dict[str, str]  # person key -> login role name ("municipality" too)

    def url(self, who: str | None = None) -> str:
        if who is None:
            return db_url(self.server, self.name, OWNER, OWNER_PASSWORD)
        return db_url(self.server, self.name, self.logins[who], PASSWORD)

    def dsn(self, who: str | None = None) -> str:
        return self.url(who).replace("postgresql+psycopg://", "postgresql://")

    def connect(self, who: str | None = None) -> psycopg.Connection:
        return psycopg.connect(self.dsn(who), autocommit=True)


@pytest.fixture(scope="session")
def team_owner(pg_server: str) -> str:
    with psycopg.connect(admin_dsn(pg_server), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (OWNER,)).fetchone()
        if not exists:  # an owner as a municipality would have it: may make roles, is no superuser
            conn.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE CREATEDB PASSWORD '{OWNER_PASSWORD}'")
    return OWNER


@pytest.fixture(scope="session")
def team_template(pg_server: str, team_owner: str) -> TeamDb:
    from wishdesk.core.demo import build_demo
    from wishdesk.core.opening import open_database
    from wishdesk.core.team.setup import add_user, init_team_database

    name = create_database(pg_server, owner=team_owner)
    team = TeamDb(pg_server, name, {})
    init_team_database(team.url())
    db = open_database(team.url())  # the demo, filled by the owner under FORCE RLS
    with db.write() as session:
        for _ in build_demo(session, schools=4, seed=7, year="2026-2027", plan=True, today=date(2026, 12, 1)):
            pass
    db.close()
    logins = {}
    for key, staff_id in PEOPLE.items():
        logins[key] = unique_name(f"{key}_")
        add_user(team.url(), logins[key], PASSWORD, staff_id=staff_id)
    logins["municipality"] = unique_name("gemeente_")
    add_user(team.url(), logins["municipality"], PASSWORD, municipality=True)
    return TeamDb(pg_server, name, logins)


@pytest.fixture
def team_db(team_template: TeamDb) -> Iterator[TeamDb]:
    name = create_database(team_template.server, template=team_template.name, owner=OWNER)
    with psycopg.connect(admin_dsn(team_template.server, name), autocommit=True) as conn:
        conn.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')  # database ACLs are not copied
        for login in team_template.logins.values():
            conn.execute(f'GRANT CONNECT ON DATABASE "{name}" TO "{login}"')
    yield TeamDb(team_template.server, name, team_template.logins)
    drop_database(team_template.server, name)
