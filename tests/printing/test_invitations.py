"""Parent-evening invitations, read back from the PDF."""

from __future__ import annotations

from pypdf import PdfReader

from tests.printing import samples
from tests.printing.pdfcheck import font_objects, is_embedded, page_text
from wishdesk.core.print_data import InvitationBatch
from wishdesk.printing.bidi import shape
from wishdesk.printing.invitations import iter_render_invitations, render_invitations


def test_one_page_per_family_with_facts_names_and_reply_slip(tmp_path):
    batch = samples.invitation_batch()
    path = tmp_path / "uitnodiging.pdf"
    assert render_invitations(batch, path) == 5
    reader = PdfReader(path)
    for index, recipient in enumerate(batch.recipients):
        text = " ".join(page_text(reader, index).split())  # a long place may wrap onto two lines
        for expected in ("BASISSCHOOL DE REGENBOOG", "Ouderavond weerbaarheidstraining", "Groep 6A",
                         "dinsdag 4 februari 2025", "19:00 – 20:30", "Aula van de school, Kerkstraat 12",
                         "Antwoordstrook", "Wij komen", "Wij kunnen helaas niet komen",
                         "Graag inleveren vóór dinsdag 28 januari", "Naam ouder/verzorger"):
            assert expected in text, (recipient, expected)
        for name in recipient.pupil_names:
            assert name in text
    assert "Zoë en Daan" in page_text(reader, 0)


def test_family_language_beside_dutch(tmp_path):
    batch = samples.invitation_batch()
    path = tmp_path / "uitnodiging.pdf"
    render_invitations(batch, path)
    reader = PdfReader(path)
    polish = page_text(reader, 3)
    assert "Wieczór dla rodziców" in polish and "Przyjdziemy" in polish
    assert "wtorek, 28 stycznia" in polish  # dates in the family language
    arabic = page_text(reader, 1)
    assert shape("سنحضر")[::-1] in arabic
    tigrinya = page_text(reader, 2)
    assert "ክንመጽእ ኢና" in tigrinya
    dutch_only = page_text(reader, 4)  # Ukrainian family, no Ukrainian text yet: Dutch only
    assert "Przyjdziemy" not in dutch_only and "Ми прийдемо" not in dutch_only


def test_fonts_embedded_and_generic_invitations(tmp_path):
    invitation = samples.invitation()
    path = tmp_path / "generiek.pdf"
    steps = list(iter_render_invitations(InvitationBatch.generic(invitation), path))
    assert steps[-1] == (4, 4)
    reader = PdfReader(path)
    assert len(reader.pages) == 4
    assert "Voor de ouders van een leerling uit groep 6A" in page_text(reader, 0)
    assert all(is_embedded(font) for font in font_objects(reader))
    assert b"Helvetica" not in path.read_bytes()
