"""The QR encoder loads without ReportLab's barcode package (which registers every barcode widget: time at the
start of a one-class print), gives the same codes, and the package still works when something imports it."""

from __future__ import annotations

import subprocess
import sys


def test_a_qr_code_does_not_load_the_barcode_package() -> None:
    code = ("import sys; from wishdesk.printing import draw; m = draw.qr_matrix('https://wish.example/v/6a'); "
            "print(len(m), 'reportlab.graphics.barcode' in sys.modules, 'reportlab.graphics.shapes' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["25", "False", "False"]


def test_the_same_modules_as_the_plain_import_and_the_package_still_works() -> None:
    code = """
import sys
from wishdesk.printing import draw
ours = draw.qr_matrix('https://wish.example/v/6a')
import reportlab.graphics.barcode as barcode
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
assert qrencoder is sys.modules['reportlab.graphics.barcode.qrencoder']
assert 'QR' in barcode.getCodes()
plain = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
plain.addData('https://wish.example/v/6a')
plain.make()
n = plain.getModuleCount()
assert ours == tuple(tuple(bool(plain.isDark(r, c)) for c in range(n)) for r in range(n))
assert QrCodeWidget('x').getBounds()
print('ok')
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
