"""Read the cells of an .xlsx workbook as text, refusing broken or hostile files cleanly."""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile

from .errors import ImportFileError

MAX_ROWS = 20_000
MAX_COLUMNS = 200
# A class list unpacks to a few hundred kB; refuse zip bombs before openpyxl inflates them.
_MAX_UNPACKED_BYTES = 200 * 1024 * 1024

Sheet = tuple[str, list[tuple[int, list[str]]]]


def read_workbook(data: bytes) -> list[Sheet]:
    """Return ``[(sheet title, [(row number, cell texts), ...]), ...]``, active sheet first.

    Hidden sheets and chart sheets are skipped. Any failure inside openpyxl (it raises many
    exception types for damaged files) becomes an :class:`ImportFileError`.
    """
    _check_zip(data)
    import openpyxl  # lazy: only needed for xlsx files

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Workbook contains no default style" and the like
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                return _sheets(book)
            finally:
                book.close()
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl has no common base exception
        raise ImportFileError(
            "Het Excel-bestand kan niet worden gelezen; het is mogelijk beschadigd. Open het in "
            "Excel en sla het opnieuw op als .xlsx of als CSV."
        ) from exc


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:100]:
                raise ImportFileError(
                    "Dit is een OpenDocument-bestand (.ods). Sla het op als Excel-werkmap (.xlsx) "
                    "of als CSV en importeer dat bestand."
                )
            if "xl/workbook.xml" not in names:
                raise ImportFileError(
                    "Dit zip-bestand is geen Excel-werkmap (.xlsx). Exporteer de klassenlijst als "
                    "CSV of Excel (.xlsx)."
                )
            if sum(info.file_size for info in archive.infolist()) > _MAX_UNPACKED_BYTES:
                raise ImportFileError("Het Excel-bestand is uitgepakt te groot voor een klassenlijst.")
    except ImportFileError:
        raise
    except Exception as exc:  # BadZipFile, EOFError, NotImplementedError, ...
        raise ImportFileError(
            "Het bestand is geen geldig Excel-bestand (beschadigd zip-bestand)."
        ) from exc


def _sheets(book) -> list[Sheet]:
    worksheets = [ws for ws in book.worksheets
                  if hasattr(ws, "iter_rows") and getattr(ws, "sheet_state", "visible") == "visible"]
    active = book.active
    worksheets.sort(key=lambda ws: ws is not active)
    result: list[Sheet] = []
    for ws in worksheets:
        rows: list[tuple[int, list[str]]] = []
        for line, values in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
            if line > MAX_ROWS:
                raise ImportFileError(
                    f"Werkblad '{ws.title}' heeft meer dan {MAX_ROWS} rijen; dat is geen klassenlijst."
                )
            cells = [cell_text(value) for value in values]
            while cells and not cells[-1]:
                cells.pop()
            rows.append((line, cells))
        result.append((str(ws.title), rows))
    return result


def cell_text(value: object) -> str:
    """Excel cell value → text as the user sees it (6.0 → "6", dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)
