"""Where WIsH Desk keeps its files. Overridable for tests and portable use with WISHDESK_HOME."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "WIsH Desk"
APP_AUTHOR = "WIsH"


def _home_override() -> Path | None:
    value = os.environ.get("WISHDESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    override = _home_override()
    if override:
        return override / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def backup_dir() -> Path:
    override = _home_override()
    if override:
        return override / "backups"
    return data_dir() / "backups"


def log_dir() -> Path:
    override = _home_override()
    if override:
        return override / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR)


def config_dir() -> Path:
    """Where the settings file lives (moved with everything else by WISHDESK_HOME)."""
    override = _home_override()
    if override:
        return override / "config"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, APP_AUTHOR)


def settings_file() -> Path:
    return config_dir() / "wishdesk.ini"


def default_database() -> Path:
    return data_dir() / "wishdesk.sqlite"


def backup_dir_for(database: Path) -> Path:
    """Backups of the default database go to the backup folder; others beside their database file, so a
    database on a USB stick carries its own backups."""
    if database.resolve() == default_database().resolve():
        return backup_dir()
    return database.parent / f"{database.stem}-backups"


def resources_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / "resources" if base else Path(__file__).resolve().parents[1] / "resources"
