"""Concerns sealed on a team database (issue 12): the owner reads every row, yet sees only ciphertext; the author
and the school's care coordinator read the text; nobody can publish a key for someone else."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest

from tests.team.conftest import PASSWORD, PEOPLE, TeamDb
from tests.team.test_policies import pupil_at_school
from wishdesk.core.opening import open_database
from wishdesk.core.security.accounts import SignInFailed
from wishdesk.core.security.team_keys import team_sign_in
from wishdesk.core.services import concerns

SECRET = "Qwertyna huilt elke ochtend bij het hek"


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")


def _open(team: TeamDb, who: str):  # noqa: ANN202 - Database
    return open_database(team.url(who))


def test_the_owner_sees_ciphertext_the_readers_see_the_text(team_db: TeamDb) -> None:
    with team_db.connect() as owner:  # written in clear before anyone had a keypair (as an import would)
        early = owner.execute(
            "INSERT INTO concern (pupil_id, author_id, observed_on, category, observation, follow_up, closed, "
            "purge_after, created_at) VALUES (%s, %s, '2026-10-01', 'wellbeing', 'Vroeg signaal Zwiebertje', "
            "'none', false, '2027-08-01', now()) RETURNING id",
            (pupil_at_school(team_db, 1), PEOPLE["teacher1b"])).fetchone()[0]
    care, teacher, other_care = _open(team_db, "care1"), _open(team_db, "teacher1"), _open(team_db, "teacher2")
    try:
        care_id = team_sign_in(care, PASSWORD)  # first sign-in: a keypair, published in `account`
        teacher_id = team_sign_in(teacher, PASSWORD)
        outsider = team_sign_in(other_care, PASSWORD)  # a teacher of school 2
        cid = concerns.record_concern(teacher, teacher_id, pupil_at_school(team_db, 1), date(2026, 11, 2),
                                      "wellbeing", SECRET)
        assert concerns.get_concern(teacher, teacher_id, cid).observation == SECRET
        assert concerns.get_concern(care, care_id, cid).observation == SECRET
        assert all(c.id != cid for c in concerns.visible_concerns(other_care, outsider))
        assert concerns.get_concern(care, care_id, early).observation == "Vroeg signaal Zwiebertje"
    finally:
        for db in (care, teacher, other_care):
            db.close()
    with team_db.connect() as owner:
        texts = [r[0] for r in owner.execute("SELECT observation FROM concern")]
        assert texts and not any("Qwertyna" in t or "Zwiebertje" in t for t in texts)
        assert owner.execute("SELECT observation FROM concern WHERE id = %s", (cid,)).fetchone()[0].startswith("sealed:")
        # what was written in clear about school 1 was sealed at the care coordinator's sign-in
        plain_school1 = owner.execute(
            'SELECT count(*) FROM concern c JOIN pupil p ON p.id = c.pupil_id JOIN "group" g ON g.id = p.group_id '
            "WHERE g.school_id = 1 AND c.observation NOT LIKE 'sealed:%'").fetchone()[0]
        assert plain_school1 == 0
        keys = owner.execute("SELECT count(*) FROM concern_key WHERE concern_id = %s", (cid,)).fetchone()[0]
        assert keys == 2  # the author and the care coordinator


def test_the_same_password_opens_the_keypair_again_a_wrong_one_is_refused(team_db: TeamDb) -> None:
    db = _open(team_db, "care1")
    try:
        first = team_sign_in(db, PASSWORD)
        again = team_sign_in(db, PASSWORD)
        assert again.account_id == first.account_id and again.public_key == first.public_key
        with pytest.raises(SignInFailed):
            team_sign_in(db, "niet-mijn-wachtwoord")
    finally:
        db.close()
    owner = open_database(team_db.url())
    try:
        with pytest.raises(SignInFailed):  # the owner is nobody's staff member: no keypair, no concern text
            team_sign_in(owner, "eigenaar")
    finally:
        owner.close()


def test_a_teacher_cannot_publish_or_replace_someone_elses_key(team_db: TeamDb) -> None:
    for who in ("care1", "teacher1"):
        db = _open(team_db, who)
        try:
            team_sign_in(db, PASSWORD)
        finally:
            db.close()
    teacher = _open(team_db, "teacher1")
    try:
        mine = team_sign_in(teacher, PASSWORD)
        cid = concerns.record_concern(teacher, mine, pupil_at_school(team_db, 1), date(2026, 11, 3), "other", SECRET)
    finally:
        teacher.close()
    with team_db.connect("teacher1") as t:
        # the care coordinator's public key replaced by the teacher's own: the row is not the teacher's to write
        assert t.execute("UPDATE account SET public_key = (SELECT public_key FROM account WHERE staff_id = %s) "
                         "WHERE staff_id = %s", (PEOPLE["teacher1"], PEOPLE["care1"])).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # an account for someone else
            t.execute("INSERT INTO account (staff_id, is_admin, public_key, wrapped_private_key, kdf_salt, kdf_time, "
                      "kdf_memory, kdf_parallelism, created_at) VALUES (%s, false, '\\x00', '\\x00', '\\x00', 1, 1, 1, "
                      "now())", (PEOPLE["teacher2"],))
        # keys of concerns one cannot see cannot be deleted; the teacher's own concern keeps its two keys
        assert t.execute("DELETE FROM concern_key WHERE concern_id <> %s", (cid,)).rowcount == 0
    with team_db.connect("teacher2") as t2:  # another school: sees neither the concern nor its keys
        assert t2.execute("SELECT count(*) FROM concern_key WHERE concern_id = %s", (cid,)).fetchone()[0] == 0
        assert t2.execute("DELETE FROM concern_key WHERE concern_id = %s", (cid,)).rowcount == 0
    with team_db.connect() as owner:
        assert owner.execute("SELECT count(*) FROM concern_key WHERE concern_id = %s", (cid,)).fetchone()[0] == 2


def test_cli_concerns_on_a_team_database_lists_only_what_the_care_coordinator_may_read(
        team_db: TeamDb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from wishdesk.cli import main

    teacher = _open(team_db, "teacher1")
    try:
        cid = concerns.record_concern(teacher, team_sign_in(teacher, PASSWORD), pupil_at_school(team_db, 1),
                                      date(2026, 11, 4), "wellbeing", SECRET)
    finally:
        teacher.close()
    monkeypatch.delenv("WISHDESK_PASSWORD", raising=False)
    first = _open(team_db, "care1")  # the care coordinator's first sign-in (makes the keypair; a write)
    try:
        team_sign_in(first, PASSWORD)
    finally:
        first.close()
    # the care coordinator got the key at the teacher's next sign-in (re-wrap); the CLI reads it, read-only
    teacher = _open(team_db, "teacher1")
    try:
        team_sign_in(teacher, PASSWORD)
    finally:
        teacher.close()
    assert main(["concerns", "--db", team_db.url("care1"), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["observation"] for r in rows if r["id"] == cid] == [SECRET]
    assert all(not r["observation"].startswith(("sealed:", "[versleuteld")) for r in rows)
    # the owner has no keypair: one Dutch line, exit 1
    assert main(["concerns", "--db", team_db.url(), "--json"]) == 1
    assert "geen medewerker" in capsys.readouterr().err



def test_a_teacher_cannot_rewrite_who_reads_concerns(team_db: TeamDb) -> None:
    """Found while attacking: a teacher could make themselves a school's care coordinator (the concern policy
    and the re-wrap then count them as a reader) or a programme coordinator. Now only coordinators write those."""
    me = {"me": PEOPLE["teacher1"]}
    with team_db.connect("teacher1") as t:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            t.execute("UPDATE school SET care_coordinator_id = %(me)s WHERE id = 1", me)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            t.execute("INSERT INTO staff_role (staff_id, role) VALUES (%(me)s, 'programme_coordinator')", me)
        assert t.execute("UPDATE concern SET author_id = %(me)s", me).rowcount == 0
    with team_db.connect() as owner:
        assert owner.execute("SELECT care_coordinator_id FROM school WHERE id = 1").fetchone()[0] == PEOPLE["care1"]
