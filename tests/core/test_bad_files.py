"""Bad files and bad circumstances: foreign, empty, newer and damaged files, read-only files and folders, a full
disk, a database file that vanishes while open, and a second instance on the same database.

Every refusal: a clear Dutch message (one line and exit code 1 on the command line) and the file's bytes unchanged.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.test_backup import corrupt, count, digest, integrity, run_cli
from wishdesk.core import backup, instance_lock
from wishdesk.core.db import DatabaseGone
from wishdesk.core.errors import DatabaseInUse, DatabaseReadOnly, WishDeskError
from wishdesk.core.models import School, Setting
from wishdesk.core.opening import open_database

ROOT = Path(__file__).resolve().parents[2]
CLI = ("import sys; from wishdesk import cli; cli.COMMAND_MODULES += ('wishdesk.commands.safety',); "
       "sys.exit(cli.main(sys.argv[1:]))")
POSIX = os.name == "posix"
IS_ROOT = POSIX and os.geteuid() == 0


def wishdesk(*args: str, preexec=None, timeout: float = 120) -> subprocess.CompletedProcess:  # noqa: ANN001
    """The command line as a real process."""
    return subprocess.run([sys.executable, "-c", CLI, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, preexec_fn=preexec)


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("wishdesk: ") and "Traceback" not in err, err
    return err


def tree_digest(path: Path) -> str:
    if path.is_dir():
        return ",".join(sorted(p.name for p in path.iterdir()))
    return digest(path)


def wal_mode(path: Path) -> Path:
    """Open and close once with the app, as every real database has been: its header now says WAL."""
    open_database(path).close()
    return path


# --- files that are not ours, or not for this version --------------------------------------------------------

def make_bad(kind: str, folder: Path, demo: Path) -> Path:
    path = folder / "bad.sqlite"
    if kind == "text":
        path.write_text("Boodschappen: melk, brood")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "folder":
        path.mkdir()
        (path / "iets.txt").write_text("x")
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recept (id INTEGER PRIMARY KEY, naam TEXT)")
        conn.execute("INSERT INTO recept (naam) VALUES ('pannenkoeken')")
        conn.commit()
        conn.close()
    else:
        shutil.copyfile(demo, path)
        if kind == "newer":
            conn = sqlite3.connect(path)
            conn.execute("UPDATE alembic_version SET version_num = '0099_van_later'")
            conn.commit()
            conn.close()
        else:
            corrupt(path)
    return path


KINDS = ("text", "empty", "folder", "foreign", "newer", "damaged")
EXPECTED = {  # (kind, command) -> exit code and words in the message; everything else: 1 with the kind's words
    ("newer", "backup"): 0,  # copying is harmless and keeps a copy for the newer version
}
WORDS = {"text": "geen", "empty": "leeg", "folder": "map", "foreign": "niet van WIsH Desk", "newer": "nieuwere versie",
         "damaged": "beschadigd"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", ["open", "list", "check", "backup", "restore"])
def test_bad_file_is_refused_untouched(kind: str, command: str, tmp_path: Path, demo_db_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    if command == "restore" and kind in ("empty", "damaged"):
        pytest.skip("restoring into an empty or damaged file is allowed (see test_backup)")
    bad = make_bad(kind, tmp_path, demo_db_path)
    good = backup.make_backup(demo_db_path, tmp_path / "elders")
    before = tree_digest(bad)
    code = 1
    if command == "open":
        with pytest.raises(WishDeskError, match=WORDS[kind]):
            open_database(bad, backup_dir=tmp_path / "b")
    else:
        args = {"list": ["list", "schools"], "check": ["check"], "backup": ["backup"],
                "restore": ["restore", "--from", str(good)]}[command]
        code = run_cli(monkeypatch, *args, "--db", str(bad))
        err = capsys.readouterr().err
        assert code == EXPECTED.get((kind, command), 1)
        if code == 1 and not (command == "check" and kind == "damaged"):  # check reports damage on stdout
            assert WORDS[kind] in one_line(err)
    assert tree_digest(bad) == before
    made = {"bad.sqlite", "bad-backups"} if code == 0 else {"bad.sqlite"}  # no -wal, -journal, .lock, backup…
    assert {p.name for p in tmp_path.iterdir()} - {"demo.sqlite", "elders"} == made


def test_a_real_process_prints_one_line_and_exits_1(tmp_path: Path, demo_db_path: Path) -> None:
    bad = make_bad("newer", tmp_path, demo_db_path)
    before = digest(bad)
    result = wishdesk("list", "schools", "--db", str(bad))
    assert result.returncode == 1 and "nieuwere versie" in one_line(result.stderr)
    assert digest(bad) == before


def test_stray_wal_of_a_vanished_database_is_not_adopted(tmp_path: Path) -> None:
    target = tmp_path / "weg.sqlite"
    Path(f"{target}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)
    with pytest.raises(WishDeskError, match="los logbestand"):
        open_database(target, create=True)
    assert not target.exists()


# --- read-only files and folders -----------------------------------------------------------------------------

class ReadOnlyFolder:
    """A folder nobody may write in once filled: a read-only bind mount when we are root (root ignores
    permissions, a read-only mount it cannot), else plain permissions."""

    def __init__(self, path: Path, mounted: bool) -> None:
        self.path = path
        self.mounted = mounted

    def fill(self, *files: Path) -> None:
        for file in files:
            shutil.copyfile(file, self.path / file.name)
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(self.path)], check=True, capture_output=True)
        else:
            self.path.chmod(0o555)


@pytest.fixture
def readonly_folder(tmp_path: Path) -> Iterator[ReadOnlyFolder]:
    if not POSIX:
        pytest.skip("POSIX permissions")
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    if IS_ROOT:
        if subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot bind-mount here")
        try:
            yield ReadOnlyFolder(folder, mounted=True)
        finally:
            subprocess.run(["umount", str(folder)], capture_output=True)
    else:
        yield ReadOnlyFolder(folder, mounted=False)
        folder.chmod(0o755)


def test_read_only_file_is_refused_and_can_be_opened_read_only(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wal_mode(demo_db_path)
    demo_db_path.chmod(0o444)
    before = digest(demo_db_path)
    try:
        with pytest.raises(DatabaseReadOnly, match="alleen-lezen"):
            open_database(demo_db_path)
        # listing only reads, so it works on a read-only file; writing commands are refused
        assert run_cli(monkeypatch, "list", "schools", "--db", str(demo_db_path)) == 0
        capsys.readouterr()
        good = backup.make_backup(demo_db_path, demo_db_path.parent / "elders")
        assert run_cli(monkeypatch, "restore", "--db", str(demo_db_path), "--from", str(good)) == 1
        assert "alleen-lezen" in one_line(capsys.readouterr().err)
        assert run_cli(monkeypatch, "check", "--db", str(demo_db_path)) == 0
        db = open_database(demo_db_path, read_only=True)
        try:
            with db.session() as s:
                assert s.query(School).count() == 4
            with pytest.raises(DatabaseReadOnly):
                with db.write() as s:
                    s.add(Setting(key="a", value="b"))
        finally:
            db.close()
        assert digest(demo_db_path) == before
    finally:
        demo_db_path.chmod(0o644)


def test_read_only_folder(readonly_folder: ReadOnlyFolder, demo_db_path: Path, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    readonly_folder.fill(wal_mode(demo_db_path))
    db_path = readonly_folder.path / demo_db_path.name
    before = digest(db_path)
    with pytest.raises(DatabaseReadOnly, match="alleen-lezen|mag niet geschreven"):
        open_database(db_path)
    db = open_database(db_path, read_only=True)  # a WAL database on read-only media still opens
    try:
        with db.session() as s:
            assert s.query(School).count() == 4
    finally:
        db.close()
    assert run_cli(monkeypatch, "check", "--db", str(db_path)) == 0
    capsys.readouterr()
    assert run_cli(monkeypatch, "backup", "--db", str(db_path)) == 1  # its backup folder would be inside
    assert "geschreven" in one_line(capsys.readouterr().err)
    assert run_cli(monkeypatch, "backup", "--db", str(db_path), "-o", str(tmp_path / "kopie.bak")) == 0
    assert integrity(tmp_path / "kopie.bak") == "ok"
    assert digest(db_path) == before
    assert sorted(p.name for p in readonly_folder.path.iterdir()) == [db_path.name]


# --- a full disk ---------------------------------------------------------------------------------------------

@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tiny real file system (tmpfs), so the disk really fills up. Needs root; skipped otherwise (the
    RLIMIT_FSIZE test below covers a full disk without privileges)."""
    folder.mkdir()
    if not IS_ROOT:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def test_backup_onto_a_full_disk(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(demo_db_path)
    with small_disk(tmp_path / "stick", 64) as stick:
        assert run_cli(monkeypatch, "backup", "--db", str(demo_db_path), "-o", str(stick / "kopie.bak")) == 1
        assert "schijf is vol" in one_line(capsys.readouterr().err)
        assert list(stick.iterdir()) == []  # no half backup left behind
    assert digest(demo_db_path) == before


def test_writing_to_a_full_disk(empty_db_path: Path, tmp_path: Path) -> None:
    source = wal_mode(empty_db_path)
    size_kb = source.stat().st_size // 1024 + 160
    with small_disk(tmp_path / "klein", size_kb) as disk:
        db_path = disk / "school.sqlite"
        shutil.copyfile(source, db_path)
        before = digest(db_path)
        result = wishdesk("demo", "--db", str(db_path), "--schools", "30")
        assert result.returncode == 1 and "schijf is vol" in one_line(result.stderr)
        assert digest(db_path) == before and integrity(db_path) == "ok"
        assert sorted(p.name for p in disk.iterdir()) == ["school.sqlite"]


@pytest.mark.skipif(not POSIX, reason="RLIMIT_FSIZE is POSIX")
def test_writing_past_the_file_size_limit(empty_db_path: Path) -> None:
    """A full disk without privileges: RLIMIT_FSIZE makes every write past the limit fail (EFBIG), like a
    disk without space. SIGXFSZ is ignored so the write fails instead of killing the process."""
    db_path = wal_mode(empty_db_path)
    before = digest(db_path)
    limit = db_path.stat().st_size + 4096  # the -wal may not grow past the size of the database

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = wishdesk("demo", "--db", str(db_path), "--schools", "20", preexec=limited)
    assert result.returncode == 1 and "schijf" in one_line(result.stderr)
    assert digest(db_path) == before and integrity(db_path) == "ok"
    assert count(db_path, "school") == 0


# --- the file disappears while open --------------------------------------------------------------------------

def test_vanished_file_refuses_writes_and_leaves_a_rescue_copy(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    path = demo_db.location.path
    with demo_db.write() as s:
        s.add(Setting(key="voor", value="bewaard"))
    path.unlink()  # deleted in Explorer, or the USB stick pulled
    with pytest.raises(DatabaseGone, match="verdwenen"):
        with demo_db.write() as s:
            s.add(Setting(key="na", value="kwijt"))
    assert not path.exists()  # and no empty database silently created in its place
    rescued = backup.save_rescue_copy(demo_db, tmp_path / "gered")
    conn = sqlite3.connect(rescued)
    assert dict(conn.execute("SELECT key, value FROM setting")) .get("voor") == "bewaard"
    assert conn.execute("SELECT count(*) FROM school").fetchone()[0] == 4
    conn.close()
    assert integrity(rescued) == "ok" and "_gered" in rescued.name


def test_replaced_file_refuses_writes(demo_db, empty_db_path: Path) -> None:  # noqa: ANN001
    os.replace(empty_db_path, demo_db.location.path)
    with pytest.raises(DatabaseGone, match="vervangen"):
        with demo_db.write() as s:
            s.add(Setting(key="a", value="b"))


def test_command_line_when_the_file_vanishes(tmp_path: Path) -> None:
    db_path = tmp_path / "weg.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", CLI, "demo", "--db", str(db_path), "--schools", "60"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not Path(f"{db_path}-wal").exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    db_path.unlink()
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and "verdwenen" in one_line(err)


# --- two instances on one database ---------------------------------------------------------------------------

HOLDER = """
import sys
from wishdesk.core.opening import open_database
from wishdesk.core.models import Setting
db = open_database(sys.argv[1])
print("ready", flush=True)
for line in sys.stdin:
    word, *rest = line.split()
    if word == "write":
        with db.write() as s:
            s.add(Setting(key=rest[0], value="van de eerste"))
        print("ok", flush=True)
    elif word == "close":
        db.close()
        print("closed", flush=True)
"""


class Holder:
    """Another WIsH Desk process with the database open."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready"

    def say(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL if POSIX else signal.SIGTERM)
        self.proc.wait(timeout=30)


@pytest.fixture
def holder(demo_db_path: Path) -> Iterator[Holder]:
    other = Holder(demo_db_path)
    yield other
    if other.proc.poll() is None:
        other.kill()


def settings(path: Path) -> set[str]:
    db = open_database(path, read_only=True)
    try:
        with db.session() as s:
            return {row.key for row in s.query(Setting)}
    finally:
        db.close()


def test_second_instance_is_told_who_has_it_open(holder: Holder, demo_db_path: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(DatabaseInUse) as caught:
        open_database(demo_db_path)
    message = str(caught.value)
    assert getpass.getuser() in message and socket.gethostname() in message and "alleen-lezen" in message
    assert caught.value.owner.pid == holder.proc.pid  # type: ignore[attr-defined]
    assert run_cli(monkeypatch, "list", "schools", "--db", str(demo_db_path)) == 0  # reading is fine
    capsys.readouterr()
    good = backup.make_backup(demo_db_path, tmp_path / "elders")
    assert holder.say("write na-de-backup") == "ok"
    assert run_cli(monkeypatch, "restore", "--db", str(demo_db_path), "--from", str(good)) == 1
    assert "al geopend door" in one_line(capsys.readouterr().err)
    assert "na-de-backup" in settings(demo_db_path)  # the restore did not overwrite the first one's work


def test_second_instance_reads_along_and_no_write_is_lost(holder: Holder, demo_db_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    reader = open_database(demo_db_path, read_only=True)
    try:
        for n in range(5):
            assert holder.say(f"write k{n}") == "ok"
            with reader.session() as s:
                assert f"k{n}" in {row.key for row in s.query(Setting)}
        with pytest.raises(DatabaseReadOnly):
            with reader.write() as s:
                s.add(Setting(key="van-de-tweede", value="x"))
        assert run_cli(monkeypatch, "check", "--db", str(demo_db_path)) == 0  # checking reads only
        made = backup.make_backup(demo_db_path, demo_db_path.parent / "b")  # an online backup while it is open
        assert {f"k{n}" for n in range(5)} <= {r[0] for r in sqlite3.connect(made).execute("SELECT key FROM setting")}
    finally:
        reader.close()
    holder.kill()  # a crash: the lock file stays behind, but its OS lock died with the process
    assert instance_lock.lock_path_for(demo_db_path).exists()
    db = open_database(demo_db_path)  # stale lock taken over
    try:
        assert instance_lock.read_owner(demo_db_path).pid == os.getpid()
        with db.session() as s:
            assert {f"k{n}" for n in range(5)} <= {row.key for row in s.query(Setting)}
    finally:
        db.close()
    assert not instance_lock.lock_path_for(demo_db_path).exists()
    assert integrity(demo_db_path) == "ok"


def test_closing_removes_the_lock_and_a_stale_lock_file_is_taken_over(holder: Holder, demo_db_path: Path) -> None:
    assert holder.say("close") == "closed"
    assert not instance_lock.lock_path_for(demo_db_path).exists()
    holder.kill()
    instance_lock.lock_path_for(demo_db_path).write_text(
        json.dumps({"user": "juf", "host": socket.gethostname(), "pid": 999999, "since": "2026-11-03T08:30:00"}))
    db = open_database(demo_db_path)
    db.close()
