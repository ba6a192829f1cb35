"""Which database this is: a UUID kept in the database's own ``setting`` table.

Anything remembered outside the database about it (who is signed in, the last page, drafts) is keyed by this
id, never by the file's path or a bare row id: a copied, moved or restored file keeps its id, and staff id 3
in another database is someone else.
"""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import select

from .db import Database
from .models import Setting

DATABASE_ID_KEY = "database.uuid"


def database_id(db: Database) -> str:
    """The database's UUID; made (and stored) the first time a writable database is asked. A read-only
    database that has none yet gets one derived from where it is, stable for as long as it stays there."""
    with db.session() as s:
        stored = s.scalar(select(Setting.value).where(Setting.key == DATABASE_ID_KEY))
    if stored:
        return stored
    if db.read_only:
        where = str(db.location.path or db.location.url.render_as_string(hide_password=True))
        return "path-" + hashlib.sha256(where.encode()).hexdigest()[:32]
    new, changed_before = str(uuid.uuid4()), db.changed
    with db.write() as s:
        existing = s.get(Setting, DATABASE_ID_KEY)
        if existing is not None:  # another process was first: its id wins
            return existing.value
        s.add(Setting(key=DATABASE_ID_KEY, value=new))
    db.changed = changed_before  # naming the file is no change of its data: no backup on close for it
    return new
