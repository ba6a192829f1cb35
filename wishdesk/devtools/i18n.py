"""Maintainers' tool for the Qt Linguist translations (not used at run time).

    python -m wishdesk.devtools.i18n update [MODULE.py …]   # lupdate each GUI module into resources/i18n/ts/<lang>/<module>.ts
    python -m wishdesk.devtools.i18n fill nl FILE.json [x.ts …]  # {"source": "Dutch"} into unfinished entries
    python -m wishdesk.devtools.i18n release   # lrelease all .ts of a language into resources/i18n/wishdesk_<lang>.qm
    python -m wishdesk.devtools.i18n status    # unfinished entries per file

One .ts file per GUI module, so people working on different pages never edit the same file. English
entries are filled with the source text (the source strings are English).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "wishdesk" / "gui"
TS_DIR = ROOT / "resources" / "i18n" / "ts"
QM_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("nl", "en")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))
    return found


def gui_modules() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "tr(" in p.read_text(encoding="utf-8")
                  or "translate(" in p.read_text(encoding="utf-8"))


def ts_path(module: Path, language: str) -> Path:
    dotted = ".".join(module.relative_to(GUI).with_suffix("").parts)
    return TS_DIR / language / f"{dotted}.ts"


def update(only: list[str] | None = None) -> None:
    """Regenerate .ts files; with `only` (module paths) just those, leaving everyone else's files alone."""
    wanted = set()
    modules = [Path(m).resolve() for m in only] if only else gui_modules()
    for module in modules:
        for language in LANGUAGES:
            target = ts_path(module, language)
            wanted.add(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([_tool("lupdate"), "-no-obsolete", "-silent", "-target-language", language,
                            str(module), "-ts", str(target)], check=True)
            if language == "en":
                fill_identity(target)
    for stale in [] if only else TS_DIR.rglob("*.ts"):
        if stale not in wanted:
            stale.unlink()


def _messages(tree: ET.ElementTree):  # noqa: ANN202
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def fill_identity(target: Path) -> None:
    tree = ET.parse(target)
    for _ctx, message in _messages(tree):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
    tree.write(target, encoding="utf-8", xml_declaration=True)


def fill(language: str, mapping: dict[str, str], only: list[str] | None = None) -> int:
    """Fill unfinished entries from a {source: translation} mapping; `only` limits it to these .ts names."""
    filled = 0
    for target in sorted((TS_DIR / language).glob("*.ts")):
        if only and target.name not in only:
            continue
        tree = ET.parse(target)
        changed = False
        for _ctx, message in _messages(tree):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is not None and translation.get("type") == "unfinished" and source in mapping:
                translation.text = mapping[source]
                del translation.attrib["type"]
                changed = True
                filled += 1
        if changed:
            tree.write(target, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(language: str) -> list[tuple[str, str, str]]:
    out = []
    for target in sorted((TS_DIR / language).glob("*.ts")):
        for ctx, message in _messages(ET.parse(target)):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                out.append((target.name, ctx or "", message.findtext("source") or ""))
    return out


def release(out_dir: Path = QM_DIR) -> list[Path]:
    made = []
    for language in LANGUAGES:
        files = sorted(str(p) for p in (TS_DIR / language).glob("*.ts"))
        target = out_dir / f"wishdesk_{language}.qm"
        subprocess.run([_tool("lrelease"), "-silent", *files, "-qm", str(target)], check=True)
        made.append(target)
    return made


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "update":
        update(argv[1:] or None)
    elif command == "fill":
        print(fill(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8")), argv[3:] or None), "filled")
    elif command == "release":
        release()
    todo = unfinished("nl") + unfinished("en")
    for name, ctx, source in todo:
        print(f"{name}\t{ctx}\t{source}")
    print(f"{len(todo)} unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
