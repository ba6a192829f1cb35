"""A save based on a stale read from the CLI (and from an import preview): refused, one Dutch line naming what
changed, exit 1, nothing of it written; the other client's change stays."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from tests.pg_server import create_database, db_url, drop_database
from tests.team.test_lost_updates import second_connection
from wishdesk import cli
from wishdesk.core.models import Pupil
from wishdesk.core.opening import open_database
from wishdesk.core.services import pupil_import, setup_pupils
from wishdesk.core.team.stale import StaleEdit


def _a_boy(db) -> tuple[int, int, str]:  # noqa: ANN001 - (group id, pupil id, first name)
    with db.session() as s:
        pupil = s.scalars(select(Pupil).where(Pupil.subgroup == "boys").order_by(Pupil.id)).first()
        return pupil.group_id, pupil.id, pupil.first_name


def test_import_preview_approved_after_someone_changed_the_pupil(backend_demo_db) -> None:  # noqa: ANN001
    db = backend_demo_db
    group_id, pupil_id, name = _a_boy(db)
    preview = pupil_import.preview_import(db, group_id, f"Voornaam;Geslacht\n{name};meisje\n".encode(), "lijst.csv")
    assert preview.plan.counts.get("update") == 1
    if db.location.is_sqlite:
        db.lock.release()
        db.lock = None
    other = second_connection(db)
    try:  # while the person looks at the preview, someone renames the pupil
        setup_pupils.update_pupil(other, pupil_id, setup_pupils.PupilData(name + " B", "boys"))
    finally:
        other.close()
    with pytest.raises(StaleEdit) as caught:
        pupil_import.apply_import(db, preview, backup_dir=Path(db.location.path).parent / "bk"
                                  if db.location.path else None)
    assert "voornaam" in str(caught.value)
    assert setup_pupils.get_pupil(db, pupil_id).data == setup_pupils.PupilData(name + " B", "boys")


@pytest.mark.postgres
def test_cli_stale_save_is_one_dutch_line(pg_server: str, pg_demo_template: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """`wishdesk import-pupils` while another client has the same pupil's row open in its transaction: the
    import's UPDATE waits for it, finds the version moved on, and the CLI says so in one line."""
    name_db = create_database(pg_server, template=pg_demo_template)
    url = db_url(pg_server, name_db)
    try:
        db = open_database(url)
        group_id, pupil_id, name = _a_boy(db)
        db.close()
        csv = tmp_path / "lijst.csv"
        csv.write_text(f"Voornaam;Geslacht\n{name};meisje\n", encoding="utf-8")
        dsn = url.replace("postgresql+psycopg://", "postgresql://")
        other = psycopg.connect(dsn)  # the other client: a change to the pupil, committed once we wait for it
        other.execute("UPDATE pupil SET first_name = %s, version = version + 1 WHERE id = %s", (name + " B", pupil_id))
        watcher = psycopg.connect(dsn, autocommit=True)

        def commit_when_waited_for() -> None:
            for _ in range(600):
                waiting = watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND "
                                          "wait_event_type = 'Lock'", (name_db,)).fetchone()[0]
                if waiting:
                    break
                time.sleep(0.05)
            other.commit()

        thread = threading.Thread(target=commit_when_waited_for, daemon=True)
        thread.start()
        code = cli.main(["import-pupils", "--db", url, "--group", str(group_id), str(csv)])
        thread.join(10)
        other.close()
        watcher.close()
        err = capsys.readouterr().err
        assert code == 1, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("wishdesk: Iemand anders heeft deze leerling"), err
        assert "voornaam" in lines[0] and "niet bewaard" in lines[0] and "Traceback" not in err
        db = open_database(url)
        try:
            assert setup_pupils.get_pupil(db, pupil_id).data == setup_pupils.PupilData(name + " B", "boys")
        finally:
            db.close()
    finally:
        drop_database(pg_server, name_db)
