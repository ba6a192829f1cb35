"""The printed partner map: readable text, only embedded bundled fonts (never Helvetica), long and empty
maps, byte-identical output for identical input."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from wishdesk.core.print_data import MapEntry, MapSection, PartnerMap
from wishdesk.printing.partner_map import render_partner_map


def _map(partners: int = 3) -> PartnerMap:
    care = MapSection("Jeugdhulp", tuple(MapEntry(f"Jeugdhulp {i}", f"Contact {i}", "gezinscoach, bereikbaar op "
                                                  "dinsdag en donderdag via het wijkteam", "Notitie " * 20)
                                         for i in range(partners)))
    own = (MapEntry("OBS De Linde", "Marieke Jansen", "intern begeleider (IB'er)"),
           MapEntry("OBS De Linde", "Tom de Vries", "leerkracht en interne trainer groep 6A"))
    return PartnerMap("OBS De Linde", "Vught", "2026-2027", own, (care,) if partners else ())


def _fonts(reader: PdfReader) -> set[str]:
    """Base font names; each must be embedded (a FontFile2 in its descriptor)."""
    found = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            found.add(str(font["/BaseFont"]))
    return found


def test_pdf_text_and_fonts(tmp_path: Path) -> None:
    target = tmp_path / "kaart.pdf"
    pages = render_partner_map(_map(), target)
    reader = PdfReader(target)
    assert pages == len(reader.pages) == 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("OBS De Linde", "Marieke Jansen", "Jeugdhulp 2", "Contact 1", "PARTNERKAART"):
        assert expected in text
    used = _fonts(reader)
    assert used and not any("Helvetica" in f for f in used)
    assert all(f.split("+")[-1] in ("NotoSans-Regular", "NotoSans-Bold") for f in used)


def test_many_partners_flow_onto_more_pages_and_empty_map_prints() -> None:
    big, empty = io.BytesIO(), io.BytesIO()
    assert render_partner_map(_map(40), big) >= 4
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(big.getvalue())).pages)
    assert "Jeugdhulp 39" in text and "alleen in de lijst" in text
    assert render_partner_map(_map(0), empty) == 2
    assert "Nog geen partners buiten de school vastgelegd" in PdfReader(io.BytesIO(empty.getvalue())).pages[0].extract_text()


def test_same_input_same_bytes() -> None:
    first, second = io.BytesIO(), io.BytesIO()
    render_partner_map(_map(), first)
    render_partner_map(_map(), second)
    assert first.getvalue() == second.getvalue()
