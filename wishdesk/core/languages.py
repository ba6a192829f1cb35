"""The one list of languages that parents get paper in: code, own name, Dutch name, direction, documents.

Core services, the printing layer, the GUI and the CLI all read this module instead of keeping their own
lists. ``documents`` says which parent documents have fixed texts (labels) in the language; whether a
particular lesson has its home activity translated is a property of the curriculum, not of this list.
Standard library only, so every layer may import it.
"""

from __future__ import annotations

from dataclasses import dataclass

DUTCH = "nl"
ENGLISH = "en"

#: The parent documents WIsH Desk prints.
SHEET = "sheet"  # home-activity sheet (thuisopdracht)
INVITATION = "invitation"  # parent evening and showcase invitations
FAMILY_EXPORT = "family_export"  # the AVG right-of-access overview
DOCUMENTS = (SHEET, INVITATION, FAMILY_EXPORT)

#: What a family whose language has no texts gets instead (a choice offered at import and in the preview).
FALLBACK_DUTCH_ENGLISH = "nl+en"
FALLBACK_DUTCH = "nl"
FALLBACKS = (FALLBACK_DUTCH_ENGLISH, FALLBACK_DUTCH)
FALLBACK_NAMES = {FALLBACK_DUTCH_ENGLISH: "Nederlands met Engels", FALLBACK_DUTCH: "alleen Nederlands"}


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1
    native: str  # the name in the language itself, as printed on the sheet
    dutch: str  # the Dutch name, for messages and the Dutch interface
    english: str  # the English name, the source string of the GUI
    rtl: bool = False
    documents: tuple[str, ...] = DOCUMENTS

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"


LANGUAGES: tuple[Language, ...] = (
    Language("nl", "Nederlands", "Nederlands", "Dutch"),
    Language("en", "English", "Engels", "English"),
    Language("tr", "Türkçe", "Turks", "Turkish"),
    Language("ar", "العربية", "Arabisch", "Arabic", rtl=True),
    Language("pl", "Polski", "Pools", "Polish"),
    Language("uk", "Українська", "Oekraïens", "Ukrainian"),
    Language("ti", "ትግርኛ", "Tigrinya", "Tigrinya"),
    Language("fa", "فارسی", "Perzisch (Farsi/Dari)", "Persian (Farsi/Dari)", rtl=True),
    Language("so", "Soomaali", "Somalisch", "Somali"),
    Language("fr", "Français", "Frans", "French"),
    Language("es", "Español", "Spaans", "Spanish"),
    Language("ro", "Română", "Roemeens", "Romanian"),
    Language("bg", "Български", "Bulgaars", "Bulgarian"),
)

BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}
#: Codes in the canonical order (Dutch first): sheets, menus and reports list languages in this order.
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
#: Languages written right to left (also ones we have no texts for, so their names still print correctly).
RTL_CODES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb"})


def is_sheet_language(code: str) -> bool:
    """Whether parents who speak ``code`` get their paper in it (beside Dutch)."""
    return code in BY_CODE


def dutch_name(code: str) -> str:
    """"Arabisch"; an unknown code is returned as is."""
    language = BY_CODE.get(code)
    return language.dutch if language else code


def native_name(code: str) -> str:
    language = BY_CODE.get(code)
    return language.native if language else code


def is_rtl(code: str) -> bool:
    return code in RTL_CODES


def order_key(code: str) -> tuple[int, str]:
    """Sort key: the canonical order, unknown codes after it alphabetically."""
    return (CODES.index(code) if code in BY_CODE else len(CODES), code)


def dutch_names(codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(dutch_name(code) for code in codes)
