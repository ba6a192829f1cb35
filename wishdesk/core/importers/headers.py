"""Map the column headers schools use (Dutch or English, any spelling) to the fields we keep.

Privacy is decided here: a column is either one of the few fields WIsH Desk may store (first
name, group, boys/girls, guardian name, language, contact preference) or it is ignored with a
Dutch reason. Privacy-sensitive columns (BSN, address, date of birth, surname, phone, e-mail,
…) are recognised by keyword so that a header like "E-mail ouder 1" is never mistaken for a
guardian column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

FIRST_NAME = "first_name"
GROUP = "group"
SUBGROUP = "subgroup"
GUARDIAN_NAME = "guardian_name"
LANGUAGE = "language"
CONTACT = "contact"
# Identity columns: never stored, only read to tell two children with the same first name apart (a keyed
# hash of the full name and/or birth date, and one visible initial where first names collide).
LAST_NAME = "last_name"
BIRTH_DATE = "birth_date"
_IDENTITY_REASONS = {
    LAST_NAME: "achternaam: niet opgeslagen; alleen gebruikt om kinderen met dezelfde voornaam uit elkaar te "
               "houden (privacy)",
    BIRTH_DATE: "geboortedatum: niet opgeslagen; alleen gebruikt om kinderen met dezelfde naam uit elkaar te "
                "houden (privacy)",
}
# Headers that name exactly a surname or a birth date (not "volledige naam", "leeftijd" or initials).
_IDENTITY_HEADERS = {
    LAST_NAME: {"achternaam", "achternaam leerling", "achternaam kind", "geslachtsnaam", "familienaam",
                "surname", "last name", "lastname", "family name", "familyname"},
    BIRTH_DATE: {"geboortedatum", "geboortedatum leerling", "geb datum", "gebdatum", "date of birth",
                 "birth date", "birthdate", "dob"},
}
GUARDIAN_FIELDS = (GUARDIAN_NAME, LANGUAGE, CONTACT)

#: Dutch meaning of each field, for the report ("Roepnaam → voornaam").
FIELD_LABELS = {
    FIRST_NAME: "voornaam",
    GROUP: "groep",
    SUBGROUP: "jongen/meisje",
    GUARDIAN_NAME: "naam ouder",
    LANGUAGE: "taal ouder",
    CONTACT: "contactvoorkeur ouder",
}

MAX_GUARDIANS = 4
_UNKNOWN = "onbekende kolom: niet gebruikt"
_NAMELESS = "kolom zonder naam: niet gebruikt"
_PLAIN_NAME_RANK = 3  # "Naam", "Leerling": may hold the full name
_LIKELY_SURNAME = ("waarschijnlijk de achternaam (er is ook een voornaamkolom): wordt niet ingelezen "
                   "(privacy)")


@dataclass(frozen=True)
class ColumnSpec:
    """What one column of the file means.

    ``guardian`` is 1..4 for a numbered guardian column, 0 for a column that applies to the
    whole family ("Taal ouders") or to no guardian at all. For first-name columns ``rank`` 0 is
    the column used, 1 the fallback when that cell is empty.
    """

    index: int
    header: str
    field: str | None = None
    guardian: int = 0
    rank: int = 0
    ignored_reason: str | None = None
    privacy: bool = False
    identity: str | None = None  # LAST_NAME / BIRTH_DATE: read for the match key only, never stored

    @property
    def label(self) -> str:
        """Dutch meaning of the column for the report ("taal ouder 2", "taal ouders")."""
        if self.field is None:
            return ""
        if self.field == FIRST_NAME and self.rank:
            return "voornaam (als de eerste voornaamkolom leeg is)"
        if self.field in GUARDIAN_FIELDS:
            if self.guardian:
                return f"{FIELD_LABELS[self.field]} {self.guardian}"
            return FIELD_LABELS[self.field] + ("" if self.field == GUARDIAN_NAME else "s")
        return FIELD_LABELS[self.field]


def normalize(text: str) -> str:
    """Lower-case, strip accents and punctuation, split "ouder1" into "ouder 1"."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+|_", " ", text)
    text = re.sub(r"(?<=[^\W\d])(?=\d)|(?<=\d)(?=[^\W\d])", " ", text)
    return " ".join(text.split())


# Exact header → (field, first-name rank). Keys are already normalized.
_ALIASES: dict[str, tuple[str, int]] = {}


