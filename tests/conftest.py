"""Shared fixtures: offscreen Qt, an isolated WIsH Desk home, fresh databases copied from templates."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("WISHDESK_DB", None)
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pytest_plugins = ["tests.pg_server"]


@pytest.fixture(scope="session", autouse=True)
def wishdesk_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Keep every test away from the user's real data and settings folders."""
    home = tmp_path_factory.mktemp("wishdesk-home")
    os.environ["WISHDESK_HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    return home


def _copy_db(template: Path, target: Path) -> Path:
    # The template is closed and checkpointed (journal_mode DELETE), so a file copy is a whole database.
    shutil.copyfile(template, target)
    return target


def _make_template(path: Path, schools: int | None) -> Path:
    from wishdesk.core.opening import open_database

    db = open_database(path, create=True)
    if schools:
        from wishdesk.core.demo import build_demo

        with db.write() as session:
            for _ in build_demo(session, schools=schools, seed=7, year="2026-2027"):
                pass
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, safe to copy
    conn.close()
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make_template(tmp_path_factory.mktemp("templates") / "empty.sqlite", None)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make_template(tmp_path_factory.mktemp("templates") / "demo.sqlite", 4)


@pytest.fixture
def empty_db_path(empty_template: Path, tmp_path: Path) -> Path:
    return _copy_db(empty_template, tmp_path / "wishdesk.sqlite")


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    return _copy_db(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_db(demo_db_path: Path):  # noqa: ANN201
    from wishdesk.core.opening import open_database

    db = open_database(demo_db_path, backup_dir=demo_db_path.parent / "backups")
    yield db
    db.close()


@pytest.fixture
def empty_db(empty_db_path: Path):  # noqa: ANN201
    from wishdesk.core.opening import open_database

    db = open_database(empty_db_path, backup_dir=empty_db_path.parent / "backups")
    yield db
    db.close()
