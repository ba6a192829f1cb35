"""The password check without the ORM (core/security/unlocking.py): it gives the same database key and staff id
as the normal sign-in, imports no SQLAlchemy, counts a wrong password exactly once, and the demo's side-effect
free look (peek_demo) counts, remembers and decides nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from wishdesk.core import today_fast
from wishdesk.core.models import StaffRole
from wishdesk.core.security import accounts, keyfile, unlocking
from wishdesk.core.services import sessions

TODAY = date(2026, 11, 4)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[int]]]:
    from wishdesk.core.demo import build_demo_database

    folder = tmp_path_factory.mktemp("unlock")
    path = folder / "demo.sqlite"
    db = build_demo_database(path, schools=2, plan=True, today=TODAY, backup_dir=folder / "backups")
    try:
        with db.session() as s:
            roles: dict[str, list[int]] = {}
            for role in s.scalars(select(StaffRole)):
                roles.setdefault(role.role, []).append(role.staff_id)
        # teachers with lessons on TODAY's list first (not every teacher of a small demo has any)
        roles["teacher"].sort(key=lambda t: (not sessions.upcoming_sessions(db, t, TODAY), t))
    finally:
        db.close()
    keyfile.forget_all()
    return path, roles


@pytest.fixture(autouse=True)
def _locked() -> None:
    keyfile.forget_all()
    yield
    keyfile.forget_all()


def _attempts(path: Path) -> dict:
    return keyfile.read(path).get("attempts", {})


def test_no_sqlalchemy_and_the_same_key_and_rows(demo) -> None:  # noqa: ANN001
    path, roles = demo
    teacher = roles["teacher"][0]
    code = ("import json, sys\nfrom datetime import date\nfrom pathlib import Path\n"
            "from wishdesk.core import today_fast\nfrom wishdesk.core.security import keyfile, unlocking\n"
            f"path = Path({str(path)!r})\n"
            f"account, kek = unlocking.unlock_checked(path, {teacher}, 'demo')\n"
            "key = keyfile.key_for(path)\n"
            f"rows = today_fast.read_file(path, unlocking.staff_of(path, account), date({TODAY.year}, {TODAY.month}, "
            f"{TODAY.day}), key=key)\n"
            "assert not any(m.split('.')[0] == 'sqlalchemy' for m in sys.modules), 'sqlalchemy imported'\n"
            "print(json.dumps({'staff': unlocking.staff_of(path, account), 'key': key.hex(), "
            "'rows': [r.id for r in rows]}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout)
    keyfile.forget_all()
    db, identity = accounts.sign_in_and_open(path, teacher, "demo")  # the normal sign-in
    try:
        assert seen["staff"] == identity.staff_id == teacher
        assert seen["key"] == keyfile.key_for(path).hex()
        assert seen["rows"] == [r.id for r in sessions.upcoming_sessions(db, teacher, TODAY)]
        assert seen["rows"]  # a teacher of a planned demo has lessons: the comparison saw a real list
    finally:
        db.close()


def test_wrong_password_refused_and_counted_once(demo) -> None:  # noqa: ANN001
    path, roles = demo
    teacher = roles["teacher"][1]
    account = str(unlocking._entry(keyfile.read(path), teacher)[0])
    with pytest.raises(unlocking.SignInFailed, match="verkeerd wachtwoord"):
        unlocking.unlock_checked(path, teacher, "fout-fout-fout")
    assert _attempts(path)[account]["failures"] == 1
    assert keyfile.key_for(path) is None  # nothing unlocked: no rows can be read
    with pytest.raises(accounts.SignInFailed):  # the normal sign-in: the same check, the same counter
        accounts.sign_in_and_open(path, teacher, "nog-steeds-fout")
    assert _attempts(path)[account]["failures"] == 2
    account_id, kek = unlocking.unlock_checked(path, teacher, "demo")
    assert account not in _attempts(path)  # the right password resets it, as before
    db, identity = accounts.open_unlocked(path, account_id, kek)  # the rest of the sign-in, no second check
    try:
        assert identity.staff_id == teacher and identity.account_id == int(account_id)
    finally:
        db.close()


def test_peek_demo_decides_nothing(demo, tmp_path: Path) -> None:  # noqa: ANN001
    path, roles = demo
    before = Path(f"{path}.keys").read_bytes()
    found = unlocking.peek_demo(path)
    assert found is not None
    staff_id, key = found
    assert staff_id in roles["programme_coordinator"]
    assert keyfile.key_for(path) is None  # not remembered
    assert Path(f"{path}.keys").read_bytes() == before  # nothing counted
    assert today_fast.read_file(path, staff_id, TODAY, key=key) == []  # the coordinator gives no lessons
    unlocking.unlock_checked(path, None, "demo")
    assert keyfile.key_for(path) == key  # the same key the normal check unlocks

    # not a demo, or the coordinator changed the demo password: no key, nothing decided
    data = keyfile.read(path)
    other = tmp_path / "other.sqlite"
    keyfile.write(Path(f"{other}.keys"), {**data, "demo": False})
    assert unlocking.peek_demo(other) is None
    account, _entry = unlocking._entry(data, None)
    someone_else = next(k for k in data["accounts"] if k != account)
    changed = json.loads(json.dumps(data))
    changed["accounts"][account]["salt"] = data["accounts"][someone_else]["salt"]  # another password's box now
    keyfile.write(Path(f"{other}.keys"), changed)
    assert unlocking.peek_demo(other) is None
    assert unlocking.peek_demo(tmp_path / "missing.sqlite") is None
