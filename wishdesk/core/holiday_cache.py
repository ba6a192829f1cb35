"""The ``holidays`` package's Dutch tables, kept in a small file after the first use.

Importing ``holidays`` loads every country's module (about 0.15-0.2 s, more than the rest of a plan's calendar
work), while WIsH Desk only ever asks for the Netherlands' public holidays and school breaks of a few years. The
answers depend only on the package version and the question, so each is stored once in
``<data dir>/cache/holidays-<version>.json`` and read from there by later processes. A missing, unreadable or
unwritable cache only costs the import again.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

_memory: dict[str, dict[date, str]] = {}
_file_data: dict[str, dict[str, str]] | None = None


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from wishdesk import __version__

    try:
        return f"{version('holidays')}-{__version__}"
    except PackageNotFoundError:  # a frozen bundle without metadata: tie the cache to the app's version
        return f"bundled-{__version__}"


def _cache_file() -> Path | None:
    try:
        from wishdesk.paths import data_dir

        return data_dir() / "cache" / f"holidays-{_package_version()}.json"
    except Exception:  # noqa: BLE001 - no data folder: no cache, the package answers
        return None


def _load(path: Path | None) -> dict[str, dict[str, str]]:
    global _file_data
    if _file_data is None:
        _file_data = {}
        if path is not None:
            try:
                _file_data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                _file_data = {}
    return _file_data


def _store(path: Path | None, data: dict[str, dict[str, str]]) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temp, path)  # two processes writing at once: one whole file wins
    except OSError:
        pass


def cached_days(key: str, compute: Callable[[], dict[date, str]]) -> dict[date, str]:
    """``compute()`` (date -> Dutch name) for ``key``, from memory, the cache file, or computed and stored."""
    if key in _memory:
        return dict(_memory[key])
    path = _cache_file()
    data = _load(path)
    if key in data:
        days = {date.fromisoformat(d): name for d, name in data[key].items()}
    else:
        days = compute()
        data[key] = {d.isoformat(): name for d, name in days.items()}
        _store(path, data)
    _memory[key] = days
    return dict(days)
