"""ReportLab must run with its C accelerator (the rl_accel package): without it number formatting and
ASCII85 run in pure Python, about a quarter of a large print run."""

from __future__ import annotations

import types


def test_reportlab_uses_the_c_accelerator() -> None:
    from reportlab.lib import rl_accel

    for name in ("fp_str", "asciiBase85Encode"):
        assert isinstance(getattr(rl_accel, name), types.BuiltinFunctionType), name


def test_pdf_written_with_accelerator_is_readable(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72.25, 700.125, "Weerbaarheid")
    c.showPage()
    c.save()
    assert "Weerbaarheid" in PdfReader(path).pages[0].extract_text()
