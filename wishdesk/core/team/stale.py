"""No lost updates: a save based on a stale read is refused with both versions, so a person can choose.

Every versioned model checks its `version` column on UPDATE and DELETE (version_id_col, see models/base.py).
When that check fails SQLAlchemy raises StaleDataError, which names neither the row nor the values. Before
each flush we remember what the session is about to write for versioned rows (values already in memory, no
extra queries); when the flush fails we read the rows as they are now on a fresh connection and raise a
StaleEdit with the attempted and the current values. The GUI can show both and let the person pick.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from ..errors import WishDeskError

PENDING_KEY = "wishdesk_pending_edits"

# Dutch names for the rows people edit; other tables are named by their table name.
TABLE_NAMES_NL = {
    "concern": "zorgsignaal", "pupil": "leerling", "guardian": "ouder/verzorger", "consent": "toestemming",
    "attendance": "aanwezigheid", "return_slip": "retourstrook", "session": "les", "session_log": "reflectie",
    "group": "groep", "school": "school", "staff": "medewerker", "meeting": "overleg",
    "parent_event": "ouderbijeenkomst", "lesson_template": "les uit het programma", "setting": "instelling",
}

# Dutch names of the columns people edit, for the one line that says what differs.
COLUMN_NAMES_NL = {
    "name": "naam", "town": "plaats", "holiday_region": "vakantieregio", "care_coordinator_id": "intern begeleider",
    "first_name": "voornaam", "subgroup": "groepshelft", "language": "taal", "contact_preference": "contact via",
    "email": "e-mail", "max_sessions_per_day": "lessen per dag", "video_url": "klassenvideo",
    "split_by_gender": "jongens en meisjes apart", "specialist_id": "specialist", "purpose": "waarvoor",
    "granted_on": "datum toestemming", "withdrawn_on": "datum intrekken", "note": "notitie", "notes": "notities",
    "went_well": "wat ging goed", "change_next": "volgende keer anders", "climate": "groepsklimaat",
    "author_id": "schrijver", "observed_on": "datum observatie", "category": "categorie",
    "observation": "observatie", "follow_up": "vervolgstap", "review_date": "evaluatiedatum",
    "closed": "afgehandeld", "kind": "soort", "date": "datum", "start_time": "begintijd", "end_time": "eindtijd",
    "location": "locatie", "title": "titel", "topic": "onderwerp", "status": "status", "archived": "gearchiveerd",
    "teacher_id": "leerkracht", "pinned": "vastgezet", "purge_after": "bewaren tot",
}


@dataclass(frozen=True)
class PendingEdit:
    """What one flush was about to write for one versioned row."""

    table: str
    key: tuple[Any, ...]  # primary key values, in the table's primary key order
    read_version: int | None
    attempted: dict[str, Any]
    deleting: bool


@dataclass
class StaleEdit(WishDeskError):
    """Someone else saved this row after it was read; nothing of this save was stored.

    `attempted`: the values this save wanted to write; `current`: the row as it is now in the database (None when
    it was deleted meanwhile). Versions: the one this save was based on, and the one stored now."""

    table: str
    key: tuple[Any, ...]
    read_version: int | None
    current_version: int | None
    attempted: dict[str, Any] = field(default_factory=dict)
    current: dict[str, Any] | None = None
    versioned: bool = True  # False: a set of rows saved as a whole (attendance); its "versions" are digests

    def __post_init__(self) -> None:
        super().__init__(self.message())

    def message(self) -> str:
        """One line (the CLI prints it as is) naming the record and the fields that differ."""
        what = TABLE_NAMES_NL.get(self.table, self.table)
        ident = "/".join(str(k) for k in self.key)
        if self.current is None:
            return (f"Deze {what} ({ident}) is intussen door iemand anders verwijderd; uw wijziging is niet "
                    "bewaard.")
        fields = ", ".join(COLUMN_NAMES_NL.get(c, c.replace("_", " ")) for c in self.differences()) or "—"
        if not self.versioned:
            return (f"Iemand anders heeft de {what} ({ident}) intussen gewijzigd; verschil in: {fields}. Uw "
                    "wijziging is niet bewaard.")
        return (f"Iemand anders heeft deze {what} ({ident}) intussen gewijzigd; verschil in: {fields} (nu versie "
                f"{self.current_version}, u bewerkte versie {self.read_version}). Uw wijziging is niet bewaard.")

    def differences(self) -> dict[str, tuple[Any, Any]]:
        """column -> (attempted, current) for the columns where the two versions differ."""
        current = self.current or {}
        return {k: (v, current.get(k)) for k, v in self.attempted.items()
                if k != "version" and current.get(k) != v}


def _remember(session: Session, _context: object, _instances: object) -> None:
    pending: list[PendingEdit] = []
    for obj, deleting in [(o, False) for o in session.dirty] + [(o, True) for o in session.deleted]:
        state = inspect(obj)
        mapper = state.mapper
        if mapper.version_id_col is None or state.key is None:
            continue
        if not deleting and not session.is_modified(obj):
            continue
        version_attr = mapper.get_property_by_column(mapper.version_id_col).key
        history = state.attrs[version_attr].history
        read = history.deleted[0] if history.deleted else state.dict.get(version_attr)
        attempted = {prop.columns[0].name: state.dict[prop.key] for prop in mapper.column_attrs
                     if prop.key in state.dict}
        pending.append(PendingEdit(mapper.local_table.name, tuple(state.key[1]), read, attempted, deleting))
    session.info[PENDING_KEY] = pending


def install(sessions: sessionmaker) -> None:
    """Remember pending versioned writes in every session of this factory."""
    event.listen(sessions, "before_flush", _remember)


def explain(session: Session, engine: Engine) -> StaleEdit | None:
    """After a StaleDataError in `session`: the first remembered row whose stored version moved on."""
    from ..models import Base

    for edit in session.info.get(PENDING_KEY, []):
        table = Base.metadata.tables.get(edit.table)
        if table is None:
            continue
        where = [col == value for col, value in zip(table.primary_key.columns, edit.key, strict=True)]
        with engine.connect() as conn:
            row = conn.execute(select(table).where(*where)).mappings().first()
        current = dict(row) if row is not None else None
        now = current.get("version") if current else None
        if current is None or now != edit.read_version:
            return StaleEdit(edit.table, edit.key, edit.read_version, now, dict(edit.attempted), current)
    return None


# (table, key) -> (version the person read, version they have now seen): set while a save is repeated after the
# person chose "keep mine" (see `rebased`).
_REBASED: ContextVar[dict[tuple[str, tuple[Any, ...]], tuple[int | None, int | None]] | None] = ContextVar(
    "wishdesk_rebased", default=None)


@contextmanager
def rebased(*edits: StaleEdit) -> Iterator[None]:
    """Repeat a refused save after the person saw both versions and chose to keep their own: inside this block,
    a save of the same rows based on the old read version is based on the version now stored instead (and is
    refused again only if someone saved yet again meanwhile). The save itself runs unchanged: one edit."""
    mapping = dict(_REBASED.get() or {})
    for edit in edits:
        key = (edit.table, tuple(edit.key))
        first_read, seen = mapping.get(key, (None, None))
        # refused again (someone saved once more): the person's first read now stands for the newest version
        start = first_read if seen is not None and seen == edit.read_version else edit.read_version
        mapping[key] = (start, edit.current_version)
    token = _REBASED.set(mapping)
    try:
        yield
    finally:
        _REBASED.reset(token)


def expect_version(obj: object, read_version: int | None) -> None:
    """Base the next save of `obj` on the version the person read (e.g. when an edit dialog opened), not on the
    row just loaded: the UPDATE then says WHERE version = read_version and fails with a StaleEdit when someone
    saved in between. Call right after loading `obj` in the write, before changing it. None: no check."""
    if read_version is None:
        return
    from sqlalchemy.orm.attributes import set_committed_value

    state = inspect(obj)
    mapper = state.mapper
    if mapper.version_id_col is None:
        raise TypeError(f"{type(obj).__name__} has no version column")
    if state.key is not None:
        old, seen = (_REBASED.get() or {}).get((mapper.local_table.name, tuple(state.key[1])), (None, None))
        if old == read_version:
            read_version = seen
    set_committed_value(obj, mapper.get_property_by_column(mapper.version_id_col).key, read_version)


def rebase(job: Any, edits: tuple[StaleEdit, ...]) -> Any:
    """`job` (any callable: a write job of a database, or a prepared save without arguments) run inside
    `rebased(*edits)`: the same save once more, now on the versions the person has seen. Keeps the job's name
    (the log names a job, never its data)."""

    def again(*args: Any) -> Any:
        with rebased(*edits):
            return job(*args)

    again.__qualname__ = getattr(job, "__qualname__", "edit")
    again.__module__ = getattr(job, "__module__", __name__)
    return again


def _digest(state: dict[str, Any]) -> int:
    return zlib.crc32(repr(sorted(state.items())).encode())


def refuse_if_changed(table: str, key: tuple[Any, ...], read: dict[str, Any] | None, now: dict[str, Any],
                      attempted: dict[str, Any]) -> None:
    """The version check for rows saved as a whole set (a lesson's attendance): `read` is the set as the person
    saw it (None: no check), `now` as stored, `attempted` what this save writes, each {label: value}. Raises a
    StaleEdit when the set changed since it was read (and the person has not seen that change: `rebased`)."""
    if read is None:
        return
    read_digest, now_digest = _digest(read), _digest(now)
    old, seen = (_REBASED.get() or {}).get((table, tuple(key)), (None, None))
    if old == read_digest and seen is not None:
        read_digest = seen  # "keep mine" after seeing `seen`: based on that now
    if read_digest == now_digest:
        return
    raise StaleEdit(table, tuple(key), read_digest, now_digest, attempted, now, versioned=False)
