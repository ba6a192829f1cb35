"""One writer per database file: a lock file beside the database names who has it open.

`<database>.lock` holds a line of JSON (user, host, pid, since). The file is kept under an operating-system
lock (flock on POSIX, LockFile on Windows) for as long as the database is open, so a crashed or killed
WIsH Desk never leaves a lock behind: the kernel drops the OS lock with the process, and the next opener finds
a stale file and takes it over. Where a file system offers no OS locks, the pid in the file decides (same
computer and that process is gone: stale).

Within one process the lock is re-entrant (counted), so the application may open the same file again (the
GUI reopening after a restore, tests holding a fixture open); only a second *process* is refused.
"""

from __future__ import annotations

import atexit
import errno
import getpass
import json
import os
import socket
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import DatabaseInUse, WishDeskError

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte far past the text: Windows locks also block reading the range


@dataclass(frozen=True)
class LockOwner:
    """Who holds a database open, as written in the lock file."""

    user: str
    host: str
    pid: int
    since: str  # ISO time, local

    def describe(self) -> str:
        when = self.since[11:16] if len(self.since) >= 16 else ""
        today = self.since[:10] == datetime.now().date().isoformat()
        day = "" if today or not self.since else f" {self.since[8:10]}-{self.since[5:7]}"
        return f"{self.user} op computer {self.host}" + (f" (sinds{day} {when})" if when else "")


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system: still lock
        user = "onbekend"
    return LockOwner(user, socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"))


def _parse(text: str) -> LockOwner | None:
    try:
        data = json.loads(text)
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data.get("since", "")))
    except (ValueError, KeyError, TypeError):
        return None


def read_owner(db_path: Path) -> LockOwner | None:
    """The owner named in the lock file, if any (it may be stale; `acquire` decides)."""
    try:
        return _parse(lock_path_for(db_path).read_text(encoding="utf-8"))
    except OSError:
        return None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _os_lock(fd: int) -> bool | None:
    """True: locked. False: another process holds it. None: this file system has no locks."""
    try:
        if os.name == "nt":  # pragma: no cover
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
            return None
        raise


def _os_unlock(fd: int) -> None:
    try:
        if os.name == "nt":  # pragma: no cover
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass  # closing the descriptor releases it anyway


def _same_file(fd: int, path: Path) -> bool:
    """Still the file at `path`? (Another process may have removed it between our open and our lock.)"""
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return os.name != "posix" or (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _in_use(db_path: Path, owner: LockOwner | None) -> DatabaseInUse:
    who = owner.describe() if owner else "een ander programma"
    error = DatabaseInUse(
        f"{db_path.name} is al geopend door {who}. Sluit WIsH Desk daar eerst, of open de database "
        "alleen-lezen. (Zo gaat er geen wijziging verloren.)"
    )
    error.owner = owner  # type: ignore[attr-defined]
    return error


class UnsafeLockFile(WishDeskError):
    """The lock file is a link to another file: writing our name into it would overwrite that file."""


def _open_lock_file(path: Path, db_path: Path) -> int:
    """Open (or create) the lock file without following a symbolic link, and refuse a file with a second name
    (a hard link): the lock is truncated and rewritten, which must never reach some other file."""
    if not hasattr(os, "O_NOFOLLOW") and path.is_symlink():  # pragma: no cover - Windows
        raise _unsafe(path, db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _unsafe(path, db_path) from None
        raise
    if os.fstat(fd).st_nlink > 1:
        os.close(fd)
        raise _unsafe(path, db_path)
    return fd


def _unsafe(path: Path, db_path: Path) -> UnsafeLockFile:
    return UnsafeLockFile(
        f"Het slotbestand {path.name} naast {db_path.name} is een koppeling naar een ander bestand; WIsH Desk "
        "schrijft daar niet doorheen. Verwijder die koppeling (het bestand waar hij naar wijst blijft) en probeer "
        "het opnieuw. Er is niets veranderd.")


class InstanceLock:
    """The lock on one database file held by this process (see module doc). Use `acquire`, not the class."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._fd: int | None = None
        self._count = 0

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _take(self) -> None:
        for _attempt in range(5):
            fd = _open_lock_file(self.path, self.db_path)
            try:
                state = _os_lock(fd)
                if state is False:
                    raise _in_use(self.db_path, _parse(_read_fd(fd)))
                if state is None:
                    owner = _parse(_read_fd(fd))
                    if owner and owner.pid != os.getpid() and (owner.host != socket.gethostname()
                                                              or pid_alive(owner.pid)):
                        raise _in_use(self.db_path, owner)
                if not _same_file(fd, self.path):
                    os.close(fd)
                    continue
            except BaseException:
                os.close(fd)
                raise
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            me = _me()
            os.write(fd, json.dumps(me.__dict__).encode("utf-8") + b"\n")
            self._fd = fd
            return
        raise _in_use(self.db_path, read_owner(self.db_path))

    def _drop(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if os.name == "posix":  # remove while still locked: nobody can lock a file that is about to vanish
            try:
                os.unlink(self.path)
            except OSError:
                pass
            _os_unlock(fd)
            os.close(fd)
        else:  # pragma: no cover - Windows cannot delete an open file
            _os_unlock(fd)
            os.close(fd)
            try:
                os.unlink(self.path)
            except OSError:
                pass

    def release(self) -> None:
        """Give back one acquisition; the file goes when the last one in this process is released."""
        with _registry_lock:
            self._count -= 1
            if self._count > 0:
                return
            self._count = 0
            _registry.pop(_key(self.db_path), None)
            self._drop()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _read_fd(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 4096).decode("utf-8", errors="replace")
    except OSError:
        return ""


_registry: dict[str, InstanceLock] = {}
_registry_lock = threading.Lock()


def _key(db_path: Path) -> str:
    return os.path.normcase(os.path.abspath(db_path))


def acquire(db_path: Path) -> InstanceLock:
    """Lock a database file for this process, or raise DatabaseInUse naming who has it open.
    Call `release()` (or use `with`) when the database is closed."""
    with _registry_lock:
        lock = _registry.get(_key(db_path))
        if lock is None:
            lock = InstanceLock(db_path)
            lock._take()
            _registry[_key(db_path)] = lock
        lock._count += 1
        return lock


def held_here(db_path: Path) -> bool:
    """Whether this process holds the lock on `db_path` (open somewhere in this application)."""
    with _registry_lock:
        return _key(db_path) in _registry


@atexit.register
def _release_all() -> None:
    """A script that ends without closing its database still removes its lock file (a crash cannot, but then
    the OS lock is gone and the next opener takes the stale file over)."""
    with _registry_lock:
        for lock in list(_registry.values()):
            lock._drop()
        _registry.clear()
