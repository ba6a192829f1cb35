"""Recognise what kind of file a school handed us and turn text files into ``str``.

Schools export class lists from ParnasSys, ESIS, Excel or by hand, so we meet UTF-8 with and
without BOM, Windows-1252 (Excel "CSV (gescheiden door lijstscheidingsteken)" on Windows) and
UTF-16 (Excel "Unicode-tekst"). Anything else is refused with a Dutch message.
"""

from __future__ import annotations

import codecs
import unicodedata
from typing import Literal

from .errors import ImportFileError

#: A class list is a few kB; a whole-school export with many columns stays far below this.
MAX_FILE_BYTES = 10 * 1024 * 1024

FileKind = Literal["csv", "xlsx"]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls / .doc
_XLSX_EXTENSIONS = (".xlsx", ".xlsm")
# Share of control characters above which "text" is really binary data.
_MAX_CONTROL_SHARE = 0.02


def detect_kind(data: bytes, filename: str) -> FileKind:
    """Say whether ``data`` is an xlsx workbook or a text table, or refuse it.

    The zip signature wins over the extension because people rename files; the extension only
    matters to give a better message when an ".xlsx" file is not a workbook.
    """
    if not data or not data.strip(b" \t\r\n\x00"):
        raise ImportFileError("Het bestand is leeg.")
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            f"Het bestand is te groot ({len(data) // (1024 * 1024)} MB) voor een klassenlijst; "
            "het maximum is 10 MB."
        )
    lower = filename.lower()
    if data.startswith(_ZIP_MAGIC):
        return "xlsx"
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError(
            "Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als "
            "Excel-werkmap (.xlsx) of als CSV, en importeer dat bestand."
        )
    if lower.endswith(_XLSX_EXTENSIONS):
        raise ImportFileError(
            "Het bestand heet .xlsx maar is geen geldig Excel-bestand. Sla het opnieuw op als "
            "Excel-werkmap (.xlsx) of als CSV."
        )
    if data.startswith(b"%PDF"):
        raise ImportFileError(
            "Dit is een PDF-bestand. Exporteer de klassenlijst als CSV of Excel (.xlsx)."
        )
    return "csv"


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text table; return ``(text, label)`` where label names the encoding in Dutch.

    Order matters: a BOM is proof; strict UTF-8 almost never succeeds by accident on
    Windows-1252 text with accents, so it goes before the Windows-1252 fallback.
    """
    text, label = _decode(data)
    text = text.lstrip("\ufeff")
    # Some school systems save an HTML table or Excel 2003 XML under the name ".xls".
    head = text.lstrip()[:500].casefold()
    if head.startswith("<") and any(tag in head for tag in ("<html", "<table", "<?xml", "<!doctype")):
        raise ImportFileError(
            "Dit is een webpagina- of XML-bestand, geen CSV- of Excel-bestand. Open het in Excel en "
            "sla het op als Excel-werkmap (.xlsx) of als CSV."
        )
    if _looks_binary(text):
        raise ImportFileError(
            "Het bestand lijkt geen tekst- of Excel-bestand te zijn. Exporteer de klassenlijst "
            "als CSV of Excel (.xlsx)."
        )
    return text, label


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", "UTF-8 met BOM")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16")
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise ImportFileError(
                "Het bestand bevat binaire gegevens en is geen klassenlijst. Exporteer de "
                "klassenlijst als CSV of Excel (.xlsx)."
            )
        return _strict(data, guess, "UTF-16")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined; map them like Latin-1 (they become control
    # characters that the cell cleaner drops) instead of failing on one odd byte.
    return data.decode("cp1252", errors="_wishdesk_latin1_fallback"), "Windows-1252"


def _strict(data: bytes, encoding: str, label: str) -> tuple[str, str]:
    try:
        return data.decode(encoding), label
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"Het bestand zegt {label} te zijn maar bevat ongeldige tekens (byte {exc.start}). "
            "Sla het opnieuw op als CSV UTF-8."
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16 without BOM by its NUL bytes: mostly Latin text has one per character."""
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    odd_nuls = data[1::2].count(0)
    even_nuls = data[0::2].count(0)
    if odd_nuls > 0.4 * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.4 * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(
        1 for ch in text if ch not in "\t\r\n" and unicodedata.category(ch) == "Cc"
    )
    # A few stray control bytes happen in real exports; binary files have them everywhere.
    return "\x00" in text or (controls > 3 and controls > _MAX_CONTROL_SHARE * len(text))


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return bytes(bad).decode("latin-1"), error.end


codecs.register_error("_wishdesk_latin1_fallback", _latin1_fallback)
