"""Encrypting a plain database as one job with progress (the GUI's "Versleutelen…" runs it on the write lane).

`encryption.encrypt_database` does the work (backup first, sqlcipher_export, check, atomic swap, first account);
this adds what the GUI flow needs around it: the older plain backups encrypted too, a first account for someone not yet in the staff list (an empty
database has nobody), and progress steps for the dialog.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from ..errors import ValidationError
from .backup_sealing import BackupsSealed, seal_plain_backups
from .encryption import encrypt_database, is_encrypted


def encrypt_with_progress(path: Path, staff_id: int | None, new_name: str, password: str,
                          backup_dir: Path | None
                          ) -> Generator[tuple[int, int, str], None, tuple[str, int, BackupsSealed]]:
    """Encrypt the plain database at `path`; the first account (programme coordinator) is `staff_id`, or a new
    staff member `new_name` when staff_id is None. Returns (recovery key text, staff id of the first account, what
    became of the older plain backups: they are encrypted too).
    It cannot be cancelled once it runs (see below)."""
    from ..models import Staff, StaffRole
    from ..opening import open_database
    from .accounts import _check_password

    path = Path(path).expanduser().resolve()
    # One step only, yielded before anything is done: the GUI checks "cancel" between steps, and a cancel
    # honoured after the conversion would leave the window without its (now encrypted) database.
    yield (0, 1, "Reservekopie maken en versleutelen…")
    if is_encrypted(path):
        raise ValidationError(f"{path.name} is al versleuteld.")
    _check_password(password)  # before anything is written (a new staff member, the backup)
    if staff_id is None and not new_name.strip():
        raise ValidationError("Vul uw naam in.", field="name")
    if staff_id is None:
        db = open_database(path, backup_dir=backup_dir)
        try:
            with db.write() as s:
                person = Staff(name=new_name.strip(), roles=[StaffRole(role="programme_coordinator")])
                s.add(person)
                s.flush()
                staff_id = person.id
        finally:
            db.close()
    recovery = encrypt_database(path, staff_id, password, backup_dir)
    return recovery, staff_id, seal_plain_backups(path, backup_dir)