def _alias(field: str, rank: int, *names: str) -> None:
    for name in names:
        _ALIASES[normalize(name)] = (field, rank)


_alias(FIRST_NAME, 0, "roepnaam", "roepnaam leerling", "roepnaam kind", "pseudoniem", "pseudonym",
       "called name", "preferred name", "nickname")
_alias(FIRST_NAME, 1, "voornaam", "voornaam leerling", "voornaam kind", "first name", "firstname",
       "given name", "forename", "first name pupil", "first name student")
_alias(FIRST_NAME, 2, "voornamen", "officiele voornamen", "first names")
_alias(FIRST_NAME, 3, "naam", "name", "leerling", "naam leerling", "leerlingnaam", "kind", "naam kind",
       "pupil", "pupil name", "child", "child name", "student", "student name")
_alias(GROUP, 0, "groep", "group", "klas", "class", "groepsnaam", "klasnaam", "group name", "class name",
       "stamgroep", "groep leerling", "huidige groep")
_alias(SUBGROUP, 0, "geslacht", "gender", "sex", "jongen meisje", "jongen of meisje", "j m", "m v", "m f",
       "boy girl", "boy or girl", "subgroep", "subgroup", "jongens meisjes", "jongens of meisjes")
_alias(GUARDIAN_NAME, 0, "ouder", "ouders", "naam ouder", "naam ouders", "ouder verzorger",
       "ouders verzorgers", "naam ouder verzorger", "verzorger", "naam verzorger", "voornaam ouder",
       "roepnaam ouder", "guardian", "guardian name", "name guardian", "parent", "parent name",
       "name parent", "moeder", "vader", "mother", "father", "naam moeder", "naam vader",
       "contactpersoon")
_alias(LANGUAGE, 0, "taal", "talen", "taal ouders", "taal ouder", "taal ouder verzorger", "taal verzorger",
       "thuistaal", "voertaal", "voorkeurstaal", "spreektaal", "moedertaal", "gesproken taal",
       "taal thuis", "language", "home language", "preferred language", "language guardian",
       "guardian language", "parent language", "language parents", "language spoken at home")
_alias(CONTACT, 0, "contactvoorkeur", "contact", "contactwijze", "voorkeur contact", "communicatie",
       "communicatievoorkeur", "contactvoorkeur ouders", "contactvoorkeur ouder", "contact ouders",
       "contact ouder", "contact preference", "preferred contact", "communication")

# Privacy: (keywords searched in the header without spaces, whole words, reason).
_PRIVACY_RULES: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("bsn", "burgerservice", "sofinummer", "onderwijsnummer", "persoonsgebonden", "citizen",
      "socialsecurity", "nationalid"), ("ssn", "pgn"),
     "burgerservicenummer of ander persoonsnummer: wordt nooit opgeslagen (privacy)"),
    (("email", "mail"), (),
     "e-mailadres: wordt niet opgeslagen (privacy)"),
    (("adres", "address", "straat", "street", "huisnummer", "huisnr", "woonplaats", "postcode",
      "postal", "zipcode", "residence"), ("zip", "city", "plaats", "gemeente", "town"),
     "adresgegevens: worden niet opgeslagen (privacy)"),
    (("geboorte", "gebdatum", "birth", "leeftijd"), ("dob", "age", "geb"),
     "geboortedatum of leeftijd: wordt niet opgeslagen (privacy)"),
    (("achternaam", "geslachtsnaam", "familienaam", "surname", "lastname", "familyname",
      "tussenvoegsel", "voorvoegsel", "volledigenaam", "fullname", "officielenaam",
      "aanschrijfnaam", "voorletters", "initialen", "initials"), (),
     "achternaam of volledige naam: alleen de voornaam of een pseudoniem wordt bewaard (privacy)"),
    (("telefoon", "telnr", "mobiel", "mobile", "phone", "whatsapp"), ("tel", "gsm", "nummer 06"),
     "telefoonnummer: wordt niet opgeslagen (privacy)"),
    (("nationaliteit", "nationality", "herkomst", "religie", "godsdienst", "geloof", "religion",
      "medisch", "medical", "allergie", "allergy", "medicijn", "medicatie", "medication",
      "gezondheid", "health", "diagnose", "dyslexie", "zorgniveau", "ondersteuningsbehoefte",
      "arrangement", "indicatie", "etniciteit", "ethnicity"), ("opp",),
     "bijzonder of gevoelig persoonsgegeven: wordt niet opgeslagen (privacy)"),
    (("opmerking", "notitie", "bijzonderheden", "toelichting", "remark", "comment"), ("note", "notes"),
     "vrije tekst kan gevoelige gegevens bevatten: wordt niet ingelezen (privacy)"),
    (("leerlingnummer", "leerlingnr", "leerlingid", "studentnumber", "studentid", "pupilid",
      "stamnummer", "llnr", "nummer", "number"), ("id", "nr"),
     "leerlingnummer: niet nodig, wordt niet opgeslagen (privacy)"),
)

