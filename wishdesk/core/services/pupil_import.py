"""Importing a class list into a group: a preview first (nothing written), then one transaction.

    preview = preview_import(db, group_id, data, "klas6a.csv")   # ImportFileError for unusable files
    print(preview.report)                                         # every row: new / update / rejected + why
    result = apply_import(db, preview, skip_invalid=False)        # refuses while any row is rejected

The parsing is the pure importer in ``core.importers.class_list``; this module adds the database: the
group's stored pupils to match against, a backup before writing, and undo/redo of a whole import.
Empty cells never clear stored data; pupils missing from the file are never deleted.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from .. import access
from ..backup import backup_before
from ..db import Database
from ..errors import ValidationError
from ..importers.class_list import ExistingPupil, ImportPlan, format_report, plan_import, read_table
from ..importers.records import GuardianRow, RowResult
from ..importers.values import fold
from ..models import Group, Guardian, Pupil, Setting
from . import setup_common as common
from .setup_pupils import PupilRecord, delete_pupil_in, pupil_state, restore_pupil_in

MAX_FILE_BYTES = 20 * 1024 * 1024
SECRET_SETTING = "import.match_secret"  # HMAC key of the pupils' match keys (core.importers.identity)
STALE = "De groep is veranderd sinds het voorbeeld; lees het bestand opnieuw in."


@dataclass(frozen=True)
class ImportPreview:
    group_id: int
    group_name: str
    school: str
    plan: ImportPlan
    report: str
    # pupil id -> row version at the preview: an update the person approved is refused (StaleEdit) when
    # someone else changed that pupil since
    versions: dict[int, int] = field(default_factory=dict, compare=False)
    new_secret: str | None = None  # the database had no match-key secret yet: apply stores this one

    @property
    def rejected(self) -> int:
        return self.plan.counts.get("rejected", 0)

    @property
    def to_write(self) -> int:
        return len(self.plan.to_write)

    @property
    def languages_without_texts(self) -> dict[str, int]:
        """Home languages in the file that WIsH Desk prints no parent paper in (code -> families)."""
        from ..languages import DUTCH, is_sheet_language

        found: dict[str, int] = {}
        for row in self.plan.rows:
            if row.pupil is None or row.status == "rejected":
                continue
            codes = {g.language for g in row.pupil.guardians if g.language and g.language != DUTCH}
            if codes and not any(is_sheet_language(c) for c in codes):
                for code in codes:
                    found[code] = found.get(code, 0) + 1
        return found

    @property
    def language_note(self) -> str:
        """The Dutch line offering the fallback choice for families whose language has no texts ("" if none)."""
        return language_note(self.languages_without_texts)

    def can_apply(self, skip_invalid: bool) -> bool:
        return (skip_invalid or not self.rejected) and self.to_write > 0


@dataclass(frozen=True)
class ImportResult:
    group_id: int
    created: int
    updated: int
    unchanged: int
    skipped: int  # rejected rows left out (only with skip_invalid)
    backup: Path | None
    created_states: tuple[PupilRecord, ...] = ()  # for redo (same ids)
    before: tuple[PupilRecord, ...] = ()  # updated pupils before the import (undo)
    after: tuple[PupilRecord, ...] = ()  # ... and after it (redo)

    def summary(self) -> str:
        text = f"{self.created} nieuw, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd"
        rows = "afgewezen regel" if self.skipped == 1 else "afgewezen regels"
        return text + (f", {self.skipped} {rows} overgeslagen." if self.skipped else ".")


def _existing(group: Group) -> tuple[ExistingPupil, ...]:
    return tuple(
        ExistingPupil(p.id, p.first_name, p.subgroup,  # type: ignore[arg-type]
                      tuple(GuardianRow(g.name, g.language, g.contact_preference)  # type: ignore[arg-type]
                            for g in sorted(p.guardians, key=lambda g: g.id)),
                      p.initial, p.match_key, p.birth_key)
        for p in sorted(group.pupils, key=lambda p: p.id)
    )


def _secret(session) -> str | None:  # noqa: ANN001
    """The database's random match-key secret (hex), or None before the first import that needs it."""
    setting = session.get(Setting, SECRET_SETTING)
    return setting.value if setting is not None else None


