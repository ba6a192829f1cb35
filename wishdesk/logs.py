"""Logging to a rotating file in the user log folder (under ``WISHDESK_HOME`` when set).

One line per operation with its timing (``gui/operations.py``), bugs with their tracebacks, Qt's warnings.
What is never logged: names of pupils, guardians or staff, concern texts, passwords. Operations are
logged by their function name, errors meant for people by their class only, and the database engine hides
statement parameters from its error messages (``core/db.py``), so a failed INSERT does not carry a name
into the log either.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import paths

LOG_NAME = "wishdesk.log"
_handler: RotatingFileHandler | None = None


def log_file_path() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(kind: str = "gui") -> Path | None:
    """Attach the rotating file handler to the ``wishdesk`` logger once per process (again when the log
    folder moved, as in tests that change ``WISHDESK_HOME``). Returns the log file, or None when the folder
    cannot be written (logging then stays off rather than stopping the app)."""
    global _handler
    path = log_file_path()
    logger = logging.getLogger("wishdesk")
    if _handler is not None:
        if Path(_handler.baseFilename) == path:
            return path
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path.parent, 0o700)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(f"%(asctime)s %(levelname)s [{kind} %(threadName)s] %(name)s: "
                                           "%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler = handler
    logging.getLogger("wishdesk").info("WIsH Desk %s started", kind)
    return path
