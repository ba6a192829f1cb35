"""Read our PDFs back for the tests: raw drawn strings with positions, and the fonts used.

``pypdf``'s ``extract_text`` applies its own right-to-left heuristics, which would hide a wrong visual
order; here every ``Tj`` string is decoded through its font's ToUnicode map exactly as drawn, with the
position of its start on the page (form XObjects and ``cm`` transforms followed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream


@dataclass(frozen=True)
class Piece:
    x: float
    y: float
    font: str  # BaseFont without the subset tag, e.g. "NotoSansArabic-Regular"
    text: str
    size: float = 0.0


def _raw_bytes(operand) -> bytes:
    if isinstance(operand, bytes):
        return bytes(operand)
    original = getattr(operand, "original_bytes", None)
    if original is not None:
        return bytes(original)
    return str(operand).encode("latin-1")


def _to_unicode(font) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    table: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code] = chr(start + offset)
    return table


def _multiply(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _walk(reader, content, resources, ctm, out: list[Piece], cmaps: dict) -> None:
    fonts = resources.get("/Font", {}) if resources else {}
    xobjects = resources.get("/XObject", {}) if resources else {}
    stack = []
    font_name, cmap, size = "", {}, 0.0
    tm = (1, 0, 0, 1, 0, 0)
    line_start = tm
    leading = 0.0
    for operands, op in ContentStream(content, reader).operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _multiply(tuple(float(v) for v in operands), ctm)
        elif op == b"BT":
            tm = line_start = (1, 0, 0, 1, 0, 0)
        elif op == b"Tm":
            tm = line_start = tuple(float(v) for v in operands)
        elif op == b"Td":
            tm = line_start = _multiply((1, 0, 0, 1, float(operands[0]), float(operands[1])), line_start)
        elif op == b"TL":
            leading = float(operands[0])
        elif op == b"T*":
            tm = line_start = _multiply((1, 0, 0, 1, 0, -leading), line_start)
        elif op == b"Tf":
            font = fonts[operands[0]].get_object()
            key = id(font)
            if key not in cmaps:
                cmaps[key] = _to_unicode(font)
            cmap = cmaps[key]
            font_name = str(font["/BaseFont"]).split("+")[-1]
            size = float(operands[1])
        elif op in (b"Tj", b"TJ"):
            parts = operands[0] if op == b"TJ" else [operands[0]]
            text = "".join(
                "".join(cmap.get(byte, "\ufffd") for byte in _raw_bytes(p))
                for p in parts if not isinstance(p, int | float)
            )
            x, y = _multiply(tm, ctm)[4:6]
            out.append(Piece(round(x, 2), round(y, 2), font_name, text, size))
        elif op == b"Do":
            xobject = xobjects[operands[0]].get_object()
            if xobject.get("/Subtype") == "/Form":
                matrix = tuple(float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0]))
                _walk(reader, xobject, xobject.get("/Resources"), _multiply(matrix, ctm), out, cmaps)


def pieces(reader: PdfReader, page_index: int) -> list[Piece]:
    """Every string drawn on a page, in drawing order, decoded and positioned."""
    page = reader.pages[page_index]
    out: list[Piece] = []
    _walk(reader, page.get_contents(), page["/Resources"], (1, 0, 0, 1, 0, 0), out, {})
    return out


def page_text(reader: PdfReader, page_index: int) -> str:
    """All drawn strings of a page joined with newlines (for 'is this text on the page')."""
    return "\n".join(p.text for p in pieces(reader, page_index))


def rows(items: list[Piece], x_min: float = 0, x_max: float = 1e9) -> list[list[Piece]]:
    """Pieces grouped into lines (same baseline), each left to right, lines top to bottom."""
    by_y: dict[float, list[Piece]] = {}
    for piece in items:
        if x_min <= piece.x < x_max:
            by_y.setdefault(round(piece.y, 1), []).append(piece)
    return [sorted(by_y[y], key=lambda p: p.x) for y in sorted(by_y, reverse=True)]


def visual_lines(items: list[Piece], x_min: float = 0, x_max: float = 1e9) -> list[str]:
    """The text of each line as drawn (visual order), lines top to bottom."""
    return ["".join(p.text for p in row) for row in rows(items, x_min, x_max)]


def font_objects(reader: PdfReader) -> list:
    """Every font dictionary reachable from pages and (nested) form XObjects."""
    found, seen = [], set()

    def visit(resources) -> None:
        if not resources:
            return
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                found.append(font)
        for ref in resources.get("/XObject", {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form" and id(xobject) not in seen:
                seen.add(id(xobject))
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def is_embedded(font) -> bool:
    """True when the font program is inside the PDF (directly or via a descendant CID font)."""
    descendants = font.get("/DescendantFonts")
    if descendants:
        return all(is_embedded(d.get_object()) for d in descendants)
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def form_names(reader: PdfReader) -> list[str]:
    """Names of all form XObjects referenced anywhere (each distinct object once)."""
    names, seen = [], set()

    def visit(resources) -> None:
        for name, ref in (resources or {}).get("/XObject", {}).items():
            xobject = ref.get_object()
            key = getattr(ref, "idnum", id(xobject))
            if key in seen:
                continue
            seen.add(key)
            names.append(str(name))
            visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return names
