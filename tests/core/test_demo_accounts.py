"""Every demo staff member has an account with the password "demo" (issue 12: the tester tried Bas Brouwer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wishdesk.core.demo import build_demo_database
from wishdesk.core.security import accounts, keyfile
from wishdesk.core.services import directory


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    yield
    keyfile.forget_all()


def test_every_demo_staff_member_signs_in_with_demo(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    db = build_demo_database(path, schools=3, plan=False)
    try:
        staff = directory.list_staff(db)
        rows = accounts.list_accounts(db)
    finally:
        db.close()
    assert {r.staff_id for r in rows} == {p.id for p in staff}
    roles = {role for p in staff for role in p.roles}
    assert {"teacher", "specialist", "care_coordinator", "programme_coordinator"} <= roles
    assert [r.name for r in rows if r.is_admin] == [p.name for p in staff if "programme_coordinator" in p.roles]
    keyfile.forget_all()
    for person in staff:  # by name, as typed in the sign-in dialog
        assert accounts.sign_in(path, person.name.lower(), "demo").staff_id == person.id
        keyfile.forget_all()


def test_readme_names_sign_in_to_the_default_demo(tmp_path: Path) -> None:
    """The names README lists for `--demo` (6 schools, seed 1) exist there with the role it says."""
    path = tmp_path / "demo.sqlite"
    build_demo_database(path, plan=False).close()
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for name, role in (("Joost Hendriks", "programme_coordinator"), ("Martijn van Hal", "care_coordinator"),
                       ("Bas Brouwer", "teacher"), ("Ingrid van der Heijden", "specialist")):
        assert name in readme
        keyfile.forget_all()
        identity = accounts.sign_in(path, name, "demo")
        from wishdesk.core.opening import open_database

        db = open_database(path, read_only=True)
        try:
            assert role in next(p.roles for p in directory.list_staff(db) if p.id == identity.staff_id)
        finally:
            db.close()
