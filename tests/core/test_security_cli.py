"""The CLI on encrypted databases: sign-in errors, accounts, concerns, recovery sheet (QR read back)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from wishdesk.cli import main
from wishdesk.core.security import keyfile


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    monkeypatch.setenv("WISHDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("WISHDESK_PASSWORD", raising=False)
    monkeypatch.delenv("WISHDESK_USER", raising=False)
    yield
    keyfile.forget_all()


@pytest.fixture()
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--schools", "3", "--no-plan"]) == 0
    keyfile.forget_all()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_is_encrypted_and_opens_without_typing_a_password(demo: Path, capsys) -> None:  # noqa: ANN001
    from wishdesk.core.security.encryption import is_encrypted, plain_sqlite_refuses

    assert is_encrypted(demo) and plain_sqlite_refuses(demo)
    capsys.readouterr()
    assert main(["list", "schools", "--db", str(demo), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_concerns_lists_only_what_the_signed_in_person_may_read(demo: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("WISHDESK_PASSWORD", "demo")
    assert main(["concerns", "--db", str(demo), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # the programme coordinator wrote none and is nobody's IB'er
    assert main(["account", "list", "--db", str(demo), "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    seen = {}
    for person in people:
        assert main(["--user", str(person["staff_id"]), "concerns", "--db", str(demo), "--json"]) == 0
        seen[person["name"]] = json.loads(capsys.readouterr().out)
    readable = [c for rows in seen.values() for c in rows]
    assert readable and all(not c["observation"].startswith("[versleuteld") for c in readable)
    for name, rows in seen.items():  # everyone sees only their own and their school's concerns
        assert all(name in (c["author_name"], c["care_coordinator"]) for c in rows)


@pytest.mark.parametrize("case", ["wrong password", "unknown user", "missing key file"])
def test_sign_in_failures_exit_1_with_one_dutch_line_and_touch_nothing(case: str, demo: Path, capsys,  # noqa: ANN001
                                                                    monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("WISHDESK_PASSWORD", "fout" if case == "wrong password" else "demo")
    user = ["--user", "Niemand Hier"] if case == "unknown user" else []
    if case == "missing key file":
        keyfile.keyfile_path(demo).rename(demo.with_name("weg.keys"))
    before = {p.name: _digest(p) for p in demo.parent.glob("demo.sqlite*") if not p.name.endswith(".keys")}
    capsys.readouterr()
    assert main([*user, "list", "schools", "--db", str(demo)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and ("wachtwoord" in err[0] or "sleutelbestand" in err[0])
    assert {p.name: _digest(p) for p in demo.parent.glob("demo.sqlite*") if not p.name.endswith(".keys")} == before


def test_recovery_sheet_qr_holds_the_key_that_opens_the_database(demo: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    from wishdesk.core.opening import open_database
    from wishdesk.core.security.encryption import unlock_with_recovery

    monkeypatch.setenv("WISHDESK_PASSWORD", "demo")
    sheet = tmp_path / "herstel.pdf"
    assert main(["recovery-sheet", "--db", str(demo), "-o", str(sheet)]) == 0
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(sheet), str(tmp_path / "page")], check=True)
    [code] = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    assert code.text.split("-")[0] in text
    keyfile.forget_all()
    unlock_with_recovery(demo, code.text)
    open_database(demo).close()


def test_account_confirm_certifies_a_care_coordinator_the_school_now_names(demo: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    """A school's care coordinator changed in the rows alone waits for a programme coordinator's confirmation."""
    from wishdesk.core.models import School, Staff
    from wishdesk.core.opening import open_database
    from wishdesk.core.security import accounts

    monkeypatch.setenv("WISHDESK_PASSWORD", "demo")
    assert accounts.unlock_demo(demo)
    db = open_database(demo)
    try:
        with db.write() as s:
            school = s.query(School).order_by(School.id).first()
            other = s.query(School).order_by(School.id).offset(1).first()
            school.care_coordinator_id, name = other.care_coordinator_id, school.name
            staff = s.get(Staff, other.care_coordinator_id)
            who = (staff.id, staff.name)
    finally:
        db.close()
    keyfile.forget_all()
    capsys.readouterr()
    assert main(["--user", str(who[0]), "account", "confirm", "--db", str(demo)]) == 0
    out = capsys.readouterr().out
    assert f"{name}: u bent nog niet bevestigd als intern begeleider" in out
    assert main(["account", "confirm", "--db", str(demo)]) == 0  # the demo's programme coordinator
    out = capsys.readouterr().out
    assert f"{who[1]} is bevestigd als intern begeleider van {name}." in out
    assert main(["--user", str(who[0]), "account", "confirm", "--db", str(demo)]) == 0
    assert capsys.readouterr().out == ""


def test_concerns_text_gives_dutch_category_names(demo: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    from wishdesk.core.models.vocab import CONCERN_CATEGORIES

    monkeypatch.setenv("WISHDESK_PASSWORD", "demo")
    assert main(["account", "list", "--db", str(demo), "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    text = ""
    for person in people:
        assert main(["--user", str(person["staff_id"]), "concerns", "--db", str(demo)]) == 0
        text += capsys.readouterr().out
    assert "[pesten, " in text
    assert not any(f"[{code}," in text for code in CONCERN_CATEGORIES)
