"""Class-list import: match the rows of a school's export against a group, without writing.

Typical use (a service writes ``plan.to_write`` in one transaction after the user confirms)::

    table = read_table(path.read_bytes(), path.name)      # may raise ImportFileError
    plan = plan_import(table, existing_pupils, "6A")
    print(format_report(plan))

Decisions (documented here because the preview shows their effect):

- Names match case- and accent-insensitively ("Zoe" finds "Zoë"); a different spelling of a
  matched name is reported as an update of the name.
- A second row with the same name in the file is rejected ("dubbel in bestand, zie regel 4")
  unless its surname or birth date shows another child (then both come in, shown as "Sanne B." and
  "Sanne K."; see core.importers.identity); a name that occurs twice in the stored group is
  rejected as ambiguous when the file cannot tell the two apart.
- Empty cells never clear stored data; "update" only when the file gives a different value.
- An unknown language, boys/girls or contact value is kept as None with a warning, not
  rejected: the pupil matters more than one field, which can be fixed later in the app.
- A row whose groep cell names another group is rejected; a bare year ("6") fits "6A".
- Pupils of the group that are missing from the file are listed, never deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .errors import ImportFileError
from .headers import (
    BIRTH_DATE,
    CONTACT,
    FIRST_NAME,
    GROUP,
    GUARDIAN_NAME,
    LANGUAGE,
    LAST_NAME,
    SUBGROUP,
    ColumnSpec,
)
from .identity import Identity, choose_initial, compare, identity_of
from .records import (
    STATUSES,
    ExistingPupil,
    GuardianRow,
    IgnoredColumn,
    ImportPlan,
    PupilRow,
    RowResult,
    Status,
)
from .report import describe_changes, format_report, plan_to_json
from .tables import RawRow, RawTable, read_table
from .values import (
    MAX_NAME_LENGTH,
    check_first_name,
    clean_cell,
    fold,
    group_key,
    looks_personal,
    m_means_girl,
    parse_contact,
    parse_language,
    parse_subgroup,
    quoted,
    same_group,
)

__all__ = [
    "ExistingPupil",
    "GuardianRow",
    "IgnoredColumn",
    "ImportFileError",
    "ImportPlan",
    "PupilRow",
    "RawRow",
    "RawTable",
    "RowResult",
    "format_report",
    "plan_import",
    "plan_to_json",
    "read_table",
]


def plan_import(table: RawTable, existing: Sequence[ExistingPupil], group_name: str | None,
                secret: bytes | None = None) -> ImportPlan:
    """Classify every row of ``table`` as new / update / unchanged / rejected for one group.

    ``existing`` are the pupils stored in the target group; ``group_name`` is that group's name
    (used to reject rows of other groups), or None to accept any groep value. ``secret`` is the
    database's match-key secret: with it, surname and birth-date columns tell children with the
    same first name apart (core.importers.identity); without it names alone match.
    """
    by_key: dict[str, list[ExistingPupil]] = {}
    for pupil in existing:
        by_key.setdefault(fold(pupil.first_name), []).append(pupil)
    girl_m = {c.index for position, c in enumerate(table.columns) if c.field == SUBGROUP
              and m_means_girl(c.header, [r.cells[position] for r in table.rows])}
    parsed = [_parse_row(table.columns, row, group_name, girl_m, secret) for row in table.rows]
    in_file: dict[str, int] = {}
    for item in parsed:
        if item.result is None:
            in_file[fold(item.name)] = in_file.get(fold(item.name), 0) + 1
    matcher = _Matcher(by_key, in_file)
    results = [item.result or matcher.match(item) for item in parsed]
    results = _with_initials(results, parsed, existing)

    matched = {r.existing_id for r in results if r.existing_id is not None}
    counts: dict[Status, int] = dict.fromkeys(STATUSES, 0)
    for result in results:
        counts[result.status] += 1
    return ImportPlan(
        filename=table.filename,
        source=table.describe(),
        group_name=group_name,
        rows=tuple(results),
        used_columns=tuple((c.header, c.label) for c in table.used_columns),
        ignored_columns=tuple(
            IgnoredColumn(c.header or "(zonder naam)", c.ignored_reason or "", c.privacy, bool(c.identity))
            for c in table.ignored_columns
        ),
        warnings=_plan_warnings(table, group_name),
        not_in_file=tuple(p for p in existing if p.id not in matched),
        counts=counts,
    )


@dataclass
class _Parsed:
    line: int
    name: str
    pupil: PupilRow | None
    identity: Identity
    warnings: tuple[str, ...]
    result: RowResult | None  # set when the row is rejected before matching


def _parse_row(columns: Sequence[ColumnSpec], row: RawRow, group_name: str | None, girl_m: set[int],
               secret: bytes | None) -> _Parsed:
    cells = {c.index: value for c, value in zip(columns, row.cells, strict=True)}
    warnings: list[str] = []
    if row.extra_cells:
        warnings.append("regel heeft meer cellen dan kolommen; de extra cellen zijn genegeerd")

    name = _first_name(columns, cells)
    rejection, name_warning = check_first_name(name)
    if rejection:
        return _Parsed(row.line, name, None, Identity(), tuple(warnings),
                       RowResult(row.line, "rejected", None, rejection, tuple(warnings)))
    if name_warning:
        warnings.append(name_warning)

    subgroup: str | None = None
    for column in _of(columns, SUBGROUP):
        raw = cells[column.index]
        subgroup, warning = parse_subgroup(raw, column.index in girl_m) if raw else (None, None)
        warnings.extend(filter(None, [warning]))
    identity = identity_of(secret, name, *(next((clean_cell(cells[c.index]) for c in columns
                                                 if c.identity == kind and cells[c.index].strip()), None)
                                           for kind in (LAST_NAME, BIRTH_DATE)))
    pupil = PupilRow(name, subgroup, _guardians(columns, cells, warnings),  # type: ignore[arg-type]
                     name_key=identity.name_key, birth_key=identity.birth_key)

    for column in _of(columns, GROUP):
        value = cells[column.index]
        if group_name is not None and not same_group(value, group_name):
            reason = f"hoort bij groep {quoted(value)}, niet bij groep '{group_name}'"
            return _Parsed(row.line, name, pupil, identity, tuple(warnings),
                           RowResult(row.line, "rejected", pupil, reason, tuple(warnings)))
    return _Parsed(row.line, name, pupil, identity, tuple(warnings), None)


class _Matcher:
    """Finds the stored pupil of each row, in file order.

    With match keys a row is the stored pupil whose keys agree; a stored pupil without keys is taken by
    first name only when that name is unique in the group and in the file. Without keys (the file has no
    surname or birth date) first names match as before, and a second row with the name is a duplicate.
    """

    def __init__(self, by_key: dict[str, list[ExistingPupil]], in_file: dict[str, int]) -> None:
        self.by_key, self.in_file = by_key, in_file
        self.seen: dict[str, list[_Parsed]] = {}
        self.taken: set[int] = set()

    def match(self, item: _Parsed) -> RowResult:
        pupil, identity, key = item.pupil, item.identity, fold(item.name)
        assert pupil is not None
        for earlier in self.seen.get(key, []):
            verdict = compare(identity, earlier.identity.name_key, earlier.identity.birth_key)
            if verdict != "different":
                reason = f"dubbel in bestand, zie regel {earlier.line}"
                if verdict == "unknown":  # nothing tells them apart: say how to, a new user had no idea
                    reason += (" (een ander kind? voeg een kolom achternaam of geboortedatum toe, of schrijf "
                               f"bijv. \u201c{pupil.first_name} B.\u201d)")
                return RowResult(item.line, "rejected", pupil, reason, item.warnings, duplicate_of=earlier.line)
        self.seen.setdefault(key, []).append(item)

        stored = [p for p in self.by_key.get(key, []) if p.id not in self.taken]
        if identity.known:
            verdicts = [(compare(identity, p.name_key, p.birth_key), p) for p in stored]
            same = [p for verdict, p in verdicts if verdict == "same"]
            unknown = [p for verdict, p in verdicts if verdict == "unknown"]
            if same:
                return self._found(item, same[0])
            if unknown and len(self.by_key.get(key, [])) == 1 and self.in_file.get(key, 0) == 1:
                return self._found(item, unknown[0])
            if unknown and self.in_file.get(key, 0) > 1:
                reason = (f"de groep heeft al een {unknown[0].first_name} zonder achternaam of geboortedatum, en "
                          "het bestand meer kinderen met die naam; welk kind dat is, is niet te zien. Geef die "
                          "leerling in de app een andere naam of verwijder hem, en lees het bestand opnieuw in")
                return RowResult(item.line, "rejected", pupil, reason, item.warnings)
            return RowResult(item.line, "new", pupil, None, item.warnings)
        if len(stored) > 1:
            reason = f"naam komt {len(stored)} keer voor in de groep; pas deze leerling in de app aan"
            return RowResult(item.line, "rejected", pupil, reason, item.warnings)
        if not stored:
            return RowResult(item.line, "new", pupil, None, item.warnings)
        return self._found(item, stored[0])

    def _found(self, item: _Parsed, stored: ExistingPupil) -> RowResult:
        assert item.pupil is not None
        self.taken.add(stored.id)
        changes = describe_changes(stored, item.pupil)
        status: Status = "update" if changes else "unchanged"
        new_key = bool((item.identity.name_key and not stored.name_key)
                       or (item.identity.birth_key and not stored.birth_key))
        return RowResult(item.line, status, item.pupil, "; ".join(changes) or None, item.warnings,
                         existing_id=stored.id, changes=changes, stores_key=new_key and not changes)


def _with_initials(results: list[RowResult], parsed: list[_Parsed],
                   existing: Sequence[ExistingPupil]) -> list[RowResult]:
    """Give an initial to rows whose first name collides with another child of the group after the import.

    A stored initial is kept; a new one is the shortest start of the surname that the other children with
    this name do not show. Rows without a surname keep what they have (a stored child may stay "Sanne").
    """
    stored = {p.id: p for p in existing}
    kept = [r for r in results if r.status != "rejected" and r.pupil is not None]
    matched = {r.existing_id for r in kept}
    members: dict[str, int] = {}
    for r in kept:
        members[fold(r.pupil.first_name)] = members.get(fold(r.pupil.first_name), 0) + 1  # type: ignore[union-attr]
    for p in existing:
        if p.id not in matched:
            members[fold(p.first_name)] = members.get(fold(p.first_name), 0) + 1
    surnames = {item.line: item.identity.surname for item in parsed}
    shown: dict[str, set[str]] = {}
    for p in existing:
        if p.initial:
            shown.setdefault(fold(p.first_name), set()).add(p.initial)
    out: list[RowResult] = []
    for r in results:
        pupil = r.pupil
        if pupil is None or r.status == "rejected":
            out.append(r)
            continue
        key = fold(pupil.first_name)
        old = stored[r.existing_id].initial if r.existing_id is not None else ""
        if old or members.get(key, 0) < 2 or not surnames.get(r.line):
            initial = old
        else:
            initial = choose_initial(surnames[r.line], shown.get(key, set()))
            shown.setdefault(key, set()).add(initial)
        if initial == pupil.initial:
            out.append(r)
            continue
        pupil = replace(pupil, initial=initial)
        if r.existing_id is None:
            out.append(replace(r, pupil=pupil))
            continue
        changes = describe_changes(stored[r.existing_id], pupil)
        out.append(replace(r, pupil=pupil, status="update" if changes else "unchanged",
                           reason="; ".join(changes) or None, changes=changes,
                           stores_key=r.stores_key and not changes))  # an update writes the keys anyway
    return out


def _of(columns: Iterable[ColumnSpec], field: str) -> list[ColumnSpec]:
    return [c for c in columns if c.field == field]


def _first_name(columns: Sequence[ColumnSpec], cells: dict[int, str]) -> str:
    """The primary first-name column, or the fallback column when that cell is empty."""
    for column in sorted(_of(columns, FIRST_NAME), key=lambda c: c.rank):
        if cells[column.index]:
            return clean_cell(cells[column.index])
    return ""


def _guardians(columns: Sequence[ColumnSpec], cells: dict[int, str],
               warnings: list[str]) -> tuple[GuardianRow, ...]:
    """Numbered guardian columns make guardian 1..4; family-wide columns (number 0) fill every
    guardian, or make one unnamed guardian when the file has no numbered data."""
    fields: dict[int, dict[str, str | None]] = {}
    for column in columns:
        if column.field not in (GUARDIAN_NAME, LANGUAGE, CONTACT) or not cells[column.index]:
            continue
        value, warning = _guardian_value(column, cells[column.index])
        if warning:
            warnings.append(warning)
        if value is not None:
            fields.setdefault(column.guardian, {})[column.field] = value
    family = fields.pop(0, {})
    numbered = [fields[n] for n in sorted(fields)] or ([{}] if family else [])
    return tuple(
        GuardianRow(
            name=own.get(GUARDIAN_NAME) or family.get(GUARDIAN_NAME),
            language=own.get(LANGUAGE) or family.get(LANGUAGE),
            contact=own.get(CONTACT) or family.get(CONTACT),  # type: ignore[arg-type]
        )
        for own in numbered
    )


def _guardian_value(column: ColumnSpec, raw: str) -> tuple[str | None, str | None]:
    prefix = f"ouder {column.guardian}: " if column.guardian else ""
    if column.field == LANGUAGE:
        value, warning = parse_language(raw)
    elif column.field == CONTACT:
        value, warning = parse_contact(raw)
    else:
        name = clean_cell(raw)
        if looks_personal(name):
            return None, f"{prefix}naam ouder bevat een e-mailadres of nummer; niet overgenomen (privacy)"
        if len(name) > MAX_NAME_LENGTH:
            return None, f"{prefix}naam ouder is te lang; niet overgenomen"
        return name, None
    return value, (prefix + warning) if warning else None


def _plan_warnings(table: RawTable, group_name: str | None) -> tuple[str, ...]:
    warnings: list[str] = []
    first = next((c for c in table.columns if c.field == FIRST_NAME and c.rank == 0), None)
    if first is not None and fold(first.header) in ("naam", "name", "leerling", "naam leerling",
                                                    "leerlingnaam", "kind", "pupil", "student"):
        warnings.append(
            f"De voornaam komt uit kolom '{first.header}'; controleer dat daar geen achternamen in "
            "staan (alleen voornaam of pseudoniem bewaren)."
        )
    groups = {group_key(cell) for column in table.columns if column.field == GROUP
              for cell in (r.cells[table.columns.index(column)] for r in table.rows) if cell}
    if group_name is None and len(groups) > 1:
        warnings.append(
            f"Het bestand bevat {len(groups)} verschillende groepen; kies bij het importeren de "
            "groep, anders komen alle leerlingen in één groep."
        )
    return tuple(warnings)