_GUARDIAN_WORDS = {"ouder", "ouders", "verzorger", "verzorgers", "guardian", "guardians", "parent",
                   "parents", "moeder", "vader", "mother", "father"}
_ORDINALS = {"1": 1, "2": 2, "3": 3, "4": 4, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}


@dataclass(frozen=True)
class _Guess:
    field: str | None
    rank: int = 0
    guardian: int = 0
    reason: str | None = None
    privacy: bool = False
    identity: str | None = None


def classify(header: str) -> _Guess:
    """Classify one header on its own (duplicates are resolved by :func:`map_columns`)."""
    words = normalize(header).split()
    guardian = 0
    kept: list[str] = []
    for i, word in enumerate(words):
        if word in _ORDINALS and not guardian:
            guardian = _ORDINALS[word]
        elif word == "e" and i > 0 and words[i - 1] in _ORDINALS:
            continue  # "1e ouder"
        else:
            kept.append(word)
    key = " ".join(kept)
    for identity, headers in _IDENTITY_HEADERS.items():
        if key in headers and not guardian:
            return _Guess(None, reason=_IDENTITY_REASONS[identity], privacy=True, identity=identity)
    if key in _ALIASES:
        field, rank = _ALIASES[key]
        if field not in GUARDIAN_FIELDS:
            guardian = 0
        return _Guess(field, rank, guardian)
    if _is_preference(kept):
        # "Contactvoorkeur (e-mail/papier)" names the choices, it holds no address.
        return _fuzzy(kept, guardian)
    compact = key.replace(" ", "")
    for substrings, whole_words, reason in _PRIVACY_RULES:
        if any(s in compact for s in substrings) or any(
            w in kept or (" " in w and w in key) for w in whole_words
        ):
            return _Guess(None, reason=reason, privacy=True)
    return _fuzzy(kept, guardian)


def _is_preference(words: list[str]) -> bool:
    return any(w.startswith("contactvoorkeur") or w in ("voorkeur", "preference", "contactwijze")
               for w in words)


def _fuzzy(words: list[str], guardian: int) -> _Guess:
    """Recognise near-miss headers like "Voorkeurstaal ouder/verzorger" or "Jongen/Meisje (J/M)"."""
    wordset = set(words)
    is_language = any(w in ("taal", "talen", "language", "languages")
                      or (w.endswith("taal") and w != "totaal") for w in words)
    is_contact = any(w.startswith(("contact", "communicat")) for w in words) or _is_preference(words)
    if wordset & _GUARDIAN_WORDS:
        if is_language:
            return _Guess(LANGUAGE, guardian=guardian)
        if is_contact:
            return _Guess(CONTACT, guardian=guardian)
        if wordset <= _GUARDIAN_WORDS | {"naam", "name", "voornaam", "roepnaam", "van", "de", "of",
                                         "en", "and", "the"}:
            return _Guess(GUARDIAN_NAME, guardian=guardian)
        return _Guess(None, reason=_UNKNOWN)
    if is_language:
        return _Guess(LANGUAGE, guardian=guardian)
    if is_contact:
        return _Guess(CONTACT, guardian=guardian)
    if wordset & {"roepnaam", "pseudoniem", "pseudonym"}:
        return _Guess(FIRST_NAME, 0)
    if wordset & {"voornaam", "firstname"} or "first name" in " ".join(words):
        return _Guess(FIRST_NAME, 1)
    if wordset & {"geslacht", "gender", "sex", "jongen", "meisje", "jongens", "meisjes", "subgroep",
                  "subgroup"}:
        return _Guess(SUBGROUP)
    if wordset & {"groep", "group", "klas", "class", "groepsnaam", "klasnaam", "stamgroep"}:
        return _Guess(GROUP)
    if wordset & {"naam", "name"} and wordset & {"leerling", "kind", "pupil", "child", "student"}:
        return _Guess(FIRST_NAME, 3)
    return _Guess(None, reason=_UNKNOWN)


