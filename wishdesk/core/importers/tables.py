"""``read_table``: bytes of a CSV/TXT/XLSX class list → a :class:`RawTable` of cleaned cells.

The header row is found by looking for a first-name column among the first rows (exports
often start with a title such as "Klassenlijst groep 6A"), and the delimiter is the one whose
header row makes the most sense. Cells of ignored columns (BSN, address, …) are dropped here,
so no later step can leak them; surname and birth-date cells stay only until the plan has turned them
into keyed hashes (core.importers.identity), and the plan holds no copy of them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .decoding import decode_text, detect_kind
from .errors import ImportFileError
from .headers import FIRST_NAME, ColumnSpec, classify, map_columns
from .values import clean_cell
from .xlsx import MAX_ROWS, read_workbook

_DELIMITERS = (";", "\t", ",", "|")  # tie order: Dutch Excel writes ";"
DELIMITER_NAMES = {";": "puntkomma", ",": "komma", "\t": "tab", "|": "verticale streep"}
_HEADER_SEARCH_ROWS = 20

Rows = list[tuple[int, list[str]]]


class Hidden(str):
    """A surname or birth-date cell: usable as text by the match keys, but never shown by repr (logs, errors)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'(verborgen)'"


@dataclass(frozen=True)
class RawRow:
    """One non-blank data row. ``cells`` line up with :attr:`RawTable.columns`; cells of
    ignored columns are always ``""`` (identity columns excepted, see the module doc). ``extra_cells`` is set when the row had filled cells
    beyond the header (a name with an unquoted separator, a shifted row)."""

    line: int
    cells: tuple[str, ...]
    extra_cells: bool = False


@dataclass(frozen=True)
class RawTable:
    """A class list as read from the file, before any interpretation of the values."""

    filename: str
    kind: Literal["csv", "xlsx"]
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_line: int
    columns: tuple[ColumnSpec, ...]
    rows: tuple[RawRow, ...]

    @property
    def ignored_columns(self) -> tuple[ColumnSpec, ...]:
        return tuple(c for c in self.columns if c.field is None)

    @property
    def used_columns(self) -> tuple[ColumnSpec, ...]:
        return tuple(c for c in self.columns if c.field is not None)

    def describe(self) -> str:
        """Dutch one-line description of how the file was read, for the report."""
        if self.kind == "xlsx":
            parts = ["Excel", f"werkblad '{self.sheet}'"]
        else:
            parts = ["CSV", self.encoding or "?"]
            if self.delimiter:
                parts.append(f"scheidingsteken {DELIMITER_NAMES[self.delimiter]}")
        parts.append(f"kopregel op regel {self.header_line}")
        return ", ".join(parts)


def read_table(data: bytes, filename: str) -> RawTable:
    """Read a class list; raise :class:`ImportFileError` (Dutch message) if it is unusable.

    Unusable means: empty, not a text or xlsx file, damaged, no first-name column in the first
    rows, or no pupil rows under the header.
    """
    kind = detect_kind(data, filename)
    if kind == "xlsx":
        sheets = read_workbook(data)
        if not any(clean_cell(c) for _title, rows in sheets for _line, cells in rows for c in cells):
            raise ImportFileError("Het Excel-bestand bevat geen rijen met gegevens.")
        for title, rows in sheets:
            header_at = _find_header(rows)
            if header_at is not None:
                return _build(filename, "xlsx", None, None, title, rows, header_at)
        raise _no_first_name()

    text, encoding = decode_text(data)
    if not text.strip():
        raise ImportFileError("Het bestand is leeg.")
    _refuse_long_lines(text)
    forced, text = _excel_sep_hint(text)
    delimiter = forced or _sniff_delimiter(text)
    if delimiter is None:
        raise _no_first_name()
    rows = _parse_csv(text, delimiter)
    header_at = _find_header(rows)
    if header_at is None:
        raise _no_first_name()
    if len(rows[header_at][1]) < 2:
        delimiter = None  # a one-column list has no separator worth reporting
    return _build(filename, "csv", encoding, delimiter, None, rows, header_at)


MAX_LINE_CHARS = 100_000  # a class-list line is a few hundred characters; Python's csv stops at 131,072 a cell


def _refuse_long_lines(text: str) -> None:
    """A line far longer than any class list has is not a class list (a pasted document, a binary dump):
    say so, instead of the csv module's field limit making every delimiter fail and the header go unfound."""
    start = line = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line += 1
        if end - start > MAX_LINE_CHARS:
            raise ImportFileError(f"Regel {line} is {end - start:,} tekens lang; dat is geen klassenlijst. "
                                  "Kies het bestand met de leerlingen.".replace(",", "."))
        start = end + 1


