"""The GUI's two ways to an encrypted database (issue 12), for the controller:

- `create_encrypted`: every new database made in the app (File → New, the first start, "make it there") is
  encrypted: first account (programme coordinator), the database with its key file, signed in at once, then
  the "keep this sheet" step with the recovery sheet.
- `encrypt_current`: the banner's "Encrypt…" on a plain database: the first account, then closing the database,
  backup + encryption on the write lane with progress, reopening it signed in, and the recovery sheet.

Tests set `show_sink` to drive the dialogs (fill, accept) instead of showing them modally.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from .. import paths
from .dialogs.first_account import FirstAccountDialog
from .dialogs.recovery_step import RecoveryStepDialog
from .opening import open_path, remember, sign_in_on_lane
from .operations import on_write_lane, user_message

if TYPE_CHECKING:
    from ..core.db import Database
    from .controller import Controller

#: tests: called with each dialog instead of exec(); returns whether it was accepted
show_sink: Callable[[QDialog], bool] | None = None


def _show(dialog: QDialog) -> bool:
    if show_sink is not None:
        return bool(show_sink(dialog))
    return dialog.exec() == QDialog.DialogCode.Accepted


def create_encrypted(controller: Controller, target: str | Path, *, municipality: str | None = None) -> Database | None:
    """A new encrypted database at `target`, signed in as its first account. None when cancelled (nothing made).
    Failures (the file exists, a folder that cannot be written) reach the caller, which shows them."""
    from ..core.security.encryption import create_encrypted_database

    path = Path(target).expanduser().resolve()
    dialog = FirstAccountDialog(parent=controller.window)
    if not _show(dialog):
        return None
    name, password = dialog.name, dialog.password
    db, recovery = on_write_lane(lambda: create_encrypted_database(path, name, password,
                                                                   backup_dir=paths.backup_dir_for(path),
                                                                   municipality=municipality))
    remember(db, sign_in_on_lane(db, None, password))  # the only programme coordinator
    _show(RecoveryStepDialog(path, recovery, controller.window))
    return db


def team_identity(controller: Controller, db: Database):  # noqa: ANN201 - Identity | None
    """A team database (PostgreSQL): the login says who you are; your password opens the keypair of your
    concerns (made at the first sign-in: core/security/team_keys.py). None for the owner or the municipality
    (no staff member), or when cancelled: the app then works without concern texts."""
    from ..core.security.team_keys import team_sign_in
    from ..core.team.access import my_staff_id
    from .dialogs.sign_in import SignInDialog

    if db.location.is_sqlite or on_write_lane(lambda: my_staff_id(db)) is None:
        return None

    def signer(target, _name, password):  # noqa: ANN001, ANN202
        return on_write_lane(lambda: team_sign_in(target, password))

    dialog = SignInDialog(db, db.location.url.username or "", fixed_name=True, parent=controller.window,
                          signer=signer)
    return dialog.identity if _show(dialog) else None


def encrypt_current(controller: Controller) -> None:
    """The banner's "Encrypt…": ask the first account (someone from the staff list or a new name)."""
    from ..core.services import directory

    db, window = controller.db, controller.window
    if db is None or window is None or window.ctx is None or db.location.path is None:
        return
    path = db.location.path
    window.ctx.ops.read(lambda: directory.list_staff(db), progress=False,
                        on_done=lambda staff: _ask_and_encrypt(controller, path, staff))


def _ask_and_encrypt(controller: Controller, path: Path, staff: list) -> None:
    intro = QCoreApplication.translate(
        "Securing", "WIsH Desk first makes a backup, then encrypts %1 and opens it again. Make the first account: the "
        "programme coordinator, who later adds the accounts of colleagues. After this, everyone signs in with "
        "a name and password.").replace("%1", path.name)
    dialog = FirstAccountDialog(staff, parent=controller.window, intro=intro)
    dialog.setWindowTitle(QCoreApplication.translate("Securing", "Encrypt database"))
    if not _show(dialog) or controller.db is None or controller.window is None:
        return
    staff_id, name, password = dialog.staff_id, dialog.name, dialog.password
    window = controller.window
    ops = window.ctx.ops
    ops.wait()  # never cut off a write in progress
    controller._close_db(controller.db)  # backs up what changed, releases the file
    controller.db = None
    backup_dir = paths.backup_dir_for(path)

    def job():  # noqa: ANN202 - a progress generator
        from ..core.security.converting import encrypt_with_progress

        return encrypt_with_progress(path, staff_id, name, password, backup_dir)

    def done(result: tuple) -> None:  # (recovery key, first account's staff id, BackupsSealed)
        recovery, first, sealed = result
        try:
            identity = sign_in_on_lane(path, first, password)
            db = open_path(path)
        except Exception as exc:  # noqa: BLE001 - shown; the window must not stay on a closed database
            failed(exc)
            return
        remember(db, identity)
        shown = controller.show(db)
        if sealed.left_plain:  # still readable files: the person must know, not just see it in the status bar
            controller._tell(QCoreApplication.translate("Securing", "Encrypt database"), sealed.message())
        elif sealed.converted:
            shown.ctx.say(sealed.message())
        _show(RecoveryStepDialog(path, recovery, shown))

    def failed(exc: BaseException) -> None:
        controller._tell(QCoreApplication.translate("Securing", "Encrypt database"), user_message(exc))
        if controller.db is None and not controller._try_open(path):  # unchanged: open it as it was
            if controller.window is not None:
                controller.window.close()
                controller.window = None

    ops.run(job, writes=True, progress=True, on_done=done, on_error=failed,
            title=QCoreApplication.translate("Securing", "Encrypting the database…"))


#: tests: the database file chosen for File → "Recover with recovery key…" when none is open (None: cancelled)
recover_path_sink: Callable[[], str | None] | None = None


def recover_with_key(controller: Controller) -> None:
    """File → "Recover with recovery key…": on the open encrypted database (then signed in as the chosen
    person), or on a file chosen here (then it opens, signed in)."""
    from PySide6.QtWidgets import QFileDialog

    from ..core.security import keyfile
    from .dialogs.recover import RecoverDialog

    db, window = controller.db, controller.window
    if db is not None and db.location.path is not None and keyfile.has_keyfile(db.location.path) \
            and window is not None and window.ctx is not None:
        dialog = RecoverDialog(db, window)
        if _show(dialog) and dialog.identity is not None:
            remember(db, dialog.identity)
            window.ctx.set_person(dialog.identity.staff_id, dialog.identity)  # someone else: history cleared
        return
    title = QCoreApplication.translate("Securing", "Recover with recovery key")
    if recover_path_sink is not None:
        name = recover_path_sink()
    else:
        name, _ = QFileDialog.getOpenFileName(window, title, str(paths.data_dir()),
                                              "WIsH Desk-database (*.sqlite *.db);;Alle bestanden (*)")
    if not name:
        return
    path = Path(name).expanduser().resolve()
    if not keyfile.has_keyfile(path):
        controller._tell(title, QCoreApplication.translate(
            "Securing", "%1 is not encrypted: it opens without a password, so it needs no recovery key.")
            .replace("%1", path.name))
        return
    dialog = RecoverDialog(path, window)
    if not _show(dialog) or dialog.identity is None:
        return
    try:
        opened = open_path(path)
    except Exception as exc:  # noqa: BLE001 - shown: the password is set, opening failed for another reason
        controller._tell(title, user_message(exc))
        return
    remember(opened, dialog.identity)
    controller.show(opened)
