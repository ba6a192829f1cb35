"""Telling two children with the same first name apart without storing their surname or birth date.

A class list may carry a surname and/or a birth date. WIsH Desk keeps neither (AVG): it keeps a keyed
hash of each (HMAC-SHA256 with a random secret stored per database, so the hash is useless outside that
database), and a visible initial only where two first names collide in one group ("Sanne B.").

    ids = identity_of(secret, "Sanne", "Bakker", "12-03-2015")
    ids.name_key, ids.birth_key      # hex digests (or None where the file gives no such value)
    compare(ids, stored_name_key, stored_birth_key)   # "same" / "different" / "unknown"

Two keys rather than one: a list with a birth date and the next one without must still match the same
child by name, and two children with the same full name are told apart by their birth dates.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import Literal

from .values import fold

Verdict = Literal["same", "different", "unknown"]
# Dutch surname prefixes: "de Vries" gives "V", as people write it ("Sanne V.").
# Dutch tussenvoegsels (van, de, van der, in 't, op de, ...): skipped for the initial, as in "Sanne B." for
# "van den Berg". Other name parts such as "El" or "Al" belong to the name: "El Idrissi" is "E.", not "I.".
_PREFIXES = {"van", "de", "der", "den", "het", "t", "'t", "ter", "ten", "te", "in", "op", "aan", "bij", "uit",
             "s", "'s", "van't", "vd", "v.d.", "v/d"}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")


@dataclass(frozen=True)
class Identity:
    """What the file says about who a child is, reduced to keyed hashes and one surname letter."""

    name_key: str | None = None
    birth_key: str | None = None
    surname: str = ""  # the surname without prefixes, folded; only for choosing an initial, never stored

    @property
    def known(self) -> bool:
        return self.name_key is not None or self.birth_key is not None


def _digest(secret: bytes, text: str) -> str:
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


def birth_date_text(raw: str) -> str:
    """A birth date in the spellings class lists use, as yyyy-mm-dd (other text folded as it is)."""
    raw = raw.strip()
    if match := _ISO.match(raw):
        year, month, day = match.groups()
    elif match := _DMY.match(raw):
        day, month, year = match.groups()
    else:
        return fold(raw)
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def surname_core(first_name: str, surname: str) -> str:
    """The surname without Dutch prefixes (and without the first name a full-name cell starts with)."""
    words = fold(surname.split(",")[0] if "," in surname else surname).split()  # "Berg, van den"
    if words and words[0] == fold(first_name) and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[0] in _PREFIXES:  # "van der Berg"
        words = words[1:]
    while len(words) > 1 and words[-1] in _PREFIXES:  # "Berg van der" (exports with the prefix last)
        words = words[:-1]
    return " ".join(words)


def identity_of(secret: bytes | None, first_name: str, surname: str | None, birth_date: str | None) -> Identity:
    """The keys of one row; no key without a secret or without a surname/birth date in the row."""
    if secret is None:
        return Identity()
    first = fold(first_name)
    name_key = _digest(secret, f"name\x1f{first}\x1f{' '.join(fold(surname).split())}") if surname else None
    birth_key = _digest(secret, f"birth\x1f{first}\x1f{birth_date_text(birth_date)}") if birth_date else None
    return Identity(name_key, birth_key, surname_core(first_name, surname) if surname else "")


def compare(row: Identity, name_key: str | None, birth_key: str | None) -> Verdict:
    """Same child when every key both sides know is equal; different when any differs; else unknown."""
    pairs = [(a, b) for a, b in ((row.name_key, name_key), (row.birth_key, birth_key)) if a and b]
    if not pairs:
        return "unknown"
    return "same" if all(a == b for a, b in pairs) else "different"


def choose_initial(surname: str, taken: set[str]) -> str:
    """The shortest start of the surname (capitalised) that no other child with this first name shows:
    "B", then "Ba", ...; a number after it when even the whole surname is taken."""
    letters = surname.replace(" ", "")
    if not letters:
        return ""
    for length in range(1, min(len(letters), 4) + 1):
        candidate = letters[:length].capitalize()
        if candidate not in taken:
            return candidate
    stem = letters[:4].capitalize()
    number = 2
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"


def display_name(first_name: str, initial: str | None) -> str:
    """How lists, attendance and sheets show a child: "Sanne B." where names collide, else "Sanne"."""
    return f"{first_name} {initial}." if initial else first_name
