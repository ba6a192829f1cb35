"""Reading parent documents back per language: the text of a page with right-to-left words in logical order.

ReportLab draws right-to-left words in visual order (reversed, Arabic letters as presentation forms, each vowel
mark just before its letter). ``logical`` undoes exactly that per word, then NFKC turns the
presentation forms back into ordinary letters, so a test compares with the curriculum's own text.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from tests.printing.pdfcheck import pieces, rows

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
# Anything but letters, digits and Arabic vowel marks (which \w does not count as word characters) ends a word.
_WORD_BREAK = re.compile(f"[^\\w{_MARKS}]+")


_LAM_MARK_ALEF = re.compile(f"\u0644([{_MARKS}]+)([\u0622\u0623\u0625\u0627])")


def normal(text: str) -> str:
    """NFKC without invisible marks; a vowel mark between lam and alef goes after the alef, because the lam-alef
    ligature is one glyph and carries the mark on top of both (as printed)."""
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    return _LAM_MARK_ALEF.sub("\u0644\\2\\1", text)


def logical(token: str) -> str:
    """One visual token back to logical order (left-to-right tokens are returned as they are)."""
    if not _RTL.search(token):
        return normal(token)
    return normal(token[::-1])  # visual -> logical: the mark drawn before its letter comes after it again


def page_tokens(reader: PdfReader, page_index: int) -> set[str]:
    """Every word on the page (lines rebuilt from positions, then split at spaces), in logical order."""
    tokens: set[str] = set()
    for row in rows(pieces(reader, page_index)):
        line = " ".join(p.text for p in row)  # separate drawings on one baseline are separate words
        for token in line.split():
            word = _EDGE.sub("", logical(token)).casefold()
            if word:
                tokens.add(word)
            for part in _WORD_BREAK.split(logical(token)):  # "Leerling/التلميذ:"
                if part:
                    tokens.add(part.casefold())
    return tokens


def missing_words(text: str, tokens: set[str]) -> list[str]:
    """Words of ``text`` (letters only, placeholders already filled) that are not on the page."""
    out = []
    for raw in normal(text).split():
        for word in _WORD_BREAK.split(raw):
            if not word or word.isdigit() or len(word) < 2 and not _RTL.search(word):
                continue
            if word.casefold() not in tokens:
                out.append(word)
    return out


def fonts_embedded(path: Path) -> list[tuple[str, str]]:
    """(font name, emb column) for every font ``pdffonts`` lists."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    result = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [encoding...] emb sub uni object ID: the emb column is the 5th field from the end
        result.append((parts[0], parts[-5]))
    return result


def decode_qr_codes(pdf: Path, page: int, tmp: Path, dpi: int = 150) -> list[str]:
    """Render one page with pdftoppm and decode every QR code on it with zxing-cpp."""
    import zxingcpp
    from PIL import Image

    prefix = tmp / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page + 1), "-l", str(page + 1), "-singlefile",
                    str(pdf), str(prefix)], check=True)
    with Image.open(f"{prefix}.png") as image:
        return sorted(r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode)
