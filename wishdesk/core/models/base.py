"""Declarative base, naming convention and small column helpers shared by all models.

A fixed naming convention keeps constraint names identical on SQLite and PostgreSQL, which Alembic's
batch mode needs to drop or alter them later.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, DateTime, Integer, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_gid() -> str:
    """A global id: the same row has it on the team server and on every laptop copy (issue 14)."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict: JSON, list: JSON}

    # Every table has a global id (migration 0007). Integer keys stay local to each database: a laptop that
    # syncs with the team server identifies rows (and foreign keys) by gid, so rows made offline never collide.
    gid: Mapped[str] = mapped_column(String(36), default=new_gid, nullable=False, index=True, unique=True)


def gid_column() -> Column:
    """The same global id for an association table without a model (Table(...) objects)."""
    return Column("gid", String(36), default=new_gid, nullable=False, index=True, unique=True)


def utcnow() -> datetime:
    return datetime.now(UTC)


def one_of(column: str, values: Iterable[str], name: str | None = None, nullable: bool = False) -> CheckConstraint:
    """A CHECK constraint that keeps a text column inside a fixed vocabulary (portable, unlike native enums)."""
    quoted = ", ".join(f"'{v}'" for v in values)
    expr = f"{column} IN ({quoted})"
    if nullable:
        expr = f"{column} IS NULL OR {expr}"
    return CheckConstraint(expr, name=name or f"{column}_valid")


class CreatedMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Versioned:
    """A row version for optimistic locking: every UPDATE checks and bumps it (SQLAlchemy's version_id_col), so
    a save based on a stale read fails (StaleDataError, shown as StaleEdit) instead of overwriting someone
    else's edit. Bulk `update()` statements bypass this; services save through the ORM."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr receives the class
        return {"version_id_col": cls.__table__.c.version}
