"""Which tables sync, and how a row travels: by gid, with foreign keys carried as the referenced row's gid.

Derived from the SQLAlchemy metadata, so a new model syncs without a list to keep up to date. Accounts and their
concern keys are local to each database (each file has its own sign-in) and never travel.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table

from ..team.policies import PROTECTED_TABLES

LOCAL_ONLY = frozenset({"account", "concern_key"})
# Rows of a synced table that name one file, not the team: the database's own id (core/identity.py) keys what
# this computer remembers about this file, so every replica makes its own and it never travels.
LOCAL_SETTING_KEYS = ("database.uuid",)


def shared_rows(table: Table):  # noqa: ANN201 - a SQL condition, or None when every row travels
    """The condition a row of `table` meets to travel (None: every row does)."""
    return table.c.key.notin_(LOCAL_SETTING_KEYS) if table.name == "setting" else None
# Tables the team server filters by row-level security: their visible set can change without the rows changing
# (a person moved to another school), so every pull compares the whole set of gids (see pull.reconcile).
FILTERED_TABLES = tuple(t for t in PROTECTED_TABLES if t not in LOCAL_ONLY)


@dataclass(frozen=True)
class SyncTable:
    table: Table
    local_key: str | None  # the integer primary key that stays local ("id"), None when the key is made of columns
    foreign: dict[str, str]  # column -> referenced table (always its "id")
    versioned: bool

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def wire_columns(self) -> list[str]:
        """Every column except the local integer key."""
        return [c.name for c in self.table.columns if c.name != self.local_key]


def _describe(table: Table) -> SyncTable:
    pk = list(table.primary_key.columns)
    local_key = pk[0].name if len(pk) == 1 and pk[0].name == "id" else None
    foreign = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
    return SyncTable(table, local_key, foreign, "version" in table.c)


@cache
def synced_tables() -> tuple[SyncTable, ...]:
    """Every synced table, parents before children."""
    from ..models import Base

    return tuple(_describe(t) for t in Base.metadata.sorted_tables if t.name not in LOCAL_ONLY)


@cache
def by_name() -> dict[str, SyncTable]:
    return {t.name: t for t in synced_tables()}


def order(name: str) -> int:
    return [t.name for t in synced_tables()].index(name)
