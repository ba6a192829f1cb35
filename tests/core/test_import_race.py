"""Two clients import into the same group at the same moment on the team database: the loser is told the
group changed meanwhile (one Dutch line), not a traceback; nothing of its import is written."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest
from sqlalchemy import select

from tests.pg_server import create_database, db_url, drop_database
from wishdesk.core.errors import ValidationError
from wishdesk.core.models import Group, Pupil
from wishdesk.core.opening import open_database
from wishdesk.core.services import pupil_import

pytestmark = pytest.mark.postgres


def test_the_losing_import_gets_a_message(pg_server: str, pg_demo_template: str) -> None:
    name = create_database(pg_server, template=pg_demo_template)
    url = db_url(pg_server, name)
    db = open_database(url)
    try:
        with db.session() as s:
            group_id = s.scalar(select(Group.id).order_by(Group.id))
            before = s.scalar(select(Pupil.id).order_by(Pupil.id.desc()))
        preview = pupil_import.preview_import(db, group_id, b"Voornaam\nRacekind\n", "klas.csv")
        assert preview.plan.counts.get("new") == 1
        # the other client: inserts the same child in a transaction that commits only while ours is writing
        other = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        other.execute("INSERT INTO pupil (group_id, first_name, archived, version) VALUES (%s, 'Racekind', false, 1)",
                      (group_id,))
        threading.Thread(target=lambda: (time.sleep(0.8), other.commit(), other.close()), daemon=True).start()
        with pytest.raises(ValidationError) as caught:
            pupil_import.apply_import(db, preview)  # blocks on the unique index until the other commits
        assert "gewijzigd" in str(caught.value) or "veranderd" in str(caught.value)
        with db.session() as s:
            names = s.scalars(select(Pupil.first_name).where(Pupil.group_id == group_id, Pupil.id > before)).all()
        assert names == ["Racekind"]  # only the other client's
    finally:
        db.close()
        drop_database(pg_server, name)
