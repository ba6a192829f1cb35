"""Every interface string has a Dutch and an English translation with the same placeholders, the compiled
.qm files match the .ts sources, and the interface really comes up in Dutch by default."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wishdesk.devtools import i18n

PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w*\}")


def _messages(language: str):  # noqa: ANN202
    for ts in sorted((i18n.TS_DIR / language).glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                yield ts.name, message.findtext("source") or "", message.find("translation")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_string_translated_with_same_placeholders(language: str) -> None:
    problems = []
    count = 0
    for name, source, translation in _messages(language):
        count += 1
        text = translation.text if translation is not None else None
        if translation is None or translation.get("type") == "unfinished" or not (text or "").strip():
            problems.append(f"{name}: untranslated {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text or "")):
            problems.append(f"{name}: placeholders differ in {source!r} -> {text!r}")
    assert count > 50
    assert not problems, "\n".join(problems)


def test_sources_have_no_strings_missing_from_ts(tmp_path: Path) -> None:
    """lupdate on today's code finds nothing the .ts files lack (run `python -m wishdesk.devtools.i18n update`)."""
    known = {(n, s) for n, s, _ in _messages("nl")}
    missing = []
    for module in i18n.gui_modules():
        target = tmp_path / i18n.ts_path(module, "nl").name
        subprocess.run([i18n._tool("lupdate"), "-silent", str(module), "-ts", str(target)], check=True)
        if not target.exists():
            continue
        for context in ET.parse(target).getroot().iter("context"):
            for message in context.iter("message"):
                if (target.name, message.findtext("source")) not in known:
                    missing.append(f"{target.name}: {message.findtext('source')!r}")
    assert not missing, "\n".join(missing)


def test_compiled_qm_files_are_current(tmp_path: Path) -> None:
    for made in i18n.release(tmp_path):
        shipped = i18n.QM_DIR / made.name
        assert shipped.read_bytes() == made.read_bytes(), f"{shipped.name} is stale: run the i18n release step"


def test_interface_is_dutch_by_default_and_english_on_request() -> None:
    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from wishdesk.gui.i18n import install_translators\n"
        "app = QApplication([])\n"
        "import sys; install_translators(app, sys.argv[1])\n"
        "print(QCoreApplication.translate('GroupsPage', 'First name'))\n"
    )
    for language, expected in (("nl", "Voornaam"), ("en", "First name")):
        out = subprocess.run([sys.executable, "-c", code, language], capture_output=True, text=True, timeout=60)
        assert out.stdout.strip() == expected, out.stderr
