"""The sign-in dialog on a real encrypted database: wrong password shown beside the field, then two people in
turn, each getting their own Identity (and only their own concerns)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from wishdesk.core.security import accounts, encryption, keyfile
from wishdesk.gui.dialogs.sign_in import SignInDialog


@pytest.fixture()
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    db, _recovery = encryption.create_encrypted_database(tmp_path / "s.sqlite", "Paula Coördinator", "wachtwoord1")
    admin = accounts.sign_in(db, None, "wachtwoord1")
    from wishdesk.core.models import Staff

    with db.write() as s:
        person = Staff(name="Tom Leerkracht")
        s.add(person)
        s.flush()
        tom = person.id
    accounts.add_account(db, admin, tom, "wachtwoord2")
    yield db, tom
    db.close()
    keyfile.forget_all()


def _ok(dialog: SignInDialog):  # noqa: ANN202
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_wrong_password_then_two_people_in_turn(qtbot, encrypted) -> None:  # noqa: ANN001
    db, tom = encrypted
    dialog = SignInDialog(db, "Tom Leerkracht")
    qtbot.addWidget(dialog)
    dialog.password.setText("fout")
    _ok(dialog).click()
    assert dialog.identity is None and not dialog.error.isHidden()
    assert "Tom Leerkracht" in dialog.error.text() and "niets veranderd" not in dialog.error.text()
    assert dialog.password.text() == ""
    dialog.password.setText("wachtwoord2")
    _ok(dialog).click()
    assert dialog.result() == SignInDialog.DialogCode.Accepted and dialog.identity.staff_id == tom

    other = SignInDialog(db, "")
    qtbot.addWidget(other)
    other.name.setText("paula coördinator")
    other.password.setText("wachtwoord1")
    _ok(other).click()
    assert other.identity.is_admin and other.identity.staff_id != tom
    assert other.identity.public_key != dialog.identity.public_key


def test_slowdown_is_shown_and_the_button_waits(qtbot, encrypted, monkeypatch) -> None:  # noqa: ANN001
    db, _tom = encrypted
    dialog = SignInDialog(db, "Tom Leerkracht")
    qtbot.addWidget(dialog)
    for _ in range(accounts.THROTTLE_AFTER):
        dialog.password.setText("fout")
        _ok(dialog).click()
    dialog.password.setText("wachtwoord2")
    _ok(dialog).click()
    assert dialog.identity is None and not _ok(dialog).isEnabled() and any(w in dialog.error.text().lower() for w in ("wacht", "wait"))
