"""Dutch texts for the import preview: what changes per pupil, the CLI report, and JSON."""

from __future__ import annotations

from typing import Any

from .records import ExistingPupil, GuardianRow, ImportPlan, PupilRow, RowResult

STATUS_LABELS = {"new": "nieuw", "update": "bijwerken", "unchanged": "ongewijzigd", "rejected": "afgewezen"}
SUBGROUP_LABELS = {"boys": "jongens", "girls": "meisjes"}
CONTACT_LABELS = {"paper": "papier", "platform": "ouderportaal", "email": "e-mail"}


def _language(code: str | None) -> str:
    from .values import LANGUAGE_NAMES

    return "leeg" if code is None else LANGUAGE_NAMES.get(code, code)


def _subgroup(value: str | None) -> str:
    return "leeg" if value is None else SUBGROUP_LABELS.get(value, value)


def _contact(value: str | None) -> str:
    return "leeg" if value is None else CONTACT_LABELS.get(value, value)


def describe_changes(stored: ExistingPupil, pupil: PupilRow) -> tuple[str, ...]:
    """Dutch list of what the file would change on a stored pupil; empty when nothing.

    Only values the file gives count: empty cells never clear stored data. Guardians are
    compared by position (ouder 1, ouder 2) and only when the caller loaded them.
    """
    changes: list[str] = []
    initial = pupil.initial or stored.initial  # an empty initial in the file never clears a stored one
    if pupil.first_name != stored.first_name or initial != stored.initial:
        new_name = f"{pupil.first_name} {initial}." if initial else pupil.first_name
        changes.append(f"naam: {stored.display_name} → {new_name}")
    if pupil.subgroup is not None and pupil.subgroup != stored.subgroup:
        changes.append(f"jongen/meisje: {_subgroup(stored.subgroup)} → {_subgroup(pupil.subgroup)}")
    if stored.guardians is None:
        return tuple(changes)
    for number, new in enumerate(pupil.guardians, start=1):
        label = f"ouder {number}" if len(pupil.guardians) > 1 or len(stored.guardians) > 1 else "ouder"
        if number > len(stored.guardians):
            changes.append(f"{label} toegevoegd ({_guardian_text(new)})")
            continue
        old = stored.guardians[number - 1]
        if new.name is not None and new.name != old.name:
            changes.append(f"{label} naam: {old.name or 'leeg'} → {new.name}")
        if new.language is not None and new.language != old.language:
            changes.append(f"{label} taal: {_language(old.language)} → {_language(new.language)}")
        if new.contact is not None and new.contact != old.contact:
            changes.append(f"{label} contact: {_contact(old.contact)} → {_contact(new.contact)}")
    return tuple(changes)


def _guardian_text(guardian: GuardianRow) -> str:
    parts = [guardian.name] if guardian.name else []
    if guardian.language:
        parts.append(_language(guardian.language))
    if guardian.contact:
        parts.append(_contact(guardian.contact))
    return ", ".join(parts)


def _pupil_details(pupil: PupilRow) -> str:
    parts = [SUBGROUP_LABELS[pupil.subgroup]] if pupil.subgroup else []
    many = len(pupil.guardians) > 1
    for number, guardian in enumerate(pupil.guardians, start=1):
        parts.append(f"ouder{f' {number}' if many else ''}: {_guardian_text(guardian)}")
    return f" ({'; '.join(parts)})" if parts else ""


def format_row(row: RowResult) -> str:
    """One Dutch line for one row, e.g. "regel 5: afgewezen — Daan: dubbel in bestand, zie regel 4"."""
    text = f"regel {row.line}: {STATUS_LABELS[row.status]}"
    if row.pupil is not None:
        text += f" — {row.pupil.display_name}"
    if row.status == "new" and row.pupil is not None:
        text += _pupil_details(row.pupil)
    if row.reason:
        text += f": {row.reason}"
    if row.warnings:
        text += f" [let op: {'; '.join(row.warnings)}]"
    return text


def format_report(plan: ImportPlan) -> str:
    """The full Dutch report the CLI prints (and the GUI may show as text)."""
    lines = [f"Klassenlijst '{plan.filename}' ({plan.source})"]
    if plan.group_name is not None:
        lines.append(f"Groep: {plan.group_name}")
    if plan.used_columns:
        lines.append("Gebruikte kolommen: " + "; ".join(f"{h} → {m}" for h, m in plan.used_columns))
    if plan.ignored_columns:
        lines.append("Genegeerde kolommen (niet ingelezen):")
        lines.extend(f"  - {c.header}: {c.reason}" for c in plan.ignored_columns)
    lines.extend(f"Let op: {w}" for w in plan.warnings)
    lines.extend(format_row(row) for row in plan.rows)
    if plan.not_in_file:
        names = ", ".join(p.display_name for p in plan.not_in_file)
        lines.append(f"Niet in het bestand (blijven in de groep): {names}")
    counts = plan.counts
    lines.append(
        f"Totaal: {counts.get('new', 0)} nieuw, {counts.get('update', 0)} bijwerken, "
        f"{counts.get('unchanged', 0)} ongewijzigd, {counts.get('rejected', 0)} afgewezen."
    )
    return "\n".join(lines)


def _guardian_json(guardian: GuardianRow) -> dict[str, Any]:
    return {"name": guardian.name, "language": guardian.language, "contact": guardian.contact}


def plan_to_json(plan: ImportPlan) -> dict[str, Any]:
    """The plan as JSON-ready data (CLI ``--json``, tests, logs). Ignored columns carry only
    their header and reason, never cell values."""
    return {
        "file": plan.filename,
        "source": plan.source,
        "group": plan.group_name,
        "columns": [{"header": h, "meaning": m} for h, m in plan.used_columns],
        "ignored_columns": [
            {"header": c.header, "reason": c.reason, "privacy": c.privacy} for c in plan.ignored_columns
        ],
        "warnings": list(plan.warnings),
        "rows": [
            {
                "line": r.line,
                "status": r.status,
                "reason": r.reason,
                "warnings": list(r.warnings),
                "existing_id": r.existing_id,
                "duplicate_of": r.duplicate_of,
                "changes": list(r.changes),
                "pupil": None if r.pupil is None else {
                    "first_name": r.pupil.first_name,
                    "subgroup": r.pupil.subgroup,
                    "guardians": [_guardian_json(g) for g in r.pupil.guardians],
                },
            }
            for r in plan.rows
        ],
        "not_in_file": [{"id": p.id, "first_name": p.first_name} for p in plan.not_in_file],
        "counts": dict(plan.counts),
    }
