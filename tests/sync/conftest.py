"""Sync tests reuse the team database fixtures (a real PostgreSQL server, team init + demo, real logins)."""

from tests.team.conftest import team_db, team_owner, team_template  # noqa: F401 - fixtures