def preview_import(db: Database, group_id: int, data: bytes, filename: str, *,
                   as_staff: int | None = None) -> ImportPreview:
    """Read a class-list file and compare it with the group; writes nothing. ``as_staff``: the signed-in
    person, who must keep this school's pupil records (core.access; None: no scope).

    Raises ImportFileError (a ValueError with a Dutch message) for files that cannot be read at all.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError("Dit bestand is te groot voor een klassenlijst (meer dan 20 MB).", "file")
    with db.session() as s:
        group = common.get(s, Group, group_id, "Groep")
        access.check_group_pupils_change(s, access.scope_in(s, as_staff), group_id)
        group = s.scalar(select(Group).where(Group.id == group_id)
                         .options(selectinload(Group.pupils).selectinload(Pupil.guardians)))
        existing, name, school = _existing(group), group.name, group.school.name
        versions = {p.id: p.version for p in group.pupils}
        secret = _secret(s)
    # A new secret is only made here and stored by apply_import: a preview writes nothing.
    new_secret = None if secret else secrets.token_hex(32)
    plan = plan_import(read_table(data, filename), existing, name, bytes.fromhex(secret or new_secret or ""))
    return ImportPreview(group_id, name, school, plan, format_report(plan), versions, new_secret)


def language_note(missing: dict[str, int]) -> str:
    """The Dutch line that offers the choice for families whose language has no texts (empty when none)."""
    if not missing:
        return ""
    from ..languages import FALLBACK_NAMES
    from .handouts import language_name

    names = ", ".join(f"{language_name(code)} ({count})" for code, count in sorted(missing.items()))
    choices = " of ".join(FALLBACK_NAMES.values())
    return (f"Let op: voor deze talen heeft WIsH Desk geen bladen of uitnodigingen: {names}. Deze gezinnen "
            f"krijgen bij het printen {choices} (kies bij het printen; standaard Nederlands met Engels).")


def preview_file(db: Database, group_id: int, path: Path, *, as_staff: int | None = None) -> ImportPreview:
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError("Dit bestand is te groot voor een klassenlijst (meer dan 20 MB).", "file")
    return preview_import(db, group_id, path.read_bytes(), path.name, as_staff=as_staff)


def _new_guardians(rows: tuple[GuardianRow, ...]) -> list[Guardian]:
    return [Guardian(name=g.name, language=g.language or "nl", contact_preference=g.contact or "platform")
            for g in rows if g.name or g.language or g.contact]


def _update(session, pupil: Pupil, row: RowResult) -> None:  # noqa: ANN001
    new = row.pupil
    assert new is not None
    pupil.first_name = new.first_name
    pupil.initial = new.initial or pupil.initial
    pupil.match_key = new.name_key or pupil.match_key
    pupil.birth_key = new.birth_key or pupil.birth_key
    if new.subgroup is not None:
        pupil.subgroup = new.subgroup
    stored = sorted(pupil.guardians, key=lambda g: g.id)
    for number, incoming in enumerate(new.guardians):
        if number >= len(stored):
            pupil.guardians.extend(_new_guardians((incoming,)))
            continue
        guardian = stored[number]
        guardian.name = incoming.name if incoming.name is not None else guardian.name
        guardian.language = incoming.language or guardian.language
        guardian.contact_preference = incoming.contact or guardian.contact_preference


def apply_import(db: Database, preview: ImportPreview, skip_invalid: bool = False,
                 backup_dir: Path | None = None, *, as_staff: int | None = None) -> ImportResult:
    """Write the previewed rows in ONE transaction (all or nothing), after a backup of a database file.

    With any rejected row and ``skip_invalid`` False nothing is written (ValidationError). A preview that
    no longer fits the group (someone changed it meanwhile) is refused as a whole as well.
    """
    plan = preview.plan
    rejected = preview.rejected
    if rejected and not skip_invalid:
        raise ValidationError(f"{rejected} {'regel is' if rejected == 1 else 'regels zijn'} afgewezen; er is niets "
                              "geïmporteerd. Verbeter het bestand of sla de afgewezen regels over.", "file")
    unchanged = plan.counts.get("unchanged", 0)
    if as_staff is not None:  # before the backup: a refused import leaves no trace
        with db.session() as s:
            access.check_group_pupils_change(s, access.scope_in(s, as_staff), preview.group_id)
    if not plan.to_write:
        return ImportResult(preview.group_id, 0, 0, unchanged, rejected, None)
    backup = backup_before(db, "voor-import", folder=backup_dir)
    created: list[Pupil] = []
    before: list[PupilRecord] = []
    updated: list[Pupil] = []
    keyed: list[Pupil] = []  # unchanged pupils that only got the file's match keys
    try:
        with db.write() as s:
            group = common.get(s, Group, preview.group_id, "Groep")
            # The group's pupils in one query, and their names as a set: a query and a scan of the whole group per
            # row made a 20,000-row import take a quarter of an hour (issue 18).
            stored = {p.id: p for p in s.scalars(select(Pupil).where(Pupil.group_id == group.id).options(
                selectinload(Pupil.guardians), selectinload(Pupil.consents)))}
            if preview.new_secret is not None:
                if _secret(s) is not None:  # another import made the secret meanwhile: the keys differ
                    raise ValidationError(STALE, "file")
                s.add(Setting(key=SECRET_SETTING, value=preview.new_secret))
            taken = {(fold(p.first_name), p.initial) for p in stored.values()}
            for row in plan.to_write:
                assert row.pupil is not None
                if row.status == "new":
                    key = (fold(row.pupil.first_name), row.pupil.initial)
                    if key in taken:  # someone added this name since the preview
                        raise ValidationError(STALE, "file")
                    taken.add(key)
                    pupil = Pupil(group_id=group.id, first_name=row.pupil.first_name, subgroup=row.pupil.subgroup,
                                  initial=row.pupil.initial, match_key=row.pupil.name_key,
                                  birth_key=row.pupil.birth_key)
                    pupil.guardians = _new_guardians(row.pupil.guardians)
                    pupil.consents = []  # known empty: no lazy load per pupil when the result is built
                    s.add(pupil)
                    created.append(pupil)
                else:
                    pupil = stored.get(row.existing_id)
                    if pupil is None:
                        raise ValidationError(STALE, "file")
                    common.expect_version(pupil, preview.versions.get(pupil.id))
                    before.append(pupil_state(pupil))
                    taken.discard((fold(pupil.first_name), pupil.initial))
                    _update(s, pupil, row)
                    taken.add((fold(pupil.first_name), pupil.initial))
                    (keyed if row.status == "unchanged" else updated).append(pupil)
            s.flush()
            result = ImportResult(preview.group_id, len(created), len(updated), unchanged, rejected, backup,
                                  tuple(pupil_state(p) for p in created), tuple(before),
                                  tuple(pupil_state(p) for p in updated + keyed))
    except IntegrityError as exc:  # another client imported into this group at the same moment and won
        raise ValidationError(STALE, "file") from exc
    return result


def undo_import(db: Database, result: ImportResult) -> None:
    """Take an import back: delete the pupils it created, put updated pupils back as they were."""
    with db.write() as s:
        for state in result.created_states:
            pupil = s.get(Pupil, state.id)
            if pupil is not None:
                delete_pupil_in(s, pupil)
        for state in result.before:
            restore_pupil_in(s, state)


def redo_import(db: Database, result: ImportResult) -> None:
    """Do an undone import again, with the same pupil and guardian ids."""
    with db.write() as s:
        for state in result.created_states + result.after:
            restore_pupil_in(s, state)
