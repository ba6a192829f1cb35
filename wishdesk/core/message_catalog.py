"""English for the core's Dutch messages, for the English interface (no Qt: the GUI and the CLI can use it).

The core raises ``UserError`` messages in Dutch, many built from f-strings ("Lesmoment 12 bestaat niet.").
The catalog ``resources/i18n/core_messages_en.json`` maps each Dutch template, with named placeholders
("Lesmoment {session_id} bestaat niet."), to its English ("Lesson {session_id} does not exist."). A message
is matched against the templates and the English is returned with the same values put back. A value that
is itself a Dutch piece from the catalog (a label such as "de naam", "Leerling Daan") is translated too;
any other value (a name, a number, a file name) is kept exactly as it was.

Messages are sometimes joined ("A. B.") or given a prefix by callers ("Regel 4: …"), so the whole text is
tried first, then runs of sentences, then a "prefix: rest" split. Text the catalog does not know is
returned unchanged, so an untranslated message still reaches the user (in Dutch).
``python -m wishdesk.devtools.messages missing`` lists the templates in the code that the catalog lacks.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_RELATIVE = Path("resources") / "i18n" / "core_messages_en.json"
CATALOG_PATH = (Path(getattr(sys, "_MEIPASS", "")) if getattr(sys, "_MEIPASS", None)
                else Path(__file__).resolve().parents[2]) / _RELATIVE
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# A sentence ends with . ! or ? (optionally a closing quote or bracket) followed by space and a new start.
_SENTENCE_END = re.compile(r"[.!?]['\")]?(\s+)(?=[A-Z0-9'\"(À-Ý])")
_NO_SENTENCE_END = r"(?:(?![.!?]['\")]?\s+[A-Z0-9'\"(À-Ý]).)*?"
_MAX_DEPTH = 5  # values inside values inside values; more is never needed and guards against loops


@dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    english: str
    literal_length: int  # how much fixed text it has: its share of a reading's score (see _Scored)


def load_catalog(path: Path | None = None) -> dict[str, str]:
    """The catalog as stored: Dutch template → English template (an empty English means: not done yet)."""
    data = json.loads((path or CATALOG_PATH).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise TypeError(f"{path or CATALOG_PATH} must hold one JSON object")
    return {str(k): str(v) for k, v in data.items()}


def dutch_pattern(template: str) -> re.Pattern[str]:
    """The regular expression that matches messages made from a Dutch template.

    A value never spans the end of a sentence ("A. B") unless it ends the template: otherwise
    "Het bestand {source} bestaat niet." would swallow two joined messages whole."""
    parts, seen, last = [], set(), 0
    text = template.replace("{{", "\0").replace("}}", "\1")
    for match in PLACEHOLDER.finditer(text):
        parts.append(_literal(text[last:match.start()]))
        name = match.group(1)
        at_end = match.end() == len(text)
        value = ".*?" if at_end else _NO_SENTENCE_END
        # the same value twice ("'{name}' … '{name} B'") must be the same text both times; may be empty ("{at}")
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>{value})")
        seen.add(name)
        last = match.end()
    parts.append(_literal(text[last:]))
    return re.compile("".join(parts), re.DOTALL)


def _literal(text: str) -> str:
    return re.escape(text.replace("\0", "{").replace("\1", "}"))


@lru_cache(maxsize=4)
def _compiled(language: str) -> tuple[dict[str, str], tuple[_Template, ...]]:
    """Templates without placeholders (looked up as is) and with them (most fixed text first, which wins
    a tie)."""
    if language != "en":
        return {}, ()
    fixed: dict[str, str] = {}
    templates: list[_Template] = []
    try:
        catalog = load_catalog()
    except (OSError, ValueError, TypeError):
        # a broken install must not turn every error dialog into a crash: the Dutch text is shown instead
        logging.getLogger("wishdesk.messages").warning("message catalog unreadable", exc_info=True)
        return {}, ()
    for dutch, english in catalog.items():
        if not english:
            continue
        if PLACEHOLDER.search(dutch):
            literal = len(PLACEHOLDER.sub("", dutch))
            templates.append(_Template(dutch_pattern(dutch), english, literal))
        else:
            fixed[dutch.replace("{{", "{").replace("}}", "}")] = english.replace("{{", "{").replace("}}", "}")
    templates.sort(key=lambda t: -t.literal_length)
    return fixed, tuple(templates)


# Each translation comes with a score: how much Dutch text catalog entries accounted for. When a text can
# be read in several ways ("Les {n}" whole, or "Les 1" + ": " + a problem), the reading that explains the
# most text wins.
_Scored = tuple[str, int]


def _fill(english: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), english).replace(
        "{{", "{").replace("}}", "}")


def _whole(text: str, language: str, depth: int) -> _Scored | None:
    """The translation of ``text`` as one catalog entry (the best-scoring one), or None."""
    fixed, templates = _compiled(language)
    if text in fixed:
        return fixed[text], len(text)
    if depth >= _MAX_DEPTH:
        return None
    best: _Scored | None = None
    for template in templates:
        match = template.pattern.fullmatch(text)
        if match is None:
            continue
        values, score = {}, template.literal_length
        for name, value in match.groupdict().items():
            values[name], extra = _value(value, language, depth + 1)
            score += extra
        if best is None or score > best[1]:
            best = _fill(template.english, values), score
    return best


def _value(value: str, language: str, depth: int) -> _Scored:
    """A placeholder's value: a Dutch piece the catalog knows (a label, a list of them) is translated;
    anything else (names, numbers, dates, file names) is kept exactly (score 0)."""
    whole = _whole(value, language, depth)
    if whole is not None:
        return whole
    if value[:1].isupper() and value[1:2].islower():  # "De naam is te lang": the label "de naam", capitalised
        lowered = _whole(value[:1].lower() + value[1:], language, depth)
        if lowered is not None:
            return lowered[0][:1].upper() + lowered[0][1:], lowered[1]
    if "\n" in value:  # a list of problems, one per line
        lines = _lines(value, language)
        return lines, (len(value) if lines != value else 0)
    for separator in ("; ", ", "):  # "3 groepen; 2 lesmomenten" (a list of dependents), "Les 3, stap 2"
        if separator in value:
            parts = value.split(separator)
            done = [_value(part, language, depth) for part in parts]
            if any(score for _, score in done):
                return separator.join(text for text, _ in done), sum(score for _, score in done)
    return value, 0


def _lines(text: str, language: str) -> str:
    """Each line on its own, keeping a "- " bullet."""
    out = []
    for line in text.split("\n"):
        bullet = line[:2] if line.startswith(("- ", "• ")) else ""
        body = line[len(bullet):]
        out.append(bullet + _chunk(body, language) if body else line)
    return "\n".join(out)


def _chunk(text: str, language: str) -> str:
    best = _best(text, language)
    return best[0] if best is not None else _runs(text, language)


def _sentences(text: str) -> list[tuple[str, str]]:
    """``text`` as (sentence, the whitespace after it) pairs, so joining them gives ``text`` back."""
    out, last = [], 0
    for match in _SENTENCE_END.finditer(text):
        cut = match.start(1)
        out.append((text[last:cut], text[cut:match.end()]))
        last = match.end()
    out.append((text[last:], ""))
    return out


def _prefixed(sentence: str, language: str) -> _Scored | None:
    """ "Regel 4: het bestand …" or "Les 3, stap 2: …" where the prefix and the rest are catalog entries."""
    head, colon, rest = sentence.partition(": ")
    if not colon or not rest:
        return None
    head_en, head_score = _value(head, language, 0)
    rest_found = _best(rest, language)
    if head_score == 0 and rest_found is None:
        return None
    rest_en, rest_score = rest_found if rest_found is not None else (_runs(rest, language), 0)
    return f"{head_en}: {rest_en}", head_score + rest_score + 2


def _best(text: str, language: str) -> _Scored | None:
    """The better of: ``text`` as one entry, or as "prefix: rest"."""
    found = [r for r in (_whole(text, language, 0), _prefixed(text, language)) if r is not None]
    return max(found, key=lambda r: r[1]) if found else None


def _runs(text: str, language: str) -> str:
    """Translate the longest runs of whole sentences that are catalog entries; keep the others."""
    pieces = _sentences(text)
    out, i = [], 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            if i == 0 and j == len(pieces):
                continue  # the caller tried the whole text already
            run = "".join(s + gap for s, gap in pieces[i:j - 1]) + pieces[j - 1][0]
            found = _best(run, language)
            if found is not None:
                out.append(found[0] + pieces[j - 1][1])
                i = j
                break
        else:
            out.append(pieces[i][0] + pieces[i][1])
            i += 1
    return "".join(out)


def translate_message(text: str, language: str) -> str:
    """``text`` (a Dutch message from the core) in ``language``; unknown text comes back unchanged.
    Only English has a catalog; Dutch and any other language return the text as is."""
    if language != "en" or not text:
        return text
    best = _best(text, language)
    if best is not None:
        return best[0]
    if "\n" in text:
        return _lines(text, language)
    return _runs(text, language)


def reset_cache() -> None:
    """Forget the loaded catalog (after the maintainer's tool or a test changed the file)."""
    _compiled.cache_clear()
