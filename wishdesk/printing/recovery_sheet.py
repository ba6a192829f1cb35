"""The recovery sheet: the recovery key of an encrypted database as text and as a QR code, printed once and kept
somewhere safe (a locked drawer). With it the database opens when every password is lost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO


@dataclass(frozen=True)
class RecoverySheet:
    database_name: str
    recovery_key: str
    made_on: date | None = None


LINES = (
    "Met deze sleutel opent u de database als alle wachtwoorden kwijt zijn.",
    "Bewaar dit blad op een veilige plek (afgesloten kast), niet bij de laptop of de USB-stick.",
    "Wie dit blad én het databasebestand heeft, kan de gegevens openen (niet de signalen: die zijn",
    "alleen voor hun schrijver en de intern begeleider). Een nieuw herstelblad maakt dit blad ongeldig.",
    "Gebruik: 'Herstelsleutel gebruiken…' in het aanmeldvenster, of Bestand > Herstellen met herstelsleutel…,",
    "of op de opdrachtregel: wishdesk recover --db BESTAND. Daarna kiest u een nieuw wachtwoord.",
)


def render_recovery_sheet(sheet: RecoverySheet, output: Path | BinaryIO) -> Path | BinaryIO:
    """Write the sheet to a file, or to a binary stream (the app's preview keeps it in memory: the key then
    lands only where the coordinator saves or prints it)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    if not hasattr(output, "write"):
        output = Path(output)
    pdf = canvas.Canvas(output if hasattr(output, "write") else str(output), pagesize=A4, invariant=1)
    pdf.setTitle("WIsH Desk herstelblad")
    width, height = A4
    y = height - 30 * mm
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(25 * mm, y, "WIsH Desk — herstelblad")
    pdf.setFont("Helvetica", 11)
    y -= 10 * mm
    pdf.drawString(25 * mm, y, f"Database: {sheet.database_name}")
    y -= 6 * mm
    pdf.drawString(25 * mm, y, f"Gemaakt op: {(sheet.made_on or date.today()).isoformat()}")
    y -= 14 * mm
    pdf.setFont("Helvetica", 10)
    pdf.drawString(25 * mm, y, "Herstelsleutel:")
    y -= 8 * mm
    pdf.setFont("Courier-Bold", 13)
    groups = sheet.recovery_key.split("-")
    for start in range(0, len(groups), 5):
        pdf.drawString(25 * mm, y, "-".join(groups[start:start + 5]))
        y -= 7 * mm
    size = 60 * mm
    widget = QrCodeWidget(sheet.recovery_key, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    y -= size + 5 * mm
    renderPDF.draw(drawing, pdf, 25 * mm, y)
    y -= 10 * mm
    pdf.setFont("Helvetica", 10)
    for line in LINES:
        pdf.drawString(25 * mm, y, line)
        y -= 5.5 * mm
    pdf.showPage()
    pdf.save()
    return output
