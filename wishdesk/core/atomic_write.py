"""Writing a whole file or nothing: through a temporary file in the same folder and a rename, so a reader (or a
run killed half-way) sees the old file or the whole new one, never half of it. Stdlib only: worker processes
and the printing layer use it without loading the database code."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, suffix: str = ".pdf") -> None:
    """Write ``data`` to ``path`` (its folder is made when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".wishdesk-", suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
