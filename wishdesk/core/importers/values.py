"""Clean and interpret single cell values: names, group names, boys/girls, language, contact.

Every parser returns ``(value or None, warning or None)``; a warning is a Dutch sentence for
the report. Raw values are only quoted in warnings when they cannot be personal data (no
"@", no long digit runs), so the report never repeats a phone number typed in the wrong column.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi marks and embeddings that Excel and web forms leave around Arabic names; they make two
# equal names compare different. ZWNJ/ZWJ stay: they matter in Persian spelling.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                    "\u2066\u2067\u2068\u2069\u00ad"))
_PERSONAL = re.compile(r"@|\d[\d\s\-/.]{4,}\d")


def clean_cell(value: str) -> str:
    """Trim, collapse inner whitespace, drop control/bidi characters, compose accents (NFC)."""
    value = value.translate(_INVISIBLE)
    value = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in value)
    return unicodedata.normalize("NFC", " ".join(value.split()))


def fold(value: str) -> str:
    """Comparison key: case- and accent-insensitive ("Zoë" == "zoe"), Arabic diacritics dropped."""
    value = unicodedata.normalize("NFKD", clean_cell(value)).casefold()
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", value)


def looks_personal(value: str) -> bool:
    """An e-mail address or a phone/citizen number typed into a cell."""
    return bool(_PERSONAL.search(value))


def quoted(value: str) -> str:
    """Quote a raw value for a warning, unless it may be personal data."""
    return "(waarde niet getoond)" if looks_personal(value) else f"'{value}'"


# --- first names -------------------------------------------------------------------------------

MAX_NAME_LENGTH = 50
_SURNAME_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "vd", "v.d.", "von", "'t",
                      "in", "op", "la", "le", "du", "del", "da", "dos"}


def check_first_name(name: str) -> tuple[str | None, str | None]:
    """Return ``(rejection reason, warning)`` for a cleaned first name."""
    if not name:
        return "voornaam ontbreekt", None
    if looks_personal(name) or sum(ch.isdigit() for ch in name) >= 3:
        return ("voornaam lijkt een e-mailadres of nummer; alleen een voornaam of pseudoniem is "
                "toegestaan (privacy)"), None
    if not any(ch.isalpha() for ch in name):
        return "voornaam bevat geen letters", None
    if len(name) > MAX_NAME_LENGTH:
        return f"voornaam is te lang (meer dan {MAX_NAME_LENGTH} tekens)", None
    words = name.casefold().split()
    if "," in name or any(w in _SURNAME_PARTICLES for w in words[1:]):
        return None, ("naam lijkt een achternaam te bevatten; bewaar alleen de voornaam of een "
                      "pseudoniem (privacy)")
    return None, None


# --- group names -------------------------------------------------------------------------------

_GROUP_WORDS = re.compile(r"\b(groep|group|gr|klas|class)\b")


def group_key(value: str) -> str:
    """"Groep 6A", "gr. 6-a" and "6a" all become "6a"."""
    folded = _GROUP_WORDS.sub(" ", fold(value))
    return "".join(ch for ch in folded if ch.isalnum())


def same_group(file_value: str, group_name: str) -> bool:
    """Whether a groep cell names the group we import into.

    A bare year ("6") is accepted for "6A": many exports print only the year, and the user has
    chosen the group already.
    """
    cell, target = group_key(file_value), group_key(group_name)
    if not cell or cell == target:
        return True
    return cell.isdigit() and target.startswith(cell) and target[len(cell):].isalpha()


# --- choices: boys/girls, contact, language ----------------------------------------------------

_EMPTY_WORDS = {"", "onbekend", "unknown", "nvt", "n v t", "na", "n a", "geen", "none", "leeg", "-"}
_FILLER = {"per", "via", "op", "de", "het", "een", "graag", "voorkeur", "liefst", "by", "the", "in",
           "taal", "language", "spreekt"}
_SPLIT = re.compile(r"\s*(?:/|,|;|&|\+|\bof\b|\ben\b|\band\b|\bor\b)\s*")


def _key(value: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(value)).split())


def _lookup(value: str, table: dict[str, str]) -> str | None:
    key = _key(value)
    if key in table:
        return table[key]
    stripped = " ".join(w for w in key.split() if w not in _FILLER)
    return table.get(stripped) or table.get(stripped.replace(" ", ""))


def _choice(value: str, table: dict[str, str], what: str,
            names: dict[str, str]) -> tuple[str | None, str | None]:
    """Map a cell to one choice; several recognised choices → the first, with a warning."""
    value = clean_cell(value)
    if _key(value) in _EMPTY_WORDS:
        return None, None
    found = _lookup(value, table)
    if found:
        return found, None
    if looks_personal(value):
        return None, f"{what} bevat een e-mailadres of nummer; niet overgenomen (privacy)"
    parts = [p for p in _SPLIT.split(fold(value)) if p]
    hits = [hit for hit in (_lookup(p, table) for p in parts) if hit]
    if hits:
        return hits[0], f"{what}: meerdere waarden {quoted(value)}; '{names[hits[0]]}' gekozen"
    return None, f"{what} {quoted(value)} niet herkend; leeg gelaten"


def _table(entries: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_key(alias): code for code, aliases in entries.items() for alias in aliases}


SUBGROUP_NAMES = {"boys": "jongens", "girls": "meisjes"}
_SUBGROUPS = _table({
    "boys": ("j", "jongen", "jongens", "m", "man", "mannelijk", "male", "boy", "boys", "b"),
    "girls": ("meisje", "meisjes", "meid", "v", "vrouw", "vrouwelijk", "f", "female", "girl",
              "girls", "g"),
})
_NEUTRAL = {"x", "anders", "overig", "other", "neutraal", "non binair", "nonbinair", "divers"}


def parse_subgroup(value: str, m_means_girl: bool = False) -> tuple[str | None, str | None]:
    """"Jongen", "M", "girl" → "boys"/"girls"; "X" leaves the lesson subgroup open.

    "M" is "man" in M/V columns (ParnasSys "Geslacht") but "meisje" in J/M columns; the caller
    decides with :func:`m_means_girl`.
    """
    key = _key(value)
    if key in _NEUTRAL:
        return None, f"jongen/meisje {quoted(clean_cell(value))}: geen subgroep, kies die later zelf"
    if key == "m" and m_means_girl:
        return "girls", None
    return _choice(value, _SUBGROUPS, "jongen/meisje", SUBGROUP_NAMES)


def m_means_girl(header: str, values: list[str]) -> bool:
    """Whether "M" means meisje in this column: a J/M column (by header or by its values)."""
    keys = {_key(v) for v in values}
    if "v" in keys:
        return False
    words = _key(header).split()
    return "j" in keys or "j" in words or any(w.startswith("jongen") for w in words)


CONTACT_NAMES = {"paper": "papier", "platform": "ouderportaal", "email": "e-mail"}
_CONTACTS = _table({
    "paper": ("papier", "op papier", "papieren brief", "brief", "briefje", "paper", "letter", "print",
              "geprint", "post", "tas", "rugtas", "brief mee"),
    "platform": ("platform", "ouderportaal", "portaal", "ouderapp", "app", "schoolapp", "parro",
                 "social schools", "socialschools", "klasbord", "schoudercom", "digiduif", "isy",
                 "mijnschool", "online", "digitaal", "portal", "parent portal", "school app",
                 "parnassys"),
    "email": ("email", "e mail", "mail", "e mailen", "mailen"),
})


def parse_contact(value: str) -> tuple[str | None, str | None]:
    """"Ouderportaal", "Parro", "per mail", "papier" → "platform"/"email"/"paper"."""
    return _choice(value, _CONTACTS, "contactvoorkeur", CONTACT_NAMES)


# code → Dutch name, then aliases (Dutch, English, own name, ISO 639-1/2 codes).
_LANGUAGE_ENTRIES: dict[str, tuple[str, ...]] = {
    "nl": ("Nederlands", "dutch", "nl", "nld", "dut", "vlaams", "flemish", "hollands", "nederland"),
    "en": ("Engels", "english", "en", "eng"),
    "tr": ("Turks", "turkish", "türkçe", "tr", "tur"),
    "ar": ("Arabisch", "arabic", "ar", "ara", "العربية", "عربي", "عربية", "marokkaans arabisch", "darija",
           "marokkaans"),
    "ber": ("Berbers", "berber", "tamazight", "tarifit", "riffijns", "riffiaans", "amazigh", "ber"),
    "pl": ("Pools", "polish", "polski", "pl", "pol"),
    "uk": ("Oekraïens", "oekrains", "ukrainian", "українська", "uk", "ukr"),
    "ru": ("Russisch", "russian", "русский", "ru", "rus"),
    "ti": ("Tigrinya", "tigrinja", "tigrinia", "tigrigna", "ትግርኛ", "ti", "tir"),
    "so": ("Somalisch", "somali", "soomaali", "so", "som"),
    "es": ("Spaans", "spanish", "español", "castellano", "es", "spa"),
    "fr": ("Frans", "french", "français", "fr", "fra", "fre"),
    "de": ("Duits", "german", "deutsch", "de", "deu", "ger"),
    "pt": ("Portugees", "portuguese", "português", "braziliaans", "pt", "por"),
    "it": ("Italiaans", "italian", "italiano", "it", "ita"),
    "ro": ("Roemeens", "romanian", "română", "ro", "ron", "rum"),
    "bg": ("Bulgaars", "bulgarian", "български", "bg", "bul"),
    "fa": ("Perzisch", "farsi", "persian", "dari", "فارسی", "fa", "fas", "per", "prs"),
    "ps": ("Pasjtoe", "pashto", "pashtu", "pasjtoe", "ps", "pus"),
    "ku": ("Koerdisch", "kurdish", "kurdi", "kurmanci", "sorani", "ku", "kur"),
    "am": ("Amhaars", "amharic", "am", "amh"),
    "zh": ("Chinees", "chinese", "mandarijn", "mandarin", "kantonees", "cantonese", "中文", "zh", "zho",
           "chi"),
    "hi": ("Hindi", "hindi", "hi", "hin"),
    "ur": ("Urdu", "urdu", "ur", "urd"),
    "pap": ("Papiaments", "papiamento", "papiamentu", "pap"),
    "srn": ("Sranantongo", "sranan", "sranan tongo", "surinaams", "srn"),
    "hu": ("Hongaars", "hungarian", "magyar", "hu", "hun"),
    "sr": ("Servisch", "serbian", "srpski", "sr", "srp"),
    "hr": ("Kroatisch", "croatian", "hrvatski", "hr", "hrv"),
    "bs": ("Bosnisch", "bosnian", "bosanski", "bs", "bos"),
    "sq": ("Albanees", "albanian", "shqip", "sq", "sqi", "alb"),
    "el": ("Grieks", "greek", "ελληνικά", "el", "ell"),
    "lt": ("Litouws", "lithuanian", "lietuvių", "lt", "lit"),
    "lv": ("Lets", "latvian", "latviešu", "lv", "lav"),
    "sk": ("Slowaaks", "slovak", "slovenčina", "sk", "slk"),
    "cs": ("Tsjechisch", "czech", "čeština", "cs", "ces"),
    "vi": ("Vietnamees", "vietnamese", "tiếng việt", "vi", "vie"),
    "id": ("Indonesisch", "indonesian", "bahasa indonesia", "id", "ind"),
    "fy": ("Fries", "frisian", "frysk", "fy", "fry"),
}
#: ISO code → Dutch language name, for reports and the GUI.
LANGUAGE_NAMES = {code: entry[0] for code, entry in _LANGUAGE_ENTRIES.items()}
# Dutch adjectives too: "Turkse", "Arabische", "Nederlandse".
_LANGUAGES = _table({
    code: (*aliases, aliases[0] + "e") if aliases[0].endswith(("s", "sch")) else aliases
    for code, aliases in _LANGUAGE_ENTRIES.items()
})
_LOCALE = re.compile(r"^([a-z]{2,3})[_-][a-z]{2}$")


def parse_language(value: str) -> tuple[str | None, str | None]:
    """"Nederlands", "Turks", "Arabic", "العربية", "nl-BE" → ISO code; unknown → None + warning.

    Unknown values are kept as None (with a warning) rather than rejecting the pupil: a missing
    language only means the home activity is printed in Dutch, a missing pupil breaks the class.
    """
    match = _LOCALE.match(clean_cell(value).casefold())
    if match and match.group(1) in LANGUAGE_NAMES:
        return match.group(1), None
    return _choice(value, _LANGUAGES, "taal", LANGUAGE_NAMES)
