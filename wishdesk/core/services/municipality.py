"""The municipality's name: a per-database setting, asked when a database is created and editable in
Inrichting. Report titles and senders use it; there is no generic fallback such as "de gemeente"."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..db import Database
from ..errors import ValidationError
from ..models import Organisation, Setting

KEY = "municipality.name"
DEMO_NAME = "'s-Hertogenbosch"


def municipality_name(s: OrmSession) -> str | None:
    """The setting; for databases made before it existed, the first municipality organisation; else None."""
    setting = s.get(Setting, KEY)
    if setting is not None and setting.value.strip():
        return setting.value.strip()
    return s.scalar(select(Organisation.name).where(Organisation.kind == "municipality",
                                                    Organisation.archived.is_(False)).order_by(Organisation.id).limit(1))


def get_municipality_name(db: Database) -> str | None:
    with db.session() as s:
        return municipality_name(s)


def clean_municipality_name(name: str) -> str:
    """The name as stored (spaces tidied); ValidationError when empty or too long."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Vul de naam van de gemeente in.")
    if len(name) > 100:
        raise ValidationError("De naam van de gemeente is te lang (hoogstens 100 tekens).")
    return name


def write_municipality_name(s: OrmSession, name: str) -> str | None:
    """Set the name inside an open write; returns the stored setting as it was (None: none), for undo."""
    name = clean_municipality_name(name)
    setting = s.get(Setting, KEY)
    before = setting.value if setting is not None else None
    if setting is None:
        s.add(Setting(key=KEY, value=name))
    else:
        setting.value = name
    return before


def set_municipality_name(db: Database, name: str) -> str | None:
    """Store the municipality's name; returns the old one (None: not set) so undo can write it back."""
    with db.write() as s:
        return write_municipality_name(s, name)


def restore_municipality_name(db: Database, before: str | None) -> str | None:
    """Undo `set_municipality_name`: the setting as it was (None: remove it). Returns what it replaced."""
    with db.write() as s:
        setting = s.get(Setting, KEY)
        current = setting.value if setting is not None else None
        if before is None:
            if setting is not None:
                s.delete(setting)
        elif setting is None:
            s.add(Setting(key=KEY, value=before))
        else:
            setting.value = before
        return current


def report_title(name: str | None, year: str) -> str:
    """"WIsH-rapportage Gemeente 's-Hertogenbosch · schooljaar 2026-2027"."""
    if not name:
        return f"WIsH-rapportage · schooljaar {year}"
    who = name if name.lower().startswith("gemeente") else f"Gemeente {name}"
    return f"WIsH-rapportage {who} · schooljaar {year}"