def _no_first_name() -> ImportFileError:
    return ImportFileError(
        "Geen kolom met de voornaam gevonden. Geef de kolom een naam als 'Voornaam', 'Roepnaam' of "
        "'First name' (in de eerste regels van het bestand)."
    )


def _excel_sep_hint(text: str) -> tuple[str | None, str]:
    """Excel understands a first line "sep=;"; honour it and drop it."""
    first, _newline, rest = text.partition("\n")
    hint = first.rstrip("\r").casefold()
    if hint.startswith("sep=") and len(hint) == 5 and hint[4] in _DELIMITERS:
        return hint[4], "\n" + rest  # keep line numbers: the hint line stays blank
    return None, text


def _sniff_delimiter(text: str) -> str | None:
    """The delimiter whose header row (within the first lines) makes the most sense.

    Only the top of the file is parsed, leniently: a broken quote further down must not make
    the wrong delimiter win; the full, strict parse afterwards reports it.
    """
    best: tuple[tuple[int, int, int], str] | None = None
    for delimiter in _DELIMITERS:
        try:
            rows = _parse_csv(text, delimiter, limit=_HEADER_SEARCH_ROWS * 3)
        except ImportFileError:
            continue
        header_at = _find_header(rows)
        if header_at is None:
            continue
        score = _header_score(rows[header_at][1])
        if score is not None and (best is None or score > best[0]):
            best = (score, delimiter)
    return None if best is None else best[1]


def _parse_csv(text: str, delimiter: str, limit: int | None = None) -> Rows:
    """Parse CSV text into ``(line of the record's start, cells)``; strict unless ``limit``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    rows: Rows = []
    start = 1
    try:
        for record in reader:
            end = reader.line_num
            if limit is not None and len(rows) >= limit:
                break
            if limit is None and end > start and any("\n" in c and delimiter in c for c in record):
                raise ImportFileError(
                    f"Regel {start}: een aanhalingsteken (\") wordt niet afgesloten, waardoor de "
                    "volgende regels in één cel vallen. Controleer het bestand."
                )
            rows.append((start, record))
            if len(rows) > MAX_ROWS:
                raise ImportFileError(f"Het bestand heeft meer dan {MAX_ROWS} regels; dat is geen klassenlijst.")
            start = end + 1
    except csv.Error as exc:
        raise ImportFileError(
            f"Regel {start}: het bestand kan niet als CSV worden gelezen ({exc}). Controleer "
            "aanhalingstekens en scheidingstekens."
        ) from None
    return rows


def _header_score(cells: Sequence[str]) -> tuple[int, int, int] | None:
    """None when the row has no first-name column; else higher is better: best first-name
    header ("Roepnaam" beats "Naam"), most recognised columns, most columns."""
    guesses = [classify(text) for text in map(clean_cell, cells) if text]
    first = [g.rank for g in guesses if g.field == FIRST_NAME]
    if not first:
        return None
    recognised = sum(1 for g in guesses if g.field is not None or g.privacy)
    return (-min(first), recognised, len(cells))


def _find_header(rows: Rows) -> int | None:
    """Index in ``rows`` of the most plausible header row among the first non-blank rows."""
    best: tuple[tuple[int, int, int], int] | None = None
    seen = 0
    for position, (_line, cells) in enumerate(rows):
        if not any(clean_cell(c) for c in cells):
            continue
        seen += 1
        if seen > _HEADER_SEARCH_ROWS:
            break
        score = _header_score(cells)
        if score is not None and (best is None or score > best[0]):
            best = (score, position)
    return None if best is None else best[1]


def _build(filename: str, kind: Literal["csv", "xlsx"], encoding: str | None, delimiter: str | None,
           sheet: str | None, rows: Rows, header_at: int) -> RawTable:
    header_line, header_cells = rows[header_at]
    headers = [clean_cell(c) for c in header_cells]
    body = [(line, [clean_cell(c) for c in cells]) for line, cells in rows[header_at + 1:]]
    body = [(line, cells) for line, cells in body if any(cells)]
    if not body:
        raise ImportFileError(
            f"Het bestand bevat geen leerlingen: onder de kopregel (regel {header_line}) staan geen "
            "gegevens."
        )
    width = max(len(headers), max(len(cells) for _line, cells in body))
    has_data = [any(i < len(cells) and cells[i] for _line, cells in body) for i in range(width)]
    columns = map_columns(headers, has_data)
    named = {c.index for c in columns}
    table_rows = []
    for line, cells in body:
        kept = tuple((Hidden(cells[c.index]) if c.identity else cells[c.index])
                     if (c.field is not None or c.identity) and c.index < len(cells) else "" for c in columns)
        extra = any(value for i, value in enumerate(cells) if i not in named and i >= len(headers))
        table_rows.append(RawRow(line, kept, extra))
    return RawTable(filename, kind, encoding, delimiter, sheet, header_line, columns, tuple(table_rows))
