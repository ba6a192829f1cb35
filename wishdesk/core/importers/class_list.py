"""Class-list import: match the rows of a school's export against a group, without writing.

Typical use (a service writes ``plan.to_write`` in one transaction after the user confirms)::

    table = read_table(path.read_bytes(), path.name)      # may raise ImportFileError
    plan = plan_import(table, existing_pupils, "6A")
    print(format_report(plan))

Decisions (documented here because the preview shows their effect):

- Names match case- and accent-insensitively ("Zoe" finds "Zoë"); a different spelling of a
  matched name is reported as an update of the name.
- A second row with the same name in the file is rejected ("dubbel in bestand, zie regel 4");
  a name that occurs twice in the stored group is rejected as ambiguous.
- Empty cells never clear stored data; "update" only when the file gives a different value.
- An unknown language, boys/girls or contact value is kept as None with a warning, not
  rejected: the pupil matters more than one field, which can be fixed later in the app.
- A row whose groep cell names another group is rejected; a bare year ("6") fits "6A".
- Pupils of the group that are missing from the file are listed, never deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .errors import ImportFileError
from .headers import CONTACT, FIRST_NAME, GROUP, GUARDIAN_NAME, LANGUAGE, SUBGROUP, ColumnSpec
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


def plan_import(table: RawTable, existing: Sequence[ExistingPupil], group_name: str | None) -> ImportPlan:
    """Classify every row of ``table`` as new / update / unchanged / rejected for one group.

    ``existing`` are the pupils stored in the target group; ``group_name`` is that group's name
    (used to reject rows of other groups), or None to accept any groep value.
    """
    by_key: dict[str, list[ExistingPupil]] = {}
    for pupil in existing:
        by_key.setdefault(fold(pupil.first_name), []).append(pupil)
    first_seen: dict[str, int] = {}
    girl_m = {c.index for position, c in enumerate(table.columns) if c.field == SUBGROUP
              and m_means_girl(c.header, [r.cells[position] for r in table.rows])}
    matched: set[int] = set()
    results: list[RowResult] = []
    for row in table.rows:
        result = _plan_row(table.columns, row, by_key, first_seen, group_name, girl_m)
        if result.existing_id is not None:
            matched.add(result.existing_id)
        results.append(result)

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
            IgnoredColumn(c.header or "(zonder naam)", c.ignored_reason or "", c.privacy)
            for c in table.ignored_columns
        ),
        warnings=_plan_warnings(table, group_name),
        not_in_file=tuple(p for p in existing if p.id not in matched),
        counts=counts,
    )


def _plan_row(columns: Sequence[ColumnSpec], row: RawRow, by_key: dict[str, list[ExistingPupil]],
              first_seen: dict[str, int], group_name: str | None, girl_m: set[int]) -> RowResult:
    cells = {c.index: value for c, value in zip(columns, row.cells, strict=True)}
    warnings: list[str] = []
    if row.extra_cells:
        warnings.append("regel heeft meer cellen dan kolommen; de extra cellen zijn genegeerd")

    name = _first_name(columns, cells)
    rejection, name_warning = check_first_name(name)
    if rejection:
        return RowResult(row.line, "rejected", None, rejection, tuple(warnings))
    if name_warning:
        warnings.append(name_warning)

    subgroup: str | None = None
    for column in _of(columns, SUBGROUP):
        raw = cells[column.index]
        subgroup, warning = parse_subgroup(raw, column.index in girl_m) if raw else (None, None)
        warnings.extend(filter(None, [warning]))
    pupil = PupilRow(name, subgroup, _guardians(columns, cells, warnings))  # type: ignore[arg-type]

    for column in _of(columns, GROUP):
        value = cells[column.index]
        if group_name is not None and not same_group(value, group_name):
            reason = f"hoort bij groep {quoted(value)}, niet bij groep '{group_name}'"
            return RowResult(row.line, "rejected", pupil, reason, tuple(warnings))

    key = fold(name)
    if key in first_seen:
        earlier = first_seen[key]
        return RowResult(row.line, "rejected", pupil, f"dubbel in bestand, zie regel {earlier}",
                         tuple(warnings), duplicate_of=earlier)
    first_seen[key] = row.line

    stored = by_key.get(key, [])
    if len(stored) > 1:
        reason = (f"naam komt {len(stored)} keer voor in de groep; pas deze leerling in de app aan")
        return RowResult(row.line, "rejected", pupil, reason, tuple(warnings))
    if not stored:
        return RowResult(row.line, "new", pupil, None, tuple(warnings))
    changes = describe_changes(stored[0], pupil)
    status: Status = "update" if changes else "unchanged"
    return RowResult(row.line, status, pupil, "; ".join(changes) or None, tuple(warnings),
                     existing_id=stored[0].id, changes=changes)


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