def map_columns(headers: Sequence[str], has_data: Sequence[bool]) -> tuple[ColumnSpec, ...]:
    """Decide the meaning of every column of a header row.

    ``has_data[i]`` says whether column ``i`` has any non-empty cell below the header; nameless
    empty columns (trailing separators, unused Excel columns) are left out of the report.
    The result has one spec per header, except such empty nameless columns.
    """
    guesses: list[tuple[int, str, _Guess]] = []
    for index, raw in enumerate(headers):
        header = " ".join(raw.split())
        if not header:
            if index < len(has_data) and has_data[index]:
                guesses.append((index, header, _Guess(None, reason=_NAMELESS)))
            continue
        guesses.append((index, header, classify(header)))

    # The best first-name column is used; the next one fills empty cells, but never a plain
    # "Naam" column next to a real first-name column: there it usually holds the surname.
    first_names = sorted((g.rank, i) for i, _h, g in guesses if g.field == FIRST_NAME)
    usable = first_names[:1] + [(r, i) for r, i in first_names[1:2] if r < _PLAIN_NAME_RANK]
    first_rank = {col: pos for pos, (_rank, col) in enumerate(usable)}
    first_header = next((h for i, h, _g in guesses if usable and i == usable[0][1]), "")
    best_rank = first_names[0][0] if first_names else _PLAIN_NAME_RANK

    single_use: dict[str, str] = {}
    explicit: dict[tuple[str, int], str] = {}
    plain_count: dict[str, int] = {}
    for _i, _h, g in guesses:
        if g.field in GUARDIAN_FIELDS and not g.guardian:
            plain_count[g.field] = plain_count.get(g.field, 0) + 1

    specs: list[ColumnSpec] = []
    for index, header, g in guesses:
        spec = ColumnSpec(index, header, g.field, g.guardian, g.rank, g.reason, g.privacy, g.identity)
        if g.identity in single_use:  # a second surname column: not read at all
            spec = ColumnSpec(index, header, None, ignored_reason=g.reason, privacy=True)
        elif g.identity:
            single_use[g.identity] = header
        if g.field == FIRST_NAME:
            if index in first_rank:
                spec = ColumnSpec(index, header, FIRST_NAME, 0, first_rank[index])
            elif g.rank == _PLAIN_NAME_RANK and best_rank < _PLAIN_NAME_RANK:
                spec = ColumnSpec(index, header, None, ignored_reason=_LIKELY_SURNAME, privacy=True)
            else:
                spec = _ignored(index, header, f"niet gebruikt: de voornaam komt uit kolom '{first_header}'")
        elif g.field in (GROUP, SUBGROUP):
            if g.field in single_use:
                spec = _ignored(index, header, f"dubbele kolom: kolom '{single_use[g.field]}' wordt gebruikt")
            else:
                single_use[g.field] = header
        elif g.field in GUARDIAN_FIELDS:
            spec = _guardian_spec(spec, explicit, plain_count)
        specs.append(spec)
    return tuple(specs)


def _guardian_spec(spec: ColumnSpec, explicit: dict[tuple[str, int], str],
                   plain_count: dict[str, int]) -> ColumnSpec:
    """Number guardian columns: "Ouder, Taal, Ouder, Taal" pairs up as guardian 1 and 2.

    A single unnumbered column ("Taal ouders", "Contactvoorkeur") keeps guardian 0: it holds
    the whole family's value.
    """
    field = spec.field
    assert field is not None
    number = spec.guardian
    if not number and plain_count.get(field, 0) > 1:
        number = next((n for n in range(1, MAX_GUARDIANS + 1) if (field, n) not in explicit), 0)
        if not number:
            return _ignored(spec.index, spec.header, "te veel kolommen voor ouders: niet gebruikt")
    if number and (field, number) in explicit:
        return _ignored(spec.index, spec.header,
                        f"dubbele kolom: kolom '{explicit[(field, number)]}' wordt gebruikt")
    if number:
        explicit[(field, number)] = spec.header
    elif (field, 0) in explicit:
        return _ignored(spec.index, spec.header, f"dubbele kolom: kolom '{explicit[(field, 0)]}' wordt gebruikt")
    else:
        explicit[(field, 0)] = spec.header
    return ColumnSpec(spec.index, spec.header, field, number)


def _ignored(index: int, header: str, reason: str) -> ColumnSpec:
    return ColumnSpec(index, header, None, ignored_reason=reason)
